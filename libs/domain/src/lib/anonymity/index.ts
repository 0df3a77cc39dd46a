export * from './small-groups';
export * from './reporting-units';
export * from './survey-publication';
