import type { AnswerCounts } from '../surveys/statistics';
import { compareCodeUnits } from '../text/code-unit-order';
import { GroupNode, ReportingUnit, reportingUnits } from './reporting-units';
import { effectiveThreshold } from './small-groups';

/**
 * The one dimension a survey's results are broken down by, chosen before it
 * is published. Only one: two cross-cutting breakdowns (department and
 * location) let a reader intersect them — a unit of one dimension minus a
 * unit of another can be a single person — so a survey never publishes two.
 */
export type ReportingDimension = 'DEPARTMENT' | 'LOCATION' | 'CONTRACT_TYPE';
export const REPORTING_DIMENSIONS: readonly ReportingDimension[] = [
  'DEPARTMENT',
  'LOCATION',
  'CONTRACT_TYPE',
];

/**
 * A survey's reporting units, formed once at publication from its audience
 * (`count` of each group: the people invited directly in it), never from who
 * answered: so which units exist, what they are called and how many were
 * invited in each says nothing about who answered. Every unit holds at least
 * the threshold of invitees (small departments roll up into their parent,
 * the rest joins "others"); empty when the whole audience is smaller.
 */
export function audienceUnits(
  groups: readonly GroupNode[],
  configuredThreshold?: number | null,
): ReportingUnit[] {
  return reportingUnits(groups, configuredThreshold).filter(
    (unit) => unit.count > 0,
  );
}

/** What was counted in one reporting unit: everything released so far. */
export interface UnitCounts {
  unitKey: string;
  respondents: number;
  /** Per question key: how many answered it, and how often each value was given. */
  answers: Readonly<Record<string, AnswerCounts>>;
}

/** The figures of one group as published: a question's counts are null when hidden. */
export interface PublishedFigures {
  respondents: number;
  answers: Record<string, AnswerCounts | null>;
}

export interface PublishedUnit {
  unitKey: string;
  /** Invited in the unit (from the audience: at least the threshold). */
  invited: number;
  figures: PublishedFigures;
}

/** Everything that may ever be shown or exported about a survey at one moment. */
export interface SurveyPublication {
  threshold: number;
  /** Everyone; null while fewer than the threshold answered. */
  overall: PublishedFigures | null;
  /** Whether units are published: only once the survey is closed. */
  breakdownShown: boolean;
  /** Units shown, in the order of the units given; empty while the survey runs. */
  units: PublishedUnit[];
  /** Units not shown on their own (too few answered, or hidden with them), after close. */
  hiddenUnits: string[];
}

/**
 * Which units of one partition to hide for one count (respondents, or those
 * who answered one question): those under the threshold (zero included),
 * and those hidden anyway, and then the smallest others until the hidden
 * together hold zero or at least the threshold — so the total minus the
 * shown units never gives a group of 1 to threshold − 1.
 */
export function unitsToHide(
  counts: ReadonlyMap<string, number>,
  configuredThreshold?: number | null,
  hiddenAnyway: ReadonlySet<string> = new Set(),
): Set<string> {
  const threshold = effectiveThreshold(configuredThreshold);
  const hidden = new Set<string>();
  for (const [unit, count] of counts)
    if (count < threshold || hiddenAnyway.has(unit)) hidden.add(unit);
  const hiddenSum = () =>
    [...hidden].reduce((sum, unit) => sum + (counts.get(unit) ?? 0), 0);
  const candidates = [...counts]
    .filter(([unit]) => !hidden.has(unit))
    .sort(([a, m], [b, n]) => m - n || compareCodeUnits(a, b));
  for (let sum = hiddenSum(); sum > 0 && sum < threshold; ) {
    const next = candidates.shift();
    if (!next) break;
    hidden.add(next[0]);
    sum += next[1];
  }
  return hidden;
}

