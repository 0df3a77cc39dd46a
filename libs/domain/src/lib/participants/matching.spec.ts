import fc from 'fast-check';
import { ParticipantSnapshot, WAYS_OF_TAKING_PART } from './eligibility';
import {
  explainInDutch,
  explainInEnglish,
  MATCH_WEIGHTS,
  MatchExplanationPart,
  ParticipationNeed,
  rankParticipants,
  RankedParticipant,
  suggestTeam,
} from './matching';
import { aParticipant } from './participant.fixtures';

const TODAY = '2026-06-15';

function need(overrides: Partial<ParticipationNeed> = {}): ParticipationNeed {
  return {
    skills: [],
    themes: [],
    size: 3,
    wayOfTakingPart: 'WORKGROUP',
    ...overrides,
  };
}

function part<K extends MatchExplanationPart['kind']>(
  ranked: RankedParticipant,
  kind: K,
): Extract<MatchExplanationPart, { kind: K }> | undefined {
  return ranked.explanation.find(
    (candidate): candidate is Extract<MatchExplanationPart, { kind: K }> =>
      candidate.kind === kind,
  );
}

function only(result: ReturnType<typeof rankParticipants>): RankedParticipant {
  expect(result.ranked).toHaveLength(1);
  return result.ranked[0] as RankedParticipant;
}

