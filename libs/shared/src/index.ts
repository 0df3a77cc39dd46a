export * from './lib/shared';
export * from './lib/generated/graphql';
export * from './lib/personal-data-fields';
export * from './lib/audit-vocabulary';
