import {
  answerValueLabel,
  CHOICE_KINDS,
  LIMITS,
  allQuestions,
  conditionValues,
  definitionProblems,
  type DefinitionProblem,
  type Question,
  type QuestionKind,
  type SurveyDefinition,
} from '@inspraak/domain';
import type {
  AudienceKind,
  ReportingDimension,
  SurveyInput,
  SurveyMode,
} from '@inspraak/shared';
import { isoToLocalDateTime, localDateTimeToIso } from '@inspraak/web-core';
import type { Survey, SurveySection } from '../data-access/surveys-api';

/**
 * The survey builder edits a plain, immutable draft held in a signal; every
 * change is one of the pure functions below, so the page stays thin and the
 * rules (stable keys, options per kind, conditions on earlier questions) are
 * tested without a browser.
 */
export interface OptionDraft {
  key: string;
  nl: string;
  en: string;
}

export interface ConditionDraft {
  questionKey: string;
  anyOf: string[];
}

export interface QuestionDraft {
  key: string;
  kind: QuestionKind;
  nl: string;
  en: string;
  required: boolean;
  options: OptionDraft[];
  condition: ConditionDraft | null;
}

export interface SectionDraft {
  key: string;
  nl: string;
  en: string;
  questions: QuestionDraft[];
}

export interface SurveyDraft {
  title: string;
  introduction: string;
  mode: SurveyMode;
  threshold: number;
  /** The one dimension results are broken down by (issue 13); fixed once published. */
  reportBy: ReportingDimension;
  audienceKind: AudienceKind;
  departmentIds: string[];
  includeSubDepartments: boolean;
  audienceTrajectoryId: string | null;
  /** Addresses as typed: one per line, or separated by commas or semicolons. */
  emails: string;
  /** `datetime-local` values (browser time zone); empty for none. */
  closesAt: string;
  remindAt: string;
  trajectoryId: string | null;
  sections: SectionDraft[];
}

export const SURVEY_MODES: readonly SurveyMode[] = [
  'ANONYMOUS',
  'CONFIDENTIAL',
  'IDENTIFIED',
];
export const REPORTING_DIMENSIONS: readonly ReportingDimension[] = [
  'DEPARTMENT',
  'LOCATION',
  'CONTRACT_TYPE',
];
export const AUDIENCE_KINDS: readonly AudienceKind[] = [
  'EVERYONE',
  'DEPARTMENTS',
  'TRAJECTORY',
  'LIST',
];
export const MIN_THRESHOLD = 5;
export const MAX_THRESHOLD = 100;
export const TITLE_MAX = 200;
export const INTRODUCTION_MAX = 5000;
export const TEXT_MAX = LIMITS.text;

export const hasOptions = (kind: QuestionKind): boolean =>
  CHOICE_KINDS.includes(kind);

/** The next free key `{prefix}{n}` (q1, q2 …): one past the highest number in use, so a removed key is never given again to another question. */
export function nextKey(prefix: string, used: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const key of used) {
    const match = pattern.exec(key);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

const questionKeys = (draft: SurveyDraft) =>
  draft.sections.flatMap((s) => s.questions.map((q) => q.key));

export function emptyDraft(): SurveyDraft {
  return {
    title: '',
    introduction: '',
    mode: 'ANONYMOUS',
    threshold: MIN_THRESHOLD,
    reportBy: 'DEPARTMENT',
    audienceKind: 'EVERYONE',
    departmentIds: [],
    includeSubDepartments: true,
    audienceTrajectoryId: null,
    emails: '',
    closesAt: '',
    remindAt: '',
    trajectoryId: null,
    sections: [],
  };
}

function sectionDrafts(sections: readonly SurveySection[]): SectionDraft[] {
  return sections.map((section) => ({
    key: section.key,
    nl: section.title.nl,
    en: section.title.en,
    questions: section.questions.map((q) => ({
      key: q.key,
      kind: q.kind as QuestionKind,
      nl: q.text.nl,
      en: q.text.en,
      required: q.required,
      options: q.options.map((o) => ({
        key: o.key,
        nl: o.label.nl,
        en: o.label.en,
      })),
      condition: q.condition
        ? {
            questionKey: q.condition.questionKey,
            anyOf: [...q.condition.anyOf],
          }
        : null,
    })),
  }));
}

export function draftFromSurvey(survey: Survey): SurveyDraft {
  return {
    title: survey.title,
    introduction: survey.introduction,
    mode: survey.mode,
    threshold: survey.threshold,
    reportBy: survey.reportBy,
    audienceKind: survey.audience.kind,
    departmentIds: [...survey.audience.departmentIds],
    includeSubDepartments: survey.audience.includeSubDepartments,
    audienceTrajectoryId: survey.audience.trajectoryId,
    emails: survey.audience.emails.join('\n'),
    closesAt: survey.closesAt ? isoToLocalDateTime(survey.closesAt) : '',
    remindAt: survey.remindAt ? isoToLocalDateTime(survey.remindAt) : '',
    trajectoryId: survey.trajectoryId,
    sections: sectionDrafts(survey.sections),
  };
}

/** Addresses typed into one field: separated by commas, semicolons, spaces or new lines. */
export function emailsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((e) => e.trim())
        .filter(Boolean),
    ),
  ];
}

