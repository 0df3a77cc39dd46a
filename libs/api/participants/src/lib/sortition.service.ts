import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  drawSortition,
  eligibleSortitionPool,
  todayInAmsterdam,
  verifySortition,
  type HeadcountRow,
  type Purpose,
  type SortitionInput,
  type SortitionResult,
  type StratumDimension,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  DrawnPerson,
  SortitionDraw,
  SortitionDrawDetail,
  SortitionVerificationModel,
} from './sortition.entities';
import { PoolService } from './pool.service';
import { WayOfTakingPart } from './participants.entities';

const NO_DRAW = () => notFound({ nl: 'Loting', en: 'Draw' });

export interface DrawRequest {
  title: string;
  wayOfTakingPart: WayOfTakingPart;
  seats: number;
  reserves: number;
  strataBy: StratumDimension[];
  seed?: string | null;
}

/** Fair draws for sounding boards: stratified by the directory's headcount, reproducible from the recorded seed. */
@Injectable()
export class SortitionService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly pool: PoolService,
  ) {}

  async draw(actor: Actor, request: DrawRequest): Promise<SortitionDrawDetail> {
    if (request.strataBy.length === 0) {
      throw badInput('NO_STRATA', {
        nl: 'Kies minstens één indeling (afdeling, locatie of contractsoort).',
        en: 'Choose at least one stratum (department, location or contract type).',
      });
    }
    return this.tenantDb.transaction(actor, async (scope) => {
      const { snapshots } = await this.pool.snapshots(scope);
      const { pool } = eligibleSortitionPool(
        snapshots,
        request.wayOfTakingPart as Purpose,
        todayInAmsterdam(),
      );
      const input: SortitionInput = {
        pool,
        headcount: await this.headcount(scope, request.strataBy),
        seats: request.seats,
        reserves: request.reserves,
        strataBy: request.strataBy,
        // A seed nobody chose: the advisor cannot try seeds until the result pleases.
        seed: request.seed?.trim() || randomBytes(12).toString('hex'),
      };
      const result = drawSortition(input);
      const repo = scope.repo(SortitionDraw);
      const draw = await repo.save(
        repo.create({
          title: request.title.trim(),
          wayOfTakingPart: request.wayOfTakingPart,
          seats: request.seats,
          reserves: request.reserves,
          strataBy: request.strataBy,
          seed: input.seed,
          algorithmVersion: result.algorithmVersion,
          input: input as unknown as Record<string, unknown>,
          result: result as unknown as Record<string, unknown>,
          createdByUserId: actor.userId,
        }),
      );
      await recordAudit(scope, {
        action: 'sortition.drawn',
        entityType: 'SortitionDraw',
        entityId: draw.id,
        changes: {
          title: draw.title,
          seats: draw.seats,
          reserves: draw.reserves,
          seed: draw.seed,
          seated: result.seats.length,
        },
      });
      return this.detail(scope, draw);
    });
  }

  list(actor: Actor): Promise<SortitionDraw[]> {
    return this.tenantDb
      .scope(actor)
      .repo(SortitionDraw)
      .find({ order: { createdAt: 'DESC' }, take: 50 });
  }

  async get(actor: Actor, id: string): Promise<SortitionDrawDetail> {
    const scope = this.tenantDb.scope(actor);
    return this.detail(
      scope,
      await scope.repo(SortitionDraw).findOneOrFail({ id }, NO_DRAW),
    );
  }

  /** Recomputes the draw from its recorded inputs and compares it with the recorded result. */
  async verify(actor: Actor, id: string): Promise<SortitionVerificationModel> {
    const draw = await this.tenantDb
      .scope(actor)
      .repo(SortitionDraw)
      .findOneOrFail({ id }, NO_DRAW);
    const verification = verifySortition(
      draw.input as unknown as SortitionInput,
      draw.result as unknown as SortitionResult,
    );
    return {
      matches: verification.matches,
      mismatches: verification.mismatches,
      algorithmVersion: draw.algorithmVersion,
    };
  }

  private async detail(
    scope: TenantScope,
    draw: SortitionDraw,
  ): Promise<SortitionDrawDetail> {
    const result = draw.result as unknown as SortitionResult;
    const input = draw.input as unknown as SortitionInput;
    const ids = [...result.seats, ...result.reserves];
    const people = ids.length
      ? ((await scope.manager.query(
          `SELECT p.id AS "participantId", u.display_name AS "displayName", d.name AS "departmentName", e.location
           FROM participant p JOIN user_account u ON u.id = p.user_id
           LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
           LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
           WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`,
          [scope.organisationId, ids],
        )) as DrawnPerson[])
      : [];
    const byId = new Map(people.map((p) => [p.participantId, p]));
    // Someone who has since left (and was deleted) stays in the record by id only.
    const person = (id: string): DrawnPerson =>
      byId.get(id) ?? {
        participantId: id,
        displayName: '—',
        departmentName: null,
        location: null,
      };
    return {
      draw,
      seated: result.seats.map(person),
      reserves: result.reserves.map(person),
      strata: result.perStratum.map((s) => ({
        key: s.key,
        headcount: s.headcount,
        eligible: s.eligible,
        target: s.target,
        drawn: s.drawn,
        reservesDrawn: s.reservesDrawn,
      })),
      poolSize: input.pool.length,
    };
  }

  /** Active employees per stratum, from the directory: the draw is proportional to the workforce, not to the pool. */
  private async headcount(
    scope: TenantScope,
    strataBy: StratumDimension[],
  ): Promise<HeadcountRow[]> {
    const columns: Record<StratumDimension, string> = {
      department: 'department_id::text',
      location: 'location',
      contractType: 'contract_type::text',
    };
    const selected = strataBy.map(
      (s) =>
        `coalesce(${columns[s]}, '') AS "${s === 'department' ? 'departmentId' : s}"`,
    );
    return (await scope.manager.query(
      `SELECT ${selected.join(', ')}, count(*)::int AS count FROM employee WHERE organisation_id = $1 AND status = 'ACTIVE' GROUP BY ${strataBy.map((_, i) => i + 1).join(', ')}`,
      [scope.organisationId],
    )) as HeadcountRow[];
  }
}
