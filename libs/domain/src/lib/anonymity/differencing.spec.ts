import fc from 'fast-check';
import {
  CubeCell,
  planSuppression,
  SuppressionPlan,
  unitsAcrossDimensions,
} from './cube-suppression';
import { OTHERS_UNIT, ReportingUnit } from './reporting-units';

/**
 * The attacker of the issue, written apart from the code it attacks: it
 * reads every view the plan allows — everyone, each dimension's units, and
 * for every pair of dimensions both "filter on a unit of one, break down by
 * the other" orientations — as sums over the cube's non-empty cells (empty
 * cells are known to be empty: the directory tells who works where), and then
 * subtracts, again and again: whenever one known sum covers part of another,
 * the rest is known too. Every group of people it can count this way must be
 * nobody or at least the threshold.
 */
interface Fact {
  /** Indexes of the cube's non-empty cells, ascending. */
  cells: number[];
  sum: number;
}

/** One view of the results and the sums it shows. */
interface PublishedView {
  /** The dimensions it involves (filter and breakdown). */
  dimensions: number[];
  facts: Fact[];
}

/** Every view the plan allows: everyone by each dimension, and each shown unit by each other dimension. */
function publishedViews(
  plan: SuppressionPlan,
  cells: readonly CubeCell[],
  dimensionCount: number,
): PublishedView[] {
  const present = cells.filter((c) => c.count > 0);
  const factOf = (pick: (cell: CubeCell) => boolean): Fact[] => {
    const indexes = present.flatMap((c, i) => (pick(c) ? [i] : []));
    return indexes.length
      ? [
          {
            cells: indexes,
            sum: indexes.reduce((s, i) => s + present[i]!.count, 0),
          },
        ]
      : [];
  };
  const unitsOf = (d: number) => [...new Set(present.map((c) => c.units[d]!))];
  const views: PublishedView[] = [];
  for (let b = 0; b < dimensionCount; b++) {
    views.push({
      dimensions: [b],
      facts: [
        ...(plan.totalShown ? factOf(() => true) : []),
        ...unitsOf(b).flatMap((unit) =>
          plan.unitShown(b, unit) ? factOf((c) => c.units[b] === unit) : [],
        ),
      ],
    });
    for (let f = 0; f < dimensionCount; f++) {
      if (f === b) continue;
      for (const filterUnit of unitsOf(f)) {
        if (!plan.unitShown(f, filterUnit)) continue;
        views.push({
          dimensions: [f, b],
          facts: [
            ...factOf((c) => c.units[f] === filterUnit),
            ...unitsOf(b).flatMap((unit) =>
              plan.cellShown(f, filterUnit, b, unit)
                ? factOf(
                    (c) => c.units[f] === filterUnit && c.units[b] === unit,
                  )
                : [],
            ),
          ],
        });
      }
    }
  }
  return views;
}

/**
 * What the attacks combine: all views within each pair of dimensions (both
 * filters, both breakdowns, the margins), and any two views whatever their
 * dimensions.
 */
function combinations(views: readonly PublishedView[], dimensionCount: number) {
  const sets: Fact[][] = [];
  for (let i = 0; i < dimensionCount; i++)
    for (let j = i + 1; j < dimensionCount; j++)
      sets.push(
        views
          .filter((v) => v.dimensions.every((d) => d === i || d === j))
          .flatMap((v) => v.facts),
      );
  if (dimensionCount > 2)
    views.forEach((first, a) =>
      views
        .slice(a + 1)
        .forEach((second) => sets.push([...first.facts, ...second.facts])),
    );
  if (dimensionCount === 1) sets.push(views.flatMap((v) => v.facts));
  return sets;
}

/** Repeated subtraction: all sums the attacker can reach from the published ones. */
function subtractionAttack(facts: readonly Fact[]): Fact[] {
  const known = new Map<string, Fact>();
  const learn = (fact: Fact) => {
    const key = fact.cells.join(',');
    if (fact.cells.length === 0 || known.has(key)) return false;
    known.set(key, fact);
    return true;
  };
  facts.forEach(learn);
  for (let progress = true; progress; ) {
    progress = false;
    const list = [...known.values()];
    const sets = list.map((f) => new Set(f.cells));
    for (let a = 0; a < list.length; a++)
      for (let b = 0; b < list.length; b++) {
        const part = list[a]!;
        const whole = list[b]!;
        if (part.cells.length >= whole.cells.length) continue;
        if (!part.cells.every((i) => sets[b]!.has(i))) continue;
        if (
          learn({
            cells: whole.cells.filter((i) => !sets[a]!.has(i)),
            sum: whole.sum - part.sum,
          })
        )
          progress = true;
      }
    if (known.size > 50_000) throw new Error('attack too large to finish');
  }
  return [...known.values()];
}

/**
 * The exact attacker for small cubes: any linear combination of the published
 * sums. Returns the groups of fewer than `threshold` (and at least one)
 * people whose count lies in their span.
 */
