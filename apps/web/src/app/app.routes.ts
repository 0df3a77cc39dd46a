import type { Route } from '@angular/router';
import { authGuard, roleGuard, type TranslationKey } from '@inspraak/web-core';
import {
  ACCOUNT_ROLES,
  DEV_OUTBOX_ROLES,
  DIRECTORY_ROLES,
  ORGANISATION_SETTINGS_ROLES,
  POOL_ADMIN_ROLES,
  PROCEDURE_READER_ROLES,
  SKILL_CATALOGUE_ROLES,
  SURVEY_AUTHOR_ROLES,
} from './shell/nav-items';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/** A page outside the shell, in the public layout (name, language switch); it reads the parent's parameters. */
function publicPage(
  path: string,
  pageTitle: string,
  loadComponent: Route['loadComponent'],
): Route {
  return {
    path,
    loadComponent: () =>
      import('./pages/public-layout').then((m) => m.PublicLayout),
    children: [{ path: '', title: pageTitle, loadComponent }],
  };
}

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: title('titles.login'),
    loadComponent: () => import('./pages/login-page').then((m) => m.LoginPage),
  },
  // Passwords and invitations: reached without being logged in, outside the shell.
  publicPage('forgot-password', title('account.titles.forgotPassword'), () =>
    import('./pages/forgot-password-page').then((m) => m.ForgotPasswordPage),
  ),
  publicPage(
    'reset-password/:token',
    title('account.titles.resetPassword'),
    () =>
      import('./pages/reset-password-page').then((m) => m.ResetPasswordPage),
  ),
  publicPage('invite/:token', title('account.titles.invitation'), () =>
    import('./pages/invitation-page').then((m) => m.InvitationPage),
  ),
  {
    // The one-time link from a survey invitation: answered without an account, outside the shell.
    path: 's',
    loadComponent: () =>
      import('./pages/public-layout').then((m) => m.PublicLayout),
    loadChildren: () =>
      import('@inspraak/web-surveys').then((m) => m.publicSurveyRoutes),
  },
  {
    // How survey answers are protected: for the works council and every respondent, with or without an account.
    path: 'privacy/vragenlijsten',
    loadComponent: () =>
      import('./pages/public-layout').then((m) => m.PublicLayout),
    loadChildren: () =>
      import('@inspraak/web-surveys').then((m) => m.surveyPrivacyRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: title('titles.home'),
        // The dashboard per role: what needs action, each figure linking to where one acts on it.
        loadComponent: () =>
          import('@inspraak/web-dashboard').then((m) => m.DashboardPage),
      },
      {
        path: 'directory',
        canActivate: [roleGuard(...DIRECTORY_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-directory').then((m) => m.directoryRoutes),
      },
      {
        path: 'accounts',
        canActivate: [roleGuard(...ACCOUNT_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-accounts').then((m) => m.accountsRoutes),
      },
      {
        path: 'settings/organisation',
        canActivate: [roleGuard(...ORGANISATION_SETTINGS_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-accounts').then(
            (m) => m.organisationSettingsRoutes,
          ),
      },
      {
        path: 'participation/skills',
        canActivate: [roleGuard(...SKILL_CATALOGUE_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-participants').then(
            (m) => m.skillCatalogueRoutes,
          ),
      },
      {
        path: 'participation/pool',
        canActivate: [roleGuard(...POOL_ADMIN_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-participants').then((m) => m.poolRoutes),
      },
      {
        path: 'participation/agreements',
        canActivate: [roleGuard(...POOL_ADMIN_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-participants').then(
            (m) => m.agreementAdminRoutes,
          ),
      },
      {
        path: 'participation/match',
        canActivate: [roleGuard(...POOL_ADMIN_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-participants').then((m) => m.matchRoutes),
      },
      {
        path: 'participation/draws',
        canActivate: [roleGuard(...POOL_ADMIN_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-participants').then((m) => m.drawRoutes),
      },
      {
        path: 'participation',
        loadChildren: () =>
          import('@inspraak/web-participants').then(
            (m) => m.participationRoutes,
          ),
      },
      {
        path: 'trajectories',
        loadChildren: () =>
          import('@inspraak/web-trajectories').then(
            (m) => m.trajectoriesRoutes,
          ),
      },
      {
        path: 'meetings',
        loadChildren: () =>
          import('@inspraak/web-trajectories').then((m) => m.meetingRoutes),
      },
      {
        path: 'my-participation',
        loadChildren: () =>
          import('@inspraak/web-trajectories').then(
            (m) => m.myParticipationRoutes,
          ),
      },
      {
        path: 'surveys',
        canActivate: [roleGuard(...SURVEY_AUTHOR_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-surveys').then((m) => m.surveysRoutes),
      },
      {
        path: 'my-surveys',
        loadChildren: () =>
          import('@inspraak/web-surveys').then((m) => m.mySurveysRoutes),
      },
      {
        path: 'procedures',
        canActivate: [roleGuard(...PROCEDURE_READER_ROLES)],
        loadChildren: () =>
          import('@inspraak/web-procedures').then((m) => m.proceduresRoutes),
      },
      {
        path: 'council-procedures',
        loadChildren: () =>
          import('@inspraak/web-procedures').then(
            (m) => m.councilProceduresRoutes,
          ),
      },
      {
        path: 'notifications',
        title: title('notifications.title'),
        loadComponent: () =>
          import('./pages/notifications-page').then((m) => m.NotificationsPage),
      },
      {
        path: 'account',
        title: title('account.titles.myAccount'),
        loadComponent: () =>
          import('./pages/account-page').then((m) => m.AccountPage),
      },
      {
        // Only linked while no SMTP server is configured (the shell asks the API).
        path: 'outbox',
        canActivate: [roleGuard(...DEV_OUTBOX_ROLES)],
        title: title('titles.outbox'),
        loadComponent: () =>
          import('./pages/dev-outbox-page').then((m) => m.DevOutboxPage),
      },
      {
        path: 'forbidden',
        title: title('titles.forbidden'),
        loadComponent: () =>
          import('./pages/forbidden-page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: title('titles.notFound'),
        loadComponent: () =>
          import('./pages/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
