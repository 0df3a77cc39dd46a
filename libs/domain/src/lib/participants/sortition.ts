/**
 * Fair draw (loting) for a sounding board: N people drawn from the eligible
 * pool, stratified so that each department (and optionally location and
 * contract type) gets seats in proportion to its share of the *whole
 * workforce* (the directory's headcount), not of the pool: otherwise a
 * department where many people joined the pool would be over-represented.
 *
 * Reproducible: the result depends only on the recorded input (pool, headcount,
 * seats, reserves, strata, seed), never on input order, clock or locale, so
 * anyone can recompute it with `verifySortition`. The seed should be fixed by
 * a process no one can steer (e.g. announced beforehand, drawn in the meeting)
 * and only after the pool is frozen.
 *
 * How seats are apportioned (`planStrata`), exactly:
 * 1. Seats to fill: N = min(n, eligible people in the pool).
 * 2. Each stratum's quota is N × its headcount / total headcount.
 * 3. A stratum whose quota reaches its number of eligible people gets all of
 *    them and leaves the calculation; the seats left are shared again over
 *    the remaining strata by their headcount. Repeat until no stratum is
 *    saturated. (Those seats thus go to the others in proportion to headcount.)
 * 4. The remaining strata get the whole part of their quota, and the seats
 *    still open go one each to the largest fractional remainders (Hamilton);
 *    equal remainders go in stratum key order. A stratum whose quota is below
 *    its eligible count can always take that extra seat, so no cap is broken.
 * 5. Strata with eligible people but no headcount (not in the directory
 *    figures) only get seats once every stratum with headcount is full; they
 *    then share those seats by their number of eligible people.
 * All arithmetic is on whole numbers, so no rounding error can tip a seat.
 *
 * Reserves are drawn per stratum: their number is apportioned the same way
 * over the people each stratum has left after its seats, and each stratum's
 * reserves continue that stratum's random order. Replace someone who declines
 * with the first unused reserve of the same stratum (keeps the proportions),
 * and only when that stratum has none left, with the first unused reserve
 * overall. Asking for more or fewer reserves never changes who gets a seat.
 */
import {
  eligibility,
  IneligibleReason,
  ParticipantSnapshot,
  Purpose,
} from './eligibility';
import { compareCodeUnits } from '../text/code-unit-order';
import { drawWithoutReplacement, seededUint32 } from './seeded-random';

/**
 * Names the exact procedure, so a recorded draw is only ever verified with
 * the code that made it. Bump on any change that alters results.
 */
export const SORTITION_ALGORITHM_VERSION =
  'inspraak-sortition-1 (hamilton-capped, cyrb128-sfc32, fisher-yates)';

export type StratumDimension = 'department' | 'location' | 'contractType';

/** Only what the draw needs: recorded draws keep no more personal data. */
export type SortitionCandidate = Pick<
  ParticipantSnapshot,
  'id' | 'departmentId' | 'location' | 'contractType'
>;

/**
 * Directory headcount for one combination of values; rows with the same
 * values are added up. Each row needs a value for every dimension stratified
 * by.
 */
export interface HeadcountRow {
  departmentId?: string;
  location?: string;
  contractType?: string;
  count: number;
}

export type StratumValues = Partial<Record<StratumDimension, string>>;

export interface StratumPlan {
  /** Stable, unambiguous id of the stratum: its values as a JSON array. */
  key: string;
  values: StratumValues;
  headcount: number;
  /** Eligible people in the pool for this stratum. */
  eligible: number;
  /** Exact proportional share of the seats, before capping and rounding. */
  quota: number;
  /** Seats this stratum gets. */
  target: number;
}

export interface SortitionInput {
  pool: readonly SortitionCandidate[];
  headcount: readonly HeadcountRow[];
  seats: number;
  reserves: number;
  strataBy: readonly StratumDimension[];
  seed: string;
}

export interface StratumDraw extends StratumPlan {
  drawn: number;
  reserveTarget: number;
  reservesDrawn: number;
  /** In draw order. */
  seatIds: string[];
  /** In the order to call them up. */
  reserveIds: string[];
}

export interface SortitionResult {
  /** Stratum by stratum (in key order), each in draw order. */
  seats: string[];
  /** Stratum by stratum (in key order), each in call-up order. */
  reserves: string[];
  /** In key order. */
  perStratum: StratumDraw[];
  seed: string;
  algorithmVersion: string;
}

export type SortitionMismatch =
  | 'algorithmVersion'
  | 'seed'
  | 'seats'
  | 'reserves'
  | 'perStratum';

export interface SortitionVerification {
  matches: boolean;
  /** What differs between the recorded and the recomputed result. */
  mismatches: SortitionMismatch[];
}

/**
 * The eligible part of the pool for `purpose` on `today`, reduced to what the
 * draw needs, plus who was left out and why.
 */
