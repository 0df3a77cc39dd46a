import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  Column,
  CreateDateColumn,
  DataSource,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { addDays, longCalendarDate, todayInAmsterdam } from '@inspraak/domain';
import {
  NotificationCenter,
  QueueName,
  TenantOwned,
  JobSchedules,
} from '@inspraak/api-core';

export type ReminderKind =
  | 'EXPIRES_IN_30_DAYS'
  | 'EXPIRES_IN_7_DAYS'
  | 'LAPSED';

/** What was sent, so that a retried or repeated run never sends a reminder twice. */
@Entity()
@Unique(['participantId', 'validUntil', 'kind'])
export class AgreementReminder extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  /** The end date the reminder was about: a renewed agreement gets reminders of its own. */
  @Column('date')
  validUntil!: string;

  @Column('varchar', { length: 30 })
  kind!: ReminderKind;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}

interface DueReminder {
  organisationId: string;
  participantId: string;
  userId: string;
  validUntil: string;
  kind: ReminderKind;
}

const TEXT: Record<
  ReminderKind,
  (d: { nl: string; en: string }) => {
    titleNl: string;
    titleEn: string;
    bodyNl: string;
    bodyEn: string;
  }
> = {
  EXPIRES_IN_30_DAYS: (d) => ({
    titleNl: 'Je deelnemersovereenkomst loopt over een maand af',
    titleEn: 'Your participant agreement ends in a month',
    bodyNl: `Je deelnemersovereenkomst is geldig tot en met ${d.nl}. Wil je blijven meedoen? Verleng haar in Inspraak onder "Meedoen".`,
    bodyEn: `Your participant agreement is valid up to and including ${d.en}. Want to keep taking part? Renew it in Inspraak under "Take part".`,
  }),
  EXPIRES_IN_7_DAYS: (d) => ({
    titleNl: 'Je deelnemersovereenkomst loopt over een week af',
    titleEn: 'Your participant agreement ends in a week',
    bodyNl: `Je deelnemersovereenkomst is geldig tot en met ${d.nl}. Daarna word je niet meer gevraagd voor projecten, tot je haar verlengt.`,
    bodyEn: `Your participant agreement is valid up to and including ${d.en}. After that you will not be asked for projects until you renew it.`,
  }),
  LAPSED: (d) => ({
    titleNl: 'Je deelnemersovereenkomst is verlopen',
    titleEn: 'Your participant agreement has ended',
    bodyNl: `Je deelnemersovereenkomst liep tot en met ${d.nl}. Je deelname staat op inactief: je wordt niet gevraagd voor projecten tot je haar opnieuw accepteert.`,
    bodyEn: `Your participant agreement ran up to and including ${d.en}. Your participation is inactive: you will not be asked for projects until you accept it again.`,
  }),
};

/**
 * Reminds participants (in the app and by e-mail) 30 and 7 days before their
 * agreement ends, and tells them when it has lapsed (they are then no longer
 * eligible: the domain's eligibility sees the expired agreement). Windows
 * rather than exact days, so a day the worker was down is caught up.
 */
@Injectable()
export class AgreementReminderService {
  private readonly logger = new Logger(AgreementReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationCenter,
  ) {}

  async sendDue(today = todayInAmsterdam()): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT p.organisation_id AS "organisationId", p.id AS "participantId", p.user_id AS "userId",
              acc.valid_until::text AS "validUntil",
              CASE WHEN acc.valid_until < $1::date THEN 'LAPSED' WHEN acc.valid_until <= $2::date THEN 'EXPIRES_IN_7_DAYS' ELSE 'EXPIRES_IN_30_DAYS' END AS kind
       FROM participant p
       JOIN LATERAL (SELECT a.valid_until FROM agreement_acceptance a WHERE a.participant_id = p.id AND a.organisation_id = p.organisation_id ORDER BY a.version DESC, a.accepted_at DESC LIMIT 1) acc ON true
       WHERE p.status <> 'LEFT' AND acc.valid_until <= $3::date`,
      [today, addDays(today, 7), addDays(today, 30)],
    )) as DueReminder[];
    let sent = 0;
    for (const reminder of due) {
      // Claim first, in the same transaction as the notification: a rerun finds the claim and skips.
      const claimed = await this.dataSource.transaction(async (manager) => {
        const inserted = (await manager.query(
          `INSERT INTO agreement_reminder (organisation_id, participant_id, valid_until, kind) VALUES ($1, $2, $3, $4)
           ON CONFLICT (participant_id, valid_until, kind) DO NOTHING RETURNING id`,
          [
            reminder.organisationId,
            reminder.participantId,
            reminder.validUntil,
            reminder.kind,
          ],
        )) as unknown[];
        if (inserted.length === 0) return false;
        await this.notifications.notify(manager, {
          organisationId: reminder.organisationId,
          userId: reminder.userId,
          kind: `agreement.${reminder.kind.toLowerCase()}`,
          ...TEXT[reminder.kind]({
            nl: longCalendarDate(reminder.validUntil, 'nl'),
            en: longCalendarDate(reminder.validUntil, 'en'),
          }),
          link: '/participation',
        });
        return true;
      });
      if (claimed) sent += 1;
    }
    if (sent > 0) this.logger.log(`Sent ${sent} agreement reminders`);
    return sent;
  }
}

const EVERY_DAY_MS = 24 * 3_600_000;

@Processor(QueueName.AgreementReminders)
export class AgreementReminderProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  constructor(
    private readonly reminders: AgreementReminderService,
    @InjectQueue(QueueName.AgreementReminders) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'daily-agreement-reminders',
      { every: EVERY_DAY_MS },
      'send-due-reminders',
    );
  }

  async process() {
    return { sent: await this.reminders.sendDue() };
  }
}
