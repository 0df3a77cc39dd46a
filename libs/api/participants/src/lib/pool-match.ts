import {
  compareCodeUnits,
  explainInDutch,
  explainInEnglish,
  IneligibleReason,
  ParticipantSnapshot,
  ParticipationNeed,
  RankedParticipant,
  rankParticipants,
  suggestTeam,
  type WayOfTakingPart as DomainWay,
} from '@inspraak/domain';
import { TenantScope } from '@inspraak/api-core';
import type { EntityManager } from 'typeorm';
import { MatchNeedInput, MatchResultModel } from './pool.models';
import type { SnapshotRow } from './pool.service';
import { SNAPSHOT_COLUMNS, SNAPSHOT_JOINS, toSnapshot } from './pool.service';
import {
  agreementRuleSql,
  CURRENT_AGREEMENT_SQL,
} from './participant-standing';

/**
 * Matching at pool scale without loading the pool.
 *
 * The domain's score of an eligible candidate depends only on a small tuple of
 * features: how many wanted skills and themes they have, whether they are in a
 * must-cover department and location, their hours (capped at the hours asked)
 * and whether they prefer the way of taking part. In one snapshot:
 *
 * 1. One pass over the pool packs each participant's reasons for not being
 *    eligible and their features, with which must-cover department and
 *    location they are in, into one number (`Packing`), and counts the
 *    participants per number, with the smallest id of each group that is
 *    ineligible or covers something. It reads consents and ways from integer
 *    masks and tests skills and themes against hashed masks before the
 *    arrays (generated columns of `participant`), because searching four
 *    arrays per participant was most of the pass's cost.
 * 2. Here the domain scores one made-up candidate per eligible group. That
 *    gives the counts per reason, the number eligible, the best candidate per
 *    must-cover department, location and (department, location) pair (best
 *    score, then smallest id: the group's smallest id), and the score the
 *    `limit + size`-th best candidate has.
 * 3. A second statement reads, ordered by those scores and then by id, the
 *    best `limit + size` eligible candidates (only groups scoring at least
 *    that much can hold them), and the coverage bests, as full snapshots.
 *    What every one of those groups shares (a wanted skill, a wanted theme,
 *    the preferred way, at least so many hours) becomes a cheap condition on
 *    the row, so most participants are ruled out before their number is
 *    computed again; a wanted skill goes through the skills index.
 *
 * The domain then ranks what was read. Every row read must be eligible with
 * the score of its group, or this returns null and the caller falls back to
 * the full load. Given that, the rows read are the first `limit + size` of
 * the domain's full ranking (score desc, then id; uuid order is the order of
 * their text) in the same relative order, plus the best-ranked person of
 * every must-cover department, location and pair; `suggestTeam` takes, while
 * something is uncovered, the best-ranked person with the most gain, which is
 * one of those, and people already chosen have no gain left; the seats filled
 * on score and the candidates shown after the team (at most `limit`) are
 * within the first `limit + size`. Hence the answer equals the full load's.
 * The domain stays the only source of scores, order, explanations and the
 * team: SQL computes features, never a score.
 */