export function eligibleSortitionPool(
  participants: readonly ParticipantSnapshot[],
  purpose: Purpose,
  today: string,
): {
  pool: SortitionCandidate[];
  excluded: { participantId: string; reasons: readonly IneligibleReason[] }[];
} {
  const pool: SortitionCandidate[] = [];
  const excluded: {
    participantId: string;
    reasons: readonly IneligibleReason[];
  }[] = [];
  for (const participant of participants) {
    const verdict = eligibility(participant, purpose, today);
    if (verdict.eligible) {
      const { id, departmentId, location, contractType } = participant;
      pool.push({ id, departmentId, location, contractType });
    } else {
      excluded.push({
        participantId: participant.id,
        reasons: verdict.reasons,
      });
    }
  }
  return { pool, excluded };
}

/** Seat targets per stratum; see the top of this file for the method. */
export function planStrata(
  pool: readonly SortitionCandidate[],
  headcount: readonly HeadcountRow[],
  n: number,
  strataBy: readonly StratumDimension[],
): StratumPlan[] {
  assertWholeNumber(n, 'number of seats');
  return planWithMembers(pool, headcount, n, strataBy).map(
    ({ key, values, headcount: count, eligible, quota, target }) => ({
      key,
      values,
      headcount: count,
      eligible,
      quota,
      target,
    }),
  );
}

export function drawSortition(input: SortitionInput): SortitionResult {
  assertWholeNumber(input.seats, 'seats');
  assertWholeNumber(input.reserves, 'reserves');
  if (input.seed.length === 0) {
    throw new RangeError('seed must not be empty');
  }

  const strata = planWithMembers(
    input.pool,
    input.headcount,
    input.seats,
    input.strataBy,
  );
  const reserveTargets = apportion(
    strata.map((stratum) => ({
      weight: stratum.headcount,
      capacity: stratum.eligible - stratum.target,
    })),
    input.reserves,
  );

  const perStratum = strata.map((stratum, index): StratumDraw => {
    const reserveTarget = reserveTargets[index] as number;
    // Each stratum has its own stream, so one stratum's size cannot shift the
    // draw in another. Keys are JSON (no raw NUL), so seed+key never collide.
    const random = seededUint32(`${input.seed}\u0000${stratum.key}`);
    const picked = drawWithoutReplacement(
      stratum.memberIds,
      stratum.target + reserveTarget,
      random,
    );
    const seatIds = picked.slice(0, stratum.target);
    const reserveIds = picked.slice(stratum.target);
    return {
      key: stratum.key,
      values: stratum.values,
      headcount: stratum.headcount,
      eligible: stratum.eligible,
      quota: stratum.quota,
      target: stratum.target,
      drawn: seatIds.length,
      reserveTarget,
      reservesDrawn: reserveIds.length,
      seatIds,
      reserveIds,
    };
  });

  return {
    seats: perStratum.flatMap((stratum) => stratum.seatIds),
    reserves: perStratum.flatMap((stratum) => stratum.reserveIds),
    perStratum,
    seed: input.seed,
    algorithmVersion: SORTITION_ALGORITHM_VERSION,
  };
}

/**
 * Recomputes the draw from its recorded input and compares it with the
 * recorded result. A result made by another algorithm version cannot be
 * verified by this code and does not match.
 */
export function verifySortition(
  input: SortitionInput,
  recorded: SortitionResult,
): SortitionVerification {
  const recomputed = drawSortition(input);
  const mismatches: SortitionMismatch[] = [];
  if (recorded.algorithmVersion !== recomputed.algorithmVersion) {
    mismatches.push('algorithmVersion');
  }
  if (recorded.seed !== recomputed.seed) mismatches.push('seed');
  if (!sameJson(recorded.seats, recomputed.seats)) mismatches.push('seats');
  if (!sameJson(recorded.reserves, recomputed.reserves)) {
    mismatches.push('reserves');
  }
  if (!sameJson(recorded.perStratum, recomputed.perStratum)) {
    mismatches.push('perStratum');
  }
  return { matches: mismatches.length === 0, mismatches };
}

interface StratumWithMembers extends StratumPlan {
  /** Sorted by id, so the input order cannot change the draw. */
  memberIds: string[];
}

