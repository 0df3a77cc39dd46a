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
  type StratumValues,
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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Names and group labels as Dutch readers sort them ("Zorg" after "kantoor", digits by value). */
const BY_NAME = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** A group in words: its values in the order of `strataBy`, departments by name. */
function stratumLabel(
  values: StratumValues,
  strataBy: readonly StratumDimension[],
  departmentNames: ReadonlyMap<string, string>,
): string {
  if (strataBy.length === 0) return '—';
  return strataBy
    .map((dimension) => {
      const value = values[dimension];
      if (!value) return '—';
      return dimension === 'department'
        ? (departmentNames.get(value) ?? '—')
        : value;
    })
    .join(' · ');
}

export interface DrawRequest {
  title: string;
  wayOfTakingPart: WayOfTakingPart;
  seats: number;
  reserves: number;
  strataBy: StratumDimension[];
  seed?: string | null;
  trajectoryId?: string | null;
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
      const trajectoryId = request.trajectoryId ?? null;
      if (
        trajectoryId &&
        !(await this.trajectoryTitles(scope, [trajectoryId])).has(trajectoryId)
      )
        throw notFound({ nl: 'Verandertraject', en: 'Change trajectory' });
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
          trajectoryId,
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

  async list(actor: Actor): Promise<SortitionDraw[]> {
    const scope = this.tenantDb.scope(actor);
    const draws = await scope
      .repo(SortitionDraw)
      .find({ order: { createdAt: 'DESC' }, take: 50 });
    const titles = await this.trajectoryTitles(
      scope,
      draws.flatMap((d) => (d.trajectoryId ? [d.trajectoryId] : [])),
    );
    return draws.map((d) =>
      Object.assign(d, {
        trajectoryTitle: d.trajectoryId
          ? (titles.get(d.trajectoryId) ?? null)
          : null,
      }),
    );
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
          `SELECT p.id AS "participantId", p.user_id AS "userId", u.display_name AS "displayName", d.name AS "departmentName", e.location
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
        userId: null,
        displayName: '—',
        departmentName: null,
        location: null,
      };
    const departmentNames = await this.departmentNames(
      scope,
      result.perStratum.flatMap((s) =>
        s.values.department ? [s.values.department] : [],
      ),
    );
    const titles = await this.trajectoryTitles(
      scope,
      draw.trajectoryId ? [draw.trajectoryId] : [],
    );
    // Seats are equal, so they are listed by name; reserves keep their call-up order.
    const seated = result.seats
      .map(person)
      .sort((a, b) => BY_NAME.compare(a.displayName, b.displayName));
    return {
      draw: Object.assign(draw, {
        trajectoryTitle: draw.trajectoryId
          ? (titles.get(draw.trajectoryId) ?? null)
          : null,
      }),
      seated,
      reserves: result.reserves.map(person),
      strata: result.perStratum
        .map((s) => ({
          key: s.key,
          label: stratumLabel(s.values, input.strataBy, departmentNames),
          headcount: s.headcount,
          eligible: s.eligible,
          target: s.target,
          drawn: s.drawn,
          reservesDrawn: s.reservesDrawn,
        }))
        .sort((a, b) => BY_NAME.compare(a.label, b.label)),
      poolSize: input.pool.length,
      seatsRequested: input.seats,
      seatsUnfilled: Math.max(0, input.seats - result.seats.length),
      reservesRequested: input.reserves,
      reservesUnfilled: Math.max(0, input.reserves - result.reserves.length),
    };
  }

  /** Names of the organisation's departments by id. */
  private departmentNames(scope: TenantScope, ids: string[]) {
    return this.labelsById(scope, 'department', 'name', ids);
  }

  /** Titles of these trajectories of the organisation (read through its table: the contexts stay separate libraries). */
  private trajectoryTitles(scope: TenantScope, ids: string[]) {
    return this.labelsById(scope, 'trajectory', 'title', ids);
  }

  /** One text column of the organisation's rows by id; ids that are not UUIDs find nothing. */
  private async labelsById(
    scope: TenantScope,
    table: 'department' | 'trajectory',
    column: 'name' | 'title',
    ids: string[],
  ): Promise<Map<string, string>> {
    const uuids = [...new Set(ids)].filter((id) => UUID.test(id));
    if (uuids.length === 0) return new Map();
    const rows = (await scope.manager.query(
      `SELECT id::text AS id, ${column} AS label FROM ${table} WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [scope.organisationId, uuids],
    )) as { id: string; label: string }[];
    return new Map(rows.map((r) => [r.id, r.label]));
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
