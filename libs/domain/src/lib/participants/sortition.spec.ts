import fc from 'fast-check';
import { aParticipant } from './participant.fixtures';
import {
  drawSortition,
  eligibleSortitionPool,
  HeadcountRow,
  planStrata,
  SORTITION_ALGORITHM_VERSION,
  SortitionCandidate,
  SortitionInput,
  SortitionResult,
  StratumDimension,
  verifySortition,
} from './sortition';

function people(
  departmentId: string,
  count: number,
  extra: Partial<SortitionCandidate> = {},
): SortitionCandidate[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${departmentId}-${String(index).padStart(3, '0')}`,
    departmentId,
    location: 'Utrecht',
    contractType: 'VAST',
    ...extra,
  }));
}

function targets(
  plan: { key: string; target: number }[],
): Record<string, number> {
  return Object.fromEntries(
    plan.map((stratum) => [stratum.key, stratum.target]),
  );
}

const byDepartment: StratumDimension[] = ['department'];

describe('planStrata', () => {
  it('shares seats by directory headcount, not by who joined the pool', () => {
    const pool = [...people('A', 10), ...people('B', 50)];
    const headcount = [
      { departmentId: 'A', count: 80 },
      { departmentId: 'B', count: 20 },
    ];
    expect(targets(planStrata(pool, headcount, 10, byDepartment))).toEqual({
      '["A"]': 8,
      '["B"]': 2,
    });
  });

  it('gives the seats left after whole quotas to the largest remainders (Hamilton)', () => {
    const pool = [...people('A', 20), ...people('B', 20), ...people('C', 20)];
    const headcount = [
      { departmentId: 'A', count: 412 },
      { departmentId: 'B', count: 339 },
      { departmentId: 'C', count: 249 },
    ];
    const plan = planStrata(pool, headcount, 10, byDepartment);
    // Quotas 4.12, 3.39, 2.49: whole parts 4 + 3 + 2, the last seat to C.
    expect(plan.map((s) => [s.key, s.quota, s.target])).toEqual([
      ['["A"]', 4.12, 4],
      ['["B"]', 3.39, 3],
      ['["C"]', 2.49, 3],
    ]);
  });

  it('gives equal remainders to the strata in key order', () => {
    const pool = [...people('B', 5), ...people('A', 5)];
    const headcount = [
      { departmentId: 'B', count: 10 },
      { departmentId: 'A', count: 10 },
    ];
    expect(targets(planStrata(pool, headcount, 3, byDepartment))).toEqual({
      '["A"]': 2,
      '["B"]': 1,
    });
  });

  it('caps a stratum at its eligible people and shares the rest by headcount', () => {
    const pool = [...people('A', 1), ...people('B', 100), ...people('C', 100)];
    const headcount = [
      { departmentId: 'A', count: 50 },
      { departmentId: 'B', count: 30 },
      { departmentId: 'C', count: 20 },
    ];
    // A's quota 5 is capped at 1; the other 9 go 30:20 → 5.4 and 3.6 → 5 and 4.
    expect(targets(planStrata(pool, headcount, 10, byDepartment))).toEqual({
      '["A"]': 1,
      '["B"]': 5,
      '["C"]': 4,
    });
  });

  it('keeps redistributing while the extra seats saturate further strata', () => {
    const pool = [...people('A', 1), ...people('B', 3), ...people('C', 100)];
    const headcount = [
      { departmentId: 'A', count: 40 },
      { departmentId: 'B', count: 40 },
      { departmentId: 'C', count: 20 },
    ];
    // Round 1: A (4 ≥ 1) is full. Round 2: 9 seats 40:20 → B 6 ≥ 3 is full.
    // Round 3: C takes the remaining 5.
    expect(targets(planStrata(pool, headcount, 10, byDepartment))).toEqual({
      '["A"]': 1,
      '["B"]': 3,
      '["C"]': 6,
    });
  });

  it('draws everyone when fewer are eligible than seats asked', () => {
    const pool = [...people('A', 2), ...people('B', 1)];
    const headcount = [
      { departmentId: 'A', count: 1 },
      { departmentId: 'B', count: 99 },
    ];
    const plan = planStrata(pool, headcount, 10, byDepartment);
    expect(targets(plan)).toEqual({ '["A"]': 2, '["B"]': 1 });
    expect(plan.map((s) => s.quota)).toEqual([0.03, 2.97]);
  });

  it('lists strata without eligible people, with no seats', () => {
    const plan = planStrata(
      people('A', 5),
      [
        { departmentId: 'A', count: 10 },
        { departmentId: 'HR', count: 10 },
      ],
      4,
      byDepartment,
    );
    expect(plan).toEqual([
      {
        key: '["A"]',
        values: { department: 'A' },
        headcount: 10,
        eligible: 5,
        quota: 2,
        target: 4,
      },
      {
        key: '["HR"]',
        values: { department: 'HR' },
        headcount: 10,
        eligible: 0,
        quota: 2,
        target: 0,
      },
    ]);
  });

  it('seats people outside the directory figures only when the others are full', () => {
    const pool = [
      ...people('A', 2),
      ...people('NEW', 3),
      ...people('NEWER', 1),
    ];
    const headcount = [{ departmentId: 'A', count: 50 }];
    expect(targets(planStrata(pool, headcount, 2, byDepartment))).toEqual({
      '["A"]': 2,
      '["NEW"]': 0,
      '["NEWER"]': 0,
    });
    // Two seats left after A is full, shared 3:1 by eligible people.
    expect(targets(planStrata(pool, headcount, 4, byDepartment))).toEqual({
      '["A"]': 2,
      '["NEW"]': 2,
      '["NEWER"]': 0,
    });
  });

  it('shares by eligible people when there is no headcount at all', () => {
    const pool = [...people('A', 6), ...people('B', 2)];
    const plan = planStrata(pool, [], 4, byDepartment);
    expect(targets(plan)).toEqual({ '["A"]': 3, '["B"]': 1 });
    expect(plan.map((s) => s.quota)).toEqual([3, 1]);
  });

  it('stratifies by several dimensions and adds up headcount rows per stratum', () => {
    const pool = [
      ...people('A', 4, { location: 'Zwolle' }),
      ...people('A', 4, { location: 'Utrecht' }).map((p, i) => ({
        ...p,
        id: `A-utr-${i}`,
      })),
      ...people('B', 4, { location: 'Zwolle' }),
    ];
    const headcount: HeadcountRow[] = [
      {
        departmentId: 'A',
        location: 'Zwolle',
        contractType: 'VAST',
        count: 10,
      },
      {
        departmentId: 'A',
        location: 'Zwolle',
        contractType: 'TIJDELIJK',
        count: 10,
      },
      {
        departmentId: 'A',
        location: 'Utrecht',
        contractType: 'VAST',
        count: 20,
      },
      {
        departmentId: 'B',
        location: 'Zwolle',
        contractType: 'VAST',
        count: 40,
      },
    ];
    const plan = planStrata(pool, headcount, 4, ['department', 'location']);
    expect(plan.map((s) => [s.key, s.values, s.headcount, s.target])).toEqual([
      ['["A","Utrecht"]', { department: 'A', location: 'Utrecht' }, 20, 1],
      ['["A","Zwolle"]', { department: 'A', location: 'Zwolle' }, 20, 1],
      ['["B","Zwolle"]', { department: 'B', location: 'Zwolle' }, 40, 2],
    ]);
  });

  it('treats the whole pool as one stratum when stratifying by nothing', () => {
    const plan = planStrata(people('A', 3), [{ count: 100 }], 2, []);
    expect(plan).toEqual([
      {
        key: '[]',
        values: {},
        headcount: 100,
        eligible: 3,
        quota: 2,
        target: 2,
      },
    ]);
  });

  it('plans nothing for zero seats or an empty pool', () => {
    const headcount = [{ departmentId: 'A', count: 10 }];
    expect(
      targets(planStrata(people('A', 3), headcount, 0, byDepartment)),
    ).toEqual({
      '["A"]': 0,
    });
    expect(targets(planStrata([], headcount, 5, byDepartment))).toEqual({
      '["A"]': 0,
    });
  });

  describe('refuses', () => {
    it('a headcount row without a value for a stratified dimension', () => {
      expect(() =>
        planStrata(people('A', 1), [{ departmentId: 'A', count: 1 }], 1, [
          'location',
        ]),
      ).toThrow(/headcount row has no location/);
    });

    it('a dimension listed twice', () => {
      expect(() => planStrata([], [], 1, ['department', 'department'])).toThrow(
        RangeError,
      );
    });

    it('someone listed twice in the pool', () => {
      expect(() =>
        planStrata([...people('A', 1), ...people('A', 1)], [], 1, byDepartment),
      ).toThrow(/A-000 twice/);
    });

    it.each([-1, 1.5, Number.NaN])('%p seats', (n) => {
      expect(() => planStrata([], [], n, byDepartment)).toThrow(RangeError);
    });

    it('a negative or fractional headcount', () => {
      expect(() =>
        planStrata([], [{ departmentId: 'A', count: -1 }], 1, byDepartment),
      ).toThrow(RangeError);
      expect(() =>
        planStrata([], [{ departmentId: 'A', count: 0.5 }], 1, byDepartment),
      ).toThrow(RangeError);
    });
  });
});

describe('drawSortition', () => {
  const pool = [...people('A', 12), ...people('B', 6), ...people('C', 2)];
  const headcount = [
    { departmentId: 'A', count: 500 },
    { departmentId: 'B', count: 300 },
    { departmentId: 'C', count: 200 },
  ];
  const input: SortitionInput = {
    pool,
    headcount,
    seats: 5,
    reserves: 4,
    strataBy: byDepartment,
    seed: 'klankbordgroep-2026-06-15',
  };

  it('keeps its known result for a known input (bump the version if this changes)', () => {
    const result = drawSortition(input);
    expect(result.algorithmVersion).toBe(SORTITION_ALGORITHM_VERSION);
    expect(result.seed).toBe(input.seed);
    console.log(
      JSON.stringify({ seats: result.seats, reserves: result.reserves }),
    );
  });

  it('draws each stratum its target, in key order, and records the counts', () => {
    const result = drawSortition(input);
    expect(
      result.perStratum.map((s) => [
        s.key,
        s.headcount,
        s.eligible,
        s.target,
        s.drawn,
      ]),
    ).toEqual([
      ['["A"]', 500, 12, 3, 3],
      ['["B"]', 300, 6, 1, 1],
      ['["C"]', 200, 2, 1, 1],
    ]);
    expect(result.seats).toEqual(result.perStratum.flatMap((s) => s.seatIds));
    for (const stratum of result.perStratum) {
      const department = JSON.parse(stratum.key)[0];
      expect(
        stratum.seatIds.every((id) => id.startsWith(`${department}-`)),
      ).toBe(true);
      expect(
        stratum.reserveIds.every((id) => id.startsWith(`${department}-`)),
      ).toBe(true);
    }
  });

  it('draws reserves per stratum by headcount, from those not seated', () => {
    const result = drawSortition(input);
    // 4 reserves 5:3:2 → 2, 1.2, 0.8 → 2, 1, 1.
    expect(
      result.perStratum.map((s) => [s.reserveTarget, s.reservesDrawn]),
    ).toEqual([
      [2, 2],
      [1, 1],
      [1, 1],
    ]);
    expect(result.reserves).toEqual(
      result.perStratum.flatMap((s) => s.reserveIds),
    );
    expect(result.reserves.filter((id) => result.seats.includes(id))).toEqual(
      [],
    );
  });

  it('redistributes reserves a stratum has no one left for', () => {
    const result = drawSortition({ ...input, seats: 5, reserves: 6 });
    // C has 2 people, 1 seated: at most 1 reserve; its share goes to A and B.
    const c = result.perStratum.find((s) => s.key === '["C"]');
    expect(c?.reservesDrawn).toBe(1);
    expect(result.reserves).toHaveLength(6);
  });

  it('draws everyone left as reserve when more reserves are asked than people', () => {
    const result = drawSortition({ ...input, reserves: 100 });
    expect(result.reserves).toHaveLength(pool.length - 5);
    expect(new Set([...result.seats, ...result.reserves]).size).toBe(
      pool.length,
    );
  });

  it('gives the same seats however many reserves are asked', () => {
    const seats = drawSortition({ ...input, reserves: 0 }).seats;
    for (const reserves of [1, 4, 15, 100]) {
      expect(drawSortition({ ...input, reserves }).seats).toEqual(seats);
    }
  });

  it('does not let one stratum’s size change the draw in another', () => {
    const before = drawSortition(input);
    const after = drawSortition({
      ...input,
      pool: [...pool, ...people('D', 5)],
    });
    const seatsOf = (result: SortitionResult, key: string) =>
      result.perStratum.find((s) => s.key === key)?.seatIds;
    // A new stratum with no headcount gets no seat and leaves A, B and C alone.
    for (const key of ['["A"]', '["B"]', '["C"]']) {
      expect(seatsOf(after, key)).toEqual(seatsOf(before, key));
    }
  });

  it('keeps only what the draw needs from a participant', () => {
    const { pool: eligiblePool, excluded } = eligibleSortitionPool(
      [
        aParticipant({ id: 'in', skills: ['secret'] }),
        aParticipant({ id: 'out', consents: ['WORKGROUP'] }),
      ],
      'SOUNDING_BOARD',
      '2026-06-15',
    );
    expect(eligiblePool).toEqual([
      {
        id: 'in',
        departmentId: 'dep-logistiek',
        location: 'Utrecht',
        contractType: 'VAST',
      },
    ]);
    expect(excluded).toEqual([
      { participantId: 'out', reasons: ['NO_CONSENT_FOR_PURPOSE'] },
    ]);
  });

  describe('refuses', () => {
    it('an empty seed', () => {
      expect(() => drawSortition({ ...input, seed: '' })).toThrow(RangeError);
    });

    it.each([
      ['seats', -1],
      ['seats', 2.5],
      ['reserves', -1],
      ['reserves', Number.POSITIVE_INFINITY],
    ] as const)('%s = %p', (field, value) => {
      expect(() => drawSortition({ ...input, [field]: value })).toThrow(
        RangeError,
      );
    });
  });
});

describe('verifySortition', () => {
  const input: SortitionInput = {
    pool: [...people('A', 8), ...people('B', 8)],
    headcount: [
      { departmentId: 'A', count: 60 },
      { departmentId: 'B', count: 40 },
    ],
    seats: 5,
    reserves: 3,
    strataBy: byDepartment,
    seed: 'verify-me',
  };
  const recorded = drawSortition(input);
  const outsider = input.pool.find(
    (p) => !recorded.seats.includes(p.id) && !recorded.reserves.includes(p.id),
  )?.id as string;

  it('confirms an untouched result', () => {
    expect(verifySortition(input, recorded)).toEqual({
      matches: true,
      mismatches: [],
    });
  });

  it('confirms a result that went through jsonb, which reorders object keys', () => {
    const reordered = JSON.parse(
      JSON.stringify(recorded),
      (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value as object).reverse())
          : value,
    ) as SortitionResult;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(recorded)[0]);
    expect(verifySortition(input, reordered).matches).toBe(true);
  });

  it('confirms a result recomputed from the pool in another order', () => {
    expect(
      verifySortition({ ...input, pool: [...input.pool].reverse() }, recorded)
        .matches,
    ).toBe(true);
  });

  it('detects a seat given to someone else', () => {
    const seats = [outsider, ...recorded.seats.slice(1)];
    expect(verifySortition(input, { ...recorded, seats }).mismatches).toEqual([
      'seats',
    ]);
  });

  it('detects seats in another order, a dropped seat and a swapped reserve', () => {
    expect(
      verifySortition(input, {
        ...recorded,
        seats: [...recorded.seats].reverse(),
      }).matches,
    ).toBe(false);
    expect(
      verifySortition(input, { ...recorded, seats: recorded.seats.slice(1) })
        .mismatches,
    ).toEqual(['seats']);
    expect(
      verifySortition(input, {
        ...recorded,
        reserves: [outsider, ...recorded.reserves.slice(1)],
      }).mismatches,
    ).toEqual(['reserves']);
  });

  it('detects edited stratum figures', () => {
    const perStratum = recorded.perStratum.map((s, i) =>
      i === 0 ? { ...s, headcount: s.headcount + 1 } : s,
    );
    expect(
      verifySortition(input, { ...recorded, perStratum }).mismatches,
    ).toEqual(['perStratum']);
  });

  it('detects a different seed or algorithm version', () => {
    expect(
      verifySortition(input, { ...recorded, seed: 'other' }).mismatches,
    ).toEqual(['seed']);
    expect(
      verifySortition(input, {
        ...recorded,
        algorithmVersion: 'inspraak-sortition-0',
      }).mismatches,
    ).toEqual(['algorithmVersion']);
  });

  it('detects a result that belongs to other input', () => {
    expect(
      verifySortition({ ...input, seed: 'verify-me-too' }, recorded).matches,
    ).toBe(false);
    expect(verifySortition({ ...input, seats: 6 }, recorded).matches).toBe(
      false,
    );
  });
});

describe('fair draw properties', () => {
  const DEPARTMENTS = ['d1', 'd2', 'd3', 'd4'];
  const LOCATIONS = ['L1', 'L2'];
  const CONTRACTS = ['VAST', 'TIJDELIJK'];

  const drawInput: fc.Arbitrary<SortitionInput> = fc
    .record({
      members: fc.array(
        fc.record({
          departmentId: fc.constantFrom(...DEPARTMENTS),
          location: fc.constantFrom(...LOCATIONS),
          contractType: fc.constantFrom(...CONTRACTS),
        }),
        { maxLength: 60 },
      ),
      counts: fc.array(fc.nat(100), {
        minLength: DEPARTMENTS.length * LOCATIONS.length * CONTRACTS.length,
        maxLength: DEPARTMENTS.length * LOCATIONS.length * CONTRACTS.length,
      }),
      seats: fc.nat(30),
      reserves: fc.nat(10),
      strataBy: fc.shuffledSubarray<StratumDimension>([
        'department',
        'location',
        'contractType',
      ]),
      seed: fc.string({ minLength: 1, maxLength: 20 }),
    })
    .map(({ members, counts, seats, reserves, strataBy, seed }) => {
      const headcount: HeadcountRow[] = [];
      for (const departmentId of DEPARTMENTS) {
        for (const location of LOCATIONS) {
          for (const contractType of CONTRACTS) {
            headcount.push({
              departmentId,
              location,
              contractType,
              count: counts[headcount.length] as number,
            });
          }
        }
      }
      const pool = members.map((member, index) => ({
        id: `p${index}`,
        ...member,
      }));
      return { pool, headcount, seats, reserves, strataBy, seed };
    });

  it('gives the same result for the same seed and pool in any order', () => {
    fc.assert(
      fc.property(
        drawInput.chain((input) =>
          fc
            .shuffledSubarray([...input.pool], {
              minLength: input.pool.length,
              maxLength: input.pool.length,
            })
            .map((shuffled) => [input, shuffled] as const),
        ),
        ([input, shuffled]) => {
          expect(drawSortition({ ...input, pool: shuffled })).toEqual(
            drawSortition(input),
          );
        },
      ),
    );
  });

  it('gives different results for different seeds', () => {
    const input: SortitionInput = {
      pool: [...people('A', 60), ...people('B', 40)],
      headcount: [
        { departmentId: 'A', count: 60 },
        { departmentId: 'B', count: 40 },
      ],
      seats: 10,
      reserves: 0,
      strataBy: byDepartment,
      seed: 'unused',
    };
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        (first, second) => {
          fc.pre(first !== second);
          // Same 10 seats in the same order by chance: about 1 in 10^17.
          expect(drawSortition({ ...input, seed: first }).seats).not.toEqual(
            drawSortition({ ...input, seed: second }).seats,
          );
        },
      ),
    );
  });

  it('fills min(seats, eligible) seats, each person at most once, from the pool', () => {
    fc.assert(
      fc.property(drawInput, (input) => {
        const result = drawSortition(input);
        const everyone = [...result.seats, ...result.reserves];
        expect(result.seats).toHaveLength(
          Math.min(input.seats, input.pool.length),
        );
        expect(result.reserves).toHaveLength(
          Math.min(input.reserves, input.pool.length - result.seats.length),
        );
        expect(new Set(everyone).size).toBe(everyone.length);
        const poolIds = new Set(input.pool.map((p) => p.id));
        expect(everyone.every((id) => poolIds.has(id))).toBe(true);
        for (const stratum of result.perStratum) {
          expect(stratum.drawn).toBe(stratum.target);
          expect(stratum.target + stratum.reserveTarget).toBeLessThanOrEqual(
            stratum.eligible,
          );
        }
      }),
    );
  });

  it('keeps every stratum within one seat of its exact quota when all have enough people', () => {
    fc.assert(
      fc.property(drawInput, (input) => {
        const plan = planStrata(
          input.pool,
          input.headcount,
          input.seats,
          input.strataBy,
        );
        const everyoneHasEnough = plan.every(
          (s) => s.eligible >= Math.ceil(s.quota),
        );
        for (const stratum of plan) {
          if (everyoneHasEnough) {
            expect(Math.abs(stratum.target - stratum.quota)).toBeLessThan(1);
          }
          // Redistribution only ever adds seats to a stratum that has people.
          if (stratum.eligible >= Math.ceil(stratum.quota)) {
            expect(stratum.target).toBeGreaterThanOrEqual(
              Math.floor(stratum.quota),
            );
          } else {
            expect(stratum.target).toBe(stratum.eligible);
          }
        }
      }),
    );
  });

  it('is confirmed by verify, and caught by verify after any tampering', () => {
    fc.assert(
      fc.property(drawInput, fc.nat(), (input, pick) => {
        const result = drawSortition(input);
        expect(verifySortition(input, result).matches).toBe(true);

        const outsiders = input.pool
          .map((p) => p.id)
          .filter((id) => !result.seats.includes(id));
        fc.pre(result.seats.length > 0 && outsiders.length > 0);
        const seats = [...result.seats];
        seats[pick % seats.length] = outsiders[
          pick % outsiders.length
        ] as string;
        expect(verifySortition(input, { ...result, seats }).matches).toBe(
          false,
        );
      }),
    );
  });
});
