import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasAnyRole } from '@inspraak/domain';
import { forbidden, unauthenticated } from '../errors/app-error';
import {
  ACCESS_POLICY,
  AccessPolicy,
  requestFromContext,
} from './access.decorators';
import { AuthService } from './auth.service';

/**
 * Global guard: the single place where access is decided. The organisation
 * comes from the session, never from an argument, so a role check here is a
 * check within the caller's own organisation.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(
      ACCESS_POLICY,
      [context.getHandler(), context.getClass()],
    );
    const actor = await this.auth.actorFromRequest(requestFromContext(context));
    if (!policy) {
      // Fail closed: an operation nobody wrote a policy for is reachable by nobody.
      throw forbidden();
    }
    if (policy.kind === 'public') return true;
    if (!actor) throw unauthenticated();
    if (policy.kind === 'authenticated') return true;
    if (!hasAnyRole(actor.roles, policy.roles)) throw forbidden();
    return true;
  }
}