export function definitionOf(draft: SurveyDraft): SurveyDefinition {
  return {
    sections: draft.sections.map((section) => ({
      key: section.key,
      title: { nl: section.nl, en: section.en },
      questions: section.questions.map(
        (q): Question => ({
          key: q.key,
          kind: q.kind,
          text: { nl: q.nl, en: q.en },
          required: q.required,
          options: hasOptions(q.kind)
            ? q.options.map((o) => ({
                key: o.key,
                label: { nl: o.nl, en: o.en },
              }))
            : [],
          condition: q.condition
            ? { questionKey: q.condition.questionKey, anyOf: q.condition.anyOf }
            : null,
        }),
      ),
    })),
  };
}

/** What the API gets; only the audience fields of the chosen kind are sent. */
export function surveyInputOf(draft: SurveyDraft): SurveyInput {
  const kind = draft.audienceKind;
  return {
    title: draft.title.trim(),
    introduction: draft.introduction.trim(),
    mode: draft.mode,
    threshold: draft.threshold,
    reportBy: draft.reportBy,
    audience: {
      kind,
      departmentIds: kind === 'DEPARTMENTS' ? draft.departmentIds : [],
      includeSubDepartments: draft.includeSubDepartments,
      trajectoryId: kind === 'TRAJECTORY' ? draft.audienceTrajectoryId : null,
      emails: kind === 'LIST' ? emailsOf(draft.emails) : [],
    },
    closesAt: localDateTimeToIso(draft.closesAt),
    remindAt: localDateTimeToIso(draft.remindAt),
    trajectoryId: draft.trajectoryId,
    sections: definitionOf(draft).sections,
  };
}

/** Problems the browser can see before asking the API, by the API's field paths. */
export function draftProblems(
  draft: SurveyDraft,
): Map<string, DefinitionProblem['reason'] | 'REQUIRED' | 'RANGE' | 'DATE'> {
  const problems = new Map<
    string,
    DefinitionProblem['reason'] | 'REQUIRED' | 'RANGE' | 'DATE'
  >();
  if (!draft.title.trim()) problems.set('title', 'REQUIRED');
  if (
    !Number.isInteger(draft.threshold) ||
    draft.threshold < MIN_THRESHOLD ||
    draft.threshold > MAX_THRESHOLD
  )
    problems.set('threshold', 'RANGE');
  for (const field of ['closesAt', 'remindAt'] as const)
    if (draft[field] && !localDateTimeToIso(draft[field]))
      problems.set(field, 'DATE');
  if (draft.audienceKind === 'DEPARTMENTS' && draft.departmentIds.length === 0)
    problems.set('audience.departmentIds', 'REQUIRED');
  if (draft.audienceKind === 'TRAJECTORY' && !draft.audienceTrajectoryId)
    problems.set('audience.trajectoryId', 'REQUIRED');
  if (draft.audienceKind === 'LIST' && emailsOf(draft.emails).length === 0)
    problems.set('audience.emails', 'REQUIRED');
  for (const problem of definitionProblems(definitionOf(draft)))
    if (problem.reason !== 'NO_QUESTIONS' && !problems.has(problem.path))
      problems.set(problem.path, problem.reason);
  return problems;
}

// --- Editing: every function returns a new draft. -------------------------

function withSections(
  draft: SurveyDraft,
  sections: SectionDraft[],
): SurveyDraft {
  return { ...draft, sections };
}

function withQuestion(
  draft: SurveyDraft,
  s: number,
  q: number,
  change: (question: QuestionDraft) => QuestionDraft,
): SurveyDraft {
  return withSections(
    draft,
    draft.sections.map((section, i) =>
      i !== s
        ? section
        : {
            ...section,
            questions: section.questions.map((question, j) =>
              j === q ? change(question) : question,
            ),
          },
    ),
  );
}

/** Moves the item at `index` by `delta` places; out of range leaves the list as it is. */
export function moveItem<T>(
  list: readonly T[],
  index: number,
  delta: number,
): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length)
    return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

export function addSection(draft: SurveyDraft): SurveyDraft {
  return withSections(draft, [
    ...draft.sections,
    {
      key: nextKey(
        's',
        draft.sections.map((s) => s.key),
      ),
      nl: '',
      en: '',
      questions: [],
    },
  ]);
}

