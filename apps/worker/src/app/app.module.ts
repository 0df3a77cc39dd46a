import { Module } from '@nestjs/common';
import { WorkerCoreModule } from '@inspraak/api-core';
import { AccountsWorkerModule } from '@inspraak/api-accounts';
import { DirectoryWorkerModule } from '@inspraak/api-directory';
import { ParticipantsWorkerModule } from '@inspraak/api-participants';
import { TrajectoriesWorkerModule } from '@inspraak/api-trajectories';
import { SurveysWorkerModule } from '@inspraak/api-surveys';
import { ProceduresWorkerModule } from '@inspraak/api-procedures';

/** The worker: the core without HTTP, plus each context's background jobs. */
@Module({
  imports: [
    WorkerCoreModule,
    AccountsWorkerModule,
    DirectoryWorkerModule,
    ParticipantsWorkerModule,
    TrajectoriesWorkerModule,
    SurveysWorkerModule,
    ProceduresWorkerModule,
  ],
})
export class WorkerModule {}
