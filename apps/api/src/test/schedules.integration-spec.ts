import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ALL_QUEUES } from '@inspraak/api-core';
import { bootTestApp, bootTestWorker, TestApp } from './test-app';
import { eventually } from './smtp-receiver';
import { PrivateRedis, startPrivateRedis } from './private-services';

/**
 * BullMQ keeps job schedulers only in Redis. These tests give the API and the
 * worker a Redis of their own, kill it and start it again empty, as the
 * embedded one of the dev stack comes back after a crash.
 */
describe('when Redis comes back empty', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    const env = { REDIS_URL: redis.url, SCHEDULE_CHECK_SECONDS: '1' };
    api = await bootTestApp(env);
    worker = await bootTestWorker(env);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await redis.stop();
  });

  const health = async () =>
    (await (await fetch(`${api.url}/health`)).json()) as {
      status: string;
      checks: Record<string, { status: string }>;
    };

  /** Every job scheduler in Redis, as queue/id. */
  async function schedulers(): Promise<string[]> {
    const found: string[] = [];
    for (const name of ALL_QUEUES) {
      const queue = worker!.get<Queue>(getQueueToken(name));
      for (const scheduler of await queue.getJobSchedulers())
        found.push(`${name}/${scheduler.key}`);
    }
    return found.sort();
  }

  it('the worker registers its schedulers again and /health says so only once they are back', async () => {
    await eventually(async () => (await health()).status === 'ok', 120_000);
    const registered = await schedulers();
    // Retention, participant retention, three reminder kinds, two survey housekeeping jobs, the account-invitation sweep.
    expect(registered.length).toBeGreaterThanOrEqual(8);

    await redis.restartEmpty();
    await eventually(async () => {
      const reported = await health();
      const current = await schedulers().catch(() => []);
      return (
        reported.status === 'ok' &&
        JSON.stringify(current) === JSON.stringify(registered)
      );
    }, 180_000);
    expect(await schedulers()).toEqual(registered);
  }, 400_000);

  it('reports the schedules down while no worker confirms them', async () => {
    await worker!.close();
    worker = undefined;
    await redis.restartEmpty();
    await eventually(async () => {
      const reported = await health();
      return (
        reported.status === 'degraded' &&
        reported.checks['redis']?.status === 'up' &&
        reported.checks['schedules']?.status === 'down'
      );
    }, 120_000);
  }, 200_000);
});
