import fc from 'fast-check';
import { effectiveThreshold, suppressSmallGroups } from './small-groups';

describe('suppressing small groups', () => {
  it('never goes below five, whatever is configured', () => {
    expect(effectiveThreshold(3)).toBe(5);
    expect(effectiveThreshold(null)).toBe(5);
    expect(effectiveThreshold(8)).toBe(8);
  });

  it('shows groups at the threshold and hides smaller ones among the others', () => {
    const result = suppressSmallGroups([
      { key: 'ICT', count: 12 },
      { key: 'HR', count: 6 },
      { key: 'Logistiek', count: 3 },
      { key: 'Inkoop', count: 2 },
    ]);
    expect(result).toEqual({
      shown: [
        { key: 'ICT', count: 12 },
        { key: 'HR', count: 6 },
      ],
      others: 5,
      total: 23,
      hiddenKeys: ['Inkoop', 'Logistiek'],
    });
  });

  it('hides the smallest shown group too when the others alone could be derived by subtraction', () => {
    const result = suppressSmallGroups([
      { key: 'ICT', count: 12 },
      { key: 'HR', count: 7 },
      { key: 'Logistiek', count: 2 },
    ]);
    // Showing ICT 12 and HR 7 with total 21 would reveal Logistiek = 2.
    expect(result.shown).toEqual([{ key: 'ICT', count: 12 }]);
    expect(result.others).toBe(9);
    expect(result.hiddenKeys).toEqual(['HR', 'Logistiek']);
  });

  it('shows nothing, not even the total, when everyone together is under the threshold', () => {
    expect(
      suppressSmallGroups([
        { key: 'A', count: 2 },
        { key: 'B', count: 2 },
      ]),
    ).toEqual({ shown: [], others: 0, total: null, hiddenKeys: ['A', 'B'] });
    expect(suppressSmallGroups([])).toEqual({
      shown: [],
      others: 0,
      total: 0,
      hiddenKeys: [],
    });
  });

  it('resists differencing: every number shown is a total of at least the threshold, and others is 0 or at least the threshold', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.record({
              key: fc.string({ minLength: 1, maxLength: 4 }),
              count: fc.nat(30),
            }),
            { maxLength: 12 },
          )
          .map((groups) => [
            ...new Map(groups.map((g) => [g.key, g])).values(),
          ]),
        fc.integer({ min: 0, max: 12 }),
        (groups, configured) => {
          const threshold = effectiveThreshold(configured);
          const result = suppressSmallGroups(groups, configured);
          for (const group of result.shown)
            expect(group.count).toBeGreaterThanOrEqual(threshold);
          expect(result.others === 0 || result.others >= threshold).toBe(true);
          const total = groups.reduce((sum, g) => sum + g.count, 0);
          if (result.total !== null) {
            expect(result.total).toBe(total);
            expect(
              result.shown.reduce((sum, g) => sum + g.count, 0) + result.others,
            ).toBe(total);
          } else {
            expect(total).toBeLessThan(threshold);
            expect(result.shown).toEqual([]);
          }
          // A hidden group is never alone among the others unless it reaches the threshold itself.
          const hiddenCounts = groups
            .filter((g) => result.hiddenKeys.includes(g.key))
            .map((g) => g.count);
          if (result.total !== null && hiddenCounts.length === 1)
            expect(hiddenCounts[0]).toBeGreaterThanOrEqual(threshold);
        },
      ),
    );
  });
});
