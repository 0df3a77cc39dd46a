import fc from 'fast-check';
import { GroupNode, OTHERS_UNIT, reportingUnits } from './reporting-units';
import {
  cellKey,
  determinedCells,
  smallDerivableGroup,
  TableCell,
  visibleCells,
} from './table-suppression';

describe('reporting units (roll-up into the parent, complementary suppression at the top)', () => {
  const tree: GroupNode[] = [
    { key: 'Logistiek', parentKey: null, count: 6 },
    { key: 'Magazijn', parentKey: 'Logistiek', count: 3 },
    { key: 'Transport', parentKey: 'Logistiek', count: 7 },
    { key: 'HR', parentKey: null, count: 2 },
    { key: 'ICT', parentKey: null, count: 8 },
  ];

  it('rolls a small department up into its parent and keeps large ones apart', () => {
    const units = reportingUnits(tree);
    expect(units.find((u) => u.key === 'Logistiek')).toEqual({
      key: 'Logistiek',
      groupKeys: ['Logistiek', 'Magazijn'],
      count: 9,
    });
    expect(units.find((u) => u.key === 'ICT')).toEqual({
      key: 'ICT',
      groupKeys: ['ICT'],
      count: 8,
    });
  });

  it('puts a small top-level group with the others, and when the others are too few the smallest unit joins them', () => {
    const units = reportingUnits(tree);
    // HR (2) alone would be total minus the rest: Transport (7, the smallest unit) joins it.
    expect(units.find((u) => u.key === OTHERS_UNIT)).toEqual({
      key: OTHERS_UNIT,
      groupKeys: ['HR', 'Transport'],
      count: 9,
    });
    expect(units.map((u) => u.key)).not.toContain('Transport');
  });

  it('lets the smallest unit, also a sub-unit, join the others', () => {
    const units = reportingUnits([
      { key: 'A', parentKey: null, count: 5 },
      { key: 'A1', parentKey: 'A', count: 5 },
      { key: 'B', parentKey: null, count: 20 },
      { key: 'C', parentKey: null, count: 1 },
    ]);
    expect(units.find((u) => u.key === OTHERS_UNIT)!.groupKeys).toEqual([
      'A',
      'C',
    ]);
    expect(units.find((u) => u.key === 'A1')!.count).toBe(5);
  });

  it('reports nothing when everyone together is under the threshold, and honours a higher threshold', () => {
    expect(
      reportingUnits([
        { key: 'A', parentKey: null, count: 2 },
        { key: 'B', parentKey: null, count: 2 },
      ]),
    ).toEqual([]);
    expect(
      reportingUnits(
        [
          { key: 'A', parentKey: null, count: 7 },
          { key: 'B', parentKey: null, count: 9 },
        ],
        8,
      ).map((u) => u.key),
    ).toEqual([OTHERS_UNIT]);
  });

  const arbitraryTree = fc
    .array(fc.record({ count: fc.nat(12), parent: fc.nat(20) }), {
      minLength: 1,
      maxLength: 15,
    })
    .map((rows) =>
      rows.map((row, index) => ({
        key: `g${index}`,
        // Parents come earlier in the list, so the data is a forest.
        parentKey:
          index === 0 || row.parent % (index + 1) === index
            ? null
            : `g${row.parent % index}`,
        count: row.count,
      })),
    );

  it('partitions the groups into units of at least the threshold, so any difference of shown totals is at least the threshold', () => {
    fc.assert(
      fc.property(
        arbitraryTree,
        fc.integer({ min: 0, max: 9 }),
        (groups, configured) => {
          const threshold = Math.max(5, configured);
          const units = reportingUnits(groups, configured);
          const total = groups.reduce((sum, g) => sum + g.count, 0);
          if (units.length === 0) {
            expect(total).toBeLessThan(threshold);
            return;
          }
          for (const unit of units)
            expect(unit.count).toBeGreaterThanOrEqual(threshold);
          const covered = units.flatMap((u) => u.groupKeys);
          expect(new Set(covered).size).toBe(covered.length);
          // Every group with people is in exactly one unit (empty ones may be left out).
          for (const g of groups)
            if (g.count > 0) expect(covered).toContain(g.key);
          for (const unit of units)
            expect(unit.count).toBe(
              groups
                .filter((g) => unit.groupKeys.includes(g.key))
                .reduce((s, g) => s + g.count, 0),
            );
        },
      ),
    );
  });
});

