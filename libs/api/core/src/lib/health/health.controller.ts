import { Controller, Get, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PublicAccess } from '../auth/access.decorators';
import { redisConnection } from '../queues/redis-connection';
import { schedulesConfirmed } from '../queues/job-schedules';
import { withTimeout } from '../util/with-timeout';

/** Only up or down: the endpoint is public, so connection details (hosts, ports, error texts) stay in the logs. */
type Check = { status: 'up' | 'down'; latencyMs: number };

/**
 * Liveness for load balancers and `npm start`. PostgreSQL down means the API
 * cannot serve (503); Redis down only delays background work, so the API
 * reports itself degraded but healthy. `schedules` is down when no worker has
 * confirmed its scheduled jobs lately (no worker running, or Redis came back
 * empty and the schedulers are not back yet): reminders, closing and
 * retention would not run, so that is degraded too.
 */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis({
      ...redisConnection(config.REDIS_URL, 'producer'),
      lazyConnect: true,
      retryStrategy: () => 1_000,
    });
    this.redis.on('error', () => undefined); // reported through the health check instead
  }

  @Get()
  @PublicAccess()
  async check(@Res({ passthrough: true }) res: Response) {
    const [database, redis, schedules] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(async () => {
        if (this.redis.status === 'wait') await this.redis.connect();
        await this.redis.ping();
      }),
      timed(async () => {
        if (this.redis.status === 'wait') await this.redis.connect();
        if (!(await schedulesConfirmed(this.redis)))
          throw new Error('no worker confirmed the schedules');
      }),
    ]);
    const status =
      database.status === 'down'
        ? 'down'
        : redis.status === 'down' || schedules.status === 'down'
          ? 'degraded'
          : 'ok';
    res.status(database.status === 'down' ? 503 : 200);
    return { status, checks: { database, redis, schedules } };
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await withTimeout(probe(), 1_500, 'health probe');
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
    };
  }
}
