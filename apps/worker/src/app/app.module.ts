import { Module } from '@nestjs/common';
import { WorkerCoreModule } from '@inspraak/api-core';
import { DirectoryWorkerModule } from '@inspraak/api-directory';
import { ParticipantsWorkerModule } from '@inspraak/api-participants';

/** The worker: the core without HTTP, plus each context's background jobs. */
@Module({
  imports: [WorkerCoreModule, DirectoryWorkerModule, ParticipantsWorkerModule],
})
export class WorkerModule {}