export async function matchFromDatabase(
  scope: TenantScope,
  need: ParticipationNeed,
  limit: number,
  today: string,
): Promise<MatchResultModel | null> {
  // Validates the need exactly as the full load would, before any SQL.
  rankParticipants([], need, today);
  const wanted = wantedBy(need);
  const packing = new Packing(wanted);
  // Whole hours and a number JavaScript holds exactly: always so after the API's validation.
  if (
    !packing.exact ||
    (wanted.hours !== null && !Number.isSafeInteger(wanted.hours))
  )
    return null;
  const sql = matchSql(wanted, packing);
  const params = [
    scope.organisationId,
    today,
    need.wayOfTakingPart,
    wanted.skillIds,
    wanted.themes,
    wanted.departmentIds,
    wanted.locations,
    wanted.hours ?? 0,
  ];
  // One snapshot for both statements, so the counts and the rows agree.
  return scope.manager.transaction('REPEATABLE READ', async (manager) => {
    const groups = (
      (await manager.query(sql.groups, params)) as GroupRow[]
    ).map((row) => ({
      ...packing.unpack(Number(row.code)),
      code: row.code,
      count: row.n,
      first: row.first,
    }));
    const eligible = groups.filter((g) => g.reasons === 0);
    const scores = domainScores(eligible, need, wanted, today);
    if (!scores) return null;
    const scored = eligible.map((group, index) => ({
      ...group,
      score: scores[index] as number,
    }));

    const wantedCount = limit + need.size;
    const top = topGroups(scored, wantedCount);
    const coverage = coverageBests(scored);
    const rows = (await manager.query(sql.candidates(sharedBy(top, wanted)), [
      ...params,
      top.map((g) => g.code),
      top.map((g) => g.score),
      wantedCount,
      coverage.map((g) => g.first),
    ])) as (SnapshotRow & { code: string | null })[];
    const departmentNames = await mustCoverDepartmentNames(
      manager,
      scope.organisationId,
      wanted.departmentIds,
    );

    // The domain's verdict on every row read must be the one its group promised.
    const expected = new Map<string, number>();
    const scoreOf = new Map(scored.map((g) => [g.code, g.score]));
    for (const g of coverage) expected.set(g.first as string, g.score);
    let topRead = 0;
    for (const row of rows) {
      if (row.code === null) continue;
      topRead += 1;
      expected.set(row.id, scoreOf.get(row.code) as number);
    }
    const eligibleCount = eligible.reduce((sum, g) => sum + g.count, 0);
    if (topRead !== Math.min(wantedCount, eligibleCount)) return null;
    const result = rankParticipants(rows.map(toSnapshot), need, today);
    if (result.ineligible.length > 0) return null;
    for (const ranked of result.ranked)
      if (expected.get(ranked.participantId) !== ranked.score) return null;

    return presentMatch({
      ranked: result.ranked,
      need,
      limit,
      display: new Map(
        rows.map((r) => [
          r.id,
          {
            userId: r.userId,
            displayName: r.displayName,
            departmentName: r.departmentName,
            location: r.location,
          },
        ]),
      ),
      departmentNames,
      eligibleCount,
      ineligible: reasonCounts(groups),
    });
  });
}

/** The GraphQL need as the domain wants it. */
export function toDomainNeed(need: MatchNeedInput): ParticipationNeed {
  return {
    skills: need.skillIds,
    themes: need.themes,
    size: need.size,
    mustCoverDepartments: need.mustCoverDepartmentIds,
    mustCoverLocations: need.mustCoverLocations,
    // GraphQL sends an omitted optional as null; the domain wants it absent.
    hoursPerMonth: need.hoursPerMonth ?? undefined,
    wayOfTakingPart: need.wayOfTakingPart as DomainWay,
  };
}

/** The answer from a ranking (best first) of at least the candidates that can appear in it. */
export function presentMatch(input: {
  ranked: readonly RankedParticipant[];
  need: ParticipationNeed;
  limit: number;
  display: ReadonlyMap<
    string,
    {
      userId: string;
      displayName: string;
      departmentName: string | null;
      location: string | null;
    }
  >;
  departmentNames: Record<string, string>;
  eligibleCount: number;
  ineligible: { reason: string; count: number }[];
}): MatchResultModel {
  const { ranked, need, limit, display, departmentNames } = input;
  const team = suggestTeam(ranked, need);
  const suggested = new Set(team.members.map((m) => m.participantId));
  // The suggested team first (so it is never cut off by the limit), then the best of the rest.
  const ordered = [
    ...ranked.filter((r) => suggested.has(r.participantId)),
    ...ranked.filter((r) => !suggested.has(r.participantId)),
  ].slice(0, Math.max(limit, suggested.size));
  return {
    candidates: ordered.map((candidate) => {
      const person = display.get(candidate.participantId);
      return {
        participantId: candidate.participantId,
        userId: person?.userId ?? '',
        displayName: person?.displayName ?? '',
        departmentName: person?.departmentName ?? null,
        location: person?.location ?? null,
        score: candidate.score,
        explanationNl: explainInDutch(candidate.explanation, {
          departments: departmentNames,
        }),
        explanationEn: explainInEnglish(candidate.explanation, {
          departments: departmentNames,
        }),
        explanation: JSON.stringify(candidate.explanation),
        suggested: suggested.has(candidate.participantId),
      };
    }),
    eligibleCount: input.eligibleCount,
    ineligible: input.ineligible,
    uncovered: team.uncovered.map((item) =>
      item.kind === 'department'
        ? (departmentNames[item.departmentId] ?? item.departmentId)
        : item.location,
    ),
  };
}

