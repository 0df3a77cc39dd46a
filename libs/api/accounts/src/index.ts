export * from './lib/accounts.entities';