function linearAttack(
  facts: readonly Fact[],
  counts: readonly number[],
  threshold: number,
): number[][] {
  const width = counts.length;
  const basis: { pivot: number; row: number[] }[] = [];
  const reduce = (vector: number[]) => {
    const v = [...vector];
    for (const { pivot, row } of basis) {
      const factor = v[pivot]!;
      if (Math.abs(factor) > 1e-9)
        for (let k = 0; k < width; k++) v[k]! -= factor * row[k]!;
    }
    return v;
  };
  for (const fact of facts) {
    const v = reduce(
      Array.from({ length: width }, (_, k) => (fact.cells.includes(k) ? 1 : 0)),
    );
    const pivot = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const scale = v[pivot]!;
    const row = v.map((x) => x / scale);
    for (const other of basis) {
      const factor = other.row[pivot]!;
      if (Math.abs(factor) > 1e-9)
        for (let k = 0; k < width; k++) other.row[k]! -= factor * row[k]!;
    }
    basis.push({ pivot, row });
  }
  const leaks: number[][] = [];
  const order = counts
    .map((count, index) => ({ count, index }))
    .filter((c) => c.count < threshold);
  const visit = (start: number, chosen: number[], sum: number) => {
    if (chosen.length) {
      const v = reduce(
        Array.from({ length: width }, (_, k) => (chosen.includes(k) ? 1 : 0)),
      );
      if (v.every((x) => Math.abs(x) < 1e-9)) leaks.push([...chosen]);
    }
    for (let n = start; n < order.length; n++)
      if (sum + order[n]!.count < threshold)
        visit(n + 1, [...chosen, order[n]!.index], sum + order[n]!.count);
  };
  visit(0, [], 0);
  return leaks;
}

function expectNoSmallGroup(
  cells: readonly CubeCell[],
  dimensionCount: number,
  configured: number | null,
  exact: boolean,
) {
  const plan = planSuppression(cells, dimensionCount, configured);
  const threshold = plan.threshold;
  const counts = cells.filter((c) => c.count > 0).map((c) => c.count);
  for (const facts of combinations(
    publishedViews(plan, cells, dimensionCount),
    dimensionCount,
  )) {
    for (const fact of subtractionAttack(facts)) {
      // The attacker's numbers are true ones (a check of the attacker itself).
      expect(fact.sum).toBe(fact.cells.reduce((s, i) => s + counts[i]!, 0));
      if (fact.sum > 0) expect(fact.sum).toBeGreaterThanOrEqual(threshold);
    }
    if (exact) expect(linearAttack(facts, counts, threshold)).toEqual([]);
  }
  return plan;
}

const cube2 = (rows: Record<string, Record<string, number>>): CubeCell[] =>
  Object.entries(rows).flatMap(([row, columns]) =>
    Object.entries(columns).map(([column, count]) => ({
      units: [row, column],
      count,
    })),
  );

