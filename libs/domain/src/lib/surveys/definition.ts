/** The kinds of question a survey can ask. */
export type QuestionKind =
  /** Five-point agreement scale: 1 = helemaal oneens … 5 = helemaal eens. */
  | 'AGREEMENT_5'
  | 'SINGLE_CHOICE'
  | 'MULTIPLE_CHOICE'
  /** 0–10, as in eNPS ("how likely would you recommend …"). */
  | 'SCALE_0_10'
  /** Put all options in order, most important first. */
  | 'RANKING'
  | 'SHORT_TEXT'
  | 'LONG_TEXT';

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'AGREEMENT_5',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'SCALE_0_10',
  'RANKING',
  'SHORT_TEXT',
  'LONG_TEXT',
];
export const CHOICE_KINDS: readonly QuestionKind[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'RANKING',
];
export const TEXT_KINDS: readonly QuestionKind[] = ['SHORT_TEXT', 'LONG_TEXT'];

export interface LocalText {
  nl: string;
  en: string;
}

export interface QuestionOption {
  /** Stable within the question; answers store it. */
  key: string;
  label: LocalText;
}

/** Show a question only when an earlier question got one of these answers (option keys, or scale values as text). */
export interface ShowCondition {
  questionKey: string;
  anyOf: string[];
}

export interface Question {
  /** Stable within the survey; answers and conditions refer to it. */
  key: string;
  kind: QuestionKind;
  text: LocalText;
  required: boolean;
  options: QuestionOption[];
  condition: ShowCondition | null;
}

export interface Section {
  key: string;
  title: LocalText;
  questions: Question[];
}

export interface SurveyDefinition {
  sections: Section[];
}

export const LIMITS = {
  questions: 100,
  sections: 20,
  options: 20,
  text: 500,
  shortAnswer: 300,
  longAnswer: 5000,
} as const;

export interface DefinitionProblem {
  /** e.g. `sections.0.questions.2.options` */
  path: string;
  reason:
    | 'NO_QUESTIONS'
    | 'TOO_MANY'
    | 'DUPLICATE_KEY'
    | 'MISSING_TEXT'
    | 'TEXT_TOO_LONG'
    | 'OPTIONS_REQUIRED'
    | 'OPTIONS_NOT_ALLOWED'
    | 'CONDITION_UNKNOWN_QUESTION'
    | 'CONDITION_NOT_EARLIER'
    | 'CONDITION_UNSUPPORTED_KIND'
    | 'CONDITION_UNKNOWN_VALUE';
}

export const allQuestions = (definition: SurveyDefinition): Question[] =>
  definition.sections.flatMap((s) => s.questions);

/** The answer values a condition on `question` may name. */
export function conditionValues(question: Question): string[] | null {
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return question.options.map((o) => o.key);
    case 'AGREEMENT_5':
      return ['1', '2', '3', '4', '5'];
    case 'SCALE_0_10':
      return Array.from({ length: 11 }, (_, i) => String(i));
    default:
      return null;
  }
}

