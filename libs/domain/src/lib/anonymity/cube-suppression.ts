import { compareCodeUnits } from '../text/code-unit-order';
import { OTHERS_UNIT, ReportingUnit, unitOfGroup } from './reporting-units';
import { effectiveThreshold, suppressSmallGroups } from './small-groups';
import {
  cellKey,
  determinedCells,
  smallDerivableGroup,
  suppressTable,
  TableCell,
} from './table-suppression';

/** People counted in one combination of units, one unit key per dimension (in a fixed order of dimensions). */
export interface CubeCell {
  units: readonly string[];
  count: number;
}

/**
 * What may be shown of a cube of counts (respondents, or those who answered
 * one question), for every view the results offer: everyone, broken down by
 * one dimension, filtered on a unit of one dimension and broken down by
 * another.
 */
export interface SuppressionPlan {
  readonly threshold: number;
  /** Whether the total may be shown (at least the threshold). */
  readonly totalShown: boolean;
  /** Whether a unit's own count may be shown: in a breakdown by its dimension, or filtered on it. */
  unitShown(dimension: number, unit: string): boolean;
  /** Filtered on `filterUnit`, broken down by another dimension: whether that breakdown unit may be shown. */
  cellShown(
    filterDimension: number,
    filterUnit: string,
    breakdownDimension: number,
    breakdownUnit: string,
  ): boolean;
  /** Units with people whose own count is not shown, per dimension. */
  hiddenUnits(dimension: number): string[];
}

/** Hidden units of a dimension together: their sum is the total minus the shown units. */
const HIDDEN_UNITS = '\u0001hidden';

/** People outside one of two views compared (see `Planner.suppressViewPairs`). */
const OUTSIDE = '\u0002outside';

/**
 * The one place that decides which numbers of a cube may be shown, so that
 * no two views it allows — nor all views of one pair of dimensions together
 * — reveal a group of at least one and fewer than the threshold
 * (complementary suppression against differencing). The reader is assumed to
 * know which combinations are empty (the directory says who works where).
 *
 * 1. Nothing when the total is under the threshold.
 * 2. Per dimension, the flat rule of `suppressSmallGroups`: units under the
 *    threshold are hidden, and the smallest others with them until the hidden
 *    together are at least the threshold.
 * 3. Per pair of dimensions, their cross table of units (hidden units
 *    together as one row or column) is checked with its totals alone: a
 *    location that lies inside one department would give away the
 *    department minus the location. Then a unit on each side of that
 *    group's cut is hidden (one, when hidden units already lie on a side), so
 *    the two are only ever seen together, and all pairs are checked again.
 * 4. Per pair of dimensions, the cells shown when filtering on a unit of one
 *    and breaking down by the other are `suppressTable`'s, for the table in
 *    the fixed order of dimensions: reading it one way or the other hides the
 *    same cells, and all of them with the totals reveal no small group.
 * 5. With three dimensions, views that involve all three are compared: one
 *    unit broken down by each of the two others (its own cross table, whose
 *    totals are the cells of step 4 that are shown or can be counted), and
 *    any two views over different pairs of dimensions. Where a small group
 *    shows, shown cells (or, failing those, units) across its cut are hidden
 *    and steps 3–5 run again.
 *
 * Not covered: groups that only three or more views over three dimensions
 * reveal together, and bounds ("at most 3") rather than exact counts.
 */
export function planSuppression(
  cells: readonly CubeCell[],
  dimensionCount: number,
  configuredThreshold?: number | null,
): SuppressionPlan {
  const planner = new Planner(
    cells.filter((cell) => cell.count > 0),
    dimensionCount,
    effectiveThreshold(configuredThreshold),
  );
  return planner.plan();
}

/** Which of a side's shown lines to hide so that a cut no longer stands apart (see step 3). */
function pickAcross(
  lines: ReadonlyMap<string, number>,
  inCut: ReadonlySet<string>,
  anyHidden: boolean,
): string[] | null {
  const sorted = [...lines].sort(
    ([a, m], [b, n]) => m - n || compareCodeUnits(a, b),
  );
  const inside = sorted.filter(([line]) => inCut.has(line));
  const outside = sorted.filter(([line]) => !inCut.has(line));
  if (!anyHidden)
    return inside.length && outside.length
      ? [inside[0]![0], outside[0]![0]]
      : null;
  const pick = inCut.has(HIDDEN_UNITS) ? outside[0] : inside[0];
  return pick ? [pick[0]] : null;
}

