/**
 * Is each department fairly represented in the participant pool?
 *
 * The rule, in words: a department should make up about the same share of the
 * pool as it makes up of the workforce (the directory's active headcount).
 * Its *expected* number of participants is pool size × its share of the
 * headcount. It is
 * - under-represented when it has fewer than half of the expected number and
 *   misses at least one whole person,
 * - over-represented when it has more than one and a half times the expected
 *   number and at least one whole person more,
 * - balanced otherwise.
 * Below a minimum pool size no department gets a verdict: with three people in
 * the pool every department but three would be "under-represented", which says
 * nothing. The whole-person condition keeps a small department from being
 * flagged for missing 0.3 of a person.
 */

/** Fewer participants than this in the pool: too few to judge representation. */
export const MIN_POOL_FOR_REPRESENTATION_VERDICT = 10;
/** A department is off when its count is below (1 − t) or above (1 + t) times the expected count. */
export const REPRESENTATION_TOLERANCE = 0.5;

export type RepresentationVerdict =
  | 'NOT_ENOUGH_DATA'
  | 'UNDER'
  | 'BALANCED'
  | 'OVER';

export interface RepresentationRow {
  headcount: number;
  participants: number;
}

export interface JudgedRepresentation<Row extends RepresentationRow> {
  poolSize: number;
  totalHeadcount: number;
  /** The pool has at least MIN_POOL_FOR_REPRESENTATION_VERDICT participants. */
  enoughData: boolean;
  departments: (Row & {
    /** participants / pool size; 0 for an empty pool. */
    poolShare: number;
    /** headcount / total headcount; 0 without headcount. */
    headcountShare: number;
    /** pool size × headcount share. */
    expected: number;
    verdict: RepresentationVerdict;
  })[];
}

export function judgeRepresentation<Row extends RepresentationRow>(
  rows: readonly Row[],
): JudgedRepresentation<Row> {
  const poolSize = rows.reduce((sum, r) => sum + r.participants, 0);
  const totalHeadcount = rows.reduce((sum, r) => sum + r.headcount, 0);
  const enoughData = poolSize >= MIN_POOL_FOR_REPRESENTATION_VERDICT;
  return {
    poolSize,
    totalHeadcount,
    enoughData,
    departments: rows.map((row) => {
      const headcountShare =
        totalHeadcount > 0 ? row.headcount / totalHeadcount : 0;
      const expected = poolSize * headcountShare;
      return {
        ...row,
        poolShare: poolSize > 0 ? row.participants / poolSize : 0,
        headcountShare,
        expected,
        verdict:
          !enoughData || row.headcount === 0
            ? 'NOT_ENOUGH_DATA'
            : verdictFor(row.participants, expected),
      };
    }),
  };
}

function verdictFor(
  participants: number,
  expected: number,
): RepresentationVerdict {
  if (
    participants < expected * (1 - REPRESENTATION_TOLERANCE) &&
    expected - participants >= 1
  )
    return 'UNDER';
  if (
    participants > expected * (1 + REPRESENTATION_TOLERANCE) &&
    participants - expected >= 1
  )
    return 'OVER';
  return 'BALANCED';
}
