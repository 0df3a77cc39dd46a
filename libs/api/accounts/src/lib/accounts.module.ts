import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { ACCOUNTS_ENTITIES } from './accounts.entities';
import { AccountsAdminResolver } from './admin/accounts-admin.resolver';
import { AccountsAdminService } from './admin/accounts-admin.service';
import { AccountsPersonalData } from './accounts-personal-data';
import { PasswordResetProcessor } from './passwords/password-reset.processor';
import { PasswordsResolver } from './passwords/passwords.resolver';
import { PasswordsService } from './passwords/passwords.service';
import { SessionsResolver } from './sessions/sessions.resolver';
import { PeopleSearchResolver } from './people/people-search.resolver';
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
export const ACCOUNTS_RESOLVERS = [
  AccountsAdminResolver,
  PasswordsResolver,
  SessionsResolver,
  PeopleSearchResolver,
  ...INVITATION_RESOLVERS,
  ...SSO_RESOLVERS,
];

const shared = [
  TypeOrmModule.forFeature(ACCOUNTS_ENTITIES),
  BullModule.registerQueue({ name: QueueName.AccountInvitations }),
  BullModule.registerQueue({ name: QueueName.PasswordResets }),
];

/** The accounts context as the API serves it. */
@Module({
  imports: shared,
  controllers: SSO_CONTROLLERS,
  providers: [
    ...ACCOUNTS_RESOLVERS,
    AccountsAdminService,
    AccountsPersonalData,
    PasswordsService,
    ...INVITATION_API_PROVIDERS,
    ...SSO_API_PROVIDERS,
  ],
})
export class AccountsApiModule {}

/** The accounts context's background work, for the worker. */
@Module({
  imports: shared,
  providers: [
    PasswordsService,
    PasswordResetProcessor,
    ...INVITATION_WORKER_PROVIDERS,
  ],
})
export class AccountsWorkerModule {}
