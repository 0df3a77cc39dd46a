import type { QuestionResult, QuestionStats } from '../data-access/results-api';
import { bars, difference, exportFileName, rankBars } from './results-format';

const stats = (overrides: Partial<QuestionStats> = {}): QuestionStats => ({
  answered: 8,
  distribution: [],
  mean: null,
  agreePercentage: null,
  enps: null,
  meanRanks: [],
  ...overrides,
});

const question = (overrides: Partial<QuestionResult> = {}): QuestionResult => ({
  key: 'q1',
  kind: 'AGREEMENT_5',
  text: { nl: 'Vraag', en: 'Question' },
  options: [],
  overall: null,
  previous: null,
  byUnit: [],
  texts: [],
  ...overrides,
});

describe('result charts', () => {
  it('shows every agreement step, with 0 for the ones nobody chose', () => {
    const result = bars(
      question(),
      stats({
        distribution: [
          { value: '4', count: 6 },
          { value: '5', count: 2 },
        ],
      }),
    );
    expect(result.map((b) => [b.value, b.count, b.percentage])).toEqual([
      ['1', 0, 0],
      ['2', 0, 0],
      ['3', 0, 0],
      ['4', 6, 75],
      ['5', 2, 25],
    ]);
  });

  it('orders choice bars as the options and ranks best first', () => {
    const choice = question({
      kind: 'RANKING',
      options: [
        { key: 'a', label: { nl: 'A', en: 'A' } },
        { key: 'b', label: { nl: 'B', en: 'B' } },
        { key: 'c', label: { nl: 'C', en: 'C' } },
      ],
    });
    expect(bars(choice, stats()).map((b) => b.value)).toEqual(['a', 'b', 'c']);
    expect(
      rankBars(
        choice,
        stats({
          meanRanks: [
            { option: 'b', meanRank: 3 },
            { option: 'a', meanRank: 1 },
          ],
        }),
      ),
    ).toEqual([
      { option: 'a', meanRank: 1, percentage: 100 },
      { option: 'b', meanRank: 3, percentage: 0 },
    ]);
  });

  it('signs the change from the previous run', () => {
    expect(difference(3.8, 3.5)).toBe('+0.3');
    expect(difference(40, 45)).toBe('-5');
    expect(difference(null, 3)).toBeNull();
    expect(difference(3, undefined)).toBeNull();
  });

  it('names an export after the survey', () => {
    expect(exportFileName('Pulsmeting Zorg – café', 'csv')).toBe(
      'pulsmeting-zorg-cafe-resultaten.csv',
    );
    expect(exportFileName('***', 'xlsx')).toBe('vragenlijst-resultaten.xlsx');
  });
});
