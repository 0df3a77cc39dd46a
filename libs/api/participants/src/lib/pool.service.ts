import { Injectable } from '@nestjs/common';
import {
  addDays,
  addMonths,
  judgeRepresentation,
  MIN_POOL_FOR_REPRESENTATION_VERDICT,
  ParticipantSnapshot,
  ParticipationNeed,
  rankParticipants,
  todayInAmsterdam,
  type Purpose,
  type WayOfTakingPart as DomainWay,
} from '@inspraak/domain';
import { Actor, TenantDb, TenantScope } from '@inspraak/api-core';
import {
  DepartmentRepresentation,
  MatchNeedInput,
  MatchResultModel,
  PoolFilter,
  PoolMember,
  PoolPage,
  PoolPageInput,
  RepresentationVerdictEnum,
} from './pool.models';
import { ParticipationStatus } from './participants.entities';
import {
  matchFromDatabase,
  mustCoverDepartmentNames,
  presentMatch,
  toDomainNeed,
} from './pool-match';
import {
  agreementRuleSql,
  CURRENT_AGREEMENT_SQL,
} from './participant-standing';

const NEW_PARTICIPANT_DAYS = 30;

/**
 * The advisor's view of the pool. Department and location come from the
 * directory (read through its tables, so the contexts stay separate
 * libraries); every statement is bound to the actor's organisation.
 */
@Injectable()
export class PoolService {
  constructor(private readonly tenantDb: TenantDb) {}

