import { createHash, randomBytes } from 'node:crypto';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  MailService,
  PersonalParts,
  QueueName,
  JobSchedules,
} from '@inspraak/api-core';
import { InvitationStatus, Survey, SurveyStatus } from './survey.entities';
import {
  InvitationBatchJob,
  SurveyMailKind,
  SurveysService,
} from './surveys.service';
import { protectionSentence } from './survey-protection';
import { SurveyInbox } from './survey-inbox';

export const MAX_SEND_ATTEMPTS = 3;
/** Batches (of INVITATION_BATCH_SIZE mails) a worker sends per second, all surveys together. */
export const INVITATION_BATCHES_PER_SECOND = 2;

export const newSurveyToken = () => randomBytes(32).toString('base64url');
export const surveyTokenHash = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/** A claim this old was left by a worker that stopped (a mail server may take minutes to time out). */
export const STALE_CLAIM_MINUTES = 15;

/** The columns a kind of mail keeps its state in. */
const STATE = {
  invite: { status: 'status', attempts: 'attempts', sentAt: 'sent_at' },
  remind: {
    status: 'reminder_status',
    attempts: 'reminder_attempts',
    sentAt: 'reminded_at',
  },
} as const satisfies Record<SurveyMailKind, unknown>;

const ANSWERED =
  'EXISTS (SELECT 1 FROM survey_token_use u WHERE u.invitation_id = i.id)';

interface Claimed {
  id: string;
  email: string;
  displayName: string;
  attempts: number;
}

/**
 * Sends invitations and reminders the same way, each at most once, in
 * batches through the queue (rate-limited, retried by BullMQ): an invitation
 * or its reminder is claimed (PENDING → SENDING) before its mail goes out,
 * so a retried job or a second worker skips it. The new link's hash is kept
 * in the transaction that records the mail as sent (with the development
 * outbox, the mail itself too); a mail server that refuses rolls that back
 * and puts the claim back to PENDING for a retry (up to three attempts, then
 * FAILED, shown to the authors), so a refused reminder leaves the earlier
 * link working. The raw one-time token exists only in the mail; the
 * database keeps its hash.
 */
@Injectable()
export class SurveyMailer {
  private readonly logger = new Logger(SurveyMailer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly surveys: SurveysService,
  ) {}

  /** Sends one batch; throws (so BullMQ retries later) when any mail failed and may be tried again. */
  async sendBatch(
    job: InvitationBatchJob,
  ): Promise<{ sent: number; failed: number }> {
    const kind = job.kind ?? 'invite';
    const state = STATE[kind];
    const survey = await this.dataSource.manager.findOne(Survey, {
      where: { id: job.surveyId, organisationId: job.organisationId },
    });
    if (!survey || survey.status !== SurveyStatus.PUBLISHED)
      return { sent: 0, failed: 0 };
    let sent = 0;
    let retryable = 0;
    let failed = 0;
    for (const invitationId of job.invitationIds) {
      const invitation = await this.claim(
        kind,
        invitationId,
        job.organisationId,
      );
      if (!invitation) continue;
      const token = newSurveyToken();
      try {
        await this.dataSource.transaction(async (manager) => {
          await this.mail.send(
            {
              organisationId: job.organisationId,
              to: invitation.email,
              recipientName: invitation.displayName,
              // Who is invited, and above all who is reminded (those who have not answered), is not for the outbox.
              confidentialRecipient: true,
              oneTimeLink: `${this.mail.publicUrl}/s/${token}`,
              subject:
                kind === 'invite'
                  ? `${survey.title} — jouw mening / your opinion`
                  : `Herinnering / reminder: ${survey.title}`,
              text: (parts) => invitationText(survey, parts, kind === 'remind'),
            },
            manager,
          );
          await manager.query(
            `UPDATE survey_invitation SET ${state.status} = 'SENT', ${state.sentAt} = now(), token_hash = $2, last_error = NULL WHERE id = $1`,
            [invitation.id, surveyTokenHash(token)],
          );
        });
        sent += 1;
      } catch (error) {
        const giveUp = invitation.attempts >= MAX_SEND_ATTEMPTS;
        await this.dataSource.query(
          `UPDATE survey_invitation SET ${state.status} = $2, last_error = $3 WHERE id = $1`,
          [
            invitation.id,
            giveUp ? InvitationStatus.FAILED : InvitationStatus.PENDING,
            String((error as Error).message).slice(0, 500),
          ],
        );
        if (giveUp) failed += 1;
        else retryable += 1;
      }
    }
    if (sent > 0)
      this.logger.log(
        `Survey ${survey.id}: sent ${sent} ${kind === 'invite' ? 'invitations' : 'reminders'}`,
      );
    if (retryable > 0)
      throw new Error(`${retryable} mails could not be sent yet; retrying`);
    return { sent, failed };
  }

