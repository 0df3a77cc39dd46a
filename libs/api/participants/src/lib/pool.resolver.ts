import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  CurrentActor,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import {
  DepartmentRepresentation,
  MatchNeedInput,
  MatchResultModel,
  PoolFilter,
  PoolPage,
  PoolPageInput,
} from './pool.models';
import { PoolService } from './pool.service';

/** 1..100 candidates. */
class LimitPipe {
  transform(value: number): number {
    return Math.min(100, Math.max(1, Math.trunc(value)));
  }
}

/** The advisor's pool view: search, representation per department, matching for a project. */
@Resolver()
@RequireRoles(Role.ADVISEUR)
export class PoolResolver {
  constructor(private readonly poolService: PoolService) {}

  @Query(() => PoolPage)
  pool(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: PoolFilter,
    @Args('page', { nullable: true }) page?: PoolPageInput,
  ): Promise<PoolPage> {
    return this.poolService.search(
      actor,
      filter ?? new PoolFilter(),
      page ?? new PoolPageInput(),
    );
  }

  @Query(() => [DepartmentRepresentation])
  @Cost(EXPENSIVE.computed)
  poolRepresentation(
    @CurrentActor() actor: Actor,
  ): Promise<DepartmentRepresentation[]> {
    return this.poolService.representation(actor);
  }

  @Query(() => MatchResultModel)
  @Cost(EXPENSIVE.computed)
  matchParticipants(
    @CurrentActor() actor: Actor,
    @Args('need') need: MatchNeedInput,
    @Args('limit', { type: () => Int, defaultValue: 20 }, new LimitPipe())
    limit: number,
  ): Promise<MatchResultModel> {
    return this.poolService.match(actor, need, limit);
  }
}
