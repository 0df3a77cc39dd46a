import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  CalendarDate,
  daysBetween,
  dueReminder,
  longCalendarDate,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  MEMBERSHIP_HAS_ACCESS,
  NotificationCenter,
  QueueName,
  JobSchedules,
} from '@inspraak/api-core';
import { Procedure, WorSettings } from './procedure.entities';
import { deadlinesOf, toDeadlineSettings } from './procedures.service';
import { DeadlineModel } from './procedure.models';

/**
 * The reminder's words. They count the days really left: a reminder caught
 * up later than its step (the 7-day one sent with 5 days to go) says 5.
 */
export function deadlineReminderText(
  procedureTitle: string,
  deadline: Pick<DeadlineModel, 'date' | 'nameNl' | 'nameEn'>,
  today: CalendarDate,
): { titleNl: string; titleEn: string; bodyNl: string; bodyEn: string } {
  const daysLeft = daysBetween(today, deadline.date);
  const when =
    daysLeft === 0
      ? { nl: 'vandaag', en: 'today' }
      : daysLeft === 1
        ? { nl: 'morgen', en: 'tomorrow' }
        : { nl: `over ${daysLeft} dagen`, en: `in ${daysLeft} days` };
  return {
    titleNl: `Termijn ${when.nl}: ${deadline.nameNl}`,
    titleEn: `Deadline ${when.en}: ${deadline.nameEn}`,
    bodyNl: `${procedureTitle}: ${deadline.nameNl} op ${longCalendarDate(deadline.date, 'nl')} (${when.nl}).`,
    bodyEn: `${procedureTitle}: ${deadline.nameEn} on ${longCalendarDate(deadline.date, 'en')} (${when.en}).`,
  };
}

/**
 * Tells the council secretaries and the participation advisors of the
 * organisation 14, 7 and 1 day(s) before each deadline of an open procedure,
 * and on the day, in the app and by e-mail; each step once per person (a
 * missed day is caught up by the next run, a run that failed halfway goes on
 * where it stopped). A confidential procedure is named only as such.
 */
@Injectable()
export class DeadlineReminderService {
  private readonly logger = new Logger(DeadlineReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationCenter,
  ) {}

  async sendDue(today = todayInAmsterdam()): Promise<number> {
    const procedures = await this.dataSource.manager
      .createQueryBuilder(Procedure, 'p')
      .where("p.state NOT IN ('CLOSED', 'WITHDRAWN')")
      .getMany();
    const settings = new Map(
      (await this.dataSource.manager.find(WorSettings)).map((s) => [
        s.organisationId,
        s,
      ]),
    );
    let sent = 0;
    for (const procedure of procedures) {
      const orgSettings = settings.get(procedure.organisationId);
      for (const deadline of deadlinesOf(procedure, {
        moveToWorkingDay: orgSettings
          ? toDeadlineSettings(orgSettings).moveToWorkingDay
          : false,
      })) {
        const daysBefore = dueReminder(deadline.date, today);
        if (daysBefore === null) continue;
        const occasion = [
          procedure.id,
          deadline.kind,
          deadline.date,
          daysBefore,
        ] as const;
        const done = (await this.dataSource.query(
          `SELECT 1 FROM deadline_reminder_sent WHERE procedure_id = $1 AND kind = $2 AND deadline = $3 AND days_before = $4`,
          [...occasion],
        )) as unknown[];
        if (done.length > 0) continue;
        const recipients = (await this.dataSource.query(
          `SELECT u.id, m.roles::text[] AS roles FROM membership m JOIN user_account u ON u.id = m.user_id
           WHERE m.organisation_id = $1 AND (m.roles && ARRAY['OR_SECRETARIS', 'ADVISEUR']::role[])
             AND ${MEMBERSHIP_HAS_ACCESS}
           ORDER BY u.id`,
          [procedure.organisationId],
        )) as {
          id: string;
          roles: string[];
        }[];
        // One transaction per recipient: a mail that fails rolls back only its own record,
        // so the retry mails those not yet reached. The insert waits for another worker's
        // uncommitted one and then finds it: nobody is mailed twice.
        for (const person of recipients) {
          await this.dataSource.transaction(async (manager) => {
            const claimed = (await manager.query(
              `INSERT INTO deadline_reminder_recipient (organisation_id, procedure_id, kind, deadline, days_before, user_id) VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (procedure_id, kind, deadline, days_before, user_id) DO NOTHING RETURNING id`,
              [procedure.organisationId, ...occasion, person.id],
            )) as unknown[];
            if (claimed.length === 0) return;
            const text = deadlineReminderText(
              procedure.confidential && !person.roles.includes('OR_SECRETARIS')
                ? 'Vertrouwelijke procedure'
                : procedure.title,
              deadline,
              today,
            );
            // A legal deadline: mailed at once whatever the person chose for other kinds (see LOCKED_IMMEDIATE).
            await this.notifications.notify(manager, {
              organisationId: procedure.organisationId,
              userId: person.id,
              kind: `procedure.deadline-${daysBefore}`,
              ...text,
              link: `/procedures/${procedure.id}`,
            });
          });
        }
        // Everyone reached: the occasion is closed, also for people who get the role later today.
        const closed = (await this.dataSource.query(
          `INSERT INTO deadline_reminder_sent (organisation_id, procedure_id, kind, deadline, days_before) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (procedure_id, kind, deadline, days_before) DO NOTHING RETURNING id`,
          [procedure.organisationId, ...occasion],
        )) as unknown[];
        const claimed = closed.length > 0;
        if (claimed) sent += 1;
      }
    }
    if (sent > 0) this.logger.log(`Sent ${sent} deadline reminders`);
    return sent;
  }
}

const EVERY_HOUR_MS = 3_600_000;

@Processor(QueueName.DeadlineReminders)
export class DeadlineReminderProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  constructor(
    private readonly reminders: DeadlineReminderService,
    @InjectQueue(QueueName.DeadlineReminders) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'hourly-deadline-reminders',
      { every: EVERY_HOUR_MS },
      'send-due-deadline-reminders',
    );
  }

  async process() {
    return { sent: await this.reminders.sendDue() };
  }
}
