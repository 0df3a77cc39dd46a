/**
 * The reporting threshold of the domain brief: no count is shown for a group
 * of fewer than five people, and an organisation may only raise it.
 */
export const MINIMUM_REPORTING_THRESHOLD = 5;

export function effectiveThreshold(configured?: number | null): number {
  return Math.max(MINIMUM_REPORTING_THRESHOLD, Math.floor(configured ?? MINIMUM_REPORTING_THRESHOLD));
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
 * Counts per group, safe to show. Groups under the threshold are hidden and
 * added to "others"; when "others" would itself be under the threshold (so
 * that total minus the shown groups would reveal a small group), the smallest
 * shown groups join it too (complementary suppression) until it reaches the
 * threshold. When the total is under the threshold nothing is shown at all.
 * Groups with a count of zero are left out.
 */
export function suppressSmallGroups(groups: readonly GroupCount[], configuredThreshold?: number | null): SuppressedCounts {
  const threshold = effectiveThreshold(configuredThreshold);
  const present = groups.filter((group) => group.count > 0);
  const total = present.reduce((sum, group) => sum + group.count, 0);
  if (total < threshold) {
    return { shown: [], others: 0, total: total === 0 ? 0 : null, hiddenKeys: present.map((group) => group.key).sort() };
  }
  const ordered = [...present].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const shown = ordered.filter((group) => group.count >= threshold);
  const hidden = ordered.filter((group) => group.count < threshold);
  let others = hidden.reduce((sum, group) => sum + group.count, 0);
  while (others > 0 && others < threshold) {
    // The smallest shown group joins the others; there is one, since the total reaches the threshold.
    const smallest = shown.pop() as GroupCount;
    hidden.push(smallest);
    others += smallest.count;
  }
  return { shown, others, total, hiddenKeys: hidden.map((group) => group.key).sort() };
}
