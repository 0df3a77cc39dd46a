import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { addDays, longCalendarDate, todayInAmsterdam } from '@inspraak/domain';
import {
  NotificationCenter,
  QueueName,
  JobSchedules,
} from '@inspraak/api-core';

/** Days before the due date the owner is reminded. */
export const DUE_SOON_DAYS = 2;

type ActionReminderKind = 'DUE_SOON' | 'OVERDUE';

interface DueAction {
  id: string;
  organisationId: string;
  ownerUserId: string;
  description: string;
  confidential: boolean;
  dueOn: string;
  trajectoryTitle: string;
  kind: ActionReminderKind;
}

/**
 * Reminds owners of actions (afspraken) shortly before they are due and once
 * when they are overdue, in the app and by e-mail. The action records the last
 * reminder in the same transaction as the notification, so a rerun (or a
 * retried job) never reminds twice. Confidential actions are reminded without
 * their text (art. 20 WOR): mail leaves the platform.
 */
@Injectable()
export class ActionReminderService {
  private readonly logger = new Logger(ActionReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationCenter,
  ) {}

  async sendDue(today = todayInAmsterdam()): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT a.id, a.organisation_id AS "organisationId", a.owner_user_id AS "ownerUserId",
              a.description, a.confidential, a.due_on::text AS "dueOn", t.title AS "trajectoryTitle",
              CASE WHEN a.due_on < $1::date THEN 'OVERDUE' ELSE 'DUE_SOON' END AS kind
       FROM action_item a
       JOIN trajectory t ON t.id = a.trajectory_id AND t.organisation_id = a.organisation_id
       WHERE a.status = 'OPEN' AND a.due_on <= $2::date
         AND a.last_reminder IS DISTINCT FROM (CASE WHEN a.due_on < $1::date THEN 'OVERDUE' ELSE 'DUE_SOON' END)`,
      [today, addDays(today, DUE_SOON_DAYS)],
    )) as DueAction[];
    let sent = 0;
    for (const action of due) {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const updated = (await manager.query(
          `UPDATE action_item SET last_reminder = $2 WHERE id = $1 AND status = 'OPEN' AND last_reminder IS DISTINCT FROM $2 RETURNING id`,
          [action.id, action.kind],
        )) as [unknown[], number];
        if (updated[1] === 0) return false;
        const what = action.confidential
          ? 'een vertrouwelijke afspraak'
          : `"${action.description}"`;
        const whatEn = action.confidential
          ? 'a confidential action'
          : `"${action.description}"`;
        const due = {
          nl: longCalendarDate(action.dueOn, 'nl'),
          en: longCalendarDate(action.dueOn, 'en'),
        };
        const text =
          action.kind === 'OVERDUE'
            ? {
                titleNl: `Afspraak over tijd (was ${due.nl})`,
                titleEn: `Action overdue (was due ${due.en})`,
                bodyNl: `Je afspraak ${what} bij ${action.trajectoryTitle} had op ${due.nl} af moeten zijn.`,
                bodyEn: `Your action ${whatEn} in ${action.trajectoryTitle} was due on ${due.en}.`,
              }
            : {
                titleNl: `Afspraak bijna op de deadline (${due.nl})`,
                titleEn: `Action due soon (${due.en})`,
                bodyNl: `Je afspraak ${what} bij ${action.trajectoryTitle} moet uiterlijk ${due.nl} af zijn.`,
                bodyEn: `Your action ${whatEn} in ${action.trajectoryTitle} is due on ${due.en}.`,
              };
        await this.notifications.notify(manager, {
          organisationId: action.organisationId,
          userId: action.ownerUserId,
          kind: `action.${action.kind.toLowerCase()}`,
          ...text,
          link: '/my-participation',
        });
        return true;
      });
      if (claimed) sent += 1;
    }
    if (sent > 0) this.logger.log(`Sent ${sent} action reminders`);
    return sent;
  }
}

const EVERY_HOUR_MS = 3_600_000;

@Processor(QueueName.ActionReminders)
export class ActionReminderProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  constructor(
    private readonly reminders: ActionReminderService,
    @InjectQueue(QueueName.ActionReminders) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    // Hourly: a reminder due today goes out within the hour the worker runs, also after downtime.
    await this.schedules.keep(
      this.queue,
      'hourly-action-reminders',
      { every: EVERY_HOUR_MS },
      'send-due-action-reminders',
    );
  }

  async process() {
    return { sent: await this.reminders.sendDue() };
  }
}