/** In the order `eligibility` lists them for one participant (LEFT never reaches matching); bit `1 << index` in a packed number. */
const REASONS = [
  'PAUSED',
  'NO_AGREEMENT',
  'AGREEMENT_EXPIRED',
  'AGREEMENT_VERSION_OUTDATED',
  'NO_CONSENT_FOR_PURPOSE',
] as const satisfies readonly IneligibleReason[];

/** What a need asks for, deduplicated as the domain does. */
interface Wanted {
  /** Every wanted skill; the domain counts them all. */
  skills: string[];
  /** The wanted skills that can match a stored id (uuid text, lowercase); another spelling never matches in the domain. */
  skillIds: string[];
  themes: string[];
  /** Every must-cover department, and those that can match a stored id. */
  departments: string[];
  departmentIds: string[];
  locations: string[];
  hours: number | null;
}

function wantedBy(need: ParticipationNeed): Wanted {
  const skills = [...new Set(need.skills)];
  const departments = [...new Set(need.mustCoverDepartments ?? [])];
  return {
    skills,
    skillIds: skills.filter(isUuidText),
    themes: [...new Set(need.themes)],
    departments,
    departmentIds: departments.filter(isUuidText),
    locations: [...new Set(need.mustCoverLocations ?? [])],
    hours: need.hoursPerMonth ?? null,
  };
}

/** A group of participants with the same packed number. */
interface Group {
  code: string;
  count: number;
  /** Smallest id in the group, when it is ineligible or covers something. */
  first: string | null;
  reasons: number;
  /** 1-based index into `Wanted.departmentIds`, 0 for none; likewise `location` into `Wanted.locations`. */
  department: number;
  location: number;
  skills: number;
  themes: number;
  preferred: boolean;
  hours: number;
}

/**
 * A participant's reasons and features as one number, so that one pass can
 * count participants per distinct value: one bigint is the key PostgreSQL
 * groups fastest (and estimates sanely). Digits, least significant first:
 * the reasons (a bit each), the must-cover department and location (1-based
 * index, 0 for none), the wanted skills and themes held, whether the way is
 * preferred, and the hours capped at the hours asked.
 */
class Packing {
  private readonly radices: number[];

  constructor(wanted: Wanted) {
    this.radices = [
      2 ** REASONS.length,
      wanted.departmentIds.length + 1,
      wanted.locations.length + 1,
      wanted.skillIds.length + 1,
      wanted.themes.length + 1,
      2,
      (wanted.hours ?? 0) + 1,
    ];
  }

  /** Whether every number fits a JavaScript number exactly (always for a need that passed the API's validation). */
  get exact(): boolean {
    return this.radices.reduce((a, b) => a * b, 1) <= Number.MAX_SAFE_INTEGER;
  }

  /** Numbers of eligible participants who cover nothing are 0 modulo this. */
  get plainModulus(): number {
    const [reasons, departments, locations] = this.radices as [
      number,
      number,
      number,
    ];
    return reasons * departments * locations;
  }

  /** The number in SQL, from SQL for each digit (in the order above). */
  sql(digits: readonly string[]): string {
    let weight = 1;
    return digits
      .map((digit, index) => {
        const term = `(${digit})::bigint * ${weight}`;
        weight *= this.radices[index] ?? 1;
        return term;
      })
      .join(' + ');
  }

