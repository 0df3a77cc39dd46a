import {
  MIN_POOL_FOR_REPRESENTATION_VERDICT,
  judgeRepresentation,
} from './representation';

describe('judgeRepresentation', () => {
  const departments = [
    { key: 'zorg', headcount: 60 },
    { key: 'ict', headcount: 20 },
    { key: 'hr', headcount: 20 },
  ];

  it('gives no verdict for an empty pool (was: every department "sufficiently represented")', () => {
    const result = judgeRepresentation(
      departments.map((d) => ({ ...d, participants: 0 })),
    );
    expect(result.poolSize).toBe(0);
    expect(result.enoughData).toBe(false);
    for (const row of result.departments)
      expect(row.verdict).toBe('NOT_ENOUGH_DATA');
  });

  it('gives no verdict while the pool is below the minimum size (was: all others flipped to under-represented once one person joined)', () => {
    const result = judgeRepresentation([
      { key: 'zorg', headcount: 60, participants: 1 },
      { key: 'ict', headcount: 20, participants: 0 },
      { key: 'hr', headcount: 20, participants: 0 },
    ]);
    expect(result.enoughData).toBe(false);
    expect(result.departments.map((d) => d.verdict)).toEqual([
      'NOT_ENOUGH_DATA',
      'NOT_ENOUGH_DATA',
      'NOT_ENOUGH_DATA',
    ]);
  });

  it('compares each share of the pool with its share of the headcount, with a tolerance', () => {
    const result = judgeRepresentation([
      { key: 'zorg', headcount: 60, participants: 12 }, // expects 12
      { key: 'ict', headcount: 20, participants: 2 }, // expects 4: half, not below half
      { key: 'hr', headcount: 20, participants: 6 }, // expects 4: 1.5×, at the border
    ]);
    expect(result.poolSize).toBe(20);
    expect(result.enoughData).toBe(true);
    const [zorg, ict, hr] = result.departments;
    expect(zorg).toMatchObject({
      verdict: 'BALANCED',
      poolShare: 0.6,
      headcountShare: 0.6,
      expected: 12,
    });
    expect(ict.verdict).toBe('BALANCED');
    expect(hr.verdict).toBe('BALANCED');
  });

  it('names under- and over-representation when a department is off by more than the tolerance and at least one whole person', () => {
    const result = judgeRepresentation([
      { key: 'zorg', headcount: 60, participants: 5 }, // expects 12
      { key: 'ict', headcount: 20, participants: 10 }, // expects 4
      { key: 'hr', headcount: 20, participants: 5 }, // expects 4
    ]);
    expect(result.departments.map((d) => d.verdict)).toEqual([
      'UNDER',
      'OVER',
      'BALANCED',
    ]);
  });

  it('does not call a small department under-represented for missing a fraction of a person', () => {
    const result = judgeRepresentation([
      {
        key: 'big',
        headcount: 990,
        participants: MIN_POOL_FOR_REPRESENTATION_VERDICT,
      },
      { key: 'tiny', headcount: 10, participants: 0 }, // expects 0.1
    ]);
    expect(result.departments[1].verdict).toBe('BALANCED');
  });

  it('gives departments without headcount no share and no verdict', () => {
    const result = judgeRepresentation([
      { key: 'a', headcount: 50, participants: 20 },
      { key: 'b', headcount: 0, participants: 0 },
    ]);
    expect(result.departments[1]).toMatchObject({
      verdict: 'NOT_ENOUGH_DATA',
      headcountShare: 0,
    });
  });
});