  async search(
    actor: Actor,
    filter: PoolFilter,
    page: PoolPageInput,
  ): Promise<PoolPage> {
    const scope = this.tenantDb.scope(actor);
    const today = todayInAmsterdam();
    const params: unknown[] = [scope.organisationId, today];
    // `$2` (today) is used by some filters and the row query; naming it here keeps its type known to the count query too.
    const where: string[] = ['p.organisation_id = $1', '$2::date IS NOT NULL'];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.status) where.push(`p.status = ${param(filter.status)}`);
    else where.push(`p.status <> 'LEFT'`);
    if (filter.skillIds?.length)
      where.push(`p.skill_ids @> ${param(filter.skillIds)}::uuid[]`);
    if (filter.theme)
      where.push(
        `EXISTS (SELECT 1 FROM unnest(p.themes) t WHERE lower(t) = lower(${param(filter.theme)}))`,
      );
    if (filter.minHoursPerMonth !== undefined)
      where.push(`p.hours_per_month >= ${param(filter.minHoursPerMonth)}`);
    if (filter.location)
      where.push(`lower(e.location) = lower(${param(filter.location)})`);
    if (filter.departmentId) {
      where.push(`e.department_id IN (
        WITH RECURSIVE tree AS (
          SELECT id FROM department WHERE id = ${param(filter.departmentId)} AND organisation_id = $1
          UNION SELECT child.id FROM department child JOIN tree ON child.parent_id = tree.id WHERE child.organisation_id = $1
        ) SELECT id FROM tree)`);
    }
    if (filter.minMonthsInPool !== undefined)
      where.push(
        `p.joined_at::date <= ${param(addMonths(today, -filter.minMonthsInPool))}::date`,
      );
    if (filter.onlyNew)
      where.push(
        `p.joined_at::date > ${param(addDays(today, -NEW_PARTICIPANT_DAYS))}::date`,
      );
    if (filter.search?.trim()) {
      const pattern = param(
        `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
      where.push(
        `(u.display_name ILIKE ${pattern} OR u.email ILIKE ${pattern})`,
      );
    }
    if (filter.agreementValid !== undefined)
      where.push(`${filter.agreementValid ? '' : 'NOT '}${AGREEMENT_VALID}`);

    const from = `FROM participant p
      JOIN user_account u ON u.id = p.user_id
      LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
      LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
      LEFT JOIN (${CURRENT_AGREEMENT_SQL}) cur ON true
      WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await scope.manager.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    )) as [{ total: number }];
    const rows = (await scope.manager.query(
      `SELECT p.id AS "participantId", u.display_name AS "displayName", u.email, e.department_id AS "departmentId", d.name AS "departmentName",
              e.location, p.hours_per_month AS "hoursPerMonth", p.skill_ids::text[] AS "skillIds", p.themes, p.ways_of_taking_part::text[] AS "waysOfTakingPart",
              p.status, p.paused_until::text AS "pausedUntil", p.joined_at AS "joinedAt",
              p.joined_at::date > ($2::date - ${NEW_PARTICIPANT_DAYS}) AS "isNew", p.onboarded_at IS NULL AS "needsOnboarding", ${AGREEMENT_VALID} AS "agreementValid"
       ${from} ORDER BY u.display_name, p.id LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    )) as PoolMember[];
    return { items: rows, total, offset: page.offset, limit: page.limit };
  }

  /** Participants per department against the directory's active headcount, judged by the domain's rule (`judgeRepresentation`). */
  async representation(actor: Actor): Promise<DepartmentRepresentation[]> {
    const scope = this.tenantDb.scope(actor);
    const rows = (await scope.manager.query(
      `SELECT e.department_id AS "departmentId", d.name AS "departmentName", count(*)::int AS headcount,
              count(p.id) FILTER (WHERE p.status <> 'LEFT')::int AS participants
       FROM employee e
       LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = e.organisation_id
       LEFT JOIN participant p ON p.employee_id = e.id AND p.organisation_id = e.organisation_id
       WHERE e.organisation_id = $1 AND e.status = 'ACTIVE'
       GROUP BY e.department_id, d.name ORDER BY d.name NULLS LAST`,
      [scope.organisationId],
    )) as {
      departmentId: string | null;
      departmentName: string | null;
      headcount: number;
      participants: number;
    }[];
    const judged = judgeRepresentation(rows);
    return judged.departments.map((r) => ({
      ...r,
      share: r.headcount > 0 ? r.participants / r.headcount : null,
      poolSize: judged.poolSize,
      minPoolForVerdict: MIN_POOL_FOR_REPRESENTATION_VERDICT,
      verdict: r.verdict as RepresentationVerdictEnum,
      underRepresented: r.verdict === 'UNDER',
    }));
  }

  /**
   * Ranks everyone in the pool for a project's need; never proposes someone
   * paused, without a valid agreement or without consent. Answers from one
   * statement that reads only the few candidates that can reach the answer
   * (see `matchFromDatabase`); falls back to the full load when that cannot
   * be proven to give the same answer.
   */
  async match(
    actor: Actor,
    need: MatchNeedInput,
    limit: number,
  ): Promise<MatchResultModel> {
    const scope = this.tenantDb.scope(actor);
    const today = todayInAmsterdam();
    const domainNeed = toDomainNeed(need);
    return (
      (await matchFromDatabase(scope, domainNeed, limit, today)) ??
      (await this.matchByFullLoad(scope, domainNeed, limit, today))
    );
  }

  /** The reference: every participant loaded and ranked in memory (slow at 50,000; kept as the fallback and for the equivalence test). */
  async matchByFullLoad(
    scope: TenantScope,
    domainNeed: ParticipationNeed,
    limit: number,
    today: string,
  ): Promise<MatchResultModel> {
    const { snapshots, display } = await this.snapshots(scope);
    const result = rankParticipants(snapshots, domainNeed, today);
    const departmentNames = await mustCoverDepartmentNames(
      scope.manager,
      scope.organisationId,
      domainNeed.mustCoverDepartments ?? [],
    );
    const reasons = new Map<string, number>();
    for (const candidate of result.ineligible)
      for (const reason of candidate.reasons)
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    return presentMatch({
      ranked: result.ranked,
      need: domainNeed,
      limit,
      display,
      departmentNames,
      eligibleCount: result.ranked.length,
      ineligible: [...reasons.entries()].map(([reason, count]) => ({
        reason,
        count,
      })),
    });
  }

  /** Everyone still in the pool, as the domain's matching and draws see them, in one statement. */
  async snapshots(
    scope: TenantScope,
    /** Only these participants (e.g. a workgroup's applicants); everyone in the pool when left out. */
    participantIds?: readonly string[],
  ): Promise<{
    snapshots: ParticipantSnapshot[];
    display: Map<
      string,
      {
        userId: string;
        displayName: string;
        departmentId: string | null;
        departmentName: string | null;
        location: string | null;
      }
    >;
  }> {
    const rows = (await scope.manager.query(
      `SELECT ${SNAPSHOT_COLUMNS} ${SNAPSHOT_JOINS} WHERE p.organisation_id = $1 AND p.status <> 'LEFT'${participantIds ? ' AND p.id = ANY($2::uuid[])' : ''}`,
      participantIds
        ? [scope.organisationId, participantIds]
        : [scope.organisationId],
    )) as SnapshotRow[];
    const display = new Map(
      rows.map((r) => [
        r.id,
        {
          userId: r.userId,
          displayName: r.displayName,
          departmentId: r.departmentId,
          departmentName: r.departmentName,
          location: r.location,
        },
      ]),
    );
    const snapshots = rows.map(toSnapshot);
    return { snapshots, display };
  }
}

/** A row of the snapshot query as the domain sees it. */
export function toSnapshot(r: SnapshotRow): ParticipantSnapshot {
  return {
    id: r.id,
    departmentId: r.departmentId ?? '',
    location: r.location ?? '',
    contractType: r.contractType ?? '',
    skills: r.skills,
    themes: r.themes,
    hoursPerMonth: r.hoursPerMonth,
    preferredWays: r.preferredWays as DomainWay[],
    languages: r.languages,
    status: r.status,
    pausedUntil: r.pausedUntil,
    agreement:
      r.acceptedVersion === null ||
      r.validUntil === null ||
      r.currentVersion === null
        ? null
        : {
            validUntil: r.validUntil,
            acceptedVersion: r.acceptedVersion,
            currentVersion: r.currentVersion,
            oldVersionValidUntil: r.oldVersionValidUntil,
          },
    consents: r.consents as Purpose[],
    joinedOn: r.joinedOn,
  };
}

export interface SnapshotRow {
  id: string;
  userId: string;
  displayName: string;
  departmentId: string | null;
  departmentName: string | null;
  location: string | null;
  contractType: string | null;
  skills: string[];
  themes: string[];
  hoursPerMonth: number;
  preferredWays: string[];
  languages: string[];
  status: ParticipationStatus;
  pausedUntil: string | null;
  joinedOn: string;
  acceptedVersion: number | null;
  validUntil: string | null;
  currentVersion: number | null;
  oldVersionValidUntil: string | null;
  consents: string[];
}

/** The pool search's agreement filter and column (`$2` is today). */
const AGREEMENT_VALID = agreementRuleSql('p', 'cur', '$2::date').valid;

/**
 * A participant `p` as a `SnapshotRow`: what the domain's matching and draws
 * see. With SNAPSHOT_JOINS (`$1` is the organisation).
 */
export const SNAPSHOT_COLUMNS = `p.id, p.user_id AS "userId", u.display_name AS "displayName", e.department_id AS "departmentId", d.name AS "departmentName", e.location, e.contract_type AS "contractType",
  p.skill_ids::text[] AS skills, p.themes, p.hours_per_month AS "hoursPerMonth", p.ways_of_taking_part::text[] AS "preferredWays", p.languages,
  p.status, p.paused_until::text AS "pausedUntil", to_char(p.joined_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "joinedOn",
  p.accepted_agreement_version AS "acceptedVersion", p.agreement_valid_until::text AS "validUntil", cur.version AS "currentVersion",
  cur.previous_versions_valid_until::text AS "oldVersionValidUntil", p.consents::text[] AS consents`;

export const SNAPSHOT_JOINS = `FROM participant p
  JOIN user_account u ON u.id = p.user_id
  LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
  LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
  LEFT JOIN (${CURRENT_AGREEMENT_SQL}) cur ON true`;
