import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  MailService,
  QueueName,
  PersonalParts,
  JobSchedules,
} from '@inspraak/api-core';
import {
  enqueuePendingInvitations,
  InvitationBatchJob,
  invitationLimiter,
  invitationTokenHash,
  MAX_INVITATION_ATTEMPTS,
  newInvitationToken,
  SEND_JOB,
  STALE_INVITATION_CLAIM_MINUTES,
  SWEEP_JOB,
} from './invitation-queue';

/** Mails one worker sends at the same time within a batch (the limiter sets the rate; this lets it be reached). */
const SEND_PARALLEL = 4;

interface Outcome {
  status: 'SENT' | 'SKIPPED' | 'RETRY' | 'FAILED';
  link?: string;
  expiresAt?: Date;
}

interface Claimed {
  id: string;
  membershipId: string;
  email: string;
  displayName: string;
  organisationName: string;
  attempts: number;
}

/**
 * Mails account invitations, each at most once: an invitation is claimed
 * (PENDING → SENDING) before its mail goes out, so a retried job or a second
 * worker skips it. The link's token exists only in the mail; the transaction
 * that records the mail as sent keeps its SHA-256 and expiry (with the
 * development outbox, the mail too) and revokes the person's older links. A
 * mail server that refuses rolls that back and puts the claim back for a
 * retry, up to three attempts, then FAILED. An invitation whose person
 * meanwhile activated their account, left the directory or was blocked is
 * revoked instead of mailed.
 */
