import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  Cost,
  CurrentActor,
  EXPENSIVE,
  RequireRoles,
} from '@inspraak/api-core';
import { AdvisorDashboard, MyDashboard } from './dashboard.models';
import { DashboardService } from './dashboard.service';

/** The home page: the advisor's dashboard, and everyone's own sections by role. */
@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query(() => AdvisorDashboard)
  @RequireRoles(Role.ADVISEUR)
  @Cost(EXPENSIVE.computed)
  advisorDashboard(@CurrentActor() actor: Actor): Promise<AdvisorDashboard> {
    return this.dashboard.advisor(actor);
  }

  @Query(() => MyDashboard)
  @AnyMember()
  @Cost(EXPENSIVE.computed)
  myDashboard(@CurrentActor() actor: Actor): Promise<MyDashboard> {
    return this.dashboard.mine(actor);
  }
}
