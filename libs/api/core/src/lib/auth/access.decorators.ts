import {
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import type { Actor } from './actor';
import { unauthenticated } from '../errors/app-error';
import type { RequestWithActor } from './session-cookies';

export const ACCESS_POLICY = 'inspraak:access-policy';

/**
 * Every operation states who may call it. The global AccessGuard refuses any
 * operation without a policy, so forgetting one fails closed.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

/** Reachable without logging in. Keep this list short: it is checked by the schema-walk test. */
export const PublicAccess = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
/** Any logged-in member of the organisation. */
export const AnyMember = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);
/** Logged-in members holding at least one of these roles. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

export function requestFromContext(
  context: ExecutionContext,
): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{
      req: RequestWithActor;
    }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The authenticated actor; the guard has already established it for non-public operations. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => {
    const actor = requestFromContext(context).actor;
    if (!actor) throw unauthenticated();
    return actor;
  },
);

/** The actor when there is one (for public operations such as `viewer`). */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null => {
    return requestFromContext(context).actor ?? null;
  },
);
