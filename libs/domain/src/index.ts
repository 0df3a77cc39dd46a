export * from './lib/roles/role';
