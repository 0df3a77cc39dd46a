import type { Route } from '@angular/router';
import { roleGuard, type TranslationKey } from '@inspraak/web-core';
import { PROCEDURE_KEEPER_ROLES } from './shared/procedure-roles';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/**
 * /procedures for those who read the works council's procedures (the app
 * guards it with the API's PROCEDURE_READERS); the API hides a confidential
 * procedure's contents from all but its keepers and decides every change.
 */
export const proceduresRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('procedures.titles.list'),
    loadComponent: () =>
      import('./list/procedures-page').then((m) => m.ProceduresPageComponent),
  },
  {
    path: 'settings',
    title: title('procedures.titles.settings'),
    canActivate: [roleGuard(...PROCEDURE_KEEPER_ROLES)],
    loadComponent: () =>
      import('./settings/wor-settings-page').then(
        (m) => m.WorSettingsPageComponent,
      ),
  },
  {
    path: ':id',
    title: title('procedures.titles.procedure'),
    loadComponent: () =>
      import('./procedure/procedure-page').then(
        (m) => m.ProcedurePageComponent,
      ),
  },
];

/** /council-procedures ("Procedures van de OR") for every logged-in member. */
export const councilProceduresRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('procedures.titles.council'),
    loadComponent: () =>
      import('./council/council-procedures-page').then(
        (m) => m.CouncilProceduresPageComponent,
      ),
  },
];
