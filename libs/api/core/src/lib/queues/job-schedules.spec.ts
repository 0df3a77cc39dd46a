import { EventEmitter } from 'node:events';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import { JobSchedules, SCHEDULES_VERIFIED_KEY } from './job-schedules';

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
    expect(redis.keys.get(SCHEDULES_VERIFIED_KEY)?.px).toBe(60_000);

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