describe('rankParticipants', () => {
  describe('eligibility', () => {
    it('never ranks someone ineligible, and lists them apart with reasons', () => {
      const candidates = [
        aParticipant({ id: 'ok' }),
        aParticipant({
          id: 'paused',
          status: 'PAUSED',
          pausedUntil: '2026-07-01',
        }),
        aParticipant({ id: 'no-agreement', agreement: null }),
        aParticipant({ id: 'no-consent', consents: ['SURVEY_PANEL'] }),
        aParticipant({ id: 'left', status: 'LEFT' }),
      ];
      const result = rankParticipants(candidates, need(), TODAY);
      expect(result.ranked.map((r) => r.participantId)).toEqual(['ok']);
      expect(result.ineligible).toEqual([
        { participantId: 'left', reasons: ['LEFT'] },
        { participantId: 'no-agreement', reasons: ['NO_AGREEMENT'] },
        { participantId: 'no-consent', reasons: ['NO_CONSENT_FOR_PURPOSE'] },
        { participantId: 'paused', reasons: ['PAUSED'] },
      ]);
    });

    it('checks consent for the way of taking part the need asks for', () => {
      const candidates = [aParticipant({ consents: ['SOUNDING_BOARD'] })];
      expect(
        rankParticipants(
          candidates,
          need({ wayOfTakingPart: 'SOUNDING_BOARD' }),
          TODAY,
        ).ranked,
      ).toHaveLength(1);
      expect(
        rankParticipants(
          candidates,
          need({ wayOfTakingPart: 'WORKGROUP' }),
          TODAY,
        ).ranked,
      ).toHaveLength(0);
    });

    it('returns empty lists for an empty pool', () => {
      expect(rankParticipants([], need(), TODAY)).toEqual({
        ranked: [],
        ineligible: [],
      });
    });
  });

  describe('score', () => {
    it('gives a perfect fit 100 on every part', () => {
      const perfect = aParticipant({
        skills: ['s1', 's2'],
        themes: ['t1'],
        hoursPerMonth: 8,
        preferredWays: ['WORKGROUP'],
        departmentId: 'dep-a',
        location: 'Zwolle',
      });
      const ranked = only(
        rankParticipants(
          [perfect],
          need({
            skills: ['s1', 's2'],
            themes: ['t1'],
            hoursPerMonth: 8,
            mustCoverDepartments: ['dep-a'],
            mustCoverLocations: ['Zwolle'],
          }),
          TODAY,
        ),
      );
      expect(ranked.score).toBe(100);
    });

    it('weighs skills most, then themes, hours, coverage and the preferred way', () => {
      const full = need({
        skills: ['s1'],
        themes: ['t1'],
        hoursPerMonth: 4,
        mustCoverDepartments: ['dep-a'],
      });
      const nothing = {
        skills: [],
        themes: [],
        hoursPerMonth: 0,
        preferredWays: [],
        departmentId: 'dep-other',
      };
      const scoreWith = (fields: Partial<ParticipantSnapshot>) =>
        only(
          rankParticipants(
            [aParticipant({ ...nothing, ...fields })],
            full,
            TODAY,
          ),
        ).score;

      expect(scoreWith({})).toBe(0);
      expect(scoreWith({ skills: ['s1'] })).toBe(MATCH_WEIGHTS.skills);
      expect(scoreWith({ themes: ['t1'] })).toBe(MATCH_WEIGHTS.themes);
      expect(scoreWith({ hoursPerMonth: 4 })).toBe(MATCH_WEIGHTS.hours);
      expect(scoreWith({ departmentId: 'dep-a' })).toBe(MATCH_WEIGHTS.coverage);
      expect(scoreWith({ preferredWays: ['WORKGROUP'] })).toBe(
        MATCH_WEIGHTS.preferredWay,
      );
      expect(MATCH_WEIGHTS.skills).toBeGreaterThan(MATCH_WEIGHTS.themes);
      expect(
        MATCH_WEIGHTS.skills +
          MATCH_WEIGHTS.themes +
          MATCH_WEIGHTS.hours +
          MATCH_WEIGHTS.coverage +
          MATCH_WEIGHTS.preferredWay,
      ).toBe(100);
    });

    it('scales the remaining parts up when the need leaves some out', () => {
      // Only skills (40) and the preferred way (10) apply: 3 of 4 skills is
      // 30 of 50 points, so 60.
      const ranked = only(
        rankParticipants(
          [aParticipant({ skills: ['a', 'b', 'c'], preferredWays: [] })],
          need({ skills: ['a', 'b', 'c', 'd'] }),
          TODAY,
        ),
      );
      expect(ranked.score).toBe(60);
    });

    it('gives partial credit for fewer hours than asked, full credit at or above', () => {
      const base = { preferredWays: [] as const };
      const withHours = (hoursPerMonth: number) =>
        only(
          rankParticipants(
            [aParticipant({ ...base, hoursPerMonth })],
            need({ hoursPerMonth: 4 }),
            TODAY,
          ),
        ).score;
      // Hours (15) and preferred way (10) apply: 2 of 4 hours = 7.5 of 25 = 30.
      expect(withHours(2)).toBe(30);
      expect(withHours(4)).toBe(60);
      expect(withHours(10)).toBe(60);
      expect(withHours(0)).toBe(0);
    });

    it('treats a wanted minimum of zero hours as met by anyone', () => {
      const ranked = only(
        rankParticipants(
          [aParticipant({ hoursPerMonth: 0, preferredWays: [] })],
          need({ hoursPerMonth: 0 }),
          TODAY,
        ),
      );
      expect(ranked.score).toBe(60);
    });

    it('splits the coverage points between departments and locations', () => {
      const ranked = only(
        rankParticipants(
          [
            aParticipant({
              departmentId: 'dep-a',
              location: 'Elders',
              preferredWays: [],
            }),
          ],
          need({
            mustCoverDepartments: ['dep-a'],
            mustCoverLocations: ['Zwolle'],
          }),
          TODAY,
        ),
      );
      // Coverage (15) and preferred way (10) apply; half the coverage: 7.5 of 25.
      expect(ranked.score).toBe(30);
    });

    it('ignores duplicate wanted skills and themes', () => {
      const ranked = only(
        rankParticipants(
          [aParticipant({ skills: ['a'], themes: ['x'] })],
          need({ skills: ['a', 'a', 'b'], themes: ['x', 'x'] }),
          TODAY,
        ),
      );
      expect(part(ranked, 'skills')).toMatchObject({ matched: 1, wanted: 2 });
      expect(part(ranked, 'themes')).toMatchObject({ matched: 1, wanted: 1 });
    });

    it('does not let bad hour data poison the score', () => {
      const result = rankParticipants(
        [
          aParticipant({ id: 'nan', hoursPerMonth: Number.NaN }),
          aParticipant({ id: 'negative', hoursPerMonth: -3 }),
        ],
        need({ hoursPerMonth: 4 }),
        TODAY,
      );
      for (const ranked of result.ranked) {
        expect(Number.isFinite(ranked.score)).toBe(true);
        expect(part(ranked, 'hours')?.available).toBe(0);
      }
    });
  });

  describe('order', () => {
    it('puts higher scores first and breaks ties by id', () => {
      const result = rankParticipants(
        [
          aParticipant({ id: 'c', skills: ['a'] }),
          aParticipant({ id: 'b', skills: [] }),
          aParticipant({ id: 'a', skills: [] }),
          aParticipant({ id: 'd', skills: ['a'] }),
        ],
        need({ skills: ['a'] }),
        TODAY,
      );
      expect(result.ranked.map((r) => r.participantId)).toEqual([
        'c',
        'd',
        'a',
        'b',
      ]);
    });

    it('orders ids by code unit, the same everywhere (not by locale)', () => {
      const result = rankParticipants(
        [
          aParticipant({ id: 'b' }),
          aParticipant({ id: 'B' }),
          aParticipant({ id: 'a' }),
        ],
        need(),
        TODAY,
      );
      expect(result.ranked.map((r) => r.participantId)).toEqual([
        'B',
        'a',
        'b',
      ]);
    });
  });

  describe('explanation', () => {
    it('explains each part with its values and points', () => {
      const ranked = only(
        rankParticipants(
          [
            aParticipant({
              skills: ['s1', 's2', 's3', 'other'],
              themes: ['t2'],
              hoursPerMonth: 6,
              departmentId: 'dep-logistiek',
              location: 'Zwolle',
              preferredWays: ['WORKGROUP'],
            }),
          ],
          need({
            skills: ['s1', 's2', 's3', 's4'],
            themes: ['t1', 't2'],
            hoursPerMonth: 4,
            mustCoverDepartments: ['dep-logistiek'],
            mustCoverLocations: ['Zwolle'],
          }),
          TODAY,
        ),
      );
      expect(ranked.explanation).toEqual([
        {
          kind: 'skills',
          matched: 3,
          wanted: 4,
          matchedSkillIds: ['s1', 's2', 's3'],
          points: 30,
        },
        {
          kind: 'themes',
          matched: 1,
          wanted: 2,
          matchedThemes: ['t2'],
          points: 10,
        },
        {
          kind: 'covers-department',
          departmentId: 'dep-logistiek',
          points: 7.5,
        },
        { kind: 'covers-location', location: 'Zwolle', points: 7.5 },
        { kind: 'hours', available: 6, wanted: 4, points: 15 },
        {
          kind: 'preferred-way',
          way: 'WORKGROUP',
          preferred: true,
          points: 10,
        },
      ]);
      expect(ranked.score).toBe(80);
    });

    it('leaves out skills and themes when none are wanted, and always shows hours', () => {
      const ranked = only(
        rankParticipants([aParticipant({ preferredWays: [] })], need(), TODAY),
      );
      expect(ranked.explanation).toEqual([
        { kind: 'hours', available: 4, wanted: null, points: 0 },
        {
          kind: 'preferred-way',
          way: 'WORKGROUP',
          preferred: false,
          points: 0,
        },
      ]);
    });

    it('has points that add up to the score', () => {
      fc.assert(
        fc.property(
          fc.subarray(['a', 'b', 'c', 'd', 'e']),
          fc.subarray(['a', 'b', 'c', 'd', 'e']),
          fc.integer({ min: 0, max: 20 }),
          fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
          fc.boolean(),
          (have, want, hours, wantedHours, cover) => {
            const ranked = only(
              rankParticipants(
                [aParticipant({ skills: have, hoursPerMonth: hours })],
                need({
                  skills: want,
                  hoursPerMonth: wantedHours,
                  mustCoverDepartments: cover ? ['dep-logistiek'] : undefined,
                }),
                TODAY,
              ),
            );
            const sum = ranked.explanation.reduce(
              (total, p) => total + p.points,
              0,
            );
            expect(Math.abs(sum - ranked.score)).toBeLessThanOrEqual(0.2);
            expect(ranked.score).toBeGreaterThanOrEqual(0);
            expect(ranked.score).toBeLessThanOrEqual(100);
          },
        ),
      );
    });
  });

  describe('input checks', () => {
    it.each([-1, 1.5, Number.NaN])('refuses a team size of %p', (size) => {
      expect(() => rankParticipants([], need({ size }), TODAY)).toThrow(
        RangeError,
      );
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
      'refuses %p hours',
      (hoursPerMonth) => {
        expect(() =>
          rankParticipants([], need({ hoursPerMonth }), TODAY),
        ).toThrow(RangeError);
      },
    );

    it('refuses a malformed today', () => {
      expect(() =>
        rankParticipants([aParticipant()], need(), '15-06-2026'),
      ).toThrow(RangeError);
    });
  });

  it('ranks a pool of 50,000 correctly', () => {
    // Timing is not asserted here (machines differ); see the note at the top
    // of matching.ts for how to measure it.
    const departments = Array.from({ length: 40 }, (_, i) => `dep-${i}`);
    const pool: ParticipantSnapshot[] = [];
    for (let i = 0; i < 50_000; i++) {
      pool.push(
        aParticipant({
          id: `p-${String(49_999 - i).padStart(5, '0')}`,
          departmentId: departments[i % 40] as string,
          location: `loc-${i % 7}`,
          skills: [`s${i % 11}`, `s${i % 13}`, `s${i % 17}`],
          themes: [`t${i % 5}`],
          hoursPerMonth: i % 9,
          preferredWays: [
            WAYS_OF_TAKING_PART[i % 4] as (typeof WAYS_OF_TAKING_PART)[number],
          ],
          status: i % 10 === 0 ? 'PAUSED' : 'ACTIVE',
          pausedUntil: i % 10 === 0 ? '2026-09-01' : null,
          consents: i % 25 === 1 ? [] : ['WORKGROUP'],
        }),
      );
    }
    const wanted = need({
      skills: ['s1', 's2', 's3'],
      themes: ['t1'],
      hoursPerMonth: 4,
      mustCoverDepartments: ['dep-3'],
      size: 10,
    });
    const result = rankParticipants(pool, wanted, TODAY);

    expect(result.ranked.length + result.ineligible.length).toBe(50_000);
    expect(result.ineligible).toHaveLength(5_000 + 2_000);
    const ineligibleIds = new Set(
      result.ineligible.map((c) => c.participantId),
    );
    expect(result.ranked.some((r) => ineligibleIds.has(r.participantId))).toBe(
      false,
    );
    const outOfOrder = result.ranked.filter((after, i) => {
      const before = result.ranked[i - 1];
      return (
        before !== undefined &&
        !(
          before.score > after.score ||
          (before.score === after.score &&
            before.participantId < after.participantId)
        )
      );
    });
    expect(outOfOrder).toEqual([]);
    const reversed = rankParticipants([...pool].reverse(), wanted, TODAY);
    expect(reversed.ranked.map((r) => r.participantId)).toEqual(
      result.ranked.map((r) => r.participantId),
    );
  });
});

describe('suggestTeam', () => {
  function ranked(
    id: string,
    score: number,
    departmentId = 'dep-x',
    location = 'Nergens',
  ): RankedParticipant {
    return {
      participantId: id,
      departmentId,
      location,
      score,
      explanation: [],
    };
  }

  it('takes the best scores when nothing must be covered', () => {
    const team = suggestTeam(
      [ranked('a', 90), ranked('b', 80), ranked('c', 70)],
      need({ size: 2 }),
    );
    expect(team.members.map((m) => [m.participantId, m.chosenFor])).toEqual([
      ['a', 'score'],
      ['b', 'score'],
    ]);
    expect(team.uncovered).toEqual([]);
  });

  it('covers must-cover departments and locations first, then fills on score', () => {
    const team = suggestTeam(
      [
        ranked('a', 90),
        ranked('b', 80),
        ranked('fin', 40, 'dep-fin'),
        ranked('zwolle', 30, 'dep-x', 'Zwolle'),
        ranked('c', 20),
      ],
      need({
        size: 3,
        mustCoverDepartments: ['dep-fin'],
        mustCoverLocations: ['Zwolle'],
      }),
    );
    expect(team.members.map((m) => [m.participantId, m.chosenFor])).toEqual([
      ['fin', 'coverage'],
      ['zwolle', 'coverage'],
      ['a', 'score'],
    ]);
    expect(team.uncovered).toEqual([]);
  });

  it('prefers one person covering two items over two people covering one each', () => {
    const team = suggestTeam(
      [
        ranked('fin-only', 90, 'dep-fin'),
        ranked('zwolle-only', 85, 'dep-x', 'Zwolle'),
        ranked('both', 50, 'dep-fin', 'Zwolle'),
        ranked('top', 80),
      ],
      need({
        size: 2,
        mustCoverDepartments: ['dep-fin'],
        mustCoverLocations: ['Zwolle'],
      }),
    );
    expect(team.members.map((m) => m.participantId)).toEqual([
      'both',
      'fin-only',
    ]);
    expect(team.uncovered).toEqual([]);
  });

  it('picks the better ranked of two people who cover the same', () => {
    const team = suggestTeam(
      [ranked('first', 70, 'dep-fin'), ranked('second', 60, 'dep-fin')],
      need({ size: 1, mustCoverDepartments: ['dep-fin'] }),
    );
    expect(team.members.map((m) => m.participantId)).toEqual(['first']);
  });

  it('reports what no one in the pool can cover', () => {
    const team = suggestTeam(
      [ranked('a', 90, 'dep-fin')],
      need({
        size: 3,
        mustCoverDepartments: ['dep-fin', 'dep-hr'],
        mustCoverLocations: ['Emmen'],
      }),
    );
    expect(team.members.map((m) => m.participantId)).toEqual(['a']);
    expect(team.uncovered).toEqual([
      { kind: 'department', departmentId: 'dep-hr' },
      { kind: 'location', location: 'Emmen' },
    ]);
  });

  it('reports what did not fit when the team is smaller than the must-cover list', () => {
    const team = suggestTeam(
      [ranked('fin', 90, 'dep-fin'), ranked('hr', 80, 'dep-hr')],
      need({ size: 1, mustCoverDepartments: ['dep-fin', 'dep-hr'] }),
    );
    expect(team.members.map((m) => m.participantId)).toEqual(['fin']);
    expect(team.uncovered).toEqual([
      { kind: 'department', departmentId: 'dep-hr' },
    ]);
  });

  it('returns an empty team for size 0 and everyone when the pool is small', () => {
    const pool = [ranked('a', 90, 'dep-fin'), ranked('b', 80)];
    expect(
      suggestTeam(pool, need({ size: 0, mustCoverDepartments: ['dep-fin'] })),
    ).toEqual({
      members: [],
      uncovered: [{ kind: 'department', departmentId: 'dep-fin' }],
    });
    expect(suggestTeam(pool, need({ size: 5 })).members).toHaveLength(2);
  });

  it('never picks anyone twice and never exceeds the size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.integer({ min: 0, max: 100 }),
            departmentId: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
            location: fc.constantFrom('L1', 'L2', 'L3'),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 10 }),
        fc.subarray(['d1', 'd2', 'd3', 'd4', 'd5']),
        fc.subarray(['L1', 'L2', 'L4']),
        (people, size, mustCoverDepartments, mustCoverLocations) => {
          const pool = people
            .map((p, i) => ranked(`p${i}`, p.score, p.departmentId, p.location))
            .sort((a, b) => b.score - a.score);
          const team = suggestTeam(
            pool,
            need({ size, mustCoverDepartments, mustCoverLocations }),
          );
          const ids = team.members.map((m) => m.participantId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(Math.min(size, pool.length));
          for (const item of team.uncovered) {
            const coveredInTeam = team.members.some((m) =>
              item.kind === 'department'
                ? m.departmentId === item.departmentId
                : m.location === item.location,
            );
            expect(coveredInTeam).toBe(false);
          }
          // Anything coverable is covered when seats are plentiful.
          if (size >= mustCoverDepartments.length + mustCoverLocations.length) {
            for (const item of team.uncovered) {
              const coverable = pool.some((m) =>
                item.kind === 'department'
                  ? m.departmentId === item.departmentId
                  : m.location === item.location,
              );
              expect(coverable).toBe(false);
            }
          }
        },
      ),
    );
  });
});

