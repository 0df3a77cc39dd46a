export * from './small-groups';
export * from './reporting-units';
export * from './table-suppression';
export * from './cube-suppression';
export * from './survey-publication';
