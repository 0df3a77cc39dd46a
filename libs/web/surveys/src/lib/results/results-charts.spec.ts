import type {
  QuestionResult,
  QuestionStats,
  SurveyResults,
} from '../data-access/results-api';
import { questionResult } from '../testing/fixtures';
import {
  distributionChart,
  heatmapCharts,
  trendCharts,
  type ChartTexts,
} from './results-charts';

const texts: ChartTexts = {
  questionText: (q) => q.text.nl,
  valueLabel: (q, value) =>
    q.options.find((o) => o.key === value)?.label.nl ?? `stap ${value}`,
  distributionTitle: (n) => `Vraag ${n}`,
  answer: 'Antwoord',
  share: 'Aandeel',
  heatmapTitle: (r) => `Gemiddelde ${r.min}–${r.max}`,
  question: 'Vraag',
  everyone: 'Iedereen',
  withheld: 'afgeschermd',
  noFigure: 'geen cijfer',
  trendTitle: (r) => `Trend ${r.min}–${r.max}`,
  runHeader: 'Ronde',
  run: (run, running) => `Ronde ${run}${running ? ' (loopt)' : ''}`,
};

const stats = (
  mean: number | null,
  distribution: { value: string; count: number }[] = [],
): QuestionStats => ({
  answered: distribution.reduce((s, d) => s + d.count, 0) || 6,
  distribution,
  mean,
  agreePercentage: null,
  enps: null,
  meanRanks: [],
});

function results(overrides: Partial<SurveyResults>): SurveyResults {
  return {
    surveyId: 'sv',
    title: 'Peiling',
    threshold: 5,
    invited: 20,
    respondents: 12,
    responseRate: 60,
    reportBy: 'DEPARTMENT',
    breakdown: 'DEPARTMENT',
    breakdownShown: true,
    waitingForRelease: 0,
    nextReleaseAt: null,
    hiddenGroups: 0,
    previousRunId: null,
    filter: null,
    filterOptions: [],
    units: [],
    questions: [],
    trend: [],
    ...overrides,
  };
}

describe('survey result charts', () => {
  it("draws a choice question's answers with their labels, never their keys, as shares of those who answered", () => {
    const question: QuestionResult = questionResult({
      kind: 'SINGLE_CHOICE',
      options: [
        { key: 'mail', label: { nl: 'Per e-mail', en: 'By e-mail' } },
        { key: 'meeting', label: { nl: 'Werkoverleg', en: 'Meeting' } },
      ],
    });
    const spec = distributionChart(
      question,
      stats(null, [
        { value: 'mail', count: 3 },
        { value: 'meeting', count: 1 },
      ]),
      2,
      texts,
    );
    expect(spec).toMatchObject({
      kind: 'bar',
      horizontal: true,
      unit: 'percent',
      title: 'Vraag 2',
      categories: ['Per e-mail', 'Werkoverleg'],
      series: [{ name: 'Aandeel', values: [75, 25] }],
    });
  });

  it('puts each scale in its own heatmap and marks withheld cells (and units without a cell) withheld, not empty', () => {
    const units = [
      { key: 'a', label: 'Afdeling A', depth: 0, respondents: 6, invited: 8 },
      { key: 'b', label: 'Afdeling B', depth: 0, respondents: 6, invited: 7 },
    ];
    const r = results({
      units,
      questions: [
        questionResult({
          key: 'mood',
          text: { nl: 'Sfeer', en: 'Mood' },
          overall: stats(3.5),
          byUnit: [
            { unitKey: 'a', withheld: false, summary: stats(4) },
            { unitKey: 'b', withheld: true, summary: null },
          ],
        }),
        questionResult({ key: 'remark', kind: 'LONG_TEXT' }),
        questionResult({
          key: 'enps',
          kind: 'SCALE_0_10',
          text: { nl: 'Aanbevelen', en: 'Recommend' },
          overall: null,
          byUnit: [{ unitKey: 'a', withheld: false, summary: stats(7) }],
        }),
      ],
    });
    const [agreement, scale] = heatmapCharts(r, texts);
    expect(agreement).toMatchObject({
      title: 'Gemiddelde 1–5',
      min: 1,
      max: 5,
      rows: ['1. Sfeer'],
      columns: ['Iedereen', 'Afdeling A', 'Afdeling B'],
      cells: [
        [{ value: 3.5 }, { value: 4 }, { value: null, suppressed: true }],
      ],
    });
    expect(scale).toMatchObject({
      min: 0,
      max: 10,
      rows: ['3. Aanbevelen'],
      cells: [
        [
          { value: null, suppressed: true },
          { value: 7 },
          { value: null, suppressed: true },
        ],
      ],
    });
    // No units in the view (running, or one unit alone): no heatmap.
    expect(heatmapCharts({ ...r, units: [] }, texts)).toEqual([]);
  });

  it('draws a line per scale question over the runs, with a gap where a run withholds the figure, and nothing for a single run', () => {
    const run = (n: number, mean: number | null, status = 'CLOSED') => ({
      surveyId: `r${n}`,
      run: n,
      status,
      closedAt: null,
      points: [
        {
          questionKey: 'mood',
          withheld: mean === null,
          summary:
            mean === null
              ? null
              : { answered: 6, mean, agreePercentage: null, enps: null },
        },
      ],
    });
    const r = results({
      questions: [
        questionResult({ key: 'mood', text: { nl: 'Sfeer', en: 'Mood' } }),
      ],
      trend: [run(1, 3.2), run(2, null), run(3, 4, 'PUBLISHED')],
    });
    expect(trendCharts(r, texts)).toEqual([
      {
        kind: 'line',
        title: 'Trend 1–5',
        decimals: 1,
        min: 1,
        max: 5,
        categoryHeader: 'Ronde',
        categories: ['Ronde 1', 'Ronde 2', 'Ronde 3 (loopt)'],
        series: [{ name: '1. Sfeer', values: [3.2, null, 4] }],
        emptyLabel: 'afgeschermd',
      },
    ]);
    expect(trendCharts({ ...r, trend: [run(1, 3)] }, texts)).toEqual([]);
  });
});