  unpack(code: number): Omit<Group, 'code' | 'count' | 'first'> {
    let rest = code;
    const [reasons, department, location, skills, themes, preferred, hours] =
      this.radices.map((radix) => {
        const digit = rest % radix;
        rest = Math.floor(rest / radix);
        return digit;
      }) as [number, number, number, number, number, number, number];
    return {
      reasons,
      department,
      location,
      skills,
      themes,
      preferred: preferred === 1,
      hours,
    };
  }
}

/** The domain's score for one made-up candidate per group, in group order; null if the domain disagrees that they are eligible. */
function domainScores(
  groups: readonly Group[],
  need: ParticipationNeed,
  wanted: Wanted,
  today: string,
): number[] | null {
  const outside = (taken: readonly string[]) => {
    let value = '~';
    while (taken.includes(value)) value += '~';
    return value;
  };
  const notADepartment = outside(wanted.departments);
  const notALocation = outside(wanted.locations);
  const representatives = groups.map(
    (group, index): ParticipantSnapshot => ({
      id: String(index),
      departmentId:
        wanted.departmentIds[group.department - 1] ?? notADepartment,
      location: wanted.locations[group.location - 1] ?? notALocation,
      contractType: '',
      skills: wanted.skills.slice(0, group.skills),
      themes: wanted.themes.slice(0, group.themes),
      hoursPerMonth: group.hours,
      preferredWays: group.preferred ? [need.wayOfTakingPart] : [],
      languages: [],
      status: 'ACTIVE',
      pausedUntil: null,
      agreement: {
        validUntil: null,
        acceptedVersion: 1,
        currentVersion: 1,
        oldVersionValidUntil: null,
      },
      consents: [need.wayOfTakingPart],
      joinedOn: today,
    }),
  );
  const { ranked } = rankParticipants(representatives, need, today);
  if (ranked.length !== groups.length) return null;
  const scores: number[] = [];
  for (const r of ranked) scores[Number(r.participantId)] = r.score;
  return scores;
}

/** What all the given groups have in common, as conditions every one of their members meets. */
interface Shared {
  skill: boolean;
  theme: boolean;
  preferred: boolean;
  /** Whole hours; digits are the hours capped at the hours asked, so a digit of at least this means at least this many hours. */
  minHours: number;
}

function sharedBy(groups: readonly Group[], wanted: Wanted): Shared {
  return {
    skill: wanted.skillIds.length > 0 && groups.every((g) => g.skills > 0),
    theme: wanted.themes.length > 0 && groups.every((g) => g.themes > 0),
    preferred: groups.length > 0 && groups.every((g) => g.preferred),
    minHours: groups.length ? Math.min(...groups.map((g) => g.hours)) : 0,
  };
}

/** The groups that hold the best `wantedCount` eligible candidates: all scoring at least what the `wantedCount`-th best scores. */
function topGroups<G extends Group & { score: number }>(
  groups: readonly G[],
  wantedCount: number,
): G[] {
  const byScore = [...groups].sort((a, b) => b.score - a.score);
  let seen = 0;
  let lowest = -Infinity;
  for (const group of byScore) {
    seen += group.count;
    if (seen >= wantedCount) {
      lowest = group.score;
      break;
    }
  }
  return byScore.filter((g) => g.score >= lowest);
}

/** Per must-cover department, location and (department, location) pair, the group holding its best-ranked candidate (that group's smallest id). */
function coverageBests<G extends Group & { score: number }>(
  groups: readonly G[],
): G[] {
  const best = new Map<string, G>();
  const consider = (key: string, group: G) => {
    const current = best.get(key);
    if (
      !current ||
      group.score > current.score ||
      (group.score === current.score &&
        compareCodeUnits(group.first ?? '', current.first ?? '') < 0)
    )
      best.set(key, group);
  };
  for (const group of groups) {
    if (group.department) consider(`d${group.department}`, group);
    if (group.location) consider(`l${group.location}`, group);
    if (group.department && group.location)
      consider(`d${group.department}l${group.location}`, group);
  }
  return [...new Set(best.values())];
}

