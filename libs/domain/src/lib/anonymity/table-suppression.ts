import { compareCodeUnits } from '../text/code-unit-order';
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
 * A set of hidden cells whose people a reader can count, with the rows and
 * columns on its side of the cut (see `smallDerivableGroup`).
 */
export interface DerivableGroup {
  cells: TableCell[];
  count: number;
  rows: ReadonlySet<string>;
  columns: ReadonlySet<string>;
}

/**
 * A group of at least one and fewer than `threshold` people whose count a
 * reader can work out from a cross table, or null when there is none.
 *
 * The reader knows every row and column total, every shown cell, and which
 * cells are empty (the directory says who works where). Subtracting the shown
 * cells leaves, per row and per column, the sum of its hidden cells; any sum
 * and difference of those that counts whole hidden cells once each is a group
 * the reader can count — and its answers, by the same subtraction. Such a
 * group is always made of the cuts of this form: take rows R and columns C
 * whose hidden cells all lie in rows of R; the group is R's hidden cells
 * minus C's, i.e. the hidden cells between R and the columns outside C. (A
 * location that lies inside one department is the simplest case: the
 * department minus the location.) Finding the smallest such cut is a minimum
 * cut in a directed graph — an arc row → column carrying the cell's count,
 * and an unbounded arc back, since a column may only be taken when all its
 * rows are — so the check is exact, not a heuristic attack. It also covers
 * what repeated subtraction finds: a line whose hidden cells are few people,
 * a single cell left unknown in a line.
 */
export function smallDerivableGroup(
  cells: readonly TableCell[],
  isHidden: (cell: TableCell) => boolean,
  configuredThreshold?: number | null,
  options: { outside?: string } = {},
): DerivableGroup | null {
  const threshold = effectiveThreshold(configuredThreshold);
  const hidden = cells.filter((cell) => cell.count > 0 && isHidden(cell));
  // A group is made of whole hidden cells: with none under the threshold, none is.
  if (hidden.every((cell) => cell.count >= threshold)) return null;
  // `outside` (used by `planSuppression` to compare two views: people in one
  // view and not the other) is one vertex, row or column: its total is not
  // known, so a combination of totals can only leave it out on both sides.
  const edges = hidden
    .map((cell) => ({
      cell,
      key: keyOf(cell),
      row: cell.row === options.outside ? 'o' : `r${cell.row}`,
      column: cell.column === options.outside ? 'o' : `c${cell.column}`,
    }))
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  // A cut under the threshold never crosses a cell of at least the threshold: its row and column stay together.
  const cluster = new Disjoint();
  for (const edge of edges)
    if (edge.cell.count >= threshold) cluster.join(edge.row, edge.column);
  const crossing = edges.filter(
    (e) =>
      e.cell.count < threshold &&
      cluster.find(e.row) !== cluster.find(e.column),
  );
  const component = new Disjoint();
  for (const edge of crossing)
    component.join(cluster.find(edge.row), cluster.find(edge.column));
  const parts = new Map<string, typeof crossing>();
  for (const edge of crossing) {
    const root = component.find(cluster.find(edge.row));
    if (!parts.has(root)) parts.set(root, []);
    parts.get(root)!.push(edge);
  }
  for (const part of parts.values()) {
    const ids = [
      ...new Set(
        part.flatMap((e) => [cluster.find(e.row), cluster.find(e.column)]),
      ),
    ].sort(compareCodeUnits);
    const index = new Map(ids.map((id, i) => [id, i]));
    const graph = new FlowGraph(ids.length);
    for (const edge of part) {
      const from = index.get(cluster.find(edge.row))!;
      const to = index.get(cluster.find(edge.column))!;
      graph.add(from, to, edge.cell.count);
      graph.add(to, from, Infinity);
    }
    for (let other = 1; other < graph.size; other++)
      for (const [source, sink] of [
        [0, other],
        [other, 0],
      ] as const) {
        const side = graph.cutBelow(source, sink, threshold);
        if (!side) continue;
        const up = (vertex: string) => {
          const at = index.get(cluster.find(vertex));
          return at !== undefined && side[at]!;
        };
        const groupCells = edges
          .filter((e) => up(e.row) && !up(e.column))
          .map((e) => e.cell);
        return {
          cells: groupCells,
          count: sumOf(groupCells),
          rows: new Set(edges.filter((e) => up(e.row)).map((e) => e.cell.row)),
          columns: new Set(
            edges.filter((e) => up(e.column)).map((e) => e.cell.column),
          ),
        };
      }
  }
  return null;
}

