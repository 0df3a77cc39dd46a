export * from './lib/shared';
export * from './lib/generated/graphql';
