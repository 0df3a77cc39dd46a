import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from '@inspraak/api-core';
import {
  DirectoryImportJob,
  EmployeeImportService,
} from '../import/employee-import.service';

const SWEEP_INTERVAL_MS = 30_000;

/** Applies uploaded HR exports. One import at a time per worker: each holds one large transaction. */
@Processor(QueueName.DirectoryImport, { concurrency: 1 })
export class EmployeeImportProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(EmployeeImportProcessor.name);
  private sweepTimer?: NodeJS.Timeout;

  constructor(private readonly imports: EmployeeImportService) {
    super();
  }

  async process(job: Job<DirectoryImportJob>): Promise<{ ran: boolean }> {
    const ran = await this.imports.run(job.data, (percent) =>
      job.updateProgress(percent),
    );
    return { ran };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<DirectoryImportJob> | undefined, error: Error) {
    this.logger.error(
      `Import job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
    );
    // Out of retries: say so on the import, or the page would wait for it forever.
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      await this.imports
        .markFailed(job.data.importId, 'IMPORT_INTERNAL_ERROR')
        .catch((cause: unknown) =>
          this.logger.error(
            `Could not mark import ${job.data.importId} failed: ${String(cause)}`,
          ),
        );
    }
  }

  /**
   * Imports accepted while Redis was down were never queued: queue them now,
   * and keep checking. Imports left RUNNING by a job that is gone or failed
   * without a `failed` event (stalled once too often) are marked FAILED.
   */
  onApplicationBootstrap() {
    const sweep = async () => {
      try {
        for (const stale of await this.imports.staleQueuedImports(10))
          await this.imports.enqueue(stale);
        await this.imports.failAbandoned();
      } catch (error) {
        this.logger.warn(
          `Sweep for unqueued and abandoned imports failed: ${(error as Error).message}`,
        );
      }
    };
    void sweep();
    this.sweepTimer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);
  }

  onModuleDestroy() {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }
}