/** Union–find over string keys. */
class Disjoint {
  private readonly parent = new Map<string, string>();
  find(v: string): string {
    let root = v;
    for (
      let up = this.parent.get(root);
      up !== undefined && up !== root;
      up = this.parent.get(root)
    )
      root = up;
    if (root !== v) this.parent.set(v, root);
    return root;
  }
  join(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent.set(x < y ? y : x, x < y ? x : y);
  }
}

/**
 * Which cells of a cross table (e.g. department units × location units) may
 * be shown when the row and column totals are shown too (reporting units,
 * at least the threshold each).
 *
 * 1. A cell under the threshold is hidden, and so is every cell in
 *    `alwaysHidden` (rows or columns whose own totals are not shown).
 * 2. In every row and column the hidden cells together must be no one or at
 *    least the threshold, so the smallest shown cells there are hidden too
 *    (complementary suppression) — a quick first pass.
 * 3. Then the exact check of `smallDerivableGroup`: while the reader could
 *    still count a group under the threshold, the smallest shown cell across
 *    that group's cut is hidden as well (it is the only kind of cell that
 *    changes that group).
 *
 * The answer depends only on the cells, not on which dimension is the row:
 * callers build every cross table in one fixed order of dimensions and read
 * it both ways, so filtering on a row (broken down by column) and on a column
 * (broken down by row) hide the same cells. When the totals alone give a
 * group away (nothing left to hide can help), no cell is shown; the caller
 * must merge units first (`planSuppression` does).
 */
export function visibleCells(
  cells: readonly TableCell[],
  configuredThreshold?: number | null,
): Set<string> {
  return suppressTable(cells, configuredThreshold, () => false).visible;
}

/** `visibleCells`, and the group the totals alone give away (then nothing is visible). */
export function suppressTable(
  cells: readonly TableCell[],
  configuredThreshold: number | null | undefined,
  alwaysHidden: (cell: TableCell) => boolean,
): { visible: Set<string>; leak: DerivableGroup | null } {
  const threshold = effectiveThreshold(configuredThreshold);
  const hidden = new Set(
    cells
      .filter(
        (cell) =>
          cell.count > 0 && (cell.count < threshold || alwaysHidden(cell)),
      )
      .map(keyOf),
  );
  const bySize = (a: TableCell, b: TableCell) =>
    a.count - b.count || compareCodeUnits(keyOf(a), keyOf(b));
  const shownWithPeople = (candidates: readonly TableCell[]) =>
    candidates.filter((c) => c.count > 0 && !hidden.has(keyOf(c)));

  const lines = [
    ...groupBy(cells, (c) => `row:${c.row}`),
    ...groupBy(cells, (c) => `column:${c.column}`),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      let hiddenSum = sumOf(line.filter((c) => hidden.has(keyOf(c))));
      // Most lines hide nothing, or already enough: only the others need their cells sorted.
      if (hiddenSum === 0 || hiddenSum >= threshold) continue;
      const candidates = shownWithPeople(line).sort(bySize);
      while (hiddenSum < threshold && candidates.length) {
        const next = candidates.shift()!;
        hidden.add(keyOf(next));
        hiddenSum += next.count;
        changed = true;
      }
    }
  }

  for (;;) {
    const leak = smallDerivableGroup(
      cells,
      (cell) => hidden.has(keyOf(cell)),
      threshold,
    );
    if (!leak) break;
    const across = shownWithPeople(cells)
      .filter(
        (c) => leak.rows.has(c.row) !== leak.columns.has(c.column), // one end on the group's side of the cut
      )
      .sort(bySize)[0];
    if (!across) return { visible: new Set(), leak };
    hidden.add(keyOf(across));
  }
  return {
    visible: new Set(cells.filter((c) => !hidden.has(keyOf(c))).map(keyOf)),
    leak: null,
  };
}

