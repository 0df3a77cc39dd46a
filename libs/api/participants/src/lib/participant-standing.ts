import type { EntityManager } from 'typeorm';
import type { ConsentPurpose } from './participants.entities';

/**
 * Where a participant stands: the purposes they consent to and the agreement
 * they last accepted, kept on the participant row so that matching, the pool
 * search and draws read them without going through the trails of consent
 * records and acceptances (which stay the evidence and the source).
 *
 * Only facts are kept, never a verdict: whether an acceptance still holds
 * depends on today and on the organisation's current version, so it is
 * judged when read (`agreementRuleSql`). Publishing a version or the passing
 * of a date therefore changes nothing here; only a new consent record or a
 * new acceptance does, and its writer calls `refreshStanding` in the same
 * transaction.
 */
export async function refreshStanding(
  manager: EntityManager,
  organisationId: string,
  /** Omitted: everyone in the organisation (for data written around the services, as test seeds do). */
  participantIds?: readonly string[],
): Promise<Map<string, ConsentPurpose[]>> {
  const which = `p.organisation_id = $1 AND ($2::uuid[] IS NULL OR p.id = ANY ($2::uuid[]))`;
  const params = [organisationId, participantIds ?? null];
  // Lock first, then derive in a new statement (a new snapshot under READ
  // COMMITTED): of two transactions adding to one participant's trail, the
  // later one waits here and then sees the other's records.
  await manager.query(
    `SELECT 1 FROM participant p WHERE ${which} FOR UPDATE`,
    params,
  );
  const [rows] = (await manager.query(
    `UPDATE participant p SET ${STANDING_FROM_TRAILS} WHERE ${which}
     RETURNING p.id, p.consents::text[] AS consents`,
    params,
  )) as [{ id: string; consents: ConsentPurpose[] }[], number];
  return new Map(rows.map((r) => [r.id, r.consents]));
}

/**
 * The SET list deriving the standing of participant `p` from its trails: per
 * purpose the latest consent record (by time, then id) decides; of the
 * acceptances the one of the highest version counts.
 */
export const STANDING_FROM_TRAILS = `
  consents = coalesce((
    SELECT array_agg(l.purpose ORDER BY l.purpose) FROM (
      SELECT DISTINCT ON (c.purpose) c.purpose, c.granted FROM consent_record c
      WHERE c.organisation_id = p.organisation_id AND c.participant_id = p.id
      ORDER BY c.purpose, c.recorded_at DESC, c.id DESC) l
    WHERE l.granted), '{}'),
  (accepted_agreement_version, agreement_valid_until) = (
    SELECT a.version, a.valid_until FROM agreement_acceptance a
    WHERE a.organisation_id = p.organisation_id AND a.participant_id = p.id
    ORDER BY a.version DESC LIMIT 1)`;

/**
 * The organisation's current agreement, its latest published version, as a
 * one-row relation with `version` and `previous_versions_valid_until` (both
 * null when nothing is published). `$1` is the organisation. Scalar
 * subqueries, so that joined to every participant it is read once.
 */
export const CURRENT_AGREEMENT_SQL = `SELECT ${latestPublished('version')} AS version,
  ${latestPublished('previous_versions_valid_until')} AS previous_versions_valid_until`;

function latestPublished(column: string): string {
  return `(SELECT v.${column} FROM agreement_version v
    WHERE v.organisation_id = $1 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1)`;
}

/**
 * The agreement rule in SQL, the one copy every statement uses; the same rule
 * as the domain's `eligibility` (on the snapshot `toSnapshot` makes) and
 * `AgreementsService.standing`. `participant` is the alias of a participant
 * row, `current` of CURRENT_AGREEMENT_SQL's row, `today` a date expression.
 *
 * - `missing`: nothing accepted, or nothing published;
 * - `expired`: past the accepted version's term (read only when not missing);
 * - `outdated`: an older version accepted and its transition date has passed
 *   (read only when not missing; null when no transition date was set);
 * - `valid`: none of these.
 */
export function agreementRuleSql(
  participant: string,
  current: string,
  today: string,
): { missing: string; expired: string; outdated: string; valid: string } {
  const p = participant;
  const missing = `(${p}.accepted_agreement_version IS NULL OR ${p}.agreement_valid_until IS NULL OR ${current}.version IS NULL)`;
  const expired = `(${today} > ${p}.agreement_valid_until)`;
  const outdated = `(${p}.accepted_agreement_version <> ${current}.version AND ${today} > ${current}.previous_versions_valid_until)`;
  return {
    missing,
    expired,
    outdated,
    valid: `(NOT ${missing} AND NOT ${expired} AND NOT coalesce(${outdated}, false))`,
  };
}
