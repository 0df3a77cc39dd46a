import {
  explainInDutch,
  explainInEnglish,
  IneligibleReason,
  MATCH_WEIGHTS,
  ParticipantSnapshot,
  ParticipationNeed,
  RankedParticipant,
  rankParticipants,
  suggestTeam,
  type WayOfTakingPart as DomainWay,
} from '@inspraak/domain';
import { TenantScope } from '@inspraak/api-core';
import { MatchNeedInput, MatchResultModel } from './pool.models';
import type { SnapshotRow } from './pool.service';
import { toSnapshot } from './pool.service';

/**
 * Matching at pool scale without loading the pool.
 *
 * The domain's score of an eligible candidate depends only on a small tuple of
 * features: how many wanted skills and themes they have, whether they are in a
 * must-cover department and location, their hours (capped at the hours asked)
 * and whether they prefer the way of taking part. One statement computes, in
 * the database, each participant's eligibility (the counts per reason), that
 * tuple and a score for it in SQL, and returns
 *  - the histogram of tuples over all eligible candidates, with SQL's score;
 *  - the best `limit + size` eligible candidates by (SQL score desc, id), and
 *    the best one per must-cover department, location and (department,
 *    location) pair, as full snapshots.
 *
 * Then, in memory, `rankParticipants` scores one made-up candidate per tuple.
 * If the domain's score equals SQL's for every tuple present, SQL ordered the
 * whole pool exactly as the domain does (score desc, then id; uuid order is the
 * order of their text), so:
 *  - the first `limit + size` of the domain's full ranking are among the rows
 *    read, in the same relative order (ranking a subset keeps its order);
 *  - `suggestTeam` takes, while something is uncovered, the best-ranked person
 *    with the most gain; that is the best-ranked person of some must-cover
 *    department, location or pair, all of which were read, and people already
 *    chosen have no gain left; the seats filled on score, and the candidates
 *    shown after the team (at most `limit`), are within the first
 *    `limit + size` of the ranking.
 * Hence the answer equals the full load's. If any score differs (SQL's float
 * arithmetic or rounding drifting from the domain's), or a read row's score
 * differs, this returns null and the caller falls back to the full load. The
 * domain stays the only source of scores, order, explanations and the team.
 */
