import type { Route } from '@angular/router';
import type { TranslationKey } from '@inspraak/web-core';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/** "Meedoen" and the colleagues in the pool, for every logged-in member, at /participation. */
export const participationRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('titles.participation'),
    loadComponent: () =>
      import('./participation/participation-page').then(
        (m) => m.ParticipationPageComponent,
      ),
  },
  {
    path: 'colleagues',
    title: title('participants.titles.colleagues'),
    loadComponent: () =>
      import('./colleagues/colleagues-page').then(
        (m) => m.ColleaguesPageComponent,
      ),
  },
];

/** The skill catalogue; the app guards it for ADVISEUR (the API checks too). */
export const skillCatalogueRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('titles.skills'),
    loadComponent: () =>
      import('./skills/skills-page').then((m) => m.SkillsPageComponent),
  },
];

/** The adviser's pool view; the app guards it for ADVISEUR (the API checks too). */
export const poolRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('participants.titles.pool'),
    loadComponent: () =>
      import('./pool/pool-page').then((m) => m.PoolPageComponent),
  },
];

/** The agreement's versions (ADVISEUR). */
export const agreementAdminRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('participants.titles.agreements'),
    loadComponent: () =>
      import('./agreements/agreements-page').then(
        (m) => m.AgreementsPageComponent,
      ),
  },
];

/** Matching participants to a project's need (ADVISEUR). */
export const matchRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('participants.titles.match'),
    loadComponent: () =>
      import('./match/match-page').then((m) => m.MatchPageComponent),
  },
];

/** Fair draws for sounding boards (ADVISEUR). */
export const drawRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('participants.titles.draws'),
    loadComponent: () =>
      import('./draws/draws-page').then((m) => m.DrawsPageComponent),
  },
];