/** Counts per reason, in the order the full load meets them: by the first participant (id order) with the reason, then the order within one verdict. */
function reasonCounts(
  groups: readonly Group[],
): { reason: string; count: number }[] {
  return REASONS.map((reason, index) => {
    const having = groups.filter((g) => g.reasons & (1 << index));
    return {
      reason,
      index,
      count: having.reduce((sum, g) => sum + g.count, 0),
      first: having
        .map((g) => g.first ?? '')
        .reduce((a, b) => (compareCodeUnits(a, b) <= 0 ? a : b), '\uffff'),
    };
  })
    .filter((r) => r.count > 0)
    .sort((a, b) => compareCodeUnits(a.first, b.first) || a.index - b.index)
    .map(({ reason, count }) => ({ reason, count }));
}

interface GroupRow {
  code: string;
  n: number;
  first: string | null;
}

/**
 * The statements, for the need's shape (which lists are empty, how many
 * skills and themes); every value is a parameter. `$1` organisation, `$2`
 * today, `$3` way, `$4` skill ids, `$5` themes, `$6` department ids, `$7`
 * locations, `$8` hours asked; the candidates also `$9` the top groups'
 * numbers, `$10` their scores, `$11` how many, `$12` the coverage bests' ids.
 */
function matchSql(wanted: Wanted, packing: Packing) {
  const rule = agreementRuleSql('p', 'cur', '$2::date');
  const themeMask =
    'p.theme_mask & (SELECT participant_text_mask($5::varchar[])) <> 0';
  const wayMask =
    'p.way_mask & (SELECT participant_way_mask(ARRAY[$3::text::way_of_taking_part])) <> 0';
  // The mask rules out most participants with one AND; the array test then counts exactly.
  // Wanted masks are scalar subqueries, so they are computed once, not per row (the text-to-enum cast is not constant-folded).
  const held = (count: number, column: string, list: string, mask: string) =>
    count === 0
      ? '0'
      : `CASE WHEN ${mask} THEN ${Array.from(
          { length: count },
          (_, i) => `((${list})[${i + 1}] = ANY (${column}))::int`,
        ).join(' + ')} ELSE 0 END`;
  const covering = wanted.departmentIds.length + wanted.locations.length > 0;
  // Participants without a directory entry sit at location '' (as in `toSnapshot`).
  const emptyLocation = wanted.locations.indexOf('') + 1;
  const location = !covering
    ? '0'
    : emptyLocation > 0
      ? `CASE WHEN c.l IS NOT NULL THEN c.l
          WHEN NOT EXISTS (SELECT 1 FROM employee e WHERE e.id = p.employee_id AND e.organisation_id = $1) THEN ${emptyLocation}
          ELSE 0 END`
      : 'coalesce(c.l, 0)';
  const code = packing.sql([
    `CASE WHEN p.paused_until IS NULL THEN p.status = 'PAUSED' ELSE $2::date < p.paused_until END::int
     + CASE WHEN ${rule.missing} THEN 2
         ELSE CASE WHEN ${rule.expired} THEN 4 ELSE 0 END + CASE WHEN ${rule.outdated} THEN 8 ELSE 0 END END
     + CASE WHEN p.consent_mask & (SELECT participant_consent_mask(ARRAY[$3::text::consent_purpose])) <> 0 THEN 0 ELSE 16 END`,
    covering ? 'coalesce(c.d, 0)' : '0',
    location,
    held(
      wanted.skillIds.length,
      'p.skill_ids',
      '$4::uuid[]',
      'p.skill_mask & (SELECT participant_uuid_mask($4::uuid[])) <> 0',
    ),
    held(wanted.themes.length, 'p.themes', '$5::varchar[]', themeMask),
    `(${wayMask})::int`,
    wanted.hours === null
      ? '0'
      : 'least(greatest(p.hours_per_month, 0), $8::int)',
  ]);
  const inList = (column: string, list: string, count: number) =>
    count > 0 ? `${column} = ANY (${list})` : null;
  const cover = `cover AS (
      SELECT e.id, coalesce(array_position($6::uuid[], e.department_id), 0) AS d,
             coalesce(array_position($7::text[], coalesce(e.location, '')::text), 0) AS l
      FROM employee e
      WHERE e.organisation_id = $1 AND (${[
        inList('e.department_id', '$6::uuid[]', wanted.departmentIds.length),
        inList(
          "coalesce(e.location, '')::text",
          '$7::text[]',
          wanted.locations.length,
        ),
      ]
        .filter(Boolean)
        .join(' OR ')}))`;
  const withCover = (...more: string[]) =>
    `WITH ${[...(covering ? [cover] : []), ...more].join(', ')}`;
  // OFFSET 0 keeps the subquery whole, so each participant's number is computed once.
  const pool = (extra: string) => `(
      SELECT p.id, ${code} AS code
      FROM participant p
      ${covering ? 'LEFT JOIN cover c ON c.id = p.employee_id' : ''}
      LEFT JOIN (${CURRENT_AGREEMENT_SQL}) cur ON true
      WHERE p.organisation_id = $1 AND p.status <> 'LEFT' ${extra}
      OFFSET 0) pool`;
  // Gives every parameter its type, used or not (folded away when planned).
  const typed = `$4::uuid[] IS NOT NULL AND $5::varchar[] IS NOT NULL AND $6::uuid[] IS NOT NULL AND $7::text[] IS NOT NULL AND $8::int IS NOT NULL`;
  const candidates = (extra: string) => `${withCover(`top AS MATERIALIZED (
        SELECT pool.id, pool.code FROM ${pool(extra)}
        JOIN unnest($9::bigint[], $10::float8[]) s(code, score) ON s.code = pool.code
        ORDER BY s.score DESC, pool.id LIMIT $11::int)`)}
    SELECT ${SNAPSHOT_COLUMNS}, top.code::text AS code
    ${SNAPSHOT_JOINS}
    LEFT JOIN top ON top.id = p.id
    WHERE p.id = ANY (ARRAY(SELECT id FROM top) || $12::uuid[]) AND p.organisation_id = $1 AND ${typed}`;
  return {
    groups: `${covering ? withCover() : ''}
      SELECT code::text AS code, count(*)::int AS n,
        min(id::text COLLATE "C") FILTER (WHERE code % ${packing.plainModulus} <> 0) AS first
      FROM ${pool('')}
      WHERE ${typed}
      GROUP BY code`,
    candidates: (shared: Shared) =>
      candidates(
        [
          shared.skill ? 'AND p.skill_ids && $4::uuid[]' : '',
          shared.theme ? `AND ${themeMask}` : '',
          shared.preferred ? `AND ${wayMask}` : '',
          // A whole number the digits gave (checked safe when packing).
          shared.minHours > 0
            ? `AND p.hours_per_month >= ${Math.trunc(shared.minHours)}`
            : '',
        ].join(' '),
      ),
  };
}

/** Names of the must-cover departments that someone in the pool works in, as the full load knows them. */
/**
 * The names of the must-cover departments of this organisation, whether or
 * not anyone from them is in the pool: an uncovered department is exactly
 * one without anyone, and must still be shown by its name, not its id.
 */
export async function mustCoverDepartmentNames(
  manager: EntityManager,
  organisationId: string,
  departmentIds: readonly string[],
): Promise<Record<string, string>> {
  const ids = departmentIds.filter(isUuidText);
  if (ids.length === 0) return {};
  const rows = (await manager.query(
    `SELECT d.id::text AS id, d.name FROM department d WHERE d.organisation_id = $1 AND d.id = ANY ($2::uuid[]) AND d.name <> ''`,
    [organisationId, ids],
  )) as { id: string; name: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

const UUID_TEXT =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isUuidText = (id: string) => UUID_TEXT.test(id);
