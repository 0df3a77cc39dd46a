/**
 * Who may be proposed for, or drawn into, a way of taking part.
 *
 * Matching and the fair draw both start here, so that a paused participant,
 * someone without a valid agreement, or someone who did not consent to the use
 * at hand is never proposed, whichever screen asks.
 */

/** A calendar day written `YYYY-MM-DD`, compared as a string (no time zone). */
type Day = string;

export const WAYS_OF_TAKING_PART = [
  'WORKGROUP',
  'SOUNDING_BOARD',
  'SURVEY_PANEL',
  'AMBASSADOR',
] as const;

/** werkgroep, klankbordgroep, enquêtepanel, ambassadeur. */
export type WayOfTakingPart = (typeof WAYS_OF_TAKING_PART)[number];

/**
 * An optional use of a participant's data that needs their consent (AVG:
 * consent only where taking part is truly optional). Every way of taking part
 * is a purpose of its own: agreeing to be asked for survey panels is not
 * agreeing to be drawn for a sounding board. New purposes are added here, in
 * one place.
 */
export type Purpose = WayOfTakingPart;

export const PURPOSES: readonly Purpose[] = WAYS_OF_TAKING_PART;

export type ParticipantStatus = 'ACTIVE' | 'PAUSED' | 'LEFT';

export interface ParticipantAgreement {
  /** Last day (inclusive) the agreement holds; `null` for no end date. */
  validUntil: Day | null;
  /** Version of the agreement template the participant accepted. */
  acceptedVersion: number;
  /** Version currently published by the organisation. */
  currentVersion: number;
  /**
   * Last day (inclusive) on which acceptance of an older version still counts
   * once a newer version is published; `null` when the advisor set no end,
   * so the older acceptance keeps counting.
   */
  oldVersionValidUntil: Day | null;
}

/**
 * What the domain needs to know about a participant, read from the pool at
 * one moment. Holds no special-category data (health, union membership).
 */
export interface ParticipantSnapshot {
  id: string;
  departmentId: string;
  location: string;
  contractType: string;
  /** Ids from the organisation's skill catalogue. */
  skills: readonly string[];
  themes: readonly string[];
  hoursPerMonth: number;
  preferredWays: readonly WayOfTakingPart[];
  languages: readonly string[];
  status: ParticipantStatus;
  /** First day the participant is available again; `null` for no set end. */
  pausedUntil: Day | null;
  agreement: ParticipantAgreement | null;
  /** Purposes the participant currently consents to (withdrawn ones absent). */
  consents: ReadonlySet<Purpose> | readonly Purpose[];
  joinedOn: Day;
}

export type IneligibleReason =
  | 'LEFT'
  | 'PAUSED'
  | 'NO_AGREEMENT'
  | 'AGREEMENT_EXPIRED'
  | 'AGREEMENT_VERSION_OUTDATED'
  | 'NO_CONSENT_FOR_PURPOSE';

export type Eligibility =
  | { eligible: true }
  | { eligible: false; reasons: IneligibleReason[] };

const ELIGIBLE: Eligibility = Object.freeze({ eligible: true });

/**
 * Whether `participant` may be proposed for `use` on `today`, and if not, every
 * reason why (the advisor's screen shows them all, so one fix does not reveal
 * the next problem only afterwards).
 *
 * Date rules, all on calendar days:
 * - A pause ends ON its date: `pausedUntil` 2026-12-01 means available again
 *   on 2026-12-01 ("paused until the 1st" is how people say "back on the
 *   1st"). A pause without a date lasts until the participant ends it. A
 *   `pausedUntil` in the future counts as a pause even if the status still
 *   says ACTIVE, and a PAUSED status whose date has come counts as active
 *   again: the nightly job that flips statuses may not have run yet.
 * - An agreement is valid up to and including `validUntil` ("geldig tot en
 *   met"), and so is acceptance of an old version up to and including
 *   `oldVersionValidUntil`.
 */
export function eligibility(
  participant: ParticipantSnapshot,
  use: Purpose,
  today: Day,
): Eligibility {
  assertDay(today, 'today');
  const reasons: IneligibleReason[] = [];

  if (participant.status === 'LEFT') reasons.push('LEFT');
  else if (isPaused(participant, today)) reasons.push('PAUSED');

  const agreement = participant.agreement;
  if (agreement === null) {
    reasons.push('NO_AGREEMENT');
  } else {
    if (agreement.validUntil !== null) {
      assertDay(
        agreement.validUntil,
        `agreement.validUntil of ${participant.id}`,
      );
      if (today > agreement.validUntil) reasons.push('AGREEMENT_EXPIRED');
    }
    if (
      agreement.acceptedVersion !== agreement.currentVersion &&
      agreement.oldVersionValidUntil !== null
    ) {
      assertDay(
        agreement.oldVersionValidUntil,
        `agreement.oldVersionValidUntil of ${participant.id}`,
      );
      if (today > agreement.oldVersionValidUntil) {
        reasons.push('AGREEMENT_VERSION_OUTDATED');
      }
    }
  }

  if (!hasConsent(participant.consents, use)) {
    reasons.push('NO_CONSENT_FOR_PURPOSE');
  }

  return reasons.length === 0 ? ELIGIBLE : { eligible: false, reasons };
}

function isPaused(participant: ParticipantSnapshot, today: Day): boolean {
  const until = participant.pausedUntil;
  if (until === null) return participant.status === 'PAUSED';
  assertDay(until, `pausedUntil of ${participant.id}`);
  return today < until;
}

function hasConsent(
  consents: ReadonlySet<Purpose> | readonly Purpose[],
  use: Purpose,
): boolean {
  return Array.isArray(consents)
    ? (consents as readonly Purpose[]).includes(use)
    : (consents as ReadonlySet<Purpose>).has(use);
}

/**
 * String comparison only orders dates correctly when they are written in full,
 * so a malformed date is a bug to surface, not a value to guess at. Checked
 * character by character because matching calls this for every candidate.
 */
function assertDay(value: string, what: string): void {
  if (!isDay(value)) {
    throw new RangeError(
      `${what} must be a calendar date YYYY-MM-DD, got "${value}"`,
    );
  }
}

function isDay(value: string): boolean {
  if (
    value.length !== 10 ||
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH
  ) {
    return false;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return day <= (lastDay ?? 0);
}

const DASH = 45;
const ZERO = 48;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The decimal number in `value[start, start + length)`, or -1 if not all digits. */
function digitsAt(value: string, start: number, length: number): number {
  let result = 0;
  for (let index = start; index < start + length; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}