/**
 * The hidden cells (with people) a reader can count on their own from the
 * row and column totals and the shown cells: exactly those no cycle of hidden
 * cells runs through (the bridges of the rows–columns graph), since around a
 * cycle people can be shifted without changing any total.
 */
export function determinedCells(
  cells: readonly TableCell[],
  isHidden: (cell: TableCell) => boolean,
): Set<string> {
  const hidden = cells.filter((cell) => cell.count > 0 && isHidden(cell));
  const neighbours = new Map<string, { vertex: string; cell: number }[]>();
  const link = (from: string, to: string, cell: number) => {
    if (!neighbours.has(from)) neighbours.set(from, []);
    neighbours.get(from)!.push({ vertex: to, cell });
  };
  hidden.forEach((cell, index) => {
    link(`r${cell.row}`, `c${cell.column}`, index);
    link(`c${cell.column}`, `r${cell.row}`, index);
  });
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const bridges = new Set<string>();
  const visit = (vertex: string, viaCell: number) => {
    order.set(vertex, order.size);
    low.set(vertex, order.get(vertex)!);
    for (const { vertex: next, cell } of neighbours.get(vertex) ?? []) {
      if (cell === viaCell) continue;
      if (order.has(next)) {
        low.set(vertex, Math.min(low.get(vertex)!, order.get(next)!));
        continue;
      }
      visit(next, cell);
      low.set(vertex, Math.min(low.get(vertex)!, low.get(next)!));
      if (low.get(next)! > order.get(vertex)!)
        bridges.add(keyOf(hidden[cell]!));
    }
  };
  for (const vertex of neighbours.keys())
    if (!order.has(vertex)) visit(vertex, -1);
  return bridges;
}

/** A small flow network (Edmonds–Karp), for cuts of a cross table's hidden cells. */
class FlowGraph {
  private readonly heads: number[][];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];

  constructor(readonly size: number) {
    this.heads = Array.from({ length: size }, () => []);
  }

  add(from: number, to: number, capacity: number): void {
    this.heads[from]!.push(this.to.length);
    this.to.push(to);
    this.capacity.push(capacity);
    this.heads[to]!.push(this.to.length);
    this.to.push(from);
    this.capacity.push(0);
  }

  /**
   * The source's side of a minimum source–sink cut when that cut is under
   * `limit`, else null. Stops pushing flow once it reaches `limit`, so the
   * work is at most `limit` searches.
   */
  cutBelow(source: number, sink: number, limit: number): boolean[] | null {
    const residual = [...this.capacity];
    let flow = 0;
    for (;;) {
      const via = new Array<number>(this.size).fill(-1);
      const seen = new Array<boolean>(this.size).fill(false);
      seen[source] = true;
      const queue = [source];
      for (let i = 0; i < queue.length && !seen[sink]; i++)
        for (const arc of this.heads[queue[i]!]!) {
          const next = this.to[arc]!;
          if (seen[next] || residual[arc]! <= 0) continue;
          seen[next] = true;
          via[next] = arc;
          queue.push(next);
        }
      if (!seen[sink]) return seen;
      let push = limit - flow;
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!)
        push = Math.min(push, residual[via[v]!]!);
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        const arc = via[v]!;
        residual[arc] = residual[arc]! - push;
        residual[arc ^ 1] = residual[arc ^ 1]! + push;
      }
      flow += push;
      if (flow >= limit) return null;
    }
  }
}

function groupBy(
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
