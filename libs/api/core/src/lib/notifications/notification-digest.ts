import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CalendarDate, todayInAmsterdam } from '@inspraak/domain';
import { MEMBERSHIP_HAS_ACCESS } from '../auth/auth.service';
import { JobSchedules } from '../queues/job-schedules';
import { QueueName } from '../queues/queue-names';
import { MailService } from './mail.service';
import { DigestFrequency, MailLanguage } from './notification-preferences';
import { notificationMailText } from './notification-center';

/** Digests go out from this hour (Amsterdam time): a morning mail, not one at midnight. */
export const DIGEST_FROM_HOUR = 7;

const AMSTERDAM_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The ISO week of a calendar date, as `2026-W50` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: CalendarDate): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4, 12));
  firstThursday.setUTCDate(
    firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3,
  );
  const week =
    1 + Math.round((date.getTime() - firstThursday.getTime()) / 604_800_000);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

interface DigestItem {
  id: string;
  titleNl: string;
  titleEn: string;
  bodyNl: string;
  bodyEn: string;
  link: string | null;
}

/** The digest mail's words, in the recipient's language, newest first. */
export function digestMailText(
  items: readonly DigestItem[],
  language: MailLanguage,
  publicUrl: string,
): { subject: string; text: (name: string) => string } {
  const nl = language === 'nl';
  const count = items.length;
  const subject = nl
    ? `Inspraak: ${count} ${count === 1 ? 'nieuwe melding' : 'nieuwe meldingen'}`
    : `Inspraak: ${count} new ${count === 1 ? 'notification' : 'notifications'}`;
  const lines = items
    .map((item) => {
      const title = nl ? item.titleNl : item.titleEn;
      const body = nl ? item.bodyNl : item.bodyEn;
      const link = item.link ? `\n  ${publicUrl}${item.link}` : '';
      return `- ${title}\n  ${body}${link}`;
    })
    .join('\n\n');
  const intro = nl
    ? 'Dit is er voor je binnengekomen in Inspraak:'
    : 'This came in for you in Inspraak:';
  const footer = nl
    ? `Alle meldingen: ${publicUrl}/notifications (daar kies je ook hoe vaak je deze mail krijgt).`
    : `All notifications: ${publicUrl}/notifications (where you also choose how often you get this mail).`;
  return {
    subject,
    text: (name) =>
      `${nl ? 'Beste' : 'Dear'} ${name},\n\n${intro}\n\n${lines}\n\n---\n${footer}\n`,
  };
}

interface DigestRecipient {
  organisationId: string;
  userId: string;
  email: string;
  displayName: string;
  digest: DigestFrequency;
  language: MailLanguage;
}

/** Nothing waiting after all (read in the meantime): the claim is rolled back. */
class NothingWaiting extends Error {}

/**
 * Gathers the notifications waiting for the digest into one mail per person,
 * daily or weekly as they chose, in their language. Read notifications are
 * left out (the person has seen them). Per person one transaction claims the
 * period (`notification_digest`), marks the items mailed and sends: a mail
 * that fails rolls all three back for the next run, and a second worker's
 * claim waits for the first and then finds it, so nobody gets a digest twice.
 */
