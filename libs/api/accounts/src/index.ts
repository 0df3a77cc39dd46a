export * from './lib/accounts.entities';
export * from './lib/accounts.module';
export * from './lib/invitations';
