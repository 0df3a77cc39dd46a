import type { Role } from '@inspraak/shared';
import type { TranslationKey } from '@inspraak/web-core';

export const DIRECTORY_ROLES: Role[] = ['ADVISEUR', 'HR'];
export const SKILL_CATALOGUE_ROLES: Role[] = ['ADVISEUR'];
/** The pool view, agreements, matching and draws. */
export const POOL_ADMIN_ROLES: Role[] = ['ADVISEUR'];
/** Who builds surveys and reads their results: the API's SURVEY_AUTHORS (libs/domain). */
export const SURVEY_AUTHOR_ROLES: Role[] = [
  'ADVISEUR',
  'HR',
  'OR_SECRETARIS',
  'BESTUURDER',
];

/** Who reads the works council's procedures: the API's PROCEDURE_READERS (libs/domain). */
export const PROCEDURE_READER_ROLES: Role[] = [
  'OR_SECRETARIS',
  'OR_LID',
  'ADVISEUR',
  'BESTUURDER',
];

/** Who opens the accounts list and invites: the API's `accounts` and `inviteEmployees` (only ADVISEUR changes roles). */
export const ACCOUNT_ROLES: Role[] = ['ADVISEUR', 'HR'];
/** Who edits the organisation's settings and single sign-on. */
export const ORGANISATION_SETTINGS_ROLES: Role[] = ['ADVISEUR'];

/** Who reads the development outbox: the API's `devOutbox`. */
export const DEV_OUTBOX_ROLES: Role[] = ['ADVISEUR'];

/** What the installation has, which some items depend on. */
export interface NavContext {
  /** E-mail is kept in the development outbox (no SMTP server). */
  devOutboxInUse: boolean;
}

export interface NavItem {
  path: string;
  label: TranslationKey;
  exact: boolean;
  /** Who sees it; `null` means everyone who is logged in. */
  roles: readonly Role[] | null;
  /** Shown only when this holds. */
  onlyWhen?: keyof NavContext;
}

/** The main navigation; later features add their pages here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home', exact: true, roles: null },
  {
    path: '/directory',
    label: 'nav.directory',
    exact: false,
    roles: DIRECTORY_ROLES,
  },
  {
    path: '/accounts',
    label: 'accounts.nav.accounts',
    exact: false,
    roles: ACCOUNT_ROLES,
  },
  {
    path: '/trajectories',
    label: 'trajectories.nav.trajectories',
    exact: false,
    roles: null,
  },
  {
    path: '/my-participation',
    label: 'trajectories.nav.myParticipation',
    exact: true,
    roles: null,
  },
  {
    path: '/surveys',
    label: 'surveys.nav.surveys',
    exact: false,
    roles: SURVEY_AUTHOR_ROLES,
  },
  {
    path: '/my-surveys',
    label: 'surveys.nav.mySurveys',
    exact: false,
    roles: null,
  },
  {
    path: '/procedures',
    label: 'procedures.nav.procedures',
    exact: false,
    roles: PROCEDURE_READER_ROLES,
  },
  {
    path: '/council-procedures',
    label: 'procedures.nav.council',
    exact: false,
    roles: null,
  },
  {
    path: '/participation',
    label: 'nav.participation',
    exact: true,
    roles: null,
  },
  {
    path: '/participation/colleagues',
    label: 'participants.nav.colleagues',
    exact: false,
    roles: null,
  },
  {
    path: '/participation/skills',
    label: 'nav.skills',
    exact: false,
    roles: SKILL_CATALOGUE_ROLES,
  },
  {
    path: '/participation/pool',
    label: 'participants.nav.pool',
    exact: false,
    roles: POOL_ADMIN_ROLES,
  },
  {
    path: '/participation/agreements',
    label: 'participants.nav.agreements',
    exact: false,
    roles: POOL_ADMIN_ROLES,
  },
  {
    path: '/participation/match',
    label: 'participants.nav.match',
    exact: false,
    roles: POOL_ADMIN_ROLES,
  },
  {
    path: '/participation/draws',
    label: 'participants.nav.draws',
    exact: false,
    roles: POOL_ADMIN_ROLES,
  },
  {
    path: '/account',
    label: 'account.nav.myAccount',
    exact: false,
    roles: null,
  },
  {
    path: '/settings/organisation',
    label: 'accounts.nav.settings',
    exact: false,
    roles: ORGANISATION_SETTINGS_ROLES,
  },
  {
    path: '/outbox',
    label: 'nav.outbox',
    exact: false,
    roles: DEV_OUTBOX_ROLES,
    onlyWhen: 'devOutboxInUse',
  },
];

export function navItemsFor(
  roles: readonly Role[],
  context: NavContext = { devOutboxInUse: false },
): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      (item.roles === null ||
        item.roles.some((role) => roles.includes(role))) &&
      (!item.onlyWhen || context[item.onlyWhen]),
  );
}
