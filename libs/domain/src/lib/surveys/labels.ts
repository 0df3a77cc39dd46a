import type { ReportingDimension } from '../anonymity/survey-publication';
import type { LocalText, QuestionKind } from './definition';

/** What each kind of question is called where people read it (exports, letters). */
export const QUESTION_KIND_NAMES: Record<QuestionKind, LocalText> = {
  AGREEMENT_5: {
    nl: 'Eens/oneens (5 punten)',
    en: 'Agree/disagree (5 points)',
  },
  SINGLE_CHOICE: { nl: 'Eén keuze', en: 'Single choice' },
  MULTIPLE_CHOICE: { nl: 'Meerdere keuzes', en: 'Multiple choice' },
  SCALE_0_10: { nl: 'Schaal 0–10', en: 'Scale 0–10' },
  RANKING: { nl: 'Rangschikken', en: 'Ranking' },
  SHORT_TEXT: { nl: 'Kort antwoord', en: 'Short answer' },
  LONG_TEXT: { nl: 'Lang antwoord', en: 'Long answer' },
};

/** The five points of the agreement scale, by stored value. */
export const AGREEMENT_LABELS: Record<string, LocalText> = {
  '1': { nl: 'Helemaal oneens', en: 'Strongly disagree' },
  '2': { nl: 'Oneens', en: 'Disagree' },
  '3': { nl: 'Neutraal', en: 'Neutral' },
  '4': { nl: 'Eens', en: 'Agree' },
  '5': { nl: 'Helemaal eens', en: 'Strongly agree' },
};

export const REPORTING_DIMENSION_NAMES: Record<ReportingDimension, LocalText> =
  {
    DEPARTMENT: { nl: 'afdeling', en: 'department' },
    LOCATION: { nl: 'locatie', en: 'location' },
    CONTRACT_TYPE: { nl: 'soort contract', en: 'contract type' },
  };

/**
 * The label of a stored answer value: the option's label for a choice or
 * ranking, the point of the agreement scale, the number itself on 0–10.
 */
export function answerValueLabel(
  question: { kind: string; options: { key: string; label: LocalText }[] },
  value: string,
  language: keyof LocalText,
): string {
  if (question.kind === 'AGREEMENT_5')
    return AGREEMENT_LABELS[value]?.[language] ?? value;
  const option = question.options.find((o) => o.key === value);
  return option ? option.label[language] || option.label.nl : value;
}
