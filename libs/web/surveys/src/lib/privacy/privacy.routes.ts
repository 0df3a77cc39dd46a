import type { Route } from '@angular/router';
import type { TranslationKey } from '@inspraak/web-core';

/** /privacy/vragenlijsten: how answers are protected, for the works council and every respondent (no account needed). */
export const surveyPrivacyRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'surveyAnonymity.title' satisfies TranslationKey,
    loadComponent: () =>
      import('./survey-privacy-page').then((m) => m.SurveyPrivacyPageComponent),
  },
];
