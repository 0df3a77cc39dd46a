import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import type { Queue, RepeatOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The worker's heartbeat in Redis: present while a worker has found (or put
 * back) every job scheduler within the last three checks. Its value lists the
 * Redis keys of those schedulers (`SchedulesHeartbeat`), so `/health` can see
 * that they are really there: an emptied Redis loses them, and a check that
 * was under way when Redis restarted may still write a heartbeat.
 */
export const SCHEDULES_VERIFIED_KEY = 'inspraak:worker:schedules-verified';

export interface SchedulesHeartbeat {
  at: string;
  /** BullMQ's hash of each job scheduler (`<prefix>:<queue>:repeat:<id>`). */
  schedulerKeys: string[];
}

/**
 * Whether the heartbeat's schedulers all exist. Reads BullMQ's key layout
 * (a scheduler is the hash `repeat:<id>` under its queue's prefix); should
 * that change, the check reports the schedules down rather than up, and the
 * integration test of an emptied Redis fails.
 */
export async function schedulesConfirmed(redis: {
  get(key: string): Promise<string | null>;
  exists(...keys: string[]): Promise<number>;
}): Promise<boolean> {
  const raw = await redis.get(SCHEDULES_VERIFIED_KEY);
  if (!raw) return false;
  const { schedulerKeys } = JSON.parse(raw) as SchedulesHeartbeat;
  if (!Array.isArray(schedulerKeys) || schedulerKeys.length === 0) return false;
  return (await redis.exists(...schedulerKeys)) === schedulerKeys.length;
}

/** How many checks a heartbeat outlives, so one slow check does not flap `/health`. */
const HEARTBEAT_CHECKS = 3;
const WARNING_INTERVAL_MS = 60_000;

interface KeptSchedule {
  queue: Queue;
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  jobName: string;
}

/**
 * Keeps the worker's repeating jobs registered. BullMQ keeps job schedulers
 * only in Redis, so a Redis that comes back empty (the embedded one keeps
 * nothing on disk) would silently stop them. Every processor registers its
 * schedulers here; they are upserted at once, checked again whenever a queue
 * reconnects and every SCHEDULE_CHECK_SECONDS, and put back when missing.
 * Any number of workers may do this: upserting a scheduler is idempotent.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobSchedules.name);
  private readonly kept: KeptSchedule[] = [];
  private readonly watched = new Set<Queue>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private lastWarning = 0;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Registers a repeating job now and keeps it registered for as long as the worker runs. */
  async keep(
    queue: Queue,
    id: string,
    repeat: Omit<RepeatOptions, 'key'>,
    jobName: string,
  ): Promise<void> {
    this.kept.push({ queue, id, repeat, jobName });
    await queue.upsertJobScheduler(id, repeat, { name: jobName });
    await this.watch(queue);
  }

  onApplicationBootstrap() {
    const intervalMs = this.config.SCHEDULE_CHECK_SECONDS * 1000;
    // The first check soon, once every processor has registered its schedulers.
    const tick = (delayMs: number) => {
      this.timer = setTimeout(() => {
        void this.check().finally(() => {
          if (!this.stopped) tick(intervalMs);
        });
      }, delayMs);
    };
    tick(Math.min(intervalMs, 1_000));
  }

  onModuleDestroy() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Checks every kept scheduler, puts back the missing ones and renews the heartbeat; one check at a time. */
  check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.verify()
      .catch((error: unknown) => this.warn(error))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.check();
        }
      });
    return this.running;
  }

  private async verify(): Promise<void> {
    const [first] = this.kept;
    if (!first) return;
    const restored: string[] = [];
    for (const schedule of this.kept) {
      if (await schedule.queue.getJobScheduler(schedule.id)) continue;
      await schedule.queue.upsertJobScheduler(schedule.id, schedule.repeat, {
        name: schedule.jobName,
      });
      restored.push(`${schedule.queue.name}/${schedule.id}`);
    }
    if (restored.length > 0)
      this.logger.warn(
        `Job schedulers missing from Redis (restarted empty?), registered again: ${restored.join(', ')}`,
      );
    const client = await first.queue.getBackend().client;
    const heartbeat: SchedulesHeartbeat = {
      at: new Date().toISOString(),
      schedulerKeys: this.kept.map(
        (schedule) => `${schedule.queue.toKey('repeat')}:${schedule.id}`,
      ),
    };
    await client.set(SCHEDULES_VERIFIED_KEY, JSON.stringify(heartbeat), {
      PX: HEARTBEAT_CHECKS * this.config.SCHEDULE_CHECK_SECONDS * 1000,
    });
  }

  /** A connection that comes back may have come back to an empty Redis: check at once. */
  private async watch(queue: Queue): Promise<void> {
    if (this.watched.has(queue)) return;
    this.watched.add(queue);
    const client = await queue.getBackend().client;
    let connectedBefore = client.status === 'ready';
    client.on('ready', () => {
      if (connectedBefore && !this.stopped) void this.check();
      connectedBefore = true;
    });
  }

  private warn(error: unknown) {
    if (Date.now() - this.lastWarning < WARNING_INTERVAL_MS) return;
    this.lastWarning = Date.now();
    this.logger.warn(
      `Could not check the job schedulers: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