interface View {
  /** The filter's dimension and unit, or null for everyone. */
  filter: { dimension: number; unit: string } | null;
  breakdown: number;
}

class Planner {
  private readonly pairs: [number, number][] = [];
  private readonly total: number;
  private readonly margins: Map<string, number>[];
  /** Per dimension, units whose own count is not shown. */
  private readonly hidden: Set<string>[];
  /** Per pair of dimensions, cells hidden because of step 5. */
  private readonly forced = new Map<string, Set<string>>();
  private readonly visible = new Map<string, Set<string>>();
  /** Per pair, cells shown or countable on their own from their table. */
  private readonly known = new Map<string, Set<string>>();

  constructor(
    private readonly present: readonly CubeCell[],
    private readonly dimensionCount: number,
    private readonly threshold: number,
  ) {
    this.total = present.reduce((sum, cell) => sum + cell.count, 0);
    this.margins = Array.from({ length: dimensionCount }, (_, d) => {
      const counts = new Map<string, number>();
      for (const cell of present)
        counts.set(
          cell.units[d]!,
          (counts.get(cell.units[d]!) ?? 0) + cell.count,
        );
      return counts;
    });
    this.hidden = this.margins.map((counts) => {
      if (this.total < threshold) return new Set(counts.keys());
      // Unit keys may be the others' key, which the flat suppression reserves: prefixed.
      const flat = suppressSmallGroups(
        [...counts].map(([key, count]) => ({ key: `unit:${key}`, count })),
        threshold,
      );
      return new Set(flat.hiddenKeys.map((k) => k.slice('unit:'.length)));
    });
    for (let i = 0; i < dimensionCount; i++)
      for (let j = i + 1; j < dimensionCount; j++) {
        this.pairs.push([i, j]);
        this.forced.set(`${i}:${j}`, new Set());
      }
  }

  plan(): SuppressionPlan {
    const totalShown = this.total >= this.threshold;
    if (totalShown)
      do {
        this.settleTotals();
        this.suppressCells();
      } while (this.suppressSlices() || this.suppressViewPairs());
    const unitShown = (dimension: number, unit: string) =>
      totalShown && this.unitShown(dimension, unit);
    return {
      threshold: this.threshold,
      totalShown,
      unitShown,
      cellShown: (filterDimension, filterUnit, breakdownDimension, unit) =>
        totalShown &&
        filterDimension !== breakdownDimension &&
        unitShown(filterDimension, filterUnit) &&
        unitShown(breakdownDimension, unit) &&
        this.cellVisible(filterDimension, filterUnit, breakdownDimension, unit),
      hiddenUnits: (dimension) => this.hiddenUnits(dimension),
    };
  }

  private unitShown(dimension: number, unit: string): boolean {
    return (
      (this.margins[dimension]?.has(unit) ?? false) &&
      !this.hidden[dimension]!.has(unit)
    );
  }

  private unitIn(cell: CubeCell, dimension: number): string {
    const unit = cell.units[dimension]!;
    return this.hidden[dimension]!.has(unit) ? HIDDEN_UNITS : unit;
  }

  private anyHidden(dimension: number): boolean {
    return this.hiddenUnits(dimension).length > 0;
  }

  private hiddenUnits(dimension: number): string[] {
    return [...this.hidden[dimension]!].filter((u) =>
      this.margins[dimension]!.has(u),
    );
  }

  /** The pair's key and the cell's key in the fixed order of dimensions. */
  private inOrder(d: number, unit: string, e: number, other: string) {
    return d < e
      ? { pair: `${d}:${e}`, key: cellKey(unit, other) }
      : { pair: `${e}:${d}`, key: cellKey(other, unit) };
  }

  private cellVisible(d: number, unit: string, e: number, other: string) {
    const { pair, key } = this.inOrder(d, unit, e, other);
    return this.visible.get(pair)?.has(key) ?? false;
  }

  private table([i, j]: [number, number]): TableCell[] {
    return aggregate(
      this.present.map((cell) => ({
        row: this.unitIn(cell, i),
        column: this.unitIn(cell, j),
        count: cell.count,
      })),
    );
  }