  /**
   * PENDING → SENDING, or nothing when another worker has it, it was sent or
   * (a reminder) the link was used since: then the reminder is dropped.
   */
  private async claim(
    kind: SurveyMailKind,
    invitationId: string,
    organisationId: string,
  ): Promise<Claimed | null> {
    const [rows] = (await this.dataSource.query(
      kind === 'invite'
        ? `UPDATE survey_invitation SET status = 'SENDING', attempts = attempts + 1, claimed_at = now()
           WHERE id = $1 AND organisation_id = $2 AND status = 'PENDING'
           RETURNING id, email, display_name AS "displayName", attempts`
        : `UPDATE survey_invitation i SET
             reminder_status = CASE WHEN ${ANSWERED} THEN NULL ELSE 'SENDING'::invitation_status END,
             reminder_attempts = reminder_attempts + CASE WHEN ${ANSWERED} THEN 0 ELSE 1 END,
             claimed_at = now()
           WHERE id = $1 AND organisation_id = $2 AND reminder_status = 'PENDING'
           RETURNING id, email, display_name AS "displayName", reminder_attempts AS attempts, reminder_status AS status`,
      [invitationId, organisationId],
    )) as [(Claimed & { status?: string | null })[], number];
    const claimed = rows[0];
    if (!claimed || (kind === 'remind' && claimed.status !== 'SENDING'))
      return null;
    return claimed;
  }

  /**
   * When a survey's reminder time has come: marks, once, the reminder of
   * everyone whose invitation went out and whose link was not used, and
   * queues them like invitations (the new link replaces the old one). Only
   * the worker sees who that is. How many were scheduled.
   */
  async scheduleDueReminders(now = new Date()): Promise<number> {
    const due = await this.dataSource.manager
      .createQueryBuilder(Survey, 's')
      .where(
        's.status = :status AND s.remindAt <= :now AND s.remindedAt IS NULL',
        { status: SurveyStatus.PUBLISHED, now },
      )
      .getMany();
    let scheduled = 0;
    for (const survey of due) {
      const marked = await this.dataSource.transaction(async (manager) => {
        // The survey's reminder is taken once, also with two workers.
        const [, taken] = (await manager.query(
          `UPDATE survey SET reminded_at = now() WHERE id = $1 AND reminded_at IS NULL`,
          [survey.id],
        )) as [unknown, number];
        if (taken === 0) return 0;
        const [, count] = (await manager.query(
          `UPDATE survey_invitation i SET reminder_status = 'PENDING'
           WHERE i.survey_id = $1 AND i.organisation_id = $2 AND i.status = 'SENT' AND i.reminder_status IS NULL
             AND NOT ${ANSWERED}`,
          [survey.id, survey.organisationId],
        )) as [unknown, number];
        return count;
      });
      scheduled += marked;
      if (marked > 0)
        await this.surveys.enqueuePending(
          survey.organisationId,
          survey.id,
          undefined,
          'remind',
        );
    }
    return scheduled;
  }

