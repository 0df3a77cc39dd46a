import type { Route } from '@angular/router';
import type { TranslationKey } from '@inspraak/web-core';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/** /surveys for the survey authors (the app guards it with SURVEY_AUTHORS). */
export const surveysRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('surveys.titles.list'),
    loadComponent: () =>
      import('./list/surveys-page').then((m) => m.SurveysPageComponent),
  },
  {
    path: ':id/edit',
    title: title('surveys.titles.builder'),
    loadComponent: () =>
      import('./builder/survey-builder-page').then(
        (m) => m.SurveyBuilderPageComponent,
      ),
  },
  {
    // The respondent's page for the author: nothing is stored (AnswerPageComponent, source 'preview').
    path: ':id/preview',
    title: title('surveys.titles.preview'),
    data: { source: 'preview' },
    loadComponent: () =>
      import('./answer/answer-page').then((m) => m.AnswerPageComponent),
  },
  {
    path: ':id/results',
    title: title('surveys.titles.results'),
    loadComponent: () =>
      import('./results/survey-results-page').then(
        (m) => m.SurveyResultsPageComponent,
      ),
  },
];

/** /my-surveys ("Mijn vragenlijsten") for every logged-in member. */
export const mySurveysRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('surveys.titles.mine'),
    loadComponent: () =>
      import('./answer/my-surveys-page').then((m) => m.MySurveysPageComponent),
  },
  {
    path: ':id',
    title: title('surveys.titles.answer'),
    data: { source: 'mine' },
    loadComponent: () =>
      import('./answer/answer-page').then((m) => m.AnswerPageComponent),
  },
];

/** /s/:token: answering with the one-time link from the invitation, without an account. */
export const publicSurveyRoutes: Route[] = [
  {
    path: ':token',
    title: title('surveys.titles.answer'),
    data: { source: 'token' },
    loadComponent: () =>
      import('./answer/answer-page').then((m) => m.AnswerPageComponent),
  },
];
