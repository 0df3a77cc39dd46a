import { createHash, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { withTimeout } from '@inspraak/api-core';

/** Invitations one job mails. */
export const INVITATION_BATCH_SIZE = 50;
/** A mail is tried this often before it counts as failed. */
export const MAX_INVITATION_ATTEMPTS = 3;
/** A claim this old was left by a worker that stopped. */
export const STALE_INVITATION_CLAIM_MINUTES = 15;
const ENQUEUE_TIMEOUT_MS = 2_000;

export interface InvitationBatchJob {
  organisationId: string;
  runId: string;
  invitationIds: string[];
}

export const SEND_JOB = 'send';
export const SWEEP_JOB = 'sweep';

export const newInvitationToken = () => randomBytes(32).toString('base64url');
export const invitationTokenHash = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/** One job per INVITATION_BATCH_SIZE mails, `mailsPerSecond` mails a second on average (all workers together). */
export function invitationLimiter(mailsPerSecond: number) {
  return {
    max: 1,
    duration: Math.max(
      1,
      Math.round((INVITATION_BATCH_SIZE * 1000) / mailsPerSecond),
    ),
  };
}

const logger = new Logger('AccountInvitations');

/**
 * Queues the pending invitations of one run in batches. The job id is the
 * run, the batch's first invitation and its attempts so far, so queueing the
 * same run again (a retried request, the sweep) adds no second job for a
 * batch; the worker claims every invitation before mailing it anyway. Never
 * waits long for Redis: the worker's sweep queues what is still pending.
 */
export async function enqueuePendingInvitations(
  queue: Queue,
  manager: EntityManager,
  organisationId: string,
  runId: string,
  olderThanSeconds = 0,
): Promise<number> {
  const pending = (await manager.query(
    `SELECT id, attempts FROM account_invitation
      WHERE organisation_id = $1 AND run_id = $2 AND status = 'PENDING'
        AND created_at <= now() - make_interval(secs => $3)
      ORDER BY id`,
    [organisationId, runId, olderThanSeconds],
  )) as { id: string; attempts: number }[];
  const jobs = [];
  for (let i = 0; i < pending.length; i += INVITATION_BATCH_SIZE) {
    const batch = pending.slice(i, i + INVITATION_BATCH_SIZE);
    const data: InvitationBatchJob = {
      organisationId,
      runId,
      invitationIds: batch.map((p) => p.id),
    };
    jobs.push({
      name: SEND_JOB,
      data,
      opts: {
        jobId: `${runId}-${batch[0]!.id}-${batch.length}-${batch[0]!.attempts}`,
      },
    });
  }
  let queued = 0;
  // addBulk in slices: one round trip per thousand jobs.
  for (let i = 0; i < jobs.length; i += 1000) {
    const slice = jobs.slice(i, i + 1000);
    try {
      await withTimeout(queue.addBulk(slice), ENQUEUE_TIMEOUT_MS, 'Redis');
      queued += slice.reduce((n, job) => n + job.data.invitationIds.length, 0);
    } catch (error) {
      logger.warn(
        `Invitation run ${runId}: not queued yet (${(error as Error).message}); the sweep will`,
      );
      break;
    }
  }
  return queued;
}
