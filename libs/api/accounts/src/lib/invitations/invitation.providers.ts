import type { Provider, Type } from '@nestjs/common';
import {
  AccountInvitationProcessor,
  InvitationMailer,
} from './invitation.processor';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

/** Invitations: queued by the API, mailed by the worker. */
export const INVITATION_RESOLVERS: Type[] = [InvitationsResolver];
export const INVITATION_API_PROVIDERS: Provider[] = [InvitationsService];
export const INVITATION_WORKER_PROVIDERS: Provider[] = [
  InvitationMailer,
  AccountInvitationProcessor,
];