describe('suppression of every view of a cube (filters on two dimensions, differencing)', () => {
  it('hides the same cells filtered either way, so that both views together reveal no small group (the audit case)', () => {
    // Departments A 18, B 15; locations X 12, Y 11, Z 10. B × Z holds 4 people.
    const cells = cube2({
      A: { X: 6, Y: 6, Z: 6 },
      B: { X: 6, Y: 5, Z: 4 },
    });
    const plan = expectNoSmallGroup(cells, 2, null, true);
    for (const cell of cells) {
      const [department, location] = cell.units as [string, string];
      expect(plan.cellShown(0, department, 1, location)).toBe(
        plan.cellShown(1, location, 0, department),
      );
    }
    expect(plan.cellShown(0, 'B', 1, 'Z')).toBe(false);
    // Before, one view showed B × X and the other A × Y; both together gave B × Z = 4.
    expect(
      plan.cellShown(0, 'B', 1, 'X') && plan.cellShown(1, 'Y', 0, 'A'),
    ).toBe(false);
  });

  it('does not show a location lying inside one department next to that department (the department minus the location is one person)', () => {
    // Location Y (8) lies entirely in department B (9); B's ninth person works in X.
    const cells = cube2({ A: { X: 10 }, B: { X: 1, Y: 8 } });
    const plan = expectNoSmallGroup(cells, 2, null, true);
    expect(plan.unitShown(0, 'B') && plan.unitShown(1, 'Y')).toBe(false);
    // The departments stay; the locations are hidden together.
    expect(plan.unitShown(0, 'A') && plan.unitShown(0, 'B')).toBe(true);
    expect(plan.hiddenUnits(1).sort()).toEqual(['X', 'Y']);
  });

  it('merges such units into the others, so that every unit offered can be shown', () => {
    const unit = (key: string, count: number): ReportingUnit => ({
      key,
      groupKeys: [key],
      count,
    });
    const units = unitsAcrossDimensions(
      [
        [unit('B', 21), unit('A', 10)],
        [unit('Z', 12), unit('X', 11), unit('Y', 8)],
      ],
      [
        { groups: ['A', 'X'], count: 4 },
        { groups: ['A', 'Z'], count: 6 },
        { groups: ['B', 'X'], count: 7 },
        { groups: ['B', 'Y'], count: 8 },
        { groups: ['A', 'Z'], count: 0 },
        { groups: ['B', 'Z'], count: 6 },
      ],
    );
    // Y lies inside B, but B minus Y is 13 people: nothing to merge.
    expect(units[1]!.map((u) => u.key)).toEqual(['Z', 'X', 'Y']);

    const nested = unitsAcrossDimensions(
      [
        [unit('A', 10), unit('B', 9)],
        [unit('X', 11), unit('Y', 8)],
      ],
      [
        { groups: ['A', 'X'], count: 10 },
        { groups: ['B', 'X'], count: 1 },
        { groups: ['B', 'Y'], count: 8 },
      ],
    );
    expect(nested[0]!.map((u) => u.key)).toEqual(['A', 'B']);
    expect(nested[1]).toEqual([
      { key: OTHERS_UNIT, groupKeys: ['X', 'Y'], count: 19 },
    ]);
  });

  it('hides a unit whose answers could be derived although each unit reaches the threshold on its own (a question few answered in one place)', () => {
    // Of those who answered one question: department B 6, of whom 5 in Y and 1 in X; Y has nobody else.
    const cells = cube2({ A: { X: 7 }, B: { X: 1, Y: 5 } });
    expectNoSmallGroup(cells, 2, null, true);
  });

  it('compares views over different dimensions: one department by contract type next to everyone by location', () => {
    // Department d0 on contract k1 (6) all work in location l2 (8): l2 minus "d0 on k1" would be 2 people.
    const cells: CubeCell[] = [
      { units: ['d0', 'l1', 'k0'], count: 4 },
      { units: ['d1', 'l1', 'k0'], count: 9 },
      { units: ['d0', 'l2', 'k0'], count: 1 },
      { units: ['d1', 'l2', 'k0'], count: 1 },
      { units: ['d1', 'l1', 'k1'], count: 7 },
      { units: ['d0', 'l2', 'k1'], count: 6 },
    ];
    const plan = expectNoSmallGroup(cells, 3, null, true);
    expect(plan.unitShown(1, 'l2') && plan.cellShown(0, 'd0', 2, 'k1')).toBe(
      false,
    );
  });

  it('compares one unit broken down by each of the two other dimensions, whose cross table the reader knows the empty cells of', () => {
    // Contract k1 (11): by department d0 5 and the rest 6, by location l0 5 and the rest 6; nobody in d0 and l0 is on k1, so the rest of both is 1 person.
    const cells: CubeCell[] = [
      { units: ['d0', 'l0', 'k0'], count: 5 },
      { units: ['d1', 'l0', 'k1'], count: 1 },
      { units: ['d2', 'l0', 'k1'], count: 4 },
      { units: ['d0', 'l1', 'k1'], count: 4 },
      { units: ['d2', 'l1', 'k1'], count: 1 },
      { units: ['d0', 'l2', 'k1'], count: 1 },
    ];
    expectNoSmallGroup(cells, 3, null, true);
  });

  const table2 = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, columns]) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.nat(14)), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    )
    .map((matrix) =>
      matrix.flatMap((row, r) =>
        row.map((count, c) => ({ units: [`r${r}`, `c${c}`], count })),
      ),
    );

  it('gives an attacker who combines both filters, both breakdowns and the margins no group under the threshold (repeated subtraction and any linear combination)', () => {
    fc.assert(
      fc.property(
        table2,
        fc.option(fc.integer({ min: 0, max: 7 })),
        (cells, configured) => {
          expectNoSmallGroup(cells, 2, configured, true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps that promise when units reach the threshold on their own (reporting units), and still shows cells', () => {
    let shownSomewhere = false;
    fc.assert(
      fc.property(table2, (cells) => {
        const totals = (d: number) => {
          const map = new Map<string, number>();
          for (const c of cells)
            map.set(c.units[d]!, (map.get(c.units[d]!) ?? 0) + c.count);
          return [...map.values()];
        };
        fc.pre([...totals(0), ...totals(1)].every((t) => t >= 5));
        const plan = expectNoSmallGroup(cells, 2, null, true);
        if (cells.some((c) => plan.cellShown(0, c.units[0]!, 1, c.units[1]!)))
          shownSomewhere = true;
      }),
      { numRuns: 300 },
    );
    expect(shownSomewhere).toBe(true);
  });

  it('gives the same attackers nothing over three dimensions: all views of any two dimensions together, and any two views', () => {
    const cube3 = fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
      )
      .chain(([a, b, c]) =>
        fc
          .array(fc.oneof(fc.constant(0), fc.nat(9)), {
            minLength: a * b * c,
            maxLength: a * b * c,
          })
          .map((counts) =>
            counts.map((count, n) => ({
              units: [
                `d${n % a}`,
                `l${Math.floor(n / a) % b}`,
                `k${Math.floor(n / (a * b))}`,
              ],
              count,
            })),
          ),
      );
    fc.assert(
      fc.property(cube3, (cells) => {
        expectNoSmallGroup(cells, 3, null, true);
      }),
      { numRuns: 300 },
    );
  });
});
