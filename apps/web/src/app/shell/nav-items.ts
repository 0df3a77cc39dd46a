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
  /**
   * Who does not see it although `roles` lets them: those who have a fuller
   * page for the same thing in the menu (one place per task, no near-duplicates).
   */
  notFor?: readonly Role[];
  /** Shown only when this holds. */
  onlyWhen?: keyof NavContext;
}

export type NavGroupId =
  | 'participation'
  | 'surveys'
  | 'codetermination'
  | 'administration';

/** A task the menu is organised by; it opens to its pages. */
export interface NavGroup {
  id: NavGroupId;
  label: TranslationKey;
  items: readonly NavItem[];
}

/** The dashboard: outside the groups, always first. */
export const HOME_ITEM: NavItem = {
  path: '/',
  label: 'nav.home',
  exact: true,
  roles: null,
};

/**
 * The main navigation by task. Every page appears once; a role sees only
 * the groups that hold a page for it. Pages one reaches from another page
 * (a trajectory, the phase and WOR settings, one's account) are not here.
 */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    id: 'participation',
    label: 'nav.groups.participation',
    items: [
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
        path: '/meetings',
        label: 'nav.meetings',
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
        // The advisor has the full pool instead.
        path: '/participation/colleagues',
        label: 'participants.nav.colleagues',
        exact: false,
        roles: null,
        notFor: POOL_ADMIN_ROLES,
      },
      {
        path: '/participation/pool',
        label: 'participants.nav.pool',
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
        path: '/participation/agreements',
        label: 'participants.nav.agreements',
        exact: false,
        roles: POOL_ADMIN_ROLES,
      },
      {
        path: '/participation/skills',
        label: 'nav.skills',
        exact: false,
        roles: SKILL_CATALOGUE_ROLES,
      },
    ],
  },
  {
    id: 'surveys',
    label: 'nav.groups.surveys',
    items: [
      {
        path: '/my-surveys',
        label: 'surveys.nav.mySurveys',
        exact: false,
        roles: null,
      },
      {
        path: '/surveys',
        label: 'surveys.nav.surveys',
        exact: false,
        roles: SURVEY_AUTHOR_ROLES,
      },
    ],
  },
  {
    id: 'codetermination',
    label: 'nav.groups.codetermination',
    items: [
      {
        path: '/procedures',
        label: 'procedures.nav.procedures',
        exact: false,
        roles: PROCEDURE_READER_ROLES,
      },
      {
        // What every employee may read of the procedures; readers have them all.
        path: '/council-procedures',
        label: 'procedures.nav.council',
        exact: false,
        roles: null,
        notFor: PROCEDURE_READER_ROLES,
      },
    ],
  },
  {
    id: 'administration',
    label: 'nav.groups.administration',
    items: [
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
    ],
  },
];

function visibleTo(
  item: NavItem,
  roles: readonly Role[],
  context: NavContext,
): boolean {
  const has = (wanted: readonly Role[]) =>
    wanted.some((role) => roles.includes(role));
  return (
    (item.roles === null || has(item.roles)) &&
    !(item.notFor && has(item.notFor)) &&
    (!item.onlyWhen || context[item.onlyWhen])
  );
}

/** The groups a person with these roles sees, each with only their pages; empty groups are left out. */
export function navGroupsFor(
  roles: readonly Role[],
  context: NavContext = { devOutboxInUse: false },
): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => visibleTo(item, roles, context)),
  })).filter((group) => group.items.length > 0);
}

/** Every page a person with these roles reaches from the menu, in menu order (home first). */
export function navItemsFor(
  roles: readonly Role[],
  context: NavContext = { devOutboxInUse: false },
): NavItem[] {
  return [
    HOME_ITEM,
    ...navGroupsFor(roles, context).flatMap((group) => group.items),
  ];
}

/** The group that holds the page at this URL, for marking it current; the longest matching path wins. */
export function groupOfUrl(
  groups: readonly NavGroup[],
  url: string,
): NavGroupId | null {
  const path = url.split(/[?#]/)[0];
  let best: { id: NavGroupId; length: number } | null = null;
  for (const group of groups)
    for (const item of group.items) {
      const matches = item.exact
        ? path === item.path
        : path === item.path || path.startsWith(`${item.path}/`);
      if (matches && (!best || item.path.length > best.length))
        best = { id: group.id, length: item.path.length };
    }
  return best?.id ?? null;
}
