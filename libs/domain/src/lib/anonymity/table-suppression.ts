import { effectiveThreshold } from './small-groups';

/** One cell of a cross table: the people in row unit `row` and column unit `column`. */
export interface TableCell {
  row: string;
  column: string;
  count: number;
}

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;
const keyOf = (cell: TableCell) => cellKey(cell.row, cell.column);

/**
 * Which cells of a cross table (e.g. department units × location units) may
 * be shown, when the row and column totals are shown too (they are reporting
 * units, at least the threshold each).
 *
 * 1. A cell under the threshold is hidden.
 * 2. In every row and every column the hidden cells together must be zero or
 *    at least the threshold — otherwise the total minus the shown cells would
 *    reveal them — so the smallest shown cells are hidden too (complementary
 *    suppression in both directions), until every row and column is safe.
 * 3. Then the table is attacked the way a reader could: with every row total,
 *    column total and shown cell, subtract again and again wherever a row or
 *    column has one unknown cell left. If that reveals a cell under the
 *    threshold, the smallest shown cell is hidden as well and all steps run
 *    again.
 *
 * Because the whole table is suppressed at once, looking through one filter
 * (a row: one department, broken down by location) or the other (a column:
 * one location, broken down by department) hides the same cells, and combining
 * both filters with the totals reveals no cell under the threshold.
 */
export function visibleCells(
  cells: readonly TableCell[],
  configuredThreshold?: number | null,
): Set<string> {
  const threshold = effectiveThreshold(configuredThreshold);
  const hidden = new Set(
    cells.filter((cell) => cell.count > 0 && cell.count < threshold).map(keyOf),
  );
  const lines = [
    ...group(cells, (c) => `row:${c.row}`),
    ...group(cells, (c) => `column:${c.column}`),
  ];
  const smallestShown = (candidates: readonly TableCell[]) =>
    candidates
      .filter((c) => !hidden.has(keyOf(c)))
      // People before empty cells: hiding a zero protects little.
      .sort(
        (a, b) =>
          Number(a.count === 0) - Number(b.count === 0) ||
          a.count - b.count ||
          keyOf(a).localeCompare(keyOf(b)),
      )[0];

  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        let hiddenSum = sumOf(line.filter((c) => hidden.has(keyOf(c))));
        while (hiddenSum > 0 && hiddenSum < threshold) {
          const next = smallestShown(line);
          if (!next) break; // the line's total is itself under the threshold: the caller does not show it
          hidden.add(keyOf(next));
          hiddenSum += next.count;
          changed = true;
        }
      }
    }
    const revealed = revealedByDifferencing(lines, hidden);
    const leak = cells.some(
      (cell) =>
        cell.count > 0 && cell.count < threshold && revealed.has(keyOf(cell)),
    );
    if (!leak) break;
    const next = smallestShown(cells);
    if (!next) break;
    hidden.add(keyOf(next));
  }
  return new Set(cells.filter((cell) => !hidden.has(keyOf(cell))).map(keyOf));
}

/** The cells a reader can work out from the line totals and the shown cells by repeated subtraction. */
export function revealedByDifferencing(
  lines: readonly TableCell[][],
  hidden: ReadonlySet<string>,
): Set<string> {
  const known = new Set<string>();
  for (const line of lines)
    for (const cell of line)
      if (!hidden.has(keyOf(cell))) known.add(keyOf(cell));
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter((c) => !known.has(keyOf(c)));
      if (unknown.length === 1) {
        known.add(keyOf(unknown[0]!));
        progress = true;
      }
    }
  }
  return known;
}

function group(
  cells: readonly TableCell[],
  pick: (cell: TableCell) => string,
): TableCell[][] {
  const map = new Map<string, TableCell[]>();
  for (const cell of cells) {
    const key = pick(cell);
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(cell);
  }
  return [...map.values()];
}

const sumOf = (cells: readonly TableCell[]) =>
  cells.reduce((sum, cell) => sum + cell.count, 0);