@Injectable()
export class InvitationMailer {
  private readonly logger = new Logger(InvitationMailer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends one batch (claimed in one statement, mailed SEND_PARALLEL at a
   * time); throws (so BullMQ retries later) when a mail failed and may be
   * tried again.
   */
  async sendBatch(
    job: InvitationBatchJob,
  ): Promise<{ sent: number; failed: number }> {
    const claimed = await this.claim(job.invitationIds, job.organisationId);
    const outcomes: Outcome['status'][] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: SEND_PARALLEL }, async () => {
        for (let i = next++; i < claimed.length; i = next++)
          outcomes.push(
            (await this.deliver(claimed[i]!, job.organisationId)).status,
          );
      }),
    );
    const count = (status: Outcome['status']) =>
      outcomes.filter((o) => o === status).length;
    const sent = count('SENT');
    if (sent > 0)
      this.logger.log(`Invitation run ${job.runId}: sent ${sent} invitations`);
    if (count('RETRY') > 0)
      throw new Error(
        `${count('RETRY')} invitations could not be sent yet; retrying`,
      );
    return { sent, failed: count('FAILED') };
  }

  /** Claims, mails and records one invitation; the link only when this call sent it. */
  async sendOne(
    invitationId: string,
    organisationId: string,
  ): Promise<Outcome> {
    const [invitation] = await this.claim([invitationId], organisationId);
    if (!invitation) return { status: 'SKIPPED' };
    return this.deliver(invitation, organisationId);
  }

  private async deliver(
    invitation: Claimed,
    organisationId: string,
  ): Promise<Outcome> {
    const token = newInvitationToken();
    const link = `${this.mail.publicUrl}/invite/${token}`;
    const expiresAt = new Date(
      Date.now() + this.config.INVITATION_TTL_DAYS * 86_400_000,
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.mail.send(
          {
            organisationId,
            to: invitation.email,
            recipientName: invitation.displayName,
            oneTimeLink: link,
            subject: `Uitnodiging voor Inspraak / invitation: ${invitation.organisationName}`,
            text: (parts) => invitationText(invitation, parts, expiresAt),
          },
          manager,
        );
        // Sent, and one link works at a time: the person's older ones are revoked.
        await manager.query(
          `WITH sent AS (
             UPDATE account_invitation SET status = 'SENT', sent_at = now(), token_hash = $2, expires_at = $3
              WHERE id = $1 RETURNING membership_id)
           UPDATE account_invitation o SET status = 'REVOKED' FROM sent
            WHERE o.membership_id = sent.membership_id AND o.status = 'SENT' AND o.id <> $1`,
          [invitation.id, invitationTokenHash(token), expiresAt],
        );
      });
      return { status: 'SENT', link, expiresAt };
    } catch (error) {
      const giveUp = invitation.attempts >= MAX_INVITATION_ATTEMPTS;
      await this.dataSource.query(
        `UPDATE account_invitation SET status = $2 WHERE id = $1`,
        [invitation.id, giveUp ? 'FAILED' : 'PENDING'],
      );
      this.logger.warn(
        `Invitation ${invitation.id} not sent (attempt ${invitation.attempts}): ${(error as Error).message}`,
      );
      return { status: giveUp ? 'FAILED' : 'RETRY' };
    }
  }

  /**
   * PENDING → SENDING while the person still needs it; an invitation whose
   * account became active, was blocked or whose directory entry left is
   * revoked. Those another worker has are left to it.
   */
  private async claim(
    invitationIds: string[],
    organisationId: string,
  ): Promise<Claimed[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE account_invitation i SET status = 'SENDING', attempts = i.attempts + 1, claimed_at = now()
         FROM membership m
         JOIN user_account u ON u.id = m.user_id
         JOIN employee e ON e.id = m.employee_id
         JOIN organisation o ON o.id = m.organisation_id
        WHERE i.id = ANY($1::uuid[]) AND i.organisation_id = $2 AND i.status = 'PENDING'
          AND m.id = i.membership_id AND m.activated_at IS NULL AND m.blocked_at IS NULL
          AND e.status = 'ACTIVE'
        RETURNING i.id, i.membership_id AS "membershipId", u.email,
                  e.first_name || ' ' || e.last_name AS "displayName",
                  o.name AS "organisationName", i.attempts`,
      [invitationIds, organisationId],
    )) as [Claimed[], number];
    if (rows.length < invitationIds.length)
      // Still pending here means the person no longer needs it (a claim by another worker made it SENDING).
      await this.dataSource.query(
        `UPDATE account_invitation SET status = 'REVOKED'
          WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'PENDING'`,
        [invitationIds, organisationId],
      );
    return rows;
  }

  /**
   * Takes back claims a stopped worker left (SENDING for longer than 15
   * minutes: back to PENDING, or FAILED after the third attempt), then, when
   * the queue holds no waiting batches, queues what is still pending (Redis
   * was away when the invitations were made, or a job gave up retrying).
   */
  async sweep(queue: Queue, now = new Date()): Promise<number> {
    const staleBefore = new Date(
      now.getTime() - STALE_INVITATION_CLAIM_MINUTES * 60_000,
    );
    await this.dataSource.query(
      `UPDATE account_invitation
          SET status = CASE WHEN attempts >= $2 THEN 'FAILED'::account_invitation_status ELSE 'PENDING'::account_invitation_status END
        WHERE status = 'SENDING' AND claimed_at < $1`,
      [staleBefore, MAX_INVITATION_ATTEMPTS],
    );
    // Batches still queued (the sweep's own next run waits among the delayed jobs) send what is pending.
    const queued = await queue.getJobs(
      ['waiting', 'prioritized', 'delayed'],
      0,
      20,
    );
    if (queued.some((job) => job?.name === SEND_JOB)) return 0;
    const runs = (await this.dataSource.query(
      `SELECT DISTINCT organisation_id AS "organisationId", run_id AS "runId"
         FROM account_invitation WHERE status = 'PENDING'`,
    )) as { organisationId: string; runId: string }[];
    let count = 0;
    for (const run of runs)
      count += await enqueuePendingInvitations(
        queue,
        this.dataSource.manager,
        run.organisationId,
        run.runId,
        // Invitations made just now are being queued by the API.
        30,
      );
    return count;
  }
}

function invitationText(
  invitation: Claimed,
  { name, link }: PersonalParts,
  expiresAt: Date,
): string {
  const date = (locale: string) =>
    expiresAt.toLocaleString(locale, {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'long',
      timeStyle: 'short',
    });
  return [
    `Beste ${name},`,
    '',
    `${invitation.organisationName} nodigt je uit voor Inspraak, het platform voor medezeggenschap en participatie.`,
    `Kies via deze link een wachtwoord voor je account (${invitation.email}). De link werkt één keer, tot ${date('nl-NL')}:`,
    link,
    '',
    'Heb je al een wachtwoord voor Inspraak (bij een andere organisatie)? Dan vraagt de link om dat wachtwoord.',
    '',
    '---',
    '',
    `Dear ${name},`,
    '',
    `${invitation.organisationName} invites you to Inspraak, the platform for employee participation.`,
    `Use this link to choose a password for your account (${invitation.email}). It works once, until ${date('en-GB')}:`,
    link,
    '',
    'Do you already have an Inspraak password (with another organisation)? Then the link asks for that password.',
    '',
  ].join('\n');
}

const EVERY_MINUTE_MS = 60_000;

/**
 * Mails invitation batches, rate-limited by BullMQ's limiter (shared by all
 * workers) at INVITATION_MAILS_PER_SECOND, and every minute runs the sweep
 * through the same queue. Started once the limiter from the configuration
 * is in place.
 */
@Processor(QueueName.AccountInvitations, { autorun: false, concurrency: 2 })
export class AccountInvitationProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  private readonly logger = new Logger(AccountInvitationProcessor.name);

  constructor(
    private readonly mailer: InvitationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.AccountInvitations) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    this.worker.opts.limiter = invitationLimiter(
      this.config.INVITATION_MAILS_PER_SECOND,
    );
    this.worker
      .run()
      .catch((error: unknown) =>
        this.logger.error(`Invitation worker stopped: ${String(error)}`),
      );
    await this.schedules.keep(
      this.queue,
      'account-invitations-sweep',
      { every: EVERY_MINUTE_MS },
      SWEEP_JOB,
    );
  }

  async process(job: Job<InvitationBatchJob>) {
    if (job.name === SWEEP_JOB)
      return { queued: await this.mailer.sweep(this.queue) };
    if (job.name === SEND_JOB) return this.mailer.sendBatch(job.data);
    return null;
  }
}