describe('explanation sentences', () => {
  const explanation: MatchExplanationPart[] = [
    {
      kind: 'skills',
      matched: 3,
      wanted: 4,
      matchedSkillIds: ['a', 'b', 'c'],
      points: 30,
    },
    { kind: 'covers-department', departmentId: 'dep-log', points: 15 },
    { kind: 'hours', available: 6, wanted: 4, points: 15 },
    { kind: 'preferred-way', way: 'WORKGROUP', preferred: false, points: 0 },
  ];

  it('reads in Dutch', () => {
    expect(
      explainInDutch(explanation, { departments: { 'dep-log': 'Logistiek' } }),
    ).toBe('heeft 3 van 4 vaardigheden, dekt Logistiek, 6 u/maand beschikbaar');
  });

  it('reads in English', () => {
    expect(
      explainInEnglish(explanation, {
        departments: { 'dep-log': 'Logistics' },
      }),
    ).toBe('has 3 of 4 skills, covers Logistics, 6 h/month free');
  });

  it('uses the singular for one wanted skill or theme', () => {
    const one: MatchExplanationPart[] = [
      {
        kind: 'skills',
        matched: 1,
        wanted: 1,
        matchedSkillIds: ['a'],
        points: 0,
      },
      { kind: 'themes', matched: 0, wanted: 1, matchedThemes: [], points: 0 },
    ];
    expect(explainInDutch(one)).toBe(
      'heeft 1 van 1 vaardigheid, deelt 0 van 1 thema',
    );
    expect(explainInEnglish(one)).toBe('has 1 of 1 skill, shares 0 of 1 theme');
  });

  it('names themes, locations, a shortfall in hours and a preferred way', () => {
    const more: MatchExplanationPart[] = [
      {
        kind: 'themes',
        matched: 2,
        wanted: 3,
        matchedThemes: ['x', 'y'],
        points: 0,
      },
      { kind: 'covers-location', location: 'Zwolle', points: 0 },
      { kind: 'hours', available: 2.5, wanted: 4, points: 0 },
      {
        kind: 'preferred-way',
        way: 'SOUNDING_BOARD',
        preferred: true,
        points: 0,
      },
    ];
    expect(explainInDutch(more)).toBe(
      "deelt 2 van 3 thema's, dekt locatie Zwolle, 2,5 u/maand beschikbaar (4 gevraagd), voorkeur voor klankbordgroep",
    );
    expect(explainInEnglish(more)).toBe(
      'shares 2 of 3 themes, covers location Zwolle, 2.5 h/month free (4 asked), prefers sounding board',
    );
  });

  it('falls back to the id for a department without a name', () => {
    const part: MatchExplanationPart[] = [
      { kind: 'covers-department', departmentId: 'dep-?', points: 0 },
    ];
    expect(explainInDutch(part)).toBe('dekt dep-?');
    expect(explainInEnglish(part, { departments: {} })).toBe('covers dep-?');
    expect(
      explainInEnglish(
        [{ kind: 'covers-department', departmentId: 'toString', points: 0 }],
        { departments: {} },
      ),
    ).toBe('covers toString');
  });

  it('has a phrase for every way of taking part', () => {
    for (const way of WAYS_OF_TAKING_PART) {
      const preferred: MatchExplanationPart[] = [
        { kind: 'preferred-way', way, preferred: true, points: 0 },
      ];
      expect(explainInDutch(preferred)).toMatch(/^voorkeur voor \S/);
      expect(explainInEnglish(preferred)).toMatch(/^prefers \S/);
    }
  });

  it('gives an empty sentence for an empty explanation', () => {
    expect(explainInDutch([])).toBe('');
    expect(explainInEnglish([])).toBe('');
  });
});
