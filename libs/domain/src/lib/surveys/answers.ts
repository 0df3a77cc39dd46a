import { allQuestions, LIMITS, Question, SurveyDefinition } from './definition';

/**
 * One answer as stored: a number (agreement 1–5, scale 0–10), option keys
 * (single choice: one; multiple choice: a set; ranking: all, in order), or text.
 */
export type AnswerValue =
  | { number: number }
  | { options: string[] }
  | { text: string };

export type Answers = Record<string, AnswerValue>;

/** An answer as the three columns it is stored in, the two it does not use empty. */
export function answerColumns(answer: AnswerValue): {
  number: number | null;
  options: string[] | null;
  text: string | null;
} {
  return {
    number: 'number' in answer ? answer.number : null,
    options: 'options' in answer ? answer.options : null,
    text: 'text' in answer ? answer.text : null,
  };
}

export interface AnswerProblem {
  questionKey: string;
  reason: 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'UNKNOWN_QUESTION';
}

/** The answer to a question as the values a condition compares (option keys, or a number as text). */
function conditionValuesOf(answer: AnswerValue | undefined): string[] {
  if (!answer) return [];
  if ('number' in answer) return [String(answer.number)];
  if ('options' in answer) return answer.options;
  return [];
}

/** The keys of the questions shown for these answers, in order: a question whose condition (or whose condition's question) is not met is not shown. */
export function visibleQuestionKeys(
  definition: SurveyDefinition,
  answers: Answers,
): string[] {
  const shown = new Set<string>();
  for (const question of allQuestions(definition)) {
    const condition = question.condition;
    if (
      condition === null ||
      (shown.has(condition.questionKey) &&
        conditionValuesOf(answers[condition.questionKey]).some((v) =>
          condition.anyOf.includes(v),
        ))
    )
      shown.add(question.key);
  }
  return [...shown];
}

function problemOf(
  question: Question,
  answer: AnswerValue,
): AnswerProblem['reason'] | null {
  const optionKeys = question.options.map((o) => o.key);
  switch (question.kind) {
    case 'AGREEMENT_5':
    case 'SCALE_0_10': {
      if (!('number' in answer) || !Number.isInteger(answer.number))
        return 'INVALID';
      const [min, max] = question.kind === 'AGREEMENT_5' ? [1, 5] : [0, 10];
      return answer.number >= min && answer.number <= max ? null : 'INVALID';
    }
    case 'SINGLE_CHOICE':
      return 'options' in answer &&
        answer.options.length === 1 &&
        optionKeys.includes(answer.options[0]!)
        ? null
        : 'INVALID';
    case 'MULTIPLE_CHOICE':
      return 'options' in answer &&
        answer.options.length >= 1 &&
        new Set(answer.options).size === answer.options.length &&
        answer.options.every((o) => optionKeys.includes(o))
        ? null
        : 'INVALID';
    case 'RANKING':
      return 'options' in answer &&
        answer.options.length === optionKeys.length &&
        new Set(answer.options).size === optionKeys.length &&
        answer.options.every((o) => optionKeys.includes(o))
        ? null
        : 'INVALID';
    case 'SHORT_TEXT':
    case 'LONG_TEXT': {
      if (!('text' in answer)) return 'INVALID';
      const max =
        question.kind === 'SHORT_TEXT' ? LIMITS.shortAnswer : LIMITS.longAnswer;
      return answer.text.length > max ? 'TOO_LONG' : null;
    }
  }
}

const isEmpty = (answer: AnswerValue | undefined) =>
  answer === undefined ||
  ('text' in answer && answer.text.trim() === '') ||
  ('options' in answer && answer.options.length === 0);

/**
 * Checks a response against the survey: required questions that are shown
 * must be answered, every answer must fit its question. Answers to questions
 * that are not shown (their condition is not met) are dropped, empty answers
 * too, and texts are trimmed: `answers` is what is stored.
 */
export function checkResponse(
  definition: SurveyDefinition,
  given: Answers,
): { answers: Answers; problems: AnswerProblem[] } {
  const questions = new Map(allQuestions(definition).map((q) => [q.key, q]));
  const problems: AnswerProblem[] = [];
  for (const key of Object.keys(given))
    if (!questions.has(key))
      problems.push({ questionKey: key, reason: 'UNKNOWN_QUESTION' });
  const cleaned: Answers = {};
  for (const [key, answer] of Object.entries(given)) {
    if (!questions.has(key) || isEmpty(answer)) continue;
    cleaned[key] = 'text' in answer ? { text: answer.text.trim() } : answer;
  }
  const answers: Answers = {};
  for (const key of visibleQuestionKeys(definition, cleaned)) {
    const question = questions.get(key)!;
    const answer = cleaned[key];
    if (answer === undefined) {
      if (question.required)
        problems.push({ questionKey: key, reason: 'REQUIRED' });
      continue;
    }
    const problem = problemOf(question, answer);
    if (problem) problems.push({ questionKey: key, reason: problem });
    else answers[key] = answer;
  }
  return { answers, problems };
}
