export * from './lib/accounts.entities';
export * from './lib/accounts.module';
