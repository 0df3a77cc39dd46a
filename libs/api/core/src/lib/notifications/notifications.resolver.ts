import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import { isUUID } from 'class-validator';
import { badInput } from '../errors/app-error';
import { In, IsNull } from 'typeorm';
import { Actor } from '../auth/actor';
import {
  AnyMember,
  CurrentActor,
  RequireRoles,
} from '../auth/access.decorators';
import { TenantDb } from '../tenancy/tenant-scope';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Notification, OutboxMessage } from './notification.entities';

/** In-app notifications for everyone; the development outbox for the advisor. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly tenantDb: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Notification], {
    description: 'My latest notifications, newest first.',
  })
  @AnyMember()
  myNotifications(@CurrentActor() actor: Actor): Promise<Notification[]> {
    return this.tenantDb
      .scope(actor)
      .repo(Notification)
      .find({
        where: { userId: actor.userId },
        order: { createdAt: 'DESC' },
        take: 50,
      });
  }

  @Mutation(() => Boolean)
  @AnyMember()
  async markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<boolean> {
    if (ids.length > 200 || !ids.every((id) => isUUID(id)))
      throw badInput('INVALID_INPUT', {
        nl: 'Ongeldige verwijzing.',
        en: 'Invalid reference.',
      });
    await this.tenantDb.transaction(actor, async (scope) => {
      await scope.manager.update(
        Notification,
        {
          organisationId: scope.organisationId,
          userId: actor.userId,
          id: In(ids),
          readAt: IsNull(),
        },
        { readAt: new Date() },
      );
    });
    return true;
  }

  @Query(() => Boolean, {
    description:
      'Whether e-mail is kept in the development outbox (no SMTP server configured).',
  })
  @RequireRoles(Role.ADVISEUR)
  devOutboxInUse(): boolean {
    return !this.config.SMTP_URL;
  }

  @Query(() => [OutboxMessage], {
    description:
      'E-mail kept because no SMTP server is configured (development).',
  })
  @RequireRoles(Role.ADVISEUR)
  devOutbox(@CurrentActor() actor: Actor): Promise<OutboxMessage[]> {
    return this.tenantDb
      .scope(actor)
      .repo(OutboxMessage)
      .find({ order: { createdAt: 'DESC' }, take: 100 });
  }
}
