import { Module } from '@nestjs/common';
import { ProceduresApiModule } from '@inspraak/api-procedures';
import { SurveysApiModule } from '@inspraak/api-surveys';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/**
 * The home page per role. It reads across contexts, so it lives in the app
 * (which may depend on every context) rather than in a context library.
 * The pool service comes from the (global) participants module.
 */
@Module({
  imports: [SurveysApiModule, ProceduresApiModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
