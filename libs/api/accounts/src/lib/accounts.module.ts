import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { ACCOUNTS_ENTITIES } from './accounts.entities';
import {
  INVITATION_API_PROVIDERS,
  INVITATION_RESOLVERS,
  INVITATION_WORKER_PROVIDERS,
} from './invitations/invitation.providers';
import {
  SSO_API_PROVIDERS,
  SSO_CONTROLLERS,
  SSO_RESOLVERS,
} from './sso/sso.providers';

/** Every resolver of the accounts context (also for printing the schema). */
export const ACCOUNTS_RESOLVERS = [...INVITATION_RESOLVERS, ...SSO_RESOLVERS];

const shared = [
  TypeOrmModule.forFeature(ACCOUNTS_ENTITIES),
  BullModule.registerQueue({ name: QueueName.AccountInvitations }),
];

/** The accounts context as the API serves it. */
@Module({
  imports: shared,
  controllers: SSO_CONTROLLERS,
  providers: [
    ...ACCOUNTS_RESOLVERS,
    ...INVITATION_API_PROVIDERS,
    ...SSO_API_PROVIDERS,
  ],
})
export class AccountsApiModule {}

/** The accounts context's background work, for the worker. */
@Module({
  imports: shared,
  providers: INVITATION_WORKER_PROVIDERS,
})
export class AccountsWorkerModule {}
