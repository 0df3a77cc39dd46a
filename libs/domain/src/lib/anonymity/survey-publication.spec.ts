import { OTHERS_UNIT } from './reporting-units';
import {
  audienceUnits,
  publishSurvey,
  sumCounts,
  UnitCounts,
  unitsToHide,
} from './survey-publication';

const counts = (entries: Record<string, number>) => ({
  answered: Object.values(entries).reduce((s, n) => s + n, 0),
  counts: new Map(Object.entries(entries)),
});

const unit = (
  unitKey: string,
  respondents: number,
  mood: Record<string, number>,
): UnitCounts => ({
  unitKey,
  respondents,
  answers: { mood: counts(mood) },
});

describe('unitsToHide', () => {
  it('hides units under the threshold, and the smallest others until the hidden hold zero or at least the threshold', () => {
    expect(
      [
        ...unitsToHide(
          new Map([
            ['a', 9],
            ['b', 7],
            ['c', 3],
          ]),
          5,
        ),
      ].sort(),
    ).toEqual(['b', 'c']);
    expect([
      ...unitsToHide(
        new Map([
          ['a', 9],
          ['b', 7],
          ['c', 6],
        ]),
        5,
      ),
    ]).toEqual([]);
    // Zero is under the threshold too, and hidden alone it says "nobody": allowed (a fact about a whole unit).
    expect([
      ...unitsToHide(
        new Map([
          ['a', 9],
          ['b', 0],
        ]),
        5,
      ),
    ]).toEqual(['b']);
    expect(
      [
        ...unitsToHide(
          new Map([
            ['a', 9],
            ['b', 2],
            ['c', 2],
          ]),
          5,
        ),
      ].sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(
      [
        ...unitsToHide(
          new Map([
            ['a', 9],
            ['b', 6],
          ]),
          5,
          new Set(['b']),
        ),
      ].sort(),
    ).toEqual(['b']);
  });
});

describe('audienceUnits', () => {
  it('forms units from the invited, rolling small departments into their parent', () => {
    const units = audienceUnits(
      [
        { key: 'logistiek', parentKey: null, count: 6 },
        { key: 'magazijn', parentKey: 'logistiek', count: 2 },
        { key: 'inkoop', parentKey: null, count: 7 },
        { key: 'juridisch', parentKey: null, count: 3 },
        { key: 'leeg', parentKey: null, count: 0 },
      ],
      5,
    );
    expect(units.map((u) => [u.key, u.groupKeys, u.count])).toEqual([
      [OTHERS_UNIT, ['inkoop', 'juridisch', 'leeg'], 10],
      ['logistiek', ['logistiek', 'magazijn'], 8],
    ]);
  });
});

describe('publishSurvey', () => {
  const units = [
    { key: 'a', groupKeys: ['a'], count: 12 },
    { key: 'b', groupKeys: ['b'], count: 10 },
    { key: 'c', groupKeys: ['c'], count: 8 },
  ];
  const released = [
    unit('a', 8, { '1': 2, '5': 6 }),
    unit('b', 6, { '3': 6 }),
    unit('c', 2, { '1': 2 }),
  ];

  it('publishes only overall figures while the survey runs', () => {
    const live = publishSurvey({
      units,
      counts: released,
      questionKeys: ['mood'],
      configuredThreshold: 5,
      closed: false,
    });
    expect(live.breakdownShown).toBe(false);
    expect(live.units).toEqual([]);
    expect(live.hiddenUnits).toEqual([]);
    expect(live.overall!.respondents).toBe(16);
    expect(live.overall!.answers['mood']).toEqual(
      counts({ '1': 4, '5': 6, '3': 6 }),
    );
  });

  it('after close, shows units with at least the threshold and hides a small one with the next smallest', () => {
    const closed = publishSurvey({
      units,
      counts: released,
      questionKeys: ['mood'],
      configuredThreshold: 5,
      closed: true,
    });
    expect(closed.breakdownShown).toBe(true);
    // c has 2: alone hidden it would be the total minus a and b; b (6) is hidden with it.
    expect(
      closed.units.map((u) => [u.unitKey, u.invited, u.figures.respondents]),
    ).toEqual([['a', 12, 8]]);
    expect(closed.hiddenUnits).toEqual(['b', 'c']);
  });

  it('hides a question in a unit where fewer than the threshold answered it, with complementary suppression', () => {
    const published = publishSurvey({
      units,
      counts: [
        {
          unitKey: 'a',
          respondents: 8,
          answers: { open: counts({ x: 3 }), mood: counts({ '4': 8 }) },
        },
        {
          unitKey: 'b',
          respondents: 7,
          answers: { open: counts({ y: 6 }), mood: counts({ '4': 7 }) },
        },
        {
          unitKey: 'c',
          respondents: 6,
          answers: { open: counts({ z: 6 }), mood: counts({ '4': 6 }) },
        },
      ],
      questionKeys: ['mood', 'open'],
      configuredThreshold: 5,
      closed: true,
    });
    const open = published.units.map((u) => [
      u.unitKey,
      u.figures.answers['open']?.answered ?? null,
    ]);
    // a (3) is hidden, and b (6; as small as c, first by key) with it: 9 together.
    expect(open).toEqual([
      ['a', null],
      ['b', null],
      ['c', 6],
    ]);
    expect(
      published.units.every((u) => u.figures.answers['mood'] !== null),
    ).toBe(true);
  });

  it('shows nothing at all under the threshold in total', () => {
    const published = publishSurvey({
      units,
      counts: [unit('a', 4, { '1': 4 })],
      questionKeys: ['mood'],
      configuredThreshold: 5,
      closed: true,
    });
    expect(published.overall).toBeNull();
    expect(published.units).toEqual([]);
  });

  it('counts answers of a group outside the units in the total, never on their own', () => {
    const published = publishSurvey({
      units,
      counts: [...released, unit('gone', 3, { '2': 3 })],
      questionKeys: ['mood'],
      configuredThreshold: 5,
      closed: true,
    });
    expect(published.overall!.respondents).toBe(19);
    expect(published.units.map((u) => u.unitKey)).not.toContain('gone');
  });

  it('sums counts of several groups', () => {
    expect(sumCounts([counts({ a: 1 }), counts({ a: 2, b: 1 })])).toEqual(
      counts({ a: 3, b: 1 }),
    );
  });
});
