import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DataSubject,
  PersonalDataSource,
  PersonalDataSources,
} from '@inspraak/api-core';

/**
 * What the accounts context keeps about a person in an organisation, for the
 * data-subject export and erasure. The account itself (login, membership,
 * roles) belongs to the organisation's administration and stays, as the
 * directory entry does; the traces of its use go.
 */
@Injectable()
export class AccountsPersonalData implements PersonalDataSource, OnModuleInit {
  constructor(private readonly sources: PersonalDataSources) {}

  onModuleInit() {
    this.sources.register(this);
  }

  async exportFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const q = (sql: string) =>
      manager.query(sql, [subject.organisationId, subject.userId]) as Promise<
        Record<string, unknown>[]
      >;
    const [membership] = await q(
      `SELECT m.created_at AS "createdAt", m.activated_at AS "activatedAt", m.blocked_at AS "blockedAt",
              m.last_sign_in_at AS "lastSignInAt", u.password_changed_at AS "passwordChangedAt"
         FROM membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.user_id = $2`,
    );
    return {
      accountHistory: membership ?? null,
      sessions: await q(
        `SELECT user_agent AS "device", sign_in_method AS "signInMethod", created_at AS "createdAt",
                last_used_at AS "lastUsedAt", expires_at AS "expiresAt"
           FROM session WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at`,
      ),
      accountInvitations: await q(
        `SELECT i.status, i.created_at AS "createdAt", i.sent_at AS "sentAt", i.accepted_at AS "acceptedAt"
           FROM account_invitation i JOIN membership m ON m.id = i.membership_id
          WHERE i.organisation_id = $1 AND m.user_id = $2 ORDER BY i.created_at`,
      ),
    };
  }

  async eraseFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, number>> {
    const [, invitations]: [unknown, number] = await manager.query(
      `DELETE FROM account_invitation i USING membership m
        WHERE i.organisation_id = $1 AND m.id = i.membership_id AND m.user_id = $2
          AND i.status NOT IN ('PENDING', 'SENDING')`,
      [subject.organisationId, subject.userId],
    );
    return { accountInvitationsDeleted: invitations };
  }
}