function planWithMembers(
  pool: readonly SortitionCandidate[],
  headcount: readonly HeadcountRow[],
  n: number,
  strataBy: readonly StratumDimension[],
): StratumWithMembers[] {
  if (new Set(strataBy).size !== strataBy.length) {
    throw new RangeError(
      `strataBy lists a dimension twice: ${strataBy.join(', ')}`,
    );
  }

  const byKey = new Map<string, StratumWithMembers>();
  const stratumFor = (values: StratumValues): StratumWithMembers => {
    const key = JSON.stringify(strataBy.map((dimension) => values[dimension]));
    let stratum = byKey.get(key);
    if (stratum === undefined) {
      stratum = {
        key,
        values,
        headcount: 0,
        eligible: 0,
        quota: 0,
        target: 0,
        memberIds: [],
      };
      byKey.set(key, stratum);
    }
    return stratum;
  };

  for (const row of headcount) {
    assertWholeNumber(row.count, 'headcount count');
    stratumFor(valuesOf(row, strataBy, 'headcount row')).headcount += row.count;
  }
  const seen = new Set<string>();
  for (const candidate of pool) {
    if (seen.has(candidate.id)) {
      // Listed twice would mean two lottery tickets.
      throw new RangeError(`pool lists participant ${candidate.id} twice`);
    }
    seen.add(candidate.id);
    const stratum = stratumFor(
      valuesOf(candidate, strataBy, `participant ${candidate.id}`),
    );
    stratum.memberIds.push(candidate.id);
    stratum.eligible += 1;
  }

  const strata = [...byKey.values()].sort((a, b) =>
    compareCodeUnits(a.key, b.key),
  );
  for (const stratum of strata) stratum.memberIds.sort(compareCodeUnits);

  const seatsToFill = Math.min(n, seen.size);
  const totalHeadcount = strata.reduce((sum, s) => sum + s.headcount, 0);
  const quotaWeight = (s: StratumWithMembers) =>
    totalHeadcount > 0 ? s.headcount : s.eligible;
  const totalWeight = totalHeadcount > 0 ? totalHeadcount : seen.size;
  const targets = apportion(
    strata.map((s) => ({ weight: s.headcount, capacity: s.eligible })),
    seatsToFill,
  );
  strata.forEach((stratum, index) => {
    stratum.quota =
      totalWeight > 0 ? (seatsToFill * quotaWeight(stratum)) / totalWeight : 0;
    stratum.target = targets[index] as number;
  });
  return strata;
}

function valuesOf(
  source: { departmentId?: string; location?: string; contractType?: string },
  strataBy: readonly StratumDimension[],
  what: string,
): StratumValues {
  const values: StratumValues = {};
  for (const dimension of strataBy) {
    const value =
      dimension === 'department' ? source.departmentId : source[dimension];
    if (typeof value !== 'string') {
      throw new RangeError(`${what} has no ${dimension}`);
    }
    values[dimension] = value;
  }
  return values;
}

/**
 * Splits `seats` over strata by weight without exceeding any capacity; the
 * method is described at the top of this file. Assumes seats ≤ total capacity.
 */
function apportion(
  strata: readonly { weight: number; capacity: number }[],
  seats: number,
): number[] {
  const result = strata.map(() => 0);
  let open = strata.map((_, index) => index);
  // More asked than there are people (reserves can be): everyone is drawn.
  let seatsLeft = Math.min(
    seats,
    strata.reduce((sum, stratum) => sum + stratum.capacity, 0),
  );

  // Weights in use: headcount while any open stratum has some, else the
  // eligible counts, so that people outside the directory figures still fill
  // seats no one else can.
  const weightsOf = (indexes: number[]) => {
    const byHeadcount = indexes.some((i) => (strata[i]?.weight ?? 0) > 0);
    return indexes.map((i) => {
      const stratum = strata[i] as { weight: number; capacity: number };
      return byHeadcount ? stratum.weight : stratum.capacity;
    });
  };

  for (;;) {
    const weights = weightsOf(open);
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    // Saturated: quota seatsLeft × w / W reaches the capacity c.
    const saturated = open.filter((i, k) => {
      const capacity = (strata[i] as { capacity: number }).capacity;
      return seatsLeft * (weights[k] as number) >= capacity * totalWeight;
    });
    if (saturated.length === 0 || totalWeight === 0) {
      if (totalWeight === 0) {
        // Nothing left to share, or nobody left to share it with.
        break;
      }
      const floors = open.map((_, k) =>
        floorDivide(seatsLeft * (weights[k] as number), totalWeight),
      );
      const remainders = open.map(
        (_, k) =>
          seatsLeft * (weights[k] as number) -
          (floors[k] as number) * totalWeight,
      );
      open.forEach((i, k) => (result[i] = floors[k] as number));
      let extra = seatsLeft - floors.reduce((sum, f) => sum + f, 0);
      const byRemainder = open
        .map((_, k) => k)
        .sort(
          (x, y) =>
            (remainders[y] as number) - (remainders[x] as number) || x - y,
        );
      for (const k of byRemainder) {
        if (extra === 0) break;
        result[open[k] as number] += 1;
        extra -= 1;
      }
      break;
    }
    for (const i of saturated) {
      const capacity = (strata[i] as { capacity: number }).capacity;
      result[i] = capacity;
      seatsLeft -= capacity;
    }
    const saturatedSet = new Set(saturated);
    open = open.filter((i) => !saturatedSet.has(i));
  }
  return result;
}

/** ⌊a / b⌋ for whole numbers, exact even where float division rounds up. */
function floorDivide(a: number, b: number): number {
  let quotient = Math.floor(a / b);
  while (quotient * b > a) quotient -= 1;
  while ((quotient + 1) * b <= a) quotient += 1;
  return quotient;
}

/**
 * Structural equality that ignores the order of object keys: a result stored
 * as PostgreSQL jsonb comes back with its keys reordered.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  }
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null
  ) {
    return false;
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  return (
    keys.length === Object.keys(bRecord).length &&
    keys.every(
      (key) =>
        Object.prototype.hasOwnProperty.call(bRecord, key) &&
        sameJson(aRecord[key], bRecord[key]),
    )
  );
}

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
  }
}
