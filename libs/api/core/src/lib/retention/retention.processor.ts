import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '../queues/queue-names';
import { JobSchedules } from '../queues/job-schedules';
import { RetentionService } from './retention.service';

const EVERY_HOUR_MS = 3_600_000;

/** Runs the retention purge every hour; the scheduler is upserted, so any number of workers keep one schedule. */
@Processor(QueueName.Retention)
export class RetentionProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  private readonly logger = new Logger(RetentionProcessor.name);

  constructor(
    private readonly retention: RetentionService,
    @InjectQueue(QueueName.Retention) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'hourly-purge',
      { every: EVERY_HOUR_MS },
      'purge',
    );
  }

  async process() {
    const purged = await this.retention.purge();
    if (purged.sessions + purged.loginFailures > 0)
      this.logger.log(
        `Retention purge: ${purged.sessions} sessions, ${purged.loginFailures} failed-login records`,
      );
    return purged;
  }
}
