import { Queue, QueueEvents } from 'bullmq';

/**
 * Runs one of the worker's scheduled jobs now, through the real queue the
 * running worker listens on: the test adds the job its scheduler would add,
 * and waits until the worker has processed it. Needs REDIS_URL (the Redis of
 * the API and worker under test; the e2e runner passes it).
 */
export async function runWorkerJob(
  queueName: string,
  jobName: string,
  // Five minutes: the worker is slow on a busy machine; this returns as soon as the job is done.
  timeoutMs = 5 * 60_000,
): Promise<unknown> {
  const url = process.env['REDIS_URL'];
  if (!url)
    throw new Error(
      'REDIS_URL must name the Redis that the worker under test uses (tools/test/run-all.ts passes it).',
    );
  const parsed = new URL(url);
  const connection = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
  const queue = new Queue(queueName, { connection });
  const events = new QueueEvents(queueName, { connection });
  try {
    await events.waitUntilReady();
    const job = await queue.add(jobName, {});
    return await job.waitUntilFinished(events, timeoutMs);
  } finally {
    await events.close();
    await queue.close();
  }
}
