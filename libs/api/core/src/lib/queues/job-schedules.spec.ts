import { EventEmitter } from 'node:events';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import {
  JobSchedules,
  SCHEDULES_VERIFIED_KEY,
  schedulesConfirmed,
} from './job-schedules';

/** A queue as far as JobSchedules uses it, with Redis as two maps; `empty()` is a Redis that came back with nothing. */
function fakeQueue(name: string) {
  const schedulers = new Map<string, unknown>();
  const keys = new Map<string, { value: string; px?: number }>();
  const client = Object.assign(new EventEmitter(), {
    status: 'ready',
    set: async (key: string, value: string, options?: { PX?: number }) => {
      keys.set(key, { value, px: options?.PX });
      return 'OK';
    },
  });
  const queue = {
    name,
    toKey: (type: string) => `bull:${name}:${type}`,
    upsertJobScheduler: jest.fn(async (id: string, repeat: unknown) => {
      schedulers.set(id, repeat);
    }),
    getJobScheduler: async (id: string) => schedulers.get(id),
    getBackend: () => ({ client: Promise.resolve(client) }),
  };
  return {
    queue: queue as unknown as Queue,
    upserts: queue.upsertJobScheduler,
    schedulers,
    keys,
    client,
    empty() {
      schedulers.clear();
      keys.clear();
    },
  };
}

const config = { SCHEDULE_CHECK_SECONDS: 20 } as AppConfig;

describe('JobSchedules', () => {
  it('puts back the schedulers an emptied Redis lost, and only then renews the heartbeat', async () => {
    const redis = fakeQueue('reminders');
    const schedules = new JobSchedules(config);
    await schedules.keep(redis.queue, 'hourly', { every: 3_600_000 }, 'send');
    await schedules.keep(redis.queue, 'daily', { every: 86_400_000 }, 'purge');
    await schedules.check();
    const heartbeat = redis.keys.get(SCHEDULES_VERIFIED_KEY);
    expect(heartbeat?.px).toBe(60_000);
    expect(JSON.parse(heartbeat?.value ?? '{}')).toMatchObject({
      schedulerKeys: [
        'bull:reminders:repeat:hourly',
        'bull:reminders:repeat:daily',
      ],
    });

    redis.empty();
    redis.upserts.mockClear();
    await schedules.check();
    expect(redis.upserts.mock.calls).toEqual([
      ['hourly', { every: 3_600_000 }, { name: 'send' }],
      ['daily', { every: 86_400_000 }, { name: 'purge' }],
    ]);
    expect([...redis.schedulers.keys()]).toEqual(['hourly', 'daily']);
    expect(redis.keys.has(SCHEDULES_VERIFIED_KEY)).toBe(true);

    // Nothing missing: nothing registered again.
    redis.upserts.mockClear();
    await schedules.check();
    expect(redis.upserts).not.toHaveBeenCalled();
  });

  it('checks at once when a connection comes back', async () => {
    const redis = fakeQueue('retention');
    const schedules = new JobSchedules(config);
    await schedules.keep(redis.queue, 'hourly', { every: 3_600_000 }, 'purge');
    redis.empty();
    redis.client.emit('ready');
    for (let tick = 0; tick < 100 && !redis.schedulers.has('hourly'); tick++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(redis.schedulers.has('hourly')).toBe(true);
  });

  it('writes no heartbeat when a scheduler cannot be put back', async () => {
    const redis = fakeQueue('reminders');
    const schedules = new JobSchedules(config);
    await schedules.keep(redis.queue, 'hourly', { every: 3_600_000 }, 'send');
    redis.empty();
    redis.upserts.mockRejectedValueOnce(new Error('Redis went away again'));
    await schedules.check();
    expect(redis.keys.has(SCHEDULES_VERIFIED_KEY)).toBe(false);
  });
});

describe('schedulesConfirmed (what /health reports)', () => {
  const redisWith = (entries: Record<string, string>) => ({
    get: async (key: string) => entries[key] ?? null,
    exists: async (...keys: string[]) =>
      keys.filter((key) => key in entries).length,
  });
  const heartbeat = JSON.stringify({
    at: '2026-12-07T05:00:00.000Z',
    schedulerKeys: ['bull:a:repeat:one', 'bull:b:repeat:two'],
  });

  it('is up when the heartbeat is there and every scheduler it lists', async () => {
    expect(
      await schedulesConfirmed(
        redisWith({
          [SCHEDULES_VERIFIED_KEY]: heartbeat,
          'bull:a:repeat:one': '',
          'bull:b:repeat:two': '',
        }),
      ),
    ).toBe(true);
  });

  it('is down without a heartbeat, and when a listed scheduler is gone (a heartbeat written just after Redis came back empty)', async () => {
    expect(await schedulesConfirmed(redisWith({}))).toBe(false);
    expect(
      await schedulesConfirmed(
        redisWith({
          [SCHEDULES_VERIFIED_KEY]: heartbeat,
          'bull:a:repeat:one': '',
        }),
      ),
    ).toBe(false);
  });
});
