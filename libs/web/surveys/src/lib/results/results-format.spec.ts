import type { QuestionStats } from '../data-access/results-api';
import { questionResult } from '../testing/fixtures';
import {
  bars,
  difference,
  exportFileName,
  optionIndent,
  rankBars,
  releaseNotice,
} from './results-format';

const stats = (overrides: Partial<QuestionStats> = {}): QuestionStats => ({
  answered: 8,
  distribution: [],
  mean: null,
  agreePercentage: null,
  enps: null,
  meanRanks: [],
  ...overrides,
});

const question = questionResult;

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

describe('the release notice of a running survey', () => {
  const running = {
    waitingForRelease: 6,
    threshold: 5,
    nextReleaseAt: 10,
    reportBy: 'DEPARTMENT' as const,
    breakdownShown: false,
  };

  it('says how many answers wait, why, when the next group comes and that units come after the close', () => {
    expect(releaseNotice(running)).toEqual([
      { key: 'surveyAnonymity.results.waitingMany', params: { count: 6 } },
      {
        key: 'surveyAnonymity.results.releaseRule',
        params: { threshold: 5, next: 10 },
      },
      { key: 'surveyAnonymity.results.unitsAfterClose.DEPARTMENT' },
    ]);
  });

  it('says "1 antwoord" in the singular and nothing about waiting when none wait', () => {
    expect(releaseNotice({ ...running, waitingForRelease: 1 })[0]).toEqual({
      key: 'surveyAnonymity.results.waitingOne',
    });
    expect(
      releaseNotice({ ...running, waitingForRelease: 0 }).map((s) => s.key),
    ).toEqual([
      'surveyAnonymity.results.releaseRule',
      'surveyAnonymity.results.unitsAfterClose.DEPARTMENT',
    ]);
  });

  it('names the survey’s own dimension', () => {
    expect(releaseNotice({ ...running, reportBy: 'LOCATION' })[2]?.key).toBe(
      'surveyAnonymity.results.unitsAfterClose.LOCATION',
    );
  });

  it('says nothing once the survey is closed', () => {
    expect(
      releaseNotice({
        ...running,
        waitingForRelease: 0,
        nextReleaseAt: null,
        breakdownShown: true,
      }),
    ).toEqual([]);
  });

  it('indents a unit by its depth in the department tree', () => {
    expect(optionIndent(0)).toBe('');
    expect(optionIndent(2)).toBe('\u00a0'.repeat(4));
  });
});
