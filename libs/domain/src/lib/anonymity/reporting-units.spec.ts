import fc from 'fast-check';
import { GroupNode, OTHERS_UNIT, reportingUnits } from './reporting-units';

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
