import { of } from 'rxjs';
import type { Board, BoardPost } from '../data-access/board-api';
import type { ActionItem, Meeting } from '../data-access/meetings-api';
import type { Trajectory } from '../data-access/trajectories-api';
import type { WorkgroupSummary } from '../data-access/workgroups-api';

/** Test data and DOM helpers for the trajectory specs. */
export function trajectory(overrides: Partial<Trajectory> = {}): Trajectory {
  return {
    id: 't1',
    title: 'Nieuw rooster',
    description: 'Roosters per team.',
    decision: 'De bestuurder besluit.',
    departmentIds: [],
    startsOn: null,
    endsOn: null,
    budgetLine: null,
    published: true,
    status: 'ACTIVE',
    currentPhase: 0,
    phases: [
      {
        nl: 'Verkenning',
        en: 'Exploration',
        decision: false,
        startsOn: null,
        endsOn: null,
      },
      {
        nl: 'Ontwerp',
        en: 'Design',
        decision: false,
        startsOn: null,
        endsOn: null,
      },
      {
        nl: 'Besluitvorming',
        en: 'Decision-making',
        decision: true,
        startsOn: null,
        endsOn: null,
      },
    ],
    steering: true,
    missingRoles: [],
    ownerName: 'Anouk de Adviseur',
    ownerEmail: 'adviseur@example.test',
    regieTeam: [],
    timeline: [],
    ...overrides,
  };
}

export function post(overrides: Partial<BoardPost> = {}): BoardPost {
  return {
    id: 'p1',
    trajectoryId: 't1',
    phase: 0,
    kind: 'PRO',
    text: 'Meer invloed op mijn diensten.',
    authorName: 'Mo Medewerker',
    nameHidden: false,
    mine: false,
    hidden: false,
    hiddenReason: null,
    response: null,
    respondedAt: null,
    supportCount: 0,
    supportedByMe: false,
    themeId: null,
    createdAt: '2026-05-01T09:00:00.000Z',
    ...overrides,
  };
}

export function board(overrides: Partial<Board> = {}): Board {
  return {
    trajectoryId: 't1',
    phase: 0,
    open: true,
    canModerate: false,
    summary: null,
    posts: [],
    themes: [],
    counts: [
      { kind: 'PRO', count: 0 },
      { kind: 'CON', count: 0 },
      { kind: 'IDEA', count: 0 },
      { kind: 'QUESTION', count: 0 },
    ],
    participation: {
      threshold: 5,
      totalAuthors: null,
      otherAuthors: 0,
      departments: [],
    },
    ...overrides,
  };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    trajectoryId: 't1',
    workgroupId: null,
    kind: 'REGIE_TEAM',
    title: 'Regieteam overleg',
    startsAt: '2026-06-01T08:00:00.000Z',
    endsAt: '2026-06-01T09:30:00.000Z',
    location: 'Zaal 2',
    invitedOn: '2026-05-29',
    noticeDays: 3,
    shortNotice: true,
    invited: true,
    minutesRecordedAt: null,
    canEdit: true,
    cancelledAt: null,
    cancelReason: null,
    organiserName: 'Anouk de Adviseur',
    minutes: null,
    agendaItems: [],
    invitees: [
      {
        userId: 'u1',
        displayName: 'Anouk de Adviseur',
        email: 'adviseur@example.test',
      },
    ],
    ...overrides,
  };
}

export function workgroup(
  overrides: Partial<WorkgroupSummary> = {},
): WorkgroupSummary {
  return {
    id: 'w1',
    trajectoryId: 't1',
    trajectoryTitle: 'Nieuw rooster',
    name: 'Werkgroep roosters',
    goal: 'Een voorstel voor zelfroosteren.',
    skillIds: [],
    skillNames: [],
    size: 5,
    hoursPerMonth: 4,
    closesOn: '2026-12-31',
    callStatus: 'OPEN',
    memberCount: 0,
    leadUserId: null,
    finalReport: null,
    reportSubmittedAt: null,
    myStatus: null,
    canManage: false,
    ...overrides,
  };
}

export function action(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1',
    trajectoryId: 't1',
    trajectoryTitle: 'Nieuw rooster',
    meetingId: 'm1',
    description: 'Roosterdata aanleveren',
    ownerUserId: 'u-employee',
    ownerName: 'Mo Medewerker',
    dueOn: '2026-06-15',
    status: 'OPEN',
    doneAt: null,
    overdue: false,
    confidential: false,
    ...overrides,
  };
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function type(el: HTMLElement, selector: string, value: string): void {
  const field = el.querySelector<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >(selector);
  if (!field) throw new Error(`no ${selector}`);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
  );
}

export function buttonByText(
  el: HTMLElement,
  label: string,
): HTMLButtonElement {
  const button = Array.from(el.querySelectorAll('button')).find((b) =>
    text(b).startsWith(label),
  );
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}

/** Colleagues the person picker finds in the specs (`PeopleSearch` stand-in). */
export const PEOPLE = [
  {
    userId: 'u-director',
    displayName: 'Bas Bestuurder',
    email: 'bestuurder@demo.inspraak.nl',
    departmentName: null,
    jobTitle: null,
  },
  {
    userId: 'u-hr',
    displayName: 'Hanna HR',
    email: 'hr@example.test',
    departmentName: 'HR',
    jobTitle: null,
  },
  {
    userId: 'u-employee',
    displayName: 'Mila Medewerker',
    email: 'medewerker@demo.inspraak.nl',
    departmentName: 'Zorg',
    jobTitle: null,
  },
];

export const PEOPLE_SEARCH = {
  search: (query: string) =>
    of(
      PEOPLE.filter((p) =>
        p.displayName.toLowerCase().includes(query.toLowerCase()),
      ),
    ),
  texts: () => ({
    searching: 'Zoeken…',
    none: 'Niemand gevonden met “{query}”.',
    results: '{count} gevonden.',
    chosen: 'Gekozen: {name}',
  }),
};

/** Chooses a colleague in a person picker: types the name, waits for the list, clicks the option. */
export async function choosePerson(
  el: HTMLElement,
  selector: string,
  name: string,
  stable: () => Promise<unknown>,
): Promise<void> {
  type(el, selector, name);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await stable();
  const option = Array.from(el.querySelectorAll('[role="option"]')).find((o) =>
    text(o).startsWith(name),
  );
  if (!option) throw new Error(`no option "${name}"`);
  (option as HTMLElement).click();
  await stable();
}