/** Everything wrong with a definition, in order; empty when it can be saved. */
export function definitionProblems(
  definition: SurveyDefinition,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questions = allQuestions(definition);
  if (questions.length === 0)
    problems.push({ path: 'sections', reason: 'NO_QUESTIONS' });
  if (
    questions.length > LIMITS.questions ||
    definition.sections.length > LIMITS.sections
  )
    problems.push({ path: 'sections', reason: 'TOO_MANY' });
  const checkText = (text: LocalText, path: string) => {
    if (!text.nl.trim() || !text.en.trim())
      problems.push({ path, reason: 'MISSING_TEXT' });
    else if (text.nl.length > LIMITS.text || text.en.length > LIMITS.text)
      problems.push({ path, reason: 'TEXT_TOO_LONG' });
  };
  const sectionKeys = new Set<string>();
  const seen = new Map<string, Question>();
  definition.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key))
      problems.push({ path: `sections.${s}.key`, reason: 'DUPLICATE_KEY' });
    sectionKeys.add(section.key);
    checkText(section.title, `sections.${s}.title`);
    section.questions.forEach((question, q) => {
      const path = `sections.${s}.questions.${q}`;
      if (seen.has(question.key))
        problems.push({ path: `${path}.key`, reason: 'DUPLICATE_KEY' });
      checkText(question.text, `${path}.text`);
      const hasOptions = CHOICE_KINDS.includes(question.kind);
      if (
        hasOptions &&
        (question.options.length < 2 ||
          question.options.length > LIMITS.options)
      )
        problems.push({ path: `${path}.options`, reason: 'OPTIONS_REQUIRED' });
      if (!hasOptions && question.options.length > 0)
        problems.push({
          path: `${path}.options`,
          reason: 'OPTIONS_NOT_ALLOWED',
        });
      const optionKeys = new Set<string>();
      question.options.forEach((option, o) => {
        if (optionKeys.has(option.key))
          problems.push({
            path: `${path}.options.${o}.key`,
            reason: 'DUPLICATE_KEY',
          });
        optionKeys.add(option.key);
        checkText(option.label, `${path}.options.${o}.label`);
      });
      if (question.condition) {
        const source = seen.get(question.condition.questionKey);
        const exists = questions.some(
          (x) => x.key === question.condition!.questionKey,
        );
        if (!exists)
          problems.push({
            path: `${path}.condition`,
            reason: 'CONDITION_UNKNOWN_QUESTION',
          });
        else if (!source)
          problems.push({
            path: `${path}.condition`,
            reason: 'CONDITION_NOT_EARLIER',
          });
        else {
          const values = conditionValues(source);
          if (!values)
            problems.push({
              path: `${path}.condition`,
              reason: 'CONDITION_UNSUPPORTED_KIND',
            });
          else if (
            question.condition.anyOf.length === 0 ||
            question.condition.anyOf.some((v) => !values.includes(v))
          )
            problems.push({
              path: `${path}.condition`,
              reason: 'CONDITION_UNKNOWN_VALUE',
            });
        }
      }
      seen.set(question.key, question);
    });
  });
  return problems;
}

export type ComparabilityBreak =
  | { kind: 'QUESTION_REMOVED'; questionKey: string }
  | { kind: 'QUESTION_ADDED'; questionKey: string }
  | { kind: 'KIND_CHANGED'; questionKey: string }
  | { kind: 'OPTIONS_CHANGED'; questionKey: string }
  | { kind: 'CONDITION_CHANGED'; questionKey: string }
  | { kind: 'REQUIRED_CHANGED'; questionKey: string };

/**
 * What an edit of a published survey would change in a way that makes its
 * answers no longer comparable with those already given. Rewording a text,
 * fixing a typo or a translation, and retitling sections are fine; anything
 * listed here needs a new version.
 */
export function comparabilityBreaks(
  published: SurveyDefinition,
  edited: SurveyDefinition,
): ComparabilityBreak[] {
  const before = new Map(allQuestions(published).map((q) => [q.key, q]));
  const after = new Map(allQuestions(edited).map((q) => [q.key, q]));
  const breaks: ComparabilityBreak[] = [];
  for (const [key, question] of before) {
    const next = after.get(key);
    if (!next) {
      breaks.push({ kind: 'QUESTION_REMOVED', questionKey: key });
      continue;
    }
    if (next.kind !== question.kind)
      breaks.push({ kind: 'KIND_CHANGED', questionKey: key });
    const optionKeys = (q: Question) =>
      q.options.map((o) => o.key).join('\u0000');
    if (optionKeys(next) !== optionKeys(question))
      breaks.push({ kind: 'OPTIONS_CHANGED', questionKey: key });
    if (JSON.stringify(next.condition) !== JSON.stringify(question.condition))
      breaks.push({ kind: 'CONDITION_CHANGED', questionKey: key });
    if (next.required !== question.required)
      breaks.push({ kind: 'REQUIRED_CHANGED', questionKey: key });
  }
  for (const key of after.keys())
    if (!before.has(key))
      breaks.push({ kind: 'QUESTION_ADDED', questionKey: key });
  return breaks;
}
