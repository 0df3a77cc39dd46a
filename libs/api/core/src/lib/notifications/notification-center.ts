import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailService } from './mail.service';
import { Notification } from './notification.entities';
import {
  categoryOf,
  DEFAULT_DIGEST,
  DEFAULT_MAIL_MODE,
  DigestFrequency,
  LOCKED_IMMEDIATE,
  MailLanguage,
  mailModeFor,
  NotificationMailMode,
  NotificationPreference,
} from './notification-preferences';

/** The words of a notification, in both languages (the bell shows the reader's). */
export interface NotificationText {
  titleNl: string;
  titleEn: string;
  bodyNl: string;
  bodyEn: string;
}

export interface NotificationContent extends NotificationText {
  /** Stable kind, e.g. `agreement.lapsed`; its category decides the mail (see `categoryOf`). */
  kind: string;
  /** Path inside the web app where the person acts on it. */
  link: string | null;
}

export interface NewNotification extends NotificationContent {
  organisationId: string;
  userId: string;
}

/** The immediate mail of one notification, in the recipient's language. */
export function notificationMailText(
  notification: NotificationText & { link: string | null },
  language: MailLanguage,
  publicUrl: string,
): { subject: string; text: (name: string) => string } {
  const nl = language === 'nl';
  const title = nl ? notification.titleNl : notification.titleEn;
  const body = nl ? notification.bodyNl : notification.bodyEn;
  const link = notification.link ? `\n\n${publicUrl}${notification.link}` : '';
  const footer = nl
    ? `Welke meldingen je per e-mail krijgt, kies je op ${publicUrl}/notifications`
    : `Choose which notifications you get by e-mail at ${publicUrl}/notifications`;
  return {
    subject: title,
    text: (name) =>
      `${nl ? 'Beste' : 'Dear'} ${name},\n\n${body}${link}\n\n---\n${footer}\n`,
  };
}

/**
 * Tells many people the same thing in one statement (a request may reach a
 * whole pool). Mail the person wants at once is not sent inside the
 * request: it waits, marked, for the worker's mail job (within a minute).
 */
export async function notifyMany(
  manager: EntityManager,
  organisationId: string,
  userIds: readonly string[],
  content: NotificationContent,
): Promise<void> {
  if (userIds.length === 0) return;
  const category = categoryOf(content.kind);
  await manager.query(
    `INSERT INTO notification (organisation_id, user_id, kind, title_nl, title_en, body_nl, body_en, link, mail)
     SELECT $1, u.user_id, $3, $4, $5, $6, $7, $8,
            CASE WHEN $9::boolean THEN 'IMMEDIATE'
                 ELSE CASE COALESCE(p.modes ->> $10, $11)
                        WHEN 'IMMEDIATE' THEN 'IMMEDIATE'
                        WHEN 'NEVER' THEN 'NONE'
                        ELSE CASE WHEN COALESCE(p.digest, $12) = 'OFF' THEN 'NONE' ELSE 'DIGEST' END
                      END
            END
       FROM unnest($2::uuid[]) AS u(user_id)
       LEFT JOIN notification_preference p ON p.organisation_id = $1 AND p.user_id = u.user_id`,
    [
      organisationId,
      [...new Set(userIds)],
      content.kind,
      content.titleNl,
      content.titleEn,
      content.bodyNl,
      content.bodyEn,
      content.link,
      LOCKED_IMMEDIATE.has(category),
      category,
      DEFAULT_MAIL_MODE,
      DEFAULT_DIGEST,
    ],
  );
}

/**
 * The one way to tell a person something: the notification for the bell,
 * and the mail their preferences ask for (at once, in the digest, or none;
 * legal deadlines always at once). Runs in the caller's transaction, so the
 * notification, its mail and the caller's "sent" record stand or fall
 * together.
 */
@Injectable()
export class NotificationCenter {
  constructor(private readonly mail: MailService) {}

  /**
   * Tells one person and, when they want it at once, mails it in the same
   * transaction: for the worker's reminders, whose "sent" record stands or
   * falls with the mail.
   */
  async notify(
    manager: EntityManager,
    notification: NewNotification,
  ): Promise<void> {
    const preference = await manager.findOne(NotificationPreference, {
      where: {
        organisationId: notification.organisationId,
        userId: notification.userId,
      },
    });
    let mode = mailModeFor(notification.kind, preference?.modes ?? {});
    if (
      mode === NotificationMailMode.DIGEST &&
      (preference?.digest ?? DEFAULT_DIGEST) === DigestFrequency.OFF
    )
      mode = NotificationMailMode.NEVER;
    const mail =
      mode === NotificationMailMode.IMMEDIATE
        ? 'IMMEDIATE'
        : mode === NotificationMailMode.DIGEST
          ? 'DIGEST'
          : 'NONE';
    await manager.insert(Notification, {
      ...notification,
      mail,
      mailedAt: mail === 'IMMEDIATE' ? new Date() : null,
    });
    if (mail !== 'IMMEDIATE') return;
    const [account] = (await manager.query(
      'SELECT email, display_name AS "displayName" FROM user_account WHERE id = $1',
      [notification.userId],
    )) as { email: string; displayName: string }[];
    if (!account) return;
    const text = notificationMailText(
      notification,
      preference?.language ?? 'nl',
      this.mail.publicUrl,
    );
    await this.mail.send(
      {
        organisationId: notification.organisationId,
        to: account.email,
        recipientName: account.displayName,
        subject: text.subject,
        text: ({ name }) => text.text(name),
      },
      manager,
    );
  }
}
