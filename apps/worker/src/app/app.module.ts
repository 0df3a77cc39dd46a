import { Module } from '@nestjs/common';
import { WorkerCoreModule } from '@inspraak/api-core';
import { DirectoryWorkerModule } from '@inspraak/api-directory';

/** The worker: the core without HTTP, plus each context's background jobs. */
@Module({
  imports: [WorkerCoreModule, DirectoryWorkerModule],
})
export class WorkerModule {}
