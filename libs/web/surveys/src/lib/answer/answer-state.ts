import {
  LIMITS,
  allQuestions,
  visibleQuestionKeys,
  type AnswerValue,
  type Answers,
  type Question,
  type QuestionKind,
  type SurveyDefinition,
} from '@inspraak/domain';
import type { AnswerInput } from '@inspraak/shared';
import {
  PERSONAL_STORAGE_PREFIX,
  clearPersonalStorage,
  safeLocalStorage,
} from '@inspraak/web-core';
import type { SurveySection } from '../data-access/surveys-api';

export type { AnswerValue, Answers };

/** The questions as the domain reads them (the API sends the kind as a string). */
export function definitionOfSections(
  sections: readonly SurveySection[],
): SurveyDefinition {
  return {
    sections: sections.map((section) => ({
      key: section.key,
      title: section.title,
      questions: section.questions.map(
        (q): Question => ({
          key: q.key,
          kind: q.kind as QuestionKind,
          text: q.text,
          required: q.required,
          options: q.options,
          condition: q.condition,
        }),
      ),
    })),
  };
}

/** The longest answer a text question takes. */
export function maxLengthOf(kind: string): number {
  return kind === 'SHORT_TEXT' ? LIMITS.shortAnswer : LIMITS.longAnswer;
}

export function isAnswered(answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  if ('text' in answer) return answer.text.trim() !== '';
  if ('options' in answer) return answer.options.length > 0;
  return true;
}

/**
 * What is sent: the answers to the questions shown now (a question hidden by
 * its condition loses its answer), without empty ones.
 */
export function answersToInput(
  definition: SurveyDefinition,
  answers: Answers,
): AnswerInput[] {
  return visibleQuestionKeys(definition, answers).flatMap(
    (key): AnswerInput[] => {
      const answer = answers[key];
      if (!answer || !isAnswered(answer)) return [];
      if ('number' in answer)
        return [{ questionKey: key, number: answer.number }];
      if ('options' in answer)
        return [{ questionKey: key, options: [...answer.options] }];
      return [{ questionKey: key, text: answer.text.trim() }];
    },
  );
}

/** Shown, required and not answered yet: what the browser refuses before sending. */
export function missingRequired(
  definition: SurveyDefinition,
  answers: Answers,
): string[] {
  const visible = new Set(visibleQuestionKeys(definition, answers));
  return allQuestions(definition)
    .filter(
      (q) => q.required && visible.has(q.key) && !isAnswered(answers[q.key]),
    )
    .map((q) => q.key);
}

/** Ticks or unticks one option of a multiple-choice answer, keeping the options' order. */
export function toggleOption(
  question: Pick<Question, 'options'>,
  current: AnswerValue | undefined,
  optionKey: string,
  checked: boolean,
): AnswerValue {
  const chosen = new Set(
    current && 'options' in current ? current.options : [],
  );
  if (checked) chosen.add(optionKey);
  else chosen.delete(optionKey);
  return {
    options: question.options.map((o) => o.key).filter((k) => chosen.has(k)),
  };
}

/** The order a ranking shows: the answer's, or the options' own until the person moves one. */
export function rankingOrder(
  question: Pick<Question, 'options'>,
  answer: AnswerValue | undefined,
): string[] {
  const keys = question.options.map((o) => o.key);
  if (
    answer &&
    'options' in answer &&
    answer.options.length === keys.length &&
    answer.options.every((k) => keys.includes(k))
  )
    return [...answer.options];
  return keys;
}

/** Moves one option in a ranking up (-1) or down (+1); at an end nothing changes. */
export function moveRank(
  order: readonly string[],
  index: number,
  delta: -1 | 1,
): string[] {
  const target = index + delta;
  if (
    index < 0 ||
    index >= order.length ||
    target < 0 ||
    target >= order.length
  )
    return [...order];
  const copy = [...order];
  [copy[index], copy[target]] = [copy[target] as string, copy[index] as string];
  return copy;
}

const PROGRESS_PREFIX = `${PERSONAL_STORAGE_PREFIX}survey-progress.`;
/** Where progress was kept before it was kept per person: by survey only, so the next person on the device saw it. */
const UNKEYED_PREFIX = 'inspraak.survey-progress.';

/**
 * A 64-bit one-way digest (cyrb53-style) of a link's token: progress is
 * filed under it, so the token itself, which answers the survey, never sits
 * in storage. Not for security beyond that; the token has 256 random bits.
 */
export function tokenDigest(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 =
    Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^
    Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 =
    Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^
    Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2, h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** Whose progress it is: the one-time link's (by its digest), or a member's in the app (user and survey). */
export const progressKey = {
  forLink: (token: string) => `link.${tokenDigest(token)}`,
  forMember: (userId: string, surveyId: string) =>
    `member.${userId}.${surveyId}`,
};

/**
 * Unfinished answers, kept only in this browser (localStorage) and only for
 * the person answering: filed by their link or their account, never by the
 * survey alone, so the next person on a shared device starts empty. Cleared
 * once the answer is stored, and with everything personal at logout.
 */
export class LocalProgress {
  constructor(
    private readonly key: string,
    private readonly storage: Storage | null = safeLocalStorage(),
  ) {}

  private get storageKey(): string {
    return PROGRESS_PREFIX + this.key;
  }

  load(): Answers {
    // Progress filed by survey only belonged to whoever used the device before.
    clearPersonalStorage(this.storage, UNKEYED_PREFIX);
    try {
      const raw = this.storage?.getItem(this.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      return isAnswers(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }

  save(answers: Answers): void {
    try {
      if (Object.keys(answers).length === 0)
        this.storage?.removeItem(this.storageKey);
      else this.storage?.setItem(this.storageKey, JSON.stringify(answers));
    } catch {
      // Storage full or disabled: answering still works, only without resuming.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // Nothing to clear when storage is disabled.
    }
  }
}

function isAnswerValue(value: unknown): value is AnswerValue {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if ('number' in v) return typeof v['number'] === 'number';
  if ('options' in v)
    return (
      Array.isArray(v['options']) &&
      v['options'].every((o) => typeof o === 'string')
    );
  if ('text' in v) return typeof v['text'] === 'string';
  return false;
}

function isAnswers(value: unknown): value is Answers {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value as object).every(isAnswerValue)
  );
}
