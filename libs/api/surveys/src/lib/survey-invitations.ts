import { createHash, randomBytes } from 'node:crypto';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MailService, QueueName } from '@inspraak/api-core';
import {
  InvitationStatus,
  Survey,
  SurveyInvitation,
  SurveyStatus,
} from './survey.entities';
import { InvitationBatchJob, SurveysService } from './surveys.service';
import { protectionSentence } from './survey-protection';
import { SurveyInbox } from './survey-inbox';

export const MAX_SEND_ATTEMPTS = 3;
/** Batches (of INVITATION_BATCH_SIZE mails) a worker sends per second, all surveys together. */
export const INVITATION_BATCHES_PER_SECOND = 2;

export const newSurveyToken = () => randomBytes(32).toString('base64url');
export const surveyTokenHash = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/**
 * Sends invitations and reminders, each at most once: an invitation is claimed
 * (PENDING → SENDING) before its mail goes out, so a retried job or a second
 * worker skips it. A mail server that refuses puts it back to PENDING for a
 * retry (up to three attempts, then FAILED, shown to the authors). The raw
 * one-time token exists only in the mail; the database keeps its hash.
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
    const survey = await this.dataSource.manager.findOne(Survey, {
      where: { id: job.surveyId, organisationId: job.organisationId },
    });
    if (!survey || survey.status !== SurveyStatus.PUBLISHED)
      return { sent: 0, failed: 0 };
    let sent = 0;
    let retryable = 0;
    let failed = 0;
    for (const invitationId of job.invitationIds) {
      const claimed = (await this.dataSource.query(
        `UPDATE survey_invitation SET status = 'SENDING', attempts = attempts + 1 WHERE id = $1 AND organisation_id = $2 AND status = 'PENDING' RETURNING id, email, display_name AS "displayName", attempts`,
        [invitationId, job.organisationId],
      )) as [
        { id: string; email: string; displayName: string; attempts: number }[],
        number,
      ];
      const invitation = claimed[0][0];
      if (!invitation) continue;
      const token = newSurveyToken();
      try {
        await this.dataSource.query(
          `UPDATE survey_invitation SET token_hash = $2 WHERE id = $1`,
          [invitation.id, surveyTokenHash(token)],
        );
        await this.mail.send({
          organisationId: job.organisationId,
          to: invitation.email,
          subject: `${survey.title} — jouw mening / your opinion`,
          text: invitationText(
            survey,
            invitation.displayName,
            `${this.mail.publicUrl}/s/${token}`,
            false,
          ),
        });
        await this.dataSource.query(
          `UPDATE survey_invitation SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`,
          [invitation.id],
        );
        sent += 1;
      } catch (error) {
        const giveUp = invitation.attempts >= MAX_SEND_ATTEMPTS;
        await this.dataSource.query(
          `UPDATE survey_invitation SET status = $2, token_hash = NULL, last_error = $3 WHERE id = $1`,
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
      this.logger.log(`Survey ${survey.id}: sent ${sent} invitations`);
    if (retryable > 0)
      throw new Error(
        `${retryable} invitations could not be sent yet; retrying`,
      );
    return { sent, failed };
  }

  /**
   * Reminds, once, everyone invited to a survey whose reminder time has come
   * and who has not used their link, with a new link (the old one stops
   * working: only its hash was kept). Only the worker sees who that is.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    const due = await this.dataSource.manager
      .createQueryBuilder(Survey, 's')
      .where(
        's.status = :status AND s.remindAt <= :now AND s.remindedAt IS NULL',
        { status: SurveyStatus.PUBLISHED, now },
      )
      .getMany();
    let reminded = 0;
    for (const survey of due) {
      const open = (await this.dataSource.query(
        `SELECT i.id, i.email, i.display_name AS "displayName" FROM survey_invitation i
         WHERE i.survey_id = $1 AND i.organisation_id = $2 AND i.status = 'SENT' AND i.reminded_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM survey_token_use u WHERE u.invitation_id = i.id)`,
        [survey.id, survey.organisationId],
      )) as { id: string; email: string; displayName: string }[];
      for (const invitation of open) {
        const token = newSurveyToken();
        const claimed = (await this.dataSource.query(
          `UPDATE survey_invitation SET reminded_at = now(), token_hash = $2 WHERE id = $1 AND reminded_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM survey_token_use u WHERE u.invitation_id = $1) RETURNING id`,
          [invitation.id, surveyTokenHash(token)],
        )) as [unknown[], number];
        if (claimed[1] === 0) continue;
        await this.mail.send({
          organisationId: survey.organisationId,
          to: invitation.email,
          subject: `Herinnering / reminder: ${survey.title}`,
          text: invitationText(
            survey,
            invitation.displayName,
            `${this.mail.publicUrl}/s/${token}`,
            true,
          ),
        });
        reminded += 1;
      }
      await this.dataSource.manager.update(
        Survey,
        { id: survey.id },
        { remindedAt: new Date() },
      );
    }
    return reminded;
  }

  /** Closes surveys whose end time has passed. */
  async closeDue(now = new Date()): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE survey SET status = 'CLOSED', closed_at = now() WHERE status = 'PUBLISHED' AND closes_at <= $1 RETURNING id`,
      [now],
    );
    return (result as [unknown[], number])[1];
  }

  /** Queues what is still pending (e.g. Redis was away at publication). */
  async sweep(): Promise<number> {
    const surveys = (await this.dataSource.query(
      `SELECT DISTINCT i.organisation_id AS "organisationId", i.survey_id AS "surveyId" FROM survey_invitation i
       JOIN survey s ON s.id = i.survey_id WHERE i.status = 'PENDING' AND s.status = 'PUBLISHED'`,
    )) as { organisationId: string; surveyId: string }[];
    let queued = 0;
    for (const s of surveys)
      queued += await this.surveys.enqueuePending(s.organisationId, s.surveyId);
    return queued;
  }
}

function invitationText(
  survey: Survey,
  name: string,
  link: string,
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
 * Every minute: close surveys whose time is up, send due reminders, queue
 * pending invitations. Every 15 seconds: move waiting answers out of the inbox.
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
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(
      'survey-housekeeping',
      { every: EVERY_MINUTE_MS },
      { name: 'survey-housekeeping' },
    );
    await this.queue.upsertJobScheduler(
      'survey-inbox',
      { every: INBOX_EVERY_MS },
      { name: 'survey-inbox' },
    );
  }

  async process(job: Job) {
    if (job.name === 'survey-inbox')
      return { moved: await this.inbox.release() };
    return {
      closed: await this.mailer.closeDue(),
      reminded: await this.mailer.sendDueReminders(),
      queued: await this.mailer.sweep(),
    };
  }
}
