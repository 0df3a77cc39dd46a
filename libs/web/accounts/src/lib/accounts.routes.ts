import type { Route } from '@angular/router';
import type { TranslationKey } from '@inspraak/web-core';
import { AccountsShellComponent } from './shell/accounts-shell';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/** `/accounts` (ADVISEUR and HR): the list and inviting. */
export const accountsRoutes: Route[] = [
  {
    path: '',
    component: AccountsShellComponent,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: title('accounts.titles.list'),
        loadComponent: () =>
          import('./list/accounts-page').then((m) => m.AccountsPageComponent),
      },
      {
        path: 'invite',
        title: title('accounts.titles.invite'),
        loadComponent: () =>
          import('./invite/invite-page').then((m) => m.InvitePageComponent),
      },
    ],
  },
];

/** `/settings/organisation` (ADVISEUR): name, domains, sign-in and single sign-on. */
export const organisationSettingsRoutes: Route[] = [
  {
    path: '',
    title: title('accounts.titles.settings'),
    loadComponent: () =>
      import('./settings/organisation-settings-page').then(
        (m) => m.OrganisationSettingsPageComponent,
      ),
  },
];