export function updateSection(
  draft: SurveyDraft,
  s: number,
  change: Partial<Pick<SectionDraft, 'nl' | 'en'>>,
): SurveyDraft {
  return withSections(
    draft,
    draft.sections.map((section, i) =>
      i === s ? { ...section, ...change } : section,
    ),
  );
}

/** Removes a section; conditions that named its questions go too. */
export function removeSection(draft: SurveyDraft, s: number): SurveyDraft {
  const gone = new Set(draft.sections[s]?.questions.map((q) => q.key) ?? []);
  return dropConditionsOn(
    withSections(
      draft,
      draft.sections.filter((_, i) => i !== s),
    ),
    gone,
  );
}

export function moveSection(
  draft: SurveyDraft,
  s: number,
  delta: number,
): SurveyDraft {
  return withSections(draft, moveItem(draft.sections, s, delta));
}

function blankOptions(): OptionDraft[] {
  return [
    { key: 'o1', nl: '', en: '' },
    { key: 'o2', nl: '', en: '' },
  ];
}

export function addQuestion(
  draft: SurveyDraft,
  s: number,
  kind: QuestionKind = 'AGREEMENT_5',
): SurveyDraft {
  const key = nextKey('q', questionKeys(draft));
  return withSections(
    draft,
    draft.sections.map((section, i) =>
      i !== s
        ? section
        : {
            ...section,
            questions: [
              ...section.questions,
              {
                key,
                kind,
                nl: '',
                en: '',
                required: false,
                options: hasOptions(kind) ? blankOptions() : [],
                condition: null,
              },
            ],
          },
    ),
  );
}

export function updateQuestion(
  draft: SurveyDraft,
  s: number,
  q: number,
  change: Partial<Pick<QuestionDraft, 'nl' | 'en' | 'required'>>,
): SurveyDraft {
  return withQuestion(draft, s, q, (question) => ({ ...question, ...change }));
}

/**
 * Another kind: choice kinds get two blank options when they had none, other
 * kinds lose their options; conditions on this question that no longer fit
 * its answers are dropped.
 */
export function changeKind(
  draft: SurveyDraft,
  s: number,
  q: number,
  kind: QuestionKind,
): SurveyDraft {
  const question = draft.sections[s]?.questions[q];
  if (!question || question.kind === kind) return draft;
  const changed = withQuestion(draft, s, q, (current) => ({
    ...current,
    kind,
    options: hasOptions(kind)
      ? current.options.length
        ? current.options
        : blankOptions()
      : [],
  }));
  return dropConditionsOn(changed, new Set([question.key]), true);
}

/** Removes a question; conditions that named it go too. */
export function removeQuestion(
  draft: SurveyDraft,
  s: number,
  q: number,
): SurveyDraft {
  const key = draft.sections[s]?.questions[q]?.key;
  const without = withSections(
    draft,
    draft.sections.map((section, i) =>
      i !== s
        ? section
        : {
            ...section,
            questions: section.questions.filter((_, j) => j !== q),
          },
    ),
  );
  return key ? dropConditionsOn(without, new Set([key])) : without;
}

/**
 * Moves a question up or down within its section, or across into the
 * neighbouring section at its edge. A condition that would then point at a
 * later question is dropped (conditions only look back).
 */
export function moveQuestion(
  draft: SurveyDraft,
  s: number,
  q: number,
  delta: -1 | 1,
): SurveyDraft {
  const section = draft.sections[s];
  const question = section?.questions[q];
  if (!section || !question) return draft;
  const target = q + delta;
  let moved: SurveyDraft;
  if (target >= 0 && target < section.questions.length) {
    moved = withSections(
      draft,
      draft.sections.map((x, i) =>
        i === s ? { ...x, questions: moveItem(x.questions, q, delta) } : x,
      ),
    );
  } else {
    const neighbour = s + delta;
    if (neighbour < 0 || neighbour >= draft.sections.length) return draft;
    moved = withSections(
      draft,
      draft.sections.map((x, i) => {
        if (i === s)
          return { ...x, questions: x.questions.filter((_, j) => j !== q) };
        if (i === neighbour)
          return {
            ...x,
            questions:
              delta < 0
                ? [...x.questions, question]
                : [question, ...x.questions],
          };
        return x;
      }),
    );
  }
  return dropBackwardConditions(moved);
}

export function addOption(
  draft: SurveyDraft,
  s: number,
  q: number,
): SurveyDraft {
  return withQuestion(draft, s, q, (question) => ({
    ...question,
    options: [
      ...question.options,
      {
        key: nextKey(
          'o',
          question.options.map((o) => o.key),
        ),
        nl: '',
        en: '',
      },
    ],
  }));
}

