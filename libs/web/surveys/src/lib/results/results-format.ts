import type { TranslationKey, TranslationParams } from '@inspraak/web-core';
import type {
  QuestionResult,
  QuestionStats,
  SurveyResults,
} from '../data-access/results-api';

/** One bar of a distribution: its value, how many, and its share of those who answered (0–100, rounded). */
export interface Bar {
  value: string;
  count: number;
  percentage: number;
}

/** The distribution in the order of the question's answers, with every value present (0 where nobody chose it). */
export function bars(question: QuestionResult, stats: QuestionStats): Bar[] {
  const counts = new Map(stats.distribution.map((d) => [d.value, d.count]));
  const values =
    question.kind === 'AGREEMENT_5'
      ? ['1', '2', '3', '4', '5']
      : question.kind === 'SCALE_0_10'
        ? Array.from({ length: 11 }, (_, i) => String(i))
        : question.options.length
          ? question.options.map((o) => o.key)
          : stats.distribution.map((d) => d.value);
  return values.map((value) => {
    const count = counts.get(value) ?? 0;
    return {
      value,
      count,
      percentage:
        stats.answered > 0 ? Math.round((count / stats.answered) * 100) : 0,
    };
  });
}

/** Mean ranks, best (lowest) first, with a bar length where rank 1 is full and the last rank is empty. */
export function rankBars(
  question: QuestionResult,
  stats: QuestionStats,
): { option: string; meanRank: number; percentage: number }[] {
  const last = Math.max(question.options.length, 2);
  return [...stats.meanRanks]
    .sort((a, b) => a.meanRank - b.meanRank)
    .map((r) => ({
      option: r.option,
      meanRank: r.meanRank,
      percentage: Math.round(((last - r.meanRank) / (last - 1)) * 100),
    }));
}

export const isTextKind = (kind: string) =>
  kind === 'SHORT_TEXT' || kind === 'LONG_TEXT';

/** The change from the previous run, signed (`+0.3`, `-5`), or null when either side is missing. */
export function difference(
  now: number | null,
  before: number | null | undefined,
  digits = 1,
): string | null {
  if (now === null || before === null || before === undefined) return null;
  const delta = Number((now - before).toFixed(digits));
  return `${delta > 0 ? '+' : ''}${delta}`;
}

/** Response rate of one unit, as the API leaves it to the screen. */
export function unitRate(unit: SurveyResults['units'][number]): number | null {
  return unit.invited > 0
    ? Math.round((unit.respondents / unit.invited) * 100)
    : null;
}

/** A file name for an export: the survey's title, plain. */
export function exportFileName(title: string, extension: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'vragenlijst';
  return `${base}-resultaten.${extension}`;
}

/** One sentence to translate. */
export interface Sentence {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * What a running survey's results say about answers not yet in them: how
 * many wait for release and why (released in groups of at least the
 * threshold, the next once `nextReleaseAt` wait), and that units come after
 * the close. Empty once the survey is closed (`nextReleaseAt` null).
 */
export function releaseNotice(
  results: Pick<
    SurveyResults,
    | 'waitingForRelease'
    | 'threshold'
    | 'nextReleaseAt'
    | 'reportBy'
    | 'breakdownShown'
  >,
): Sentence[] {
  const { waitingForRelease: waiting, nextReleaseAt } = results;
  if (nextReleaseAt === null) return [];
  const sentences: Sentence[] = [];
  if (waiting === 1)
    sentences.push({ key: 'surveyAnonymity.results.waitingOne' });
  else if (waiting > 1)
    sentences.push({
      key: 'surveyAnonymity.results.waitingMany',
      params: { count: waiting },
    });
  sentences.push({
    key: 'surveyAnonymity.results.releaseRule',
    params: { threshold: results.threshold, next: nextReleaseAt },
  });
  if (!results.breakdownShown)
    sentences.push({
      key: `surveyAnonymity.results.unitsAfterClose.${results.reportBy}`,
    });
  return sentences;
}

/** Indentation of a unit in its department tree, for a `<select>`'s option (no styling there): two no-break spaces a level. */
export function optionIndent(depth: number): string {
  return '\u00a0\u00a0'.repeat(Math.max(0, depth));
}