/**
 * The single rule for what a survey publishes — the results page, every
 * export, snapshots, comparisons with other runs and dashboards all show
 * this object and nothing else. It is a function of two things only:
 *
 * - while the survey runs: the totals over everyone of what was released
 *   so far (the inbox releases answers in groups of at least the
 *   threshold, see `SurveyInbox`), and
 * - once it is closed: the same totals per reporting unit of one fixed
 *   partition of the audience (`audienceUnits`), each unit at least the
 *   threshold of invitees.
 *
 * So every figure ever shown stays the same when two people of the same
 * unit swap their answers (and, while running, any two people): nothing
 * shown can tell them apart, in any combination of views, releases and
 * runs. A group smaller than the threshold is only ever seen as part of a
 * unit of at least the threshold. On top of that, a unit's figures appear
 * only when at least the threshold answered (per question: answered it),
 * with complementary suppression, so no published difference concerns
 * fewer than the threshold.
 */
export function publishSurvey(input: {
  /** The survey's reporting units (`audienceUnits`), `count` = invited. */
  units: readonly ReportingUnit[];
  /** Released answers per unit key (units without answers may be left out). */
  counts: readonly UnitCounts[];
  /** The questions, by key, in the order they are asked. */
  questionKeys: readonly string[];
  configuredThreshold?: number | null;
  closed: boolean;
}): SurveyPublication {
  const threshold = effectiveThreshold(input.configuredThreshold);
  const byUnit = new Map(input.counts.map((c) => [c.unitKey, c]));
  const respondentsOf = (unit: string) => byUnit.get(unit)?.respondents ?? 0;
  const answersOf = (unit: string, question: string) =>
    byUnit.get(unit)?.answers[question] ?? EMPTY;
  // Answers of groups outside the units (a unit dropped since) still count in the total.
  const known = new Set(input.units.map((u) => u.key));
  const outside = new Set(
    input.counts.map((c) => c.unitKey).filter((key) => !known.has(key)),
  );
  const allUnits = [...known, ...outside];
  const respondents = allUnits.reduce((s, u) => s + respondentsOf(u), 0);
  const nothing: SurveyPublication = {
    threshold,
    overall: null,
    breakdownShown: input.closed,
    units: [],
    hiddenUnits: input.closed ? input.units.map((u) => u.key) : [],
  };
  if (respondents < threshold) return nothing;

  const overallAnswers: Record<string, AnswerCounts | null> = {};
  for (const question of input.questionKeys) {
    const total = sumCounts(allUnits.map((u) => answersOf(u, question)));
    overallAnswers[question] = total.answered >= threshold ? total : null;
  }
  const overall = { respondents, answers: overallAnswers };
  if (!input.closed)
    return { ...nothing, overall, breakdownShown: false, hiddenUnits: [] };

  const hiddenForRespondents = unitsToHide(
    new Map(allUnits.map((u) => [u, respondentsOf(u)])),
    threshold,
    outside,
  );
  const hiddenPerQuestion = new Map(
    input.questionKeys.map((question) => [
      question,
      overallAnswers[question]
        ? unitsToHide(
            new Map(allUnits.map((u) => [u, answersOf(u, question).answered])),
            threshold,
            hiddenForRespondents,
          )
        : new Set(allUnits),
    ]),
  );
  const units: PublishedUnit[] = input.units
    .filter((unit) => !hiddenForRespondents.has(unit.key))
    .map((unit) => ({
      unitKey: unit.key,
      invited: unit.count,
      figures: {
        respondents: respondentsOf(unit.key),
        answers: Object.fromEntries(
          input.questionKeys.map((question) => [
            question,
            hiddenPerQuestion.get(question)!.has(unit.key)
              ? null
              : answersOf(unit.key, question),
          ]),
        ),
      },
    }));
  return {
    threshold,
    overall,
    breakdownShown: true,
    units,
    hiddenUnits: input.units
      .map((u) => u.key)
      .filter((key) => hiddenForRespondents.has(key)),
  };
}

const EMPTY: AnswerCounts = { answered: 0, counts: new Map() };

/** The counts of several groups together. */
export function sumCounts(parts: readonly AnswerCounts[]): AnswerCounts {
  const counts = new Map<string, number>();
  let answered = 0;
  for (const part of parts) {
    answered += part.answered;
    for (const [value, count] of part.counts)
      counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return { answered, counts };
}
