export * from './small-groups';
