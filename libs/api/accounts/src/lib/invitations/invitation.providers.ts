import type { Provider, Type } from '@nestjs/common';

/** Invitations: queued by the API, mailed by the worker. */
export const INVITATION_RESOLVERS: Type[] = [];
export const INVITATION_API_PROVIDERS: Provider[] = [];
export const INVITATION_WORKER_PROVIDERS: Provider[] = [];
