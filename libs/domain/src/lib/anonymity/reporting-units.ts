import { effectiveThreshold } from './small-groups';

/** A group people belong to (a department, a location, a contract type), with how many of them are counted here. */
export interface GroupNode {
  key: string;
  /** The group this one rolls up into (a department's parent); null at the top. */
  parentKey: string | null;
  /** People directly in this group (not in its sub-groups). */
  count: number;
}

/** A set of groups reported together: always at least the threshold. */
export interface ReportingUnit {
  key: string;
  /** The groups it covers: the group named by `key` and the small groups rolled up into it. */
  groupKeys: string[];
  count: number;
}

export const OTHERS_UNIT = '__others__';

/**
 * Partitions groups into reporting units of at least the threshold, so that
 * any number shown for a unit, and any difference between such numbers,
 * concerns at least the threshold of people.
 *
 * Bottom-up: a group that, with the small sub-groups rolled into it, reaches
 * the threshold becomes a unit; a smaller one rolls up into its parent. What
 * is left at the top goes to one "others" unit; when that would be under the
 * threshold, the smallest units join it (complementary suppression) until it
 * reaches the threshold or nothing is left (then nothing at all is reported:
 * the total is under the threshold). Results are only ever filtered or
 * broken down by whole units, so a difference between shown numbers is a sum
 * of whole units: never under the threshold.
 */
export function reportingUnits(
  groups: readonly GroupNode[],
  configuredThreshold?: number | null,
): ReportingUnit[] {
  const threshold = effectiveThreshold(configuredThreshold);
  if (groups.some((g) => g.key === OTHERS_UNIT))
    throw new Error(
      `A group may not be called ${OTHERS_UNIT}: it names the others`,
    );
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const children = new Map<string | null, GroupNode[]>();
  for (const group of groups) {
    // A parent we do not know (not counted here) makes a group top-level.
    const parent =
      group.parentKey !== null && byKey.has(group.parentKey)
        ? group.parentKey
        : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(group);
  }
  const units: ReportingUnit[] = [];
  const leftover = { groupKeys: [] as string[], count: 0 };

  /** Returns what rolls up from this group into its parent. */
  const visit = (
    group: GroupNode,
    seen: Set<string>,
  ): { groupKeys: string[]; count: number } => {
    if (seen.has(group.key)) return { groupKeys: [], count: 0 }; // a cycle in the data: counted once
    seen.add(group.key);
    const pooled = { groupKeys: [group.key], count: group.count };
    for (const child of children.get(group.key) ?? []) {
      const up = visit(child, seen);
      pooled.groupKeys.push(...up.groupKeys);
      pooled.count += up.count;
    }
    if (pooled.count < threshold) return pooled;
    units.push({
      key: group.key,
      groupKeys: pooled.groupKeys.sort(),
      count: pooled.count,
    });
    return { groupKeys: [], count: 0 };
  };
  const seen = new Set<string>();
  for (const top of children.get(null) ?? []) {
    const up = visit(top, seen);
    leftover.groupKeys.push(...up.groupKeys);
    leftover.count += up.count;
  }
  if (leftover.count > 0 && leftover.count < threshold) {
    // Results are filtered and broken down by whole units only, so any unit may join the others: the smallest first.
    const candidates = [...units].sort(
      (a, b) => a.count - b.count || a.key.localeCompare(b.key),
    );
    while (leftover.count > 0 && leftover.count < threshold) {
      const smallest = candidates.shift();
      if (!smallest) return [];
      units.splice(units.indexOf(smallest), 1);
      leftover.groupKeys.push(...smallest.groupKeys);
      leftover.count += smallest.count;
    }
  }
  if (leftover.count > 0)
    units.push({
      key: OTHERS_UNIT,
      groupKeys: leftover.groupKeys.sort(),
      count: leftover.count,
    });
  return units.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The unit each group is reported in. */
export function unitOfGroup(
  units: readonly ReportingUnit[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const unit of units)
    for (const key of unit.groupKeys) map.set(key, unit.key);
  return map;
}