@Injectable()
export class NotificationDigestService {
  private readonly logger = new Logger(NotificationDigestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async sendDue(now = new Date()): Promise<number> {
    if (Number(AMSTERDAM_HOUR.format(now)) < DIGEST_FROM_HOUR) return 0;
    const today = todayInAmsterdam(now);
    const recipients = (await this.dataSource.query(
      `SELECT DISTINCT n.organisation_id AS "organisationId", n.user_id AS "userId", u.email, u.display_name AS "displayName",
              COALESCE(p.digest, 'DAILY') AS digest, COALESCE(p.language, 'nl') AS language
         FROM notification n
         JOIN user_account u ON u.id = n.user_id
         JOIN membership m ON m.organisation_id = n.organisation_id AND m.user_id = n.user_id
         LEFT JOIN notification_preference p ON p.organisation_id = n.organisation_id AND p.user_id = n.user_id
        WHERE n.mail = 'DIGEST' AND n.mailed_at IS NULL AND n.read_at IS NULL
          AND COALESCE(p.digest, 'DAILY') <> 'OFF'
          AND ${MEMBERSHIP_HAS_ACCESS}`,
    )) as DigestRecipient[];
    let sent = 0;
    for (const recipient of recipients) {
      const period =
        recipient.digest === DigestFrequency.WEEKLY ? isoWeek(today) : today;
      try {
        const done = await this.dataSource.transaction(async (manager) => {
          const claimed = (await manager.query(
            `INSERT INTO notification_digest (organisation_id, user_id, period, item_count) VALUES ($1, $2, $3, 0)
             ON CONFLICT (organisation_id, user_id, period) DO NOTHING RETURNING id`,
            [recipient.organisationId, recipient.userId, period],
          )) as { id: string }[];
          const [claim] = claimed;
          if (!claim) return false;
          const items = (await manager.query(
            `UPDATE notification SET mailed_at = now()
              WHERE organisation_id = $1 AND user_id = $2 AND mail = 'DIGEST' AND mailed_at IS NULL AND read_at IS NULL
              RETURNING id, title_nl AS "titleNl", title_en AS "titleEn", body_nl AS "bodyNl", body_en AS "bodyEn", link, created_at AS "createdAt"`,
            [recipient.organisationId, recipient.userId],
          )) as [(DigestItem & { createdAt: Date })[], number];
          const rows = items[0];
          if (rows.length === 0) throw new NothingWaiting();
          rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
          await manager.query(
            'UPDATE notification_digest SET item_count = $2 WHERE id = $1',
            [claim.id, rows.length],
          );
          const text = digestMailText(
            rows,
            recipient.language,
            this.mail.publicUrl,
          );
          await this.mail.send(
            {
              organisationId: recipient.organisationId,
              to: recipient.email,
              recipientName: recipient.displayName,
              subject: text.subject,
              text: ({ name }) => text.text(name),
            },
            manager,
          );
          return true;
        });
        if (done) sent += 1;
      } catch (error) {
        if (!(error instanceof NothingWaiting)) throw error;
      }
    }
    if (sent > 0) this.logger.log(`Sent ${sent} notification digests`);
    return sent;
  }

  /**
   * Mails, one by one, the notifications made in a request for people who
   * want them at once (`NotificationCenter.notifyMany`). Each is claimed by
   * setting `mailed_at` in the transaction that sends it: a failed mail is
   * tried again by the next run, a sent one never.
   */
  async sendWaitingImmediate(): Promise<number> {
    const waiting = (await this.dataSource.query(
      `SELECT n.id, n.organisation_id AS "organisationId", u.email, u.display_name AS "displayName", COALESCE(p.language, 'nl') AS language,
              n.title_nl AS "titleNl", n.title_en AS "titleEn", n.body_nl AS "bodyNl", n.body_en AS "bodyEn", n.link
         FROM notification n
         JOIN user_account u ON u.id = n.user_id
         LEFT JOIN notification_preference p ON p.organisation_id = n.organisation_id AND p.user_id = n.user_id
        WHERE n.mail = 'IMMEDIATE' AND n.mailed_at IS NULL
        ORDER BY n.created_at
        LIMIT 500`,
    )) as (DigestItem & {
      organisationId: string;
      email: string;
      displayName: string;
      language: MailLanguage;
    })[];
    let sent = 0;
    for (const item of waiting) {
      const done = await this.dataSource.transaction(async (manager) => {
        const claimed = (await manager.query(
          `UPDATE notification SET mailed_at = now() WHERE id = $1 AND mailed_at IS NULL RETURNING id`,
          [item.id],
        )) as [unknown[], number];
        if (claimed[1] === 0) return false;
        const text = notificationMailText(
          item,
          item.language,
          this.mail.publicUrl,
        );
        await this.mail.send(
          {
            organisationId: item.organisationId,
            to: item.email,
            recipientName: item.displayName,
            subject: text.subject,
            text: ({ name }) => text.text(name),
          },
          manager,
        );
        return true;
      });
      if (done) sent += 1;
    }
    return sent;
  }
}

const EVERY_HOUR_MS = 3_600_000;
const EVERY_MINUTE_MS = 60_000;
const SEND_DIGESTS = 'send-due-digests';
const SEND_IMMEDIATE = 'send-waiting-immediate-mail';

/**
 * Hourly: a digest goes out at the first run from DIGEST_FROM_HOUR on once
 * something waits. Every minute: mail wanted at once for notifications made
 * in a request.
 */
@Processor(QueueName.NotificationDigests)
export class NotificationDigestProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  constructor(
    private readonly digests: NotificationDigestService,
    @InjectQueue(QueueName.NotificationDigests) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'hourly-notification-digests',
      { every: EVERY_HOUR_MS },
      SEND_DIGESTS,
    );
    await this.schedules.keep(
      this.queue,
      'immediate-notification-mail',
      { every: EVERY_MINUTE_MS },
      SEND_IMMEDIATE,
    );
  }

  async process(job: Job) {
    return {
      sent:
        job.name === SEND_IMMEDIATE
          ? await this.digests.sendWaitingImmediate()
          : await this.digests.sendDue(),
    };
  }
}
