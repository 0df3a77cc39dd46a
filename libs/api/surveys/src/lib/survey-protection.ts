import { SurveyMode } from './survey.entities';

/** The one sentence that tells a respondent how their answer is protected. */
export function protectionSentence(
  mode: SurveyMode,
  threshold: number,
): { nl: string; en: string } {
  switch (mode) {
    case SurveyMode.ANONYMOUS:
      return {
        nl: `Anoniem: je antwoord wordt zonder je naam en zonder tijdstip bewaard en niemand kan het naar jou herleiden; uitkomsten worden alleen getoond voor groepen van minstens ${threshold} mensen.`,
        en: `Anonymous: your answer is stored without your name or the time and nobody can trace it back to you; results are only shown for groups of at least ${threshold} people.`,
      };
    case SurveyMode.CONFIDENTIAL:
      return {
        nl: `Vertrouwelijk: het systeem weet dat jij antwoordde, maar niemand ziet jouw antwoorden; uitkomsten worden alleen getoond voor groepen van minstens ${threshold} mensen.`,
        en: `Confidential: the system knows you answered, but nobody sees your answers; results are only shown for groups of at least ${threshold} people.`,
      };
    // Nothing shows one person's answers to the authors (only the person's own data export does): say no more than that.
    case SurveyMode.IDENTIFIED:
      return {
        nl: `Op naam: je antwoorden worden met je naam bewaard en blijven aan jou gekoppeld (je vindt ze terug in je eigen gegevens); de opstellers zien alleen uitkomsten voor groepen van minstens ${threshold} mensen.`,
        en: `Identified: your answers are stored with your name and stay linked to you (you find them in your own data); the authors see results only for groups of at least ${threshold} people.`,
      };
  }
}
