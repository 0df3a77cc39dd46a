import { OTHERS_UNIT, reportingUnits } from './reporting-units';

/**
 * The reporting threshold of the domain brief: no count is shown for a group
 * of fewer than five people, and an organisation may only raise it.
 */
export const MINIMUM_REPORTING_THRESHOLD = 5;

export function effectiveThreshold(configured?: number | null): number {
  return Math.max(
    MINIMUM_REPORTING_THRESHOLD,
    Math.floor(configured ?? MINIMUM_REPORTING_THRESHOLD),
  );
}

export interface GroupCount {
  key: string;
  count: number;
}

export interface SuppressedCounts {
  /** Groups shown with their count, largest first (then by key). */
  shown: GroupCount[];
  /**
   * Everyone in groups that are not shown, together: zero, or at least the
   * threshold, so no hidden group can be found by subtracting the shown
   * groups from the total.
   */
  others: number;
  /** The total, or null when the total itself is under the threshold (then nothing is shown). */
  total: number | null;
  /** Keys of the groups that are not shown (their counts are not). */
  hiddenKeys: string[];
}

/**
 * Counts per group (a flat list), safe to show: the reporting units of
 * `reportingUnits` with every group at the top. Groups under the threshold
 * are hidden among the others; when the others would be under the threshold
 * (so that total minus the shown groups would reveal a small group), the
 * smallest shown groups join them too (complementary suppression). Under the
 * threshold in total, nothing is shown. Groups with a count of zero are left out.
 */
export function suppressSmallGroups(
  groups: readonly GroupCount[],
  configuredThreshold?: number | null,
): SuppressedCounts {
  const present = groups.filter((group) => group.count > 0);
  const total = present.reduce((sum, group) => sum + group.count, 0);
  const units = reportingUnits(
    present.map((group) => ({
      key: group.key,
      parentKey: null,
      count: group.count,
    })),
    configuredThreshold,
  );
  if (units.length === 0)
    return {
      shown: [],
      others: 0,
      total: total === 0 ? 0 : null,
      hiddenKeys: present.map((g) => g.key).sort(),
    };
  const others = units.find((unit) => unit.key === OTHERS_UNIT);
  return {
    shown: units
      .filter((unit) => unit !== others)
      .map((unit) => ({ key: unit.key, count: unit.count })),
    others: others?.count ?? 0,
    total,
    hiddenKeys: others?.groupKeys ?? [],
  };
}