export async function matchFromDatabase(
  scope: TenantScope,
  need: ParticipationNeed,
  limit: number,
  today: string,
): Promise<MatchResultModel | null> {
  // Validates the need exactly as the full load would, before any SQL.
  rankParticipants([], need, today);
  const wantedSkills = [...new Set(need.skills)];
  const wantedThemes = [...new Set(need.themes)];
  const departments = [...new Set(need.mustCoverDepartments ?? [])];
  const locations = [...new Set(need.mustCoverLocations ?? [])];
  const wantedHours = need.hoursPerMonth ?? null;
  // SQL's score mirrors the domain's arithmetic; a difference only costs the fallback.
  const coverageLists =
    (departments.length > 0 ? 1 : 0) + (locations.length > 0 ? 1 : 0);
  const weights = {
    skills: wantedSkills.length > 0 ? MATCH_WEIGHTS.skills : 0,
    themes: wantedThemes.length > 0 ? MATCH_WEIGHTS.themes : 0,
    hours: wantedHours !== null ? MATCH_WEIGHTS.hours : 0,
    preferredWay: MATCH_WEIGHTS.preferredWay,
    coverage: coverageLists > 0 ? MATCH_WEIGHTS.coverage : 0,
  };
  const scale =
    100 /
    (weights.skills +
      weights.themes +
      weights.hours +
      weights.preferredWay +
      weights.coverage);
  // Stored ids are uuids, whose text is lowercase; another spelling never matches in the domain, so it is not sent (but still counts as wanted).
  const canonical = (id: string) => UUID_TEXT.test(id);
  const [row] = (await scope.manager.query(MATCH_SQL, [
    scope.organisationId,
    today,
    need.wayOfTakingPart,
    wantedSkills.filter(canonical),
    wantedSkills.length,
    wantedThemes,
    wantedThemes.length,
    departments.filter(canonical),
    locations,
    weights.skills * scale,
    weights.themes * scale,
    coverageLists > 0 ? (weights.coverage * scale) / coverageLists : 0,
    weights.hours * scale,
    weights.preferredWay * scale,
    wantedHours,
    limit + need.size,
  ])) as [MatchRow];

  // The domain's score for one made-up candidate per tuple.
  const histogram = row.histogram ?? [];
  const outside = (taken: readonly string[]) => {
    let value = '~';
    while (taken.includes(value)) value += '~';
    return value;
  };
  const notADepartment = outside(departments);
  const notALocation = outside(locations);
  const representatives = histogram.map(
    (tuple, index): ParticipantSnapshot => ({
      id: String(index),
      departmentId: tuple.cd ? (departments[0] as string) : notADepartment,
      location: tuple.cl ? (locations[0] as string) : notALocation,
      contractType: '',
      skills: wantedSkills.slice(0, tuple.ms),
      themes: wantedThemes.slice(0, tuple.mt),
      hoursPerMonth: tuple.hk,
      preferredWays: tuple.pref ? [need.wayOfTakingPart] : [],
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
  const check = rankParticipants(representatives, need, today);
  if (check.ranked.length !== histogram.length) return null;
  for (const ranked of check.ranked)
    if (ranked.score !== histogram[Number(ranked.participantId)]?.score)
      return null;

  const rows = row.rows ?? [];
  const sqlScore = new Map(rows.map((r) => [r.id, r.score]));
  const result = rankParticipants(rows.map(toSnapshot), need, today);
  if (result.ineligible.length > 0) return null;
  for (const ranked of result.ranked)
    if (sqlScore.get(ranked.participantId) !== ranked.score) return null;

  // Reasons in the order the full load meets them: by the first participant (id order) with the reason, then the order within one verdict.
  const reasons = REASONS.map((reason, index) => ({
    reason,
    index,
    count: row.counts[reason].count,
    first: row.counts[reason].first,
  }))
    .filter((r) => r.count > 0)
    .sort(
      (a, b) => compareText(a.first ?? '', b.first ?? '') || a.index - b.index,
    );
  return presentMatch({
    ranked: result.ranked,
    need,
    limit,
    display: new Map(
      rows.map((r) => [
        r.id,
        {
          displayName: r.displayName,
          departmentName: r.departmentName,
          location: r.location,
        },
      ]),
    ),
    departmentNames: Object.fromEntries(
      (row.names ?? []).map((n) => [n.id, n.name]),
    ),
    eligibleCount: row.counts.eligible,
    ineligible: reasons.map(({ reason, count }) => ({ reason, count })),
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

/** In the order `eligibility` lists them for one participant (LEFT never reaches matching). */
const REASONS = [
  'PAUSED',
  'NO_AGREEMENT',
  'AGREEMENT_EXPIRED',
  'AGREEMENT_VERSION_OUTDATED',
  'NO_CONSENT_FOR_PURPOSE',
] as const satisfies readonly IneligibleReason[];

const UUID_TEXT =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface MatchRow {
  histogram:
    | {
        ms: number;
        mt: number;
        cd: boolean;
        cl: boolean;
        hk: number;
        pref: boolean;
        score: number;
      }[]
    | null;
  counts: Record<
    (typeof REASONS)[number],
    { count: number; first: string | null }
  > & {
    eligible: number;
  };
  rows: (SnapshotRow & { score: number })[] | null;
  names: { id: string; name: string }[] | null;
}

/**
 * $1 organisation, $2 today, $3 way, $4 wanted skills (uuid text), $5 number
 * wanted, $6 wanted themes, $7 number wanted, $8 must-cover departments, $9
 * must-cover locations, $10..$14 points per skill share, theme share, covered
 * list, hours share, preferred way, $15 hours asked, $16 how many to read.
 *
 * Eligibility mirrors the domain's `eligibility` on the same data the full
 * load reads: latest acceptance (highest version) against the latest
 * published version and its transition date; the latest consent record for
 * the purpose; a pause until a date counts until that date whatever the
 * status, a PAUSED status without a date counts.
 */
const MATCH_SQL = `
WITH cur AS (
  SELECT v.version, v.previous_versions_valid_until FROM agreement_version v
  WHERE v.organisation_id = $1 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1
), latest_acceptance AS (
  SELECT DISTINCT ON (a.participant_id) a.participant_id, a.version, a.valid_until
  FROM agreement_acceptance a WHERE a.organisation_id = $1 ORDER BY a.participant_id, a.version DESC
), consented AS (
  SELECT DISTINCT ON (c.participant_id) c.participant_id, c.granted
  FROM consent_record c WHERE c.organisation_id = $1 AND c.purpose::text = $3
  ORDER BY c.participant_id, c.recorded_at DESC, c.id DESC
), joined AS (
  SELECT p.id, e.department_id, coalesce(e.location, '') AS loc, p.skill_ids, p.themes, p.hours_per_month, p.ways_of_taking_part,
    CASE WHEN p.paused_until IS NULL THEN p.status = 'PAUSED' ELSE $2::date < p.paused_until END AS paused,
    acc.version IS NULL OR acc.valid_until IS NULL OR cur.version IS NULL AS no_agreement,
    acc.valid_until, acc.version AS accepted_version, cur.version AS current_version, cur.previous_versions_valid_until AS old_until,
    NOT coalesce(consented.granted, false) AS no_consent
  FROM participant p
  LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
  LEFT JOIN latest_acceptance acc ON acc.participant_id = p.id
  LEFT JOIN consented ON consented.participant_id = p.id
  LEFT JOIN cur ON true
  WHERE p.organisation_id = $1 AND p.status <> 'LEFT'
), verdict AS MATERIALIZED (
  SELECT j.id, j.department_id, j.loc, j.paused, j.no_agreement, j.no_consent,
    NOT j.no_agreement AND $2::date > j.valid_until AS expired,
    NOT j.no_agreement AND j.accepted_version <> j.current_version AND j.old_until IS NOT NULL AND $2::date > j.old_until AS outdated,
    f.*
  FROM joined j LEFT JOIN LATERAL (
    SELECT (SELECT count(*) FROM unnest($4::uuid[]) w WHERE w = ANY (j.skill_ids))::int AS ms,
      (SELECT count(*) FROM unnest($6::text[]) w WHERE w = ANY (j.themes))::int AS mt,
      coalesce(j.department_id = ANY ($8::uuid[]), false) AS cd,
      j.loc = ANY ($9::text[]) AS cl,
      CASE WHEN $15::float8 IS NULL THEN 0::float8 ELSE least(greatest(j.hours_per_month, 0)::float8, $15::float8) END AS hk,
      $3 = ANY (j.ways_of_taking_part::text[]) AS pref
  ) f ON NOT j.paused AND NOT j.no_agreement AND NOT j.no_consent
), scored AS MATERIALIZED (
  SELECT id, department_id, loc, ms, mt, cd, cl, hk, pref, least(100::float8, floor((
      CASE WHEN $5::int > 0 THEN $10::float8 * ms / $5::int ELSE 0 END
    + CASE WHEN $7::int > 0 THEN $11::float8 * mt / $7::int ELSE 0 END
    + CASE WHEN cd THEN $12::float8 ELSE 0 END
    + CASE WHEN cl THEN $12::float8 ELSE 0 END
    + CASE WHEN $15::float8 IS NULL THEN 0 WHEN $15::float8 = 0 THEN $13::float8 * 1 ELSE $13::float8 * least(1::float8, hk / $15::float8) END
    + CASE WHEN pref THEN $14::float8 ELSE 0 END) * 10 + 0.5) / 10) AS score
  FROM verdict WHERE ms IS NOT NULL AND NOT expired AND NOT outdated
), picked AS (
  (SELECT id, score FROM scored ORDER BY score DESC, id LIMIT $16)
  UNION (SELECT DISTINCT ON (department_id) id, score FROM scored WHERE cd ORDER BY department_id, score DESC, id)
  UNION (SELECT DISTINCT ON (loc) id, score FROM scored WHERE cl ORDER BY loc, score DESC, id)
  UNION (SELECT DISTINCT ON (department_id, loc) id, score FROM scored WHERE cd AND cl ORDER BY department_id, loc, score DESC, id)
), all_consents AS (
  SELECT participant_id, array_agg(purpose::text) AS purposes FROM (
    SELECT DISTINCT ON (c.participant_id, c.purpose) c.participant_id, c.purpose, c.granted
    FROM consent_record c WHERE c.organisation_id = $1 AND c.participant_id IN (SELECT id FROM picked)
    ORDER BY c.participant_id, c.purpose, c.recorded_at DESC, c.id DESC) l
  WHERE granted GROUP BY participant_id
)
SELECT
  (SELECT json_agg(h) FROM (SELECT ms, mt, cd, cl, hk, pref, score FROM scored GROUP BY ms, mt, cd, cl, hk, pref, score) h) AS histogram,
  (SELECT json_build_object(
     'eligible', count(*) FILTER (WHERE ms IS NOT NULL AND NOT expired AND NOT outdated),
     'PAUSED', json_build_object('count', count(*) FILTER (WHERE paused), 'first', min(id::text COLLATE "C") FILTER (WHERE paused)),
     'NO_AGREEMENT', json_build_object('count', count(*) FILTER (WHERE no_agreement), 'first', min(id::text COLLATE "C") FILTER (WHERE no_agreement)),
     'AGREEMENT_EXPIRED', json_build_object('count', count(*) FILTER (WHERE expired), 'first', min(id::text COLLATE "C") FILTER (WHERE expired)),
     'AGREEMENT_VERSION_OUTDATED', json_build_object('count', count(*) FILTER (WHERE outdated), 'first', min(id::text COLLATE "C") FILTER (WHERE outdated)),
     'NO_CONSENT_FOR_PURPOSE', json_build_object('count', count(*) FILTER (WHERE no_consent), 'first', min(id::text COLLATE "C") FILTER (WHERE no_consent))
   ) FROM verdict) AS counts,
  (SELECT json_agg(n) FROM (
     SELECT DISTINCT e.department_id::text AS id, d.name FROM participant p
     JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
     JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
     WHERE p.organisation_id = $1 AND p.status <> 'LEFT' AND e.department_id = ANY ($8::uuid[]) AND d.name <> '') n) AS names,
  (SELECT json_agg(r) FROM (
     SELECT p.id, u.display_name AS "displayName", e.department_id AS "departmentId", d.name AS "departmentName", e.location, e.contract_type AS "contractType",
            p.skill_ids::text[] AS skills, p.themes, p.hours_per_month AS "hoursPerMonth", p.ways_of_taking_part::text[] AS "preferredWays", p.languages,
            p.status, p.paused_until::text AS "pausedUntil", to_char(p.joined_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "joinedOn",
            acc.version AS "acceptedVersion", acc.valid_until::text AS "validUntil", cur.version AS "currentVersion", cur.previous_versions_valid_until::text AS "oldVersionValidUntil",
            coalesce(all_consents.purposes, '{}') AS consents, picked.score
     FROM picked
     JOIN participant p ON p.id = picked.id
     JOIN user_account u ON u.id = p.user_id
     LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
     LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
     LEFT JOIN LATERAL (SELECT a.version, a.valid_until FROM agreement_acceptance a
       WHERE a.organisation_id = $1 AND a.participant_id = p.id ORDER BY a.version DESC LIMIT 1) acc ON true
     LEFT JOIN all_consents ON all_consents.participant_id = p.id
     LEFT JOIN cur ON true) r) AS rows`;