export function updateOption(
  draft: SurveyDraft,
  s: number,
  q: number,
  o: number,
  change: Partial<Pick<OptionDraft, 'nl' | 'en'>>,
): SurveyDraft {
  return withQuestion(draft, s, q, (question) => ({
    ...question,
    options: question.options.map((option, i) =>
      i === o ? { ...option, ...change } : option,
    ),
  }));
}

/** Removes an option; conditions that named it lose that value (and go when none is left). */
export function removeOption(
  draft: SurveyDraft,
  s: number,
  q: number,
  o: number,
): SurveyDraft {
  const question = draft.sections[s]?.questions[q];
  const optionKey = question?.options[o]?.key;
  if (!question || optionKey === undefined) return draft;
  const changed = withQuestion(draft, s, q, (current) => ({
    ...current,
    options: current.options.filter((_, i) => i !== o),
  }));
  return mapQuestions(changed, (x) => {
    if (x.condition?.questionKey !== question.key) return x;
    const anyOf = x.condition.anyOf.filter((v) => v !== optionKey);
    return {
      ...x,
      condition: anyOf.length ? { ...x.condition, anyOf } : null,
    };
  });
}

export function moveOption(
  draft: SurveyDraft,
  s: number,
  q: number,
  o: number,
  delta: number,
): SurveyDraft {
  return withQuestion(draft, s, q, (question) => ({
    ...question,
    options: moveItem(question.options, o, delta),
  }));
}

export function setCondition(
  draft: SurveyDraft,
  s: number,
  q: number,
  condition: ConditionDraft | null,
): SurveyDraft {
  return withQuestion(draft, s, q, (question) => ({
    ...question,
    condition,
  }));
}

export interface ConditionSource {
  key: string;
  /** Its number in the whole survey, as the builder shows it. */
  number: number;
  nl: string;
  en: string;
  /** The answers a condition may name, with their labels. */
  values: { value: string; nl: string; en: string }[];
}

/** The earlier questions a condition on question (s, q) may look at: choice, agreement and 0–10 questions. */
export function conditionSources(
  draft: SurveyDraft,
  s: number,
  q: number,
): ConditionSource[] {
  const earlier = draft.sections
    .slice(0, s + 1)
    .flatMap((section, i) =>
      i < s ? section.questions : section.questions.slice(0, q),
    );
  const definition = definitionOf({
    ...draft,
    sections: [{ key: 'x', nl: '', en: '', questions: earlier }],
  });
  return allQuestions(definition).flatMap((question, index) => {
    const values = conditionValues(question);
    if (!values) return [];
    return [
      {
        key: question.key,
        number: index + 1,
        nl: question.text.nl,
        en: question.text.en,
        values: values.map((value) => ({
          value,
          nl: answerValueLabel(question, value, 'nl'),
          en: answerValueLabel(question, value, 'en'),
        })),
      },
    ];
  });
}

/**
 * How the builder names a question: "Vraag 3: Ik kan mijn werk aan", in the
 * interface language, else the other language's text while it is not
 * translated, else only its number (never its internal key).
 */
export function questionCaption(
  number: number,
  text: { nl: string; en: string },
  language: 'nl' | 'en',
):
  | {
      key: 'surveys.builder.questionHeadingWithText';
      params: { number: number; text: string };
    }
  | { key: 'surveys.builder.questionHeading'; params: { number: number } } {
  const shown = (
    language === 'en' ? text.en || text.nl : text.nl || text.en
  ).trim();
  return shown
    ? {
        key: 'surveys.builder.questionHeadingWithText',
        params: { number, text: shown },
      }
    : { key: 'surveys.builder.questionHeading', params: { number } };
}

function mapQuestions(
  draft: SurveyDraft,
  change: (question: QuestionDraft) => QuestionDraft,
): SurveyDraft {
  return withSections(
    draft,
    draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map(change),
    })),
  );
}

/** Drops conditions on the given questions; with `onlyUnfit`, only those whose values no longer exist. */
function dropConditionsOn(
  draft: SurveyDraft,
  keys: ReadonlySet<string>,
  onlyUnfit = false,
): SurveyDraft {
  const byKey = new Map(
    allQuestions(definitionOf(draft)).map((q) => [q.key, q]),
  );
  return mapQuestions(draft, (question) => {
    const condition = question.condition;
    if (!condition || !keys.has(condition.questionKey)) return question;
    if (onlyUnfit) {
      const source = byKey.get(condition.questionKey);
      const values = source ? conditionValues(source) : null;
      if (values && condition.anyOf.every((v) => values.includes(v)))
        return question;
    }
    return { ...question, condition: null };
  });
}

function dropBackwardConditions(draft: SurveyDraft): SurveyDraft {
  const seen = new Set<string>();
  return withSections(
    draft,
    draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        const keep =
          !question.condition || seen.has(question.condition.questionKey);
        seen.add(question.key);
        return keep ? question : { ...question, condition: null };
      }),
    })),
  );
}