  /** Step 3. */
  private settleTotals(): void {
    for (let settled = false; !settled; ) {
      settled = true;
      for (const [i, j] of this.pairs) {
        const leak = smallDerivableGroup(
          this.table([i, j]),
          () => true,
          this.threshold,
        );
        if (!leak) continue;
        const options = [
          { dimension: j, inCut: leak.columns },
          { dimension: i, inCut: leak.rows },
        ].flatMap(({ dimension, inCut }) => {
          const shown = new Map(
            [...this.margins[dimension]!].filter(
              ([unit]) => !this.hidden[dimension]!.has(unit),
            ),
          );
          const units = pickAcross(shown, inCut, this.anyHidden(dimension));
          return units
            ? [{ dimension, units, people: sumOver(units, shown) }]
            : [];
        });
        // Fewer units hidden, then fewer people, then the later dimension (departments, the first, matter most).
        const best = options.sort(
          (a, b) => a.units.length - b.units.length || a.people - b.people,
        )[0];
        if (best)
          for (const unit of best.units) this.hidden[best.dimension]!.add(unit);
        // Cannot happen for a cut of the totals (both sides of a dimension hold units), but never loop: hide the later dimension.
        else
          for (const unit of this.margins[j]!.keys()) this.hidden[j]!.add(unit);
        settled = false;
        break;
      }
    }
  }

  /** Step 4. */
  private suppressCells(): void {
    for (const [i, j] of this.pairs) {
      const pair = `${i}:${j}`;
      const cells = this.table([i, j]);
      const forced = this.forced.get(pair)!;
      const { visible, leak } = suppressTable(
        cells,
        this.threshold,
        (cell) =>
          cell.row === HIDDEN_UNITS ||
          cell.column === HIDDEN_UNITS ||
          forced.has(cellKey(cell.row, cell.column)),
      );
      if (leak) throw new Error('The totals were checked before the cells');
      this.visible.set(pair, visible);
      this.known.set(
        pair,
        new Set([
          ...visible,
          ...determinedCells(
            cells,
            (cell) => !visible.has(cellKey(cell.row, cell.column)),
          ),
        ]),
      );
    }
  }

  /**
   * Step 5, one unit broken down by the two other dimensions: the totals of
   * its own cross table are the cells of step 4 that are shown or can be
   * counted. Returns whether it hid something.
   */
  private suppressSlices(): boolean {
    for (let f = 0; f < this.dimensionCount; f++)
      for (const [g, h] of this.pairs) {
        if (g === f || h === f) continue;
        const slices = new Map<string, CubeCell[]>();
        for (const cell of this.present) {
          const unit = this.unitIn(cell, f);
          if (!slices.has(unit)) slices.set(unit, []);
          slices.get(unit)!.push(cell);
        }
        for (const [unit, members] of [...slices].sort(([a], [b]) =>
          compareCodeUnits(a, b),
        )) {
          const line = (cell: CubeCell, d: number) => {
            const other = this.unitIn(cell, d);
            if (other === HIDDEN_UNITS) return HIDDEN_UNITS;
            const { pair, key } = this.inOrder(f, unit, d, other);
            return this.known.get(pair)!.has(key) ? other : HIDDEN_UNITS;
          };
          const slice = aggregate(
            members.map((cell) => ({
              row: line(cell, g),
              column: line(cell, h),
              count: cell.count,
            })),
          );
          const leak = smallDerivableGroup(slice, () => true, this.threshold);
          if (!leak) continue;
          const sides = [
            {
              d: h,
              inCut: leak.columns,
              lines: totalsBy(slice, (c) => c.column),
            },
            { d: g, inCut: leak.rows, lines: totalsBy(slice, (c) => c.row) },
          ];
          const best = sides
            .flatMap(({ d, inCut, lines }) => {
              const shown = new Map(
                [...lines].filter(
                  ([other]) =>
                    other !== HIDDEN_UNITS &&
                    this.cellVisible(f, unit, d, other),
                ),
              );
              const pick = pickAcross(shown, inCut, lines.has(HIDDEN_UNITS));
              return pick ? [{ d, pick, people: sumOver(pick, shown) }] : [];
            })
            .sort(
              (a, b) => a.pick.length - b.pick.length || a.people - b.people,
            )[0];
          if (!best) return this.hideWithAnother(f, unit);
          for (const other of best.pick) {
            const { pair, key } = this.inOrder(f, unit, best.d, other);
            this.forced.get(pair)!.add(key);
          }
          return true;
        }
      }
    return false;
  }

