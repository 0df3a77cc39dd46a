import { Question } from './definition';

/**
 * What was answered to one question by one group, as counts: how many
 * answered, and per value how often (agreement and scale: the number as text;
 * single and multiple choice: the option key; ranking: `option@position`,
 * positions from 1). Computed in the database, summarised here.
 */
export interface AnswerCounts {
  answered: number;
  counts: ReadonlyMap<string, number>;
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface QuestionSummary {
  answered: number;
  /** Every possible value in order (scale values, options), with how often it was given. */
  distribution: ValueCount[];
  /** Agreement and scale questions. */
  mean: number | null;
  /** Agreement: share answering 4 or 5, in percent. */
  agreePercentage: number | null;
  /** Scale 0–10: promoters (9–10) minus detractors (0–6), in percentage points. */
  enps: number | null;
  /** Ranking: the mean position of each option, best first. */
  meanRanks: { option: string; meanRank: number }[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The summary of one question's answers in one group (the group must be shown: see the suppression module). */
export function summarise(
  question: Question,
  { answered, counts }: AnswerCounts,
): QuestionSummary {
  const get = (value: string) => counts.get(value) ?? 0;
  const summary: QuestionSummary = {
    answered,
    distribution: [],
    mean: null,
    agreePercentage: null,
    enps: null,
    meanRanks: [],
  };
  switch (question.kind) {
    case 'AGREEMENT_5':
    case 'SCALE_0_10': {
      const values =
        question.kind === 'AGREEMENT_5'
          ? [1, 2, 3, 4, 5]
          : Array.from({ length: 11 }, (_, i) => i);
      summary.distribution = values.map((v) => ({
        value: String(v),
        count: get(String(v)),
      }));
      if (answered > 0) {
        summary.mean = round1(
          values.reduce((sum, v) => sum + v * get(String(v)), 0) / answered,
        );
        if (question.kind === 'AGREEMENT_5')
          summary.agreePercentage = Math.round(
            ((get('4') + get('5')) / answered) * 100,
          );
        else {
          const promoters = get('9') + get('10');
          const detractors = values
            .filter((v) => v <= 6)
            .reduce((sum, v) => sum + get(String(v)), 0);
          summary.enps = Math.round(
            ((promoters - detractors) / answered) * 100,
          );
        }
      }
      return summary;
    }
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      summary.distribution = question.options.map((o) => ({
        value: o.key,
        count: get(o.key),
      }));
      return summary;
    case 'RANKING': {
      summary.meanRanks = question.options
        .map((o) => {
          let weighted = 0;
          for (
            let position = 1;
            position <= question.options.length;
            position++
          )
            weighted += position * get(`${o.key}@${position}`);
          return {
            option: o.key,
            meanRank: answered > 0 ? round1(weighted / answered) : 0,
          };
        })
        .sort(
          (a, b) => a.meanRank - b.meanRank || a.option.localeCompare(b.option),
        );
      summary.distribution = question.options.map((o) => ({
        value: o.key,
        count: get(`${o.key}@1`),
      }));
      return summary;
    }
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return summary;
  }
}

/** The counts of one answer, as `AnswerCounts` keys (for counting in memory, e.g. in tests and the benchmark check). */
export function countKeysOf(
  answer: { number: number } | { options: string[] } | { text: string },
  kind: Question['kind'],
): string[] {
  if ('number' in answer) return [String(answer.number)];
  if ('options' in answer)
    return kind === 'RANKING'
      ? answer.options.map((o, i) => `${o}@${i + 1}`)
      : answer.options;
  return [];
}
