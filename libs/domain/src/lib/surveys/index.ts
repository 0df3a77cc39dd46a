export * from './definition';
export * from './answers';
export * from './statistics';
export * from './templates';
export * from './labels';