  /**
   * Step 5, any two views over different pairs of dimensions (say one
   * department by contract type, next to everyone by location): the groups
   * of each view have known totals (what is not shown of a view together
   * too), people in only one of the views are one group of unknown size.
   * Returns whether it hid something.
   */
  private suppressViewPairs(): boolean {
    if (this.dimensionCount < 3) return false;
    const views: View[] = [];
    for (let b = 0; b < this.dimensionCount; b++) {
      views.push({ filter: null, breakdown: b });
      for (let f = 0; f < this.dimensionCount; f++)
        if (f !== b)
          for (const unit of [...this.margins[f]!.keys()].sort())
            if (this.unitShown(f, unit))
              views.push({ filter: { dimension: f, unit }, breakdown: b });
    }
    const dimensionsOf = (view: View) =>
      (1 << view.breakdown) | (view.filter ? 1 << view.filter.dimension : 0);
    const allDimensions = (1 << this.dimensionCount) - 1;
    // Per view its people (cube cells) and the group each is shown in, numbered: every pair is compared.
    const prepared = views.map((view) => {
      const names: string[] = [];
      const idOf = new Map<string, number>();
      const members: number[] = [];
      const block = new Int32Array(this.present.length).fill(-1);
      this.present.forEach((cell, n) => {
        if (
          view.filter &&
          this.unitIn(cell, view.filter.dimension) !== view.filter.unit
        )
          return;
        const unit = this.unitIn(cell, view.breakdown);
        const name =
          unit !== HIDDEN_UNITS &&
          (!view.filter ||
            this.cellVisible(
              view.filter.dimension,
              view.filter.unit,
              view.breakdown,
              unit,
            ))
            ? unit
            : HIDDEN_UNITS;
        let id = idOf.get(name);
        if (id === undefined) {
          id = names.length;
          names.push(name);
          idOf.set(name, id);
        }
        block[n] = id;
        members.push(n);
      });
      const light = members.some(
        (n) => this.present[n]!.count < this.threshold,
      );
      return { names, members, block, light };
    });
    const widest = Math.max(1, ...prepared.map((p) => p.names.length + 1));
    const sums = new Float64Array(widest * widest);
    for (let a = 0; a < views.length; a++)
      for (let b = a + 1; b < views.length; b++) {
        const [first, second] = [views[a]!, views[b]!];
        // Views within one pair of dimensions are steps 3 and 4; one unit by two dimensions is the slice above.
        if ((dimensionsOf(first) | dimensionsOf(second)) !== allDimensions)
          continue;
        if (
          first.filter &&
          second.filter &&
          first.filter.dimension === second.filter.dimension
        )
          continue;
        const [x, y] = [prepared[a]!, prepared[b]!];
        // A group under the threshold is made of cube cells under it.
        if (!x.light && !y.light) continue;
        const rowOutside = x.names.length;
        const columnOutside = y.names.length;
        const width = columnOutside + 1;
        const touched: number[] = [];
        let common = false;
        const add = (n: number) => {
          const row = x.block[n]! < 0 ? rowOutside : x.block[n]!;
          const column = y.block[n]! < 0 ? columnOutside : y.block[n]!;
          if (row !== rowOutside && column !== columnOutside) common = true;
          const key = row * width + column;
          if (sums[key] === 0) touched.push(key);
          sums[key] += this.present[n]!.count;
        };
        for (const n of x.members) add(n);
        for (const n of y.members) if (x.block[n]! < 0) add(n);
        const table: TableCell[] = touched.map((key) => {
          const row = Math.floor(key / width);
          const column = key % width;
          return {
            row: row === rowOutside ? OUTSIDE : x.names[row]!,
            column: column === columnOutside ? OUTSIDE : y.names[column]!,
            count: sums[key]!,
          };
        });
        for (const key of touched) sums[key] = 0;
        // Views of no common people only combine with themselves, and each alone is safe; groups are whole cells.
        if (!common || table.every((c) => c.count >= this.threshold)) continue;
        const leak = smallDerivableGroup(table, () => true, this.threshold, {
          outside: OUTSIDE,
        });
        if (!leak) continue;
        const best = [
          {
            view: second,
            inCut: leak.columns,
            lines: totalsBy(table, (c) => c.column),
          },
          {
            view: first,
            inCut: leak.rows,
            lines: totalsBy(table, (c) => c.row),
          },
        ]
          .flatMap(({ view, inCut, lines }) => {
            const shown = new Map(
              [...lines].filter(
                ([line]) => line !== HIDDEN_UNITS && line !== OUTSIDE,
              ),
            );
            const pick = pickAcross(shown, inCut, lines.has(HIDDEN_UNITS));
            return pick ? [{ view, pick, people: sumOver(pick, shown) }] : [];
          })
          // A view's cells before units: hiding a unit takes it out of every view.
          .sort(
            (x, y) =>
              Number(!x.view.filter) - Number(!y.view.filter) ||
              x.pick.length - y.pick.length ||
              x.people - y.people,
          )[0];
        if (!best) {
          const filtered = second.filter ?? first.filter!;
          return this.hideWithAnother(filtered.dimension, filtered.unit);
        }
        for (const unit of best.pick)
          if (best.view.filter) {
            const { pair, key } = this.inOrder(
              best.view.filter.dimension,
              best.view.filter.unit,
              best.view.breakdown,
              unit,
            );
            this.forced.get(pair)!.add(key);
          } else this.hidden[best.view.breakdown]!.add(unit);
        return true;
      }
    return false;
  }