  /**
   * Takes back claims a stopped worker left (SENDING for longer than
   * STALE_CLAIM_MINUTES: back to PENDING, or FAILED after the last attempt),
   * then queues what is still pending (e.g. Redis was away at publication).
   * A worker that stopped after the mail server took a mail but before it
   * was recorded leaves that person with a link that does not work; the
   * retry sends them one that does.
   */
  async sweep(now = new Date()): Promise<number> {
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000);
    for (const state of Object.values(STATE))
      await this.dataSource.query(
        `UPDATE survey_invitation SET ${state.status} = CASE WHEN ${state.attempts} >= $2 THEN 'FAILED'::invitation_status ELSE 'PENDING'::invitation_status END,
                last_error = coalesce(last_error, 'interrupted while sending')
         WHERE ${state.status} = 'SENDING' AND claimed_at < $1`,
        [staleBefore, MAX_SEND_ATTEMPTS],
      );
    const surveys = (await this.dataSource.query(
      `SELECT i.organisation_id AS "organisationId", i.survey_id AS "surveyId",
              bool_or(i.status = 'PENDING') AS invite, bool_or(i.reminder_status = 'PENDING') AS remind
       FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
       WHERE (i.status = 'PENDING' OR i.reminder_status = 'PENDING') AND s.status = 'PUBLISHED'
       GROUP BY i.organisation_id, i.survey_id`,
    )) as {
      organisationId: string;
      surveyId: string;
      invite: boolean;
      remind: boolean;
    }[];
    let queued = 0;
    for (const s of surveys)
      for (const kind of ['invite', 'remind'] as const)
        if (s[kind])
          queued += await this.surveys.enqueuePending(
            s.organisationId,
            s.surveyId,
            undefined,
            kind,
          );
    return queued;
  }
}

function invitationText(
  survey: Survey,
  { name, link }: PersonalParts,
  reminder: boolean,
): string {
  const protection = protectionSentence(survey.mode, survey.threshold);
  const closes = survey.closesAt
    ? {
        nl: ` Je kunt antwoorden tot ${survey.closesAt.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}.`,
        en: ` You can answer until ${survey.closesAt.toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}.`,
      }
    : { nl: '', en: '' };
  return [
    `Beste ${name},`,
    '',
    `${reminder ? 'Een herinnering: we horen graag' : 'We horen graag'} wat je vindt: "${survey.title}".${closes.nl}`,
    protection.nl,
    '',
    `Jouw persoonlijke link (eenmalig te gebruiken${reminder ? '; een eerdere link werkt niet meer' : ''}):`,
    link,
    '',
    '---',
    '',
    `${reminder ? 'A reminder: we would like to know' : 'We would like to know'} what you think: "${survey.title}".${closes.en}`,
    protection.en,
    '',
    `Your personal link (one use only${reminder ? '; an earlier link no longer works' : ''}):`,
    link,
    '',
  ].join('\n');
}

@Processor(QueueName.SurveyInvitations, {
  limiter: { max: INVITATION_BATCHES_PER_SECOND, duration: 1000 },
})
export class SurveyInvitationProcessor extends WorkerHost {
  constructor(private readonly mailer: SurveyMailer) {
    super();
  }

  async process(job: Job<InvitationBatchJob>) {
    return this.mailer.sendBatch(job.data);
  }
}

const EVERY_MINUTE_MS = 60_000;
/** How often the inbox is checked: answers move once enough wait, so results lag by the group, not by the clock. */
const INBOX_EVERY_MS = 15_000;

/**
 * Every minute: close surveys whose time is up, queue due reminders, take
 * back stale claims and queue pending invitations and reminders. Every 15
 * seconds: move waiting answers out of the inbox.
 */
@Processor(QueueName.SurveyHousekeeping)
export class SurveyHousekeepingProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  constructor(
    private readonly mailer: SurveyMailer,
    private readonly inbox: SurveyInbox,
    @InjectQueue(QueueName.SurveyHousekeeping) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'survey-housekeeping',
      { every: EVERY_MINUTE_MS },
      'survey-housekeeping',
    );
    await this.schedules.keep(
      this.queue,
      'survey-inbox',
      { every: INBOX_EVERY_MS },
      'survey-inbox',
    );
  }

  async process(job: Job) {
    if (job.name === 'survey-inbox')
      return { moved: await this.inbox.release() };
    return {
      closed: await this.inbox.closeDue(),
      reminders: await this.mailer.scheduleDueReminders(),
      queued: await this.mailer.sweep(),
    };
  }
}