describe('cross-table suppression (filters on two dimensions)', () => {
  const table = (rows: Record<string, Record<string, number>>): TableCell[] =>
    Object.entries(rows).flatMap(([row, columns]) =>
      Object.entries(columns).map(([column, count]) => ({
        row,
        column,
        count,
      })),
    );

  it('hides a small cell and, in its row and column, a complement so that the totals do not reveal it', () => {
    const cells = table({
      Logistiek: { Zwolle: 10, Deventer: 2 },
      Inkoop: { Zwolle: 6, Deventer: 9 },
    });
    const visible = visibleCells(cells);
    // Logistiek×Deventer (2) is hidden; Logistiek×Zwolle must go too (row) and Inkoop×Deventer (column).
    // Showing Inkoop×Zwolle would still let a reader work back to Logistiek×Deventer through the totals, so it goes as well.
    expect([...visible]).toEqual([]);
  });

  it('keeps cells visible when every hidden remainder is at least the threshold', () => {
    const cells = table({
      A: { X: 10, Y: 2, Z: 6 },
      B: { X: 8, Y: 3, Z: 7 },
      C: { X: 9, Y: 12, Z: 11 },
    });
    const visible = visibleCells(cells);
    expect(visible.has(cellKey('A', 'Y'))).toBe(false);
    expect(visible.has(cellKey('B', 'Y'))).toBe(false);
    expect(visible.has(cellKey('C', 'X'))).toBe(true);
  });

  it('finds a group the totals give away although no line has a single unknown cell: a location inside one department', () => {
    // Department B: 1 in X, 2 in Z, 8 in Y; location Y is only in B. A and B share X and Z.
    const cells = table({
      A: { X: 10, Z: 10 },
      B: { X: 1, Z: 2, Y: 8 },
    });
    const group = smallDerivableGroup(cells, () => true);
    expect(group?.count).toBe(3);
    expect(group?.cells.map((c) => cellKey(c.row, c.column)).sort()).toEqual([
      cellKey('B', 'X'),
      cellKey('B', 'Z'),
    ]);
    // With X and Z larger in B, B minus Y is at least five: nothing to find.
    expect(
      smallDerivableGroup(
        table({ A: { X: 10, Z: 10 }, B: { X: 3, Z: 2, Y: 8 } }),
        () => true,
      ),
    ).toBeNull();
  });

  it('finds a cell between two cycles of hidden cells, which repeated subtraction alone misses', () => {
    // Two blocks of hidden cells joined by one hidden cell r2 × c3 of 2 people: every line has two or more unknowns.
    const cells = table({
      r1: { c1: 6, c2: 7 },
      r2: { c1: 8, c2: 6, c3: 2 },
      r3: { c3: 9, c4: 6 },
      r4: { c3: 5, c4: 8 },
    });
    expect(determinedCells(cells, () => true)).toEqual(
      new Set([cellKey('r2', 'c3')]),
    );
    const group = smallDerivableGroup(cells, () => true);
    expect(group?.cells).toEqual([{ row: 'r2', column: 'c3', count: 2 }]);
    // The totals alone give it away, so no hidden cell can help: none is shown (planSuppression merges units first).
    expect(visibleCells(cells).size).toBe(0);
  });

  /**
   * The attacker of the issue: looks at the results filtered by every row
   * (broken down by column), by every column (broken down by row), and at
   * the margins, and then subtracts, again and again: whenever a row or
   * column has one unknown cell left, its total minus the known cells gives
   * it away. No cell under the threshold may ever become known.
   */
  function attack(
    cells: TableCell[],
    visible: Set<string>,
  ): Map<string, number> {
    const known = new Map<string, number>();
    for (const cell of cells)
      if (visible.has(cellKey(cell.row, cell.column)))
        known.set(cellKey(cell.row, cell.column), cell.count);
    const lineTotals = (pick: (c: TableCell) => string) => {
      const totals = new Map<string, { total: number; cells: TableCell[] }>();
      for (const cell of cells) {
        const entry = totals.get(pick(cell)) ?? { total: 0, cells: [] };
        entry.total += cell.count;
        entry.cells.push(cell);
        totals.set(pick(cell), entry);
      }
      return [...totals.values()];
    };
    const lines = [
      ...lineTotals((c) => `r:${c.row}`),
      ...lineTotals((c) => `c:${c.column}`),
    ];
    let progress = true;
    while (progress) {
      progress = false;
      for (const line of lines) {
        const unknown = line.cells.filter(
          (c) => !known.has(cellKey(c.row, c.column)),
        );
        if (unknown.length !== 1) continue;
        const sumKnown = line.cells
          .filter((c) => known.has(cellKey(c.row, c.column)))
          .reduce((s, c) => s + known.get(cellKey(c.row, c.column))!, 0);
        known.set(
          cellKey(unknown[0]!.row, unknown[0]!.column),
          line.total - sumKnown,
        );
        progress = true;
      }
    }
    return known;
  }

  it('gives a differencing attacker across both filters and the margins no cell under the threshold', () => {
    const arbitraryTable = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(
          fc.array(fc.nat(15), { minLength: columns, maxLength: columns }),
          { minLength: rows, maxLength: rows },
        ),
      )
      .map((matrix) =>
        matrix.flatMap((row, r) =>
          row.map((count, c) => ({ row: `r${r}`, column: `c${c}`, count })),
        ),
      );
    const totalsOf = (cells: TableCell[], pick: (c: TableCell) => string) => {
      const totals = new Map<string, number>();
      for (const c of cells)
        totals.set(pick(c), (totals.get(pick(c)) ?? 0) + c.count);
      return [...totals.values()];
    };
    fc.assert(
      fc.property(arbitraryTable, (cells) => {
        // Rows and columns are reporting units: each at least the threshold.
        fc.pre(
          [
            ...totalsOf(cells, (c) => c.row),
            ...totalsOf(cells, (c) => c.column),
          ].every((t) => t >= 5),
        );
        const visible = visibleCells(cells);
        const known = attack(cells, visible);
        for (const cell of cells) {
          const value = known.get(cellKey(cell.row, cell.column));
          if (value !== undefined && value > 0)
            expect(value).toBeGreaterThanOrEqual(5);
          if (value !== undefined) expect(value).toBe(cell.count);
        }
      }),
      { numRuns: 500 },
    );
  });
});