  /** Hides a unit (more of the hidden when `unit` names them) and, when none is hidden yet, the smallest shown one too. */
  private hideWithAnother(dimension: number, unit: string): boolean {
    const anyHidden = this.anyHidden(dimension);
    if (unit !== HIDDEN_UNITS) this.hidden[dimension]!.add(unit);
    if (anyHidden && unit !== HIDDEN_UNITS) return true;
    const smallest = [...this.margins[dimension]!]
      .filter(([u]) => !this.hidden[dimension]!.has(u))
      .sort(([a, m], [b, n]) => m - n || compareCodeUnits(a, b))[0];
    if (smallest) this.hidden[dimension]!.add(smallest[0]);
    return unit !== HIDDEN_UNITS || smallest !== undefined;
  }
}

function aggregate(cells: readonly TableCell[]): TableCell[] {
  const byKey = new Map<string, TableCell>();
  for (const cell of cells) {
    const key = cellKey(cell.row, cell.column);
    const entry = byKey.get(key);
    if (entry) entry.count += cell.count;
    else byKey.set(key, { ...cell });
  }
  return [...byKey.values()];
}

function totalsBy(
  cells: readonly TableCell[],
  pick: (cell: TableCell) => string,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const cell of cells)
    totals.set(pick(cell), (totals.get(pick(cell)) ?? 0) + cell.count);
  return totals;
}

const sumOver = (
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
) => keys.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0);

/** People per combination of groups (department, location, contract type), one group key per dimension. */
export interface GroupCubeCell {
  groups: readonly string[];
  count: number;
}

/**
 * Reporting units per dimension (from `reportingUnits`) adjusted so that all
 * of them can be shown side by side: units that `planSuppression` would hide
 * because of another dimension (a location inside one department) join the
 * others' unit, until none would.
 */
export function unitsAcrossDimensions(
  unitsPerDimension: readonly ReportingUnit[][],
  cube: readonly GroupCubeCell[],
  configuredThreshold?: number | null,
): ReportingUnit[][] {
  let units = unitsPerDimension.map((list) => [...list]);
  for (;;) {
    const unitOf = units.map((list) => unitOfGroup(list));
    const byUnits = new Map<string, CubeCell>();
    for (const cell of cube) {
      if (cell.count <= 0) continue;
      const keys = cell.groups.map((g, d) => unitOf[d]!.get(g) ?? OTHERS_UNIT);
      const key = keys.join('\u0000');
      const entry = byUnits.get(key) ?? { units: keys, count: 0 };
      entry.count += cell.count;
      byUnits.set(key, entry);
    }
    const plan = planSuppression(
      [...byUnits.values()],
      units.length,
      configuredThreshold,
    );
    if (!plan.totalShown) return units;
    const toMerge = units.map((_, d) => new Set(plan.hiddenUnits(d)));
    if (toMerge.every((set) => set.size === 0)) return units;
    const before = units.reduce((sum, list) => sum + list.length, 0);
    units = units.map((list, d) => {
      const merging = list.filter(
        (u) => toMerge[d]!.has(u.key) || u.key === OTHERS_UNIT,
      );
      if (!toMerge[d]!.size) return list;
      const others: ReportingUnit = {
        key: OTHERS_UNIT,
        groupKeys: merging.flatMap((u) => u.groupKeys).sort(),
        count: merging.reduce((sum, u) => sum + u.count, 0),
      };
      return [...list.filter((u) => !merging.includes(u)), others].sort(
        (a, b) => b.count - a.count || a.key.localeCompare(b.key),
      );
    });
    // Every round merges at least two units into one; if not, the plan keeps hiding what it hides.
    if (units.reduce((sum, list) => sum + list.length, 0) >= before)
      return units;
  }
}
