import type {
  BarChartSpec,
  HeatmapCell,
  HeatmapChartSpec,
  LineChartSpec,
} from '@inspraak/web-ui';
import type {
  QuestionResult,
  QuestionStats,
  SurveyResults,
} from '../data-access/results-api';
import { bars } from './results-format';

/**
 * The survey results as chart descriptions (`isp-chart`): the distribution
 * of each question, the question × unit heatmap of means and the trend of
 * the means over the survey's runs. Every figure is one the API publishes;
 * a figure it withholds stays withheld here (never drawn as 0 or left out
 * silently). Texts come translated from the page.
 */

/** The questions with a mean: a five-point agreement scale and a 0–10 scale, each drawn on its own range. */
export const SCALE_RANGES = {
  AGREEMENT_5: { min: 1, max: 5 },
  SCALE_0_10: { min: 0, max: 10 },
} as const;
export type ScaleKind = keyof typeof SCALE_RANGES;

export const isScaleKind = (kind: string): kind is ScaleKind =>
  kind in SCALE_RANGES;

/** The texts the charts need, already in the reader's language. */
export interface ChartTexts {
  /** A question's text in the reader's language. */
  questionText(question: QuestionResult): string;
  /** An answer's label: an agreement step, a scale number, an option's label (never its key). */
  valueLabel(question: QuestionResult, value: string): string;
  distributionTitle(number: number): string;
  answer: string;
  share: string;
  /** The heatmap's title for one scale (e.g. "Gemiddelde per vraag en afdeling, schaal 1–5"). */
  heatmapTitle(range: { min: number; max: number }): string;
  question: string;
  everyone: string;
  withheld: string;
  noFigure: string;
  trendTitle(range: { min: number; max: number }): string;
  runHeader: string;
  run(run: number, running: boolean): string;
}

/** A question's number on the page (1-based, in the order asked) and text: "3. Mijn werkdruk…". */
const numbered = (
  results: SurveyResults,
  question: QuestionResult,
  texts: ChartTexts,
) =>
  `${results.questions.indexOf(question) + 1}. ${texts.questionText(question)}`;

/** Horizontal bars: the share of those who answered that chose each answer, with its label. */
export function distributionChart(
  question: QuestionResult,
  stats: QuestionStats,
  number: number,
  texts: ChartTexts,
): BarChartSpec {
  const distribution = bars(question, stats);
  return {
    kind: 'bar',
    horizontal: true,
    unit: 'percent',
    title: texts.distributionTitle(number),
    categoryHeader: texts.answer,
    categories: distribution.map((bar) =>
      texts.valueLabel(question, bar.value),
    ),
    series: [
      { name: texts.share, values: distribution.map((bar) => bar.percentage) },
    ],
  };
}

/** The scale kinds asked in the survey, in the order first asked. */
function scaleKindsOf(questions: readonly QuestionResult[]): ScaleKind[] {
  const kinds: ScaleKind[] = [];
  for (const question of questions)
    if (isScaleKind(question.kind) && !kinds.includes(question.kind))
      kinds.push(question.kind);
  return kinds;
}

/**
 * One heatmap per scale: a row per scale question, a column for everyone and
 * one per unit the view shows, the mean in each cell. A cell the survey
 * withholds for anonymity is marked withheld; units hidden as a whole have
 * no column (the page says how many there are).
 */
export function heatmapCharts(
  results: SurveyResults,
  texts: ChartTexts,
): HeatmapChartSpec[] {
  if (results.units.length === 0) return [];
  return scaleKindsOf(results.questions).map((kind) => {
    const questions = results.questions.filter((q) => q.kind === kind);
    const range = SCALE_RANGES[kind];
    const mean = (summary: { mean: number | null } | null): HeatmapCell =>
      summary === null
        ? { value: null, suppressed: true }
        : summary.mean === null
          ? { value: null }
          : { value: summary.mean };
    return {
      kind: 'heatmap',
      title: texts.heatmapTitle(range),
      decimals: 1,
      ...range,
      rowHeader: texts.question,
      rows: questions.map((q) => numbered(results, q, texts)),
      columns: [texts.everyone, ...results.units.map((unit) => unit.label)],
      cells: questions.map((question) => [
        mean(question.overall),
        ...results.units.map((unit) => {
          const cell = question.byUnit.find((c) => c.unitKey === unit.key);
          return !cell || cell.withheld
            ? ({ value: null, suppressed: true } as const)
            : mean(cell.summary);
        }),
      ]),
      suppressedLabel: texts.withheld,
      emptyLabel: texts.noFigure,
    };
  });
}

/**
 * One line chart per scale over the survey's runs, a line per scale
 * question of this run: each point the mean that run itself publishes for
 * everyone; where a run withholds it the line has a gap, and the table says
 * "withheld". Nothing to draw with fewer than two runs.
 */
export function trendCharts(
  results: SurveyResults,
  texts: ChartTexts,
): LineChartSpec[] {
  if (results.trend.length < 2) return [];
  return scaleKindsOf(results.questions).map((kind) => {
    const questions = results.questions.filter((q) => q.kind === kind);
    return {
      kind: 'line',
      title: texts.trendTitle(SCALE_RANGES[kind]),
      decimals: 1,
      ...SCALE_RANGES[kind],
      categoryHeader: texts.runHeader,
      categories: results.trend.map((run) =>
        texts.run(run.run, run.status === 'PUBLISHED'),
      ),
      series: questions.map((question) => ({
        name: numbered(results, question, texts),
        values: results.trend.map((run) => {
          const point = run.points.find((p) => p.questionKey === question.key);
          return point && !point.withheld && point.summary
            ? point.summary.mean
            : null;
        }),
      })),
      emptyLabel: texts.withheld,
    };
  });
}
