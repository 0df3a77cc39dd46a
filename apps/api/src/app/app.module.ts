import { Module } from '@nestjs/common';
import { ApiCoreModule } from '@inspraak/api-core';
import { AccountsApiModule } from '@inspraak/api-accounts';
import { DirectoryApiModule } from '@inspraak/api-directory';
import { ParticipantsApiModule } from '@inspraak/api-participants';
import { TrajectoriesApiModule } from '@inspraak/api-trajectories';
import { SurveysApiModule } from '@inspraak/api-surveys';
import { ProceduresApiModule } from '@inspraak/api-procedures';
import { DashboardModule } from '../dashboard/dashboard.module';

/** The API: the core plus one module per bounded context. */
@Module({
  imports: [
    ApiCoreModule,
    AccountsApiModule,
    DirectoryApiModule,
    ParticipantsApiModule,
    TrajectoriesApiModule,
    SurveysApiModule,
    ProceduresApiModule,
    DashboardModule,
  ],
})
export class AppModule {}
