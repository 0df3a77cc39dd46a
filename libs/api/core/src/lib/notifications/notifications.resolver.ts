import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
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
import {
  LOCKED_IMMEDIATE,
  NotificationCategory,
  NotificationMailMode,
  NotificationPreference,
  NotificationPreferencesInput,
  NotificationPreferencesModel,
  preferencesModel,
} from './notification-preferences';

/** The longest page of notifications one request may ask for. */
export const NOTIFICATION_PAGE_MAX = 100;
const BAD_PAGE = () =>
  badInput('INVALID_PAGE', {
    nl: 'Ongeldige pagina.',
    en: 'Invalid page.',
  });

/** In-app notifications for everyone; the development outbox for the advisor. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly tenantDb: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Notification], {
    description:
      'Everything addressed to me in this organisation, newest first, a page at a time.',
  })
  @AnyMember()
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<Notification[]> {
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      offset > 1_000_000 ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > NOTIFICATION_PAGE_MAX
    )
      throw BAD_PAGE();
    return this.tenantDb
      .scope(actor)
      .repo(Notification)
      .find({
        where: { userId: actor.userId },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: offset,
        take: limit,
      });
  }

  @Query(() => Int, {
    description: 'How many of my notifications are unread (the bell).',
  })
  @AnyMember()
  myUnreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.tenantDb
      .scope(actor)
      .repo(Notification)
      .count({ userId: actor.userId, readAt: IsNull() });
  }

  @Mutation(() => Int, {
    description:
      'Marks all my notifications read; answers how many were unread.',
  })
  @AnyMember()
  async markAllNotificationsRead(
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const result = await scope.manager.update(
        Notification,
        {
          organisationId: scope.organisationId,
          userId: actor.userId,
          readAt: IsNull(),
        },
        { readAt: new Date() },
      );
      return result.affected ?? 0;
    });
  }

  @Query(() => NotificationPreferencesModel, {
    description: 'How I get my notifications by e-mail in this organisation.',
  })
  @AnyMember()
  async myNotificationPreferences(
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferencesModel> {
    const stored = await this.tenantDb
      .scope(actor)
      .repo(NotificationPreference)
      .findOne({ userId: actor.userId });
    return preferencesModel(stored);
  }

  @Mutation(() => NotificationPreferencesModel)
  @AnyMember()
  async updateMyNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    const modes: Partial<Record<NotificationCategory, NotificationMailMode>> =
      {};
    for (const { category, mode } of input.categories) {
      if (LOCKED_IMMEDIATE.has(category)) {
        if (mode !== NotificationMailMode.IMMEDIATE)
          throw badInput('LEGAL_DEADLINES_IMMEDIATE', {
            nl: 'Herinneringen aan wettelijke termijnen worden altijd direct gemaild.',
            en: 'Reminders of legal deadlines are always mailed at once.',
          });
        continue;
      }
      modes[category] = mode;
    }
    const language = input.language === 'en' ? 'en' : 'nl';
    return this.tenantDb.transaction(actor, async (scope) => {
      await scope.manager.query(
        `INSERT INTO notification_preference (organisation_id, user_id, digest, language, modes) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation_id, user_id) DO UPDATE SET digest = EXCLUDED.digest, language = EXCLUDED.language, modes = EXCLUDED.modes`,
        [
          scope.organisationId,
          actor.userId,
          input.digest,
          language,
          JSON.stringify(modes),
        ],
      );
      return preferencesModel({ digest: input.digest, language, modes });
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
