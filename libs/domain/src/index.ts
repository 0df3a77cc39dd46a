export * from './lib/roles/role';
export * from './lib/participants';
