import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@inspraak/shared';
import { GraphqlClient, SessionService, type Viewer } from '@inspraak/web-core';
import { of } from 'rxjs';
import { NAV_GROUPS, groupOfUrl, navGroupsFor, navItemsFor } from './nav-items';
import { Shell } from './shell';

function sessionWith(roles: Role[]) {
  const viewer = signal<Viewer | null>({
    userId: 'u1',
    email: 'x@demo.inspraak.nl',
    displayName: 'Sanne de Vries',
    roles,
    organisation: { id: 'o1', name: 'Zorggroep Demo' },
    organisations: [{ id: 'o1', name: 'Zorggroep Demo', roles }],
    signInMethod: 'PASSWORD',
  });
  return {
    viewer,
    roles: signal(roles),
    hasAnyRole: (wanted: readonly Role[]) =>
      wanted.some((r) => roles.includes(r)),
    logout: jest.fn(() => of(undefined)),
  };
}

describe('Shell', () => {
  async function setup(roles: Role[], devOutboxInUse = false) {
    localStorage.clear();
    const session = sessionWith(roles);
    const graphql = {
      request: jest.fn(() => of({ devOutboxInUse })),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SessionService, useValue: session },
        { provide: GraphqlClient, useValue: graphql },
      ],
    });
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return {
      fixture,
      el: fixture.nativeElement as HTMLElement,
      session,
      graphql,
    };
  }

  it('shows product, organisation, user, landmarks and a skip link', async () => {
    const { el } = await setup(['ADVISEUR']);
    expect(el.querySelector('header')?.textContent).toContain('Inspraak');
    expect(el.querySelector('header')?.textContent).toContain('Zorggroep Demo');
    expect(el.textContent).toContain('Ingelogd als Sanne de Vries');
    expect(el.querySelector('nav[aria-label="Hoofdnavigatie"]')).not.toBeNull();
    expect(el.querySelector('main#main-content')).not.toBeNull();
    expect(el.querySelector('a.skip-link')?.getAttribute('href')).toBe(
      '#main-content',
    );
  });

  it('shows the directory to an adviser but not to an employee', async () => {
    const adviser = await setup(['ADVISEUR']);
    expect(adviser.el.querySelector('nav')?.textContent).toContain(
      'Personeelsbestand',
    );
    TestBed.resetTestingModule();
    const employee = await setup(['MEDEWERKER']);
    expect(employee.el.querySelector('nav')?.textContent).not.toContain(
      'Personeelsbestand',
    );
  });

  it('shows "Mijn poolprofiel" to an employee and the skill catalogue only to an adviser', async () => {
    const employee = await setup(['MEDEWERKER']);
    const employeeNav = employee.el.querySelector('nav')?.textContent ?? '';
    expect(employeeNav).toContain('Mijn poolprofiel');
    expect(employeeNav).not.toContain('Vaardigheden');
    TestBed.resetTestingModule();
    const adviser = await setup(['ADVISEUR']);
    expect(adviser.el.querySelector('nav')?.textContent).toContain(
      'Vaardigheden',
    );
  });

  it('shows "Trajecten" and "Mijn participatie" to every member', async () => {
    const { el } = await setup(['MEDEWERKER']);
    const links = Array.from(el.querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toContain('Trajecten');
    expect(links).toContain('Mijn participatie');
  });

  it('links "Mijn account" for every member and has no organisation switch with one organisation', async () => {
    const { el } = await setup(['MEDEWERKER']);
    const links = Array.from(el.querySelectorAll('header a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toContain('Mijn account');
    expect(el.querySelector('#organisation-switch')).toBeNull();
  });

  it('opens the menu with the menu button and reports it', async () => {
    const { el, fixture } = await setup(['HR']);
    const button = el.querySelector<HTMLButtonElement>('#menu-button');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('#main-menu')?.classList).toContain('open');
  });

  it('links the development outbox for an adviser only while e-mail is kept there', async () => {
    const kept = await setup(['ADVISEUR'], true);
    expect(kept.el.querySelector('nav')?.textContent).toContain(
      'Uitgaande e-mail',
    );
    TestBed.resetTestingModule();
    const smtp = await setup(['ADVISEUR'], false);
    expect(smtp.el.querySelector('nav')?.textContent).not.toContain(
      'Uitgaande e-mail',
    );
    TestBed.resetTestingModule();
    const hr = await setup(['HR'], true);
    expect(hr.el.querySelector('nav')?.textContent).not.toContain(
      'Uitgaande e-mail',
    );
    // (The bell asks for its count; the outbox is not asked about.)
    const asked = (
      hr.graphql.request.mock.calls as unknown as [
        { definitions: { name?: { value: string } }[] },
      ][]
    ).map(([document]) => document.definitions[0]?.name?.value);
    expect(asked).not.toContain('DevOutboxInUse');
  });

  it('opens one task group at a time and closes it with Escape, focus back on its button', async () => {
    const { el, fixture } = await setup(['ADVISEUR']);
    const toggles = Array.from(
      el.querySelectorAll<HTMLButtonElement>('button.group-toggle'),
    );
    expect(toggles.map((b) => b.textContent?.replace('▾', '').trim())).toEqual([
      'Participatie',
      'Peilingen',
      'Medezeggenschap',
      'Beheer',
    ]);
    const [participation, surveys] = toggles;
    participation.click();
    await fixture.whenStable();
    expect(participation.getAttribute('aria-expanded')).toBe('true');
    const list = el.querySelector(
      `#${participation.getAttribute('aria-controls')}`,
    );
    expect(list?.classList).toContain('open');
    surveys.click();
    await fixture.whenStable();
    expect(participation.getAttribute('aria-expanded')).toBe('false');
    expect(surveys.getAttribute('aria-expanded')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(surveys.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement?.id).toBe('nav-group-surveys');
  });

  it('closes an open group on a click elsewhere', async () => {
    const { el, fixture } = await setup(['HR']);
    const toggle = el.querySelector<HTMLButtonElement>('button.group-toggle');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    el.querySelector<HTMLElement>('main')?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
  });

  it('logs out', async () => {
    const { el, session } = await setup(['HR']);
    el.querySelector<HTMLButtonElement>('button.logout')?.click();
    expect(session.logout).toHaveBeenCalled();
  });
});

describe('navigation by task', () => {
  const ROLES = [
    'MEDEWERKER',
    'ADVISEUR',
    'HR',
    'BESTUURDER',
    'OR_SECRETARIS',
    'OR_LID',
  ] as const;

  it('puts every page in exactly one group', () => {
    const paths = NAV_GROUPS.flatMap((g) => g.items.map((i) => i.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(ROLES)(
    'gives %s no two pages for the same task and only groups with a page for it',
    (role) => {
      const groups = navGroupsFor([role], { devOutboxInUse: true });
      expect(groups.every((g) => g.items.length > 0)).toBe(true);
      const paths = groups.flatMap((g) => g.items.map((i) => i.path));
      // The near-duplicates a new user met: the full page and the everyone-page side by side.
      expect(
        paths.includes('/procedures') && paths.includes('/council-procedures'),
      ).toBe(false);
      expect(
        paths.includes('/participation/pool') &&
          paths.includes('/participation/colleagues'),
      ).toBe(false);
      const labels = groups.flatMap((g) => g.items.map((i) => i.label));
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

  it('shows an employee only participation, surveys and co-determination', () => {
    expect(navGroupsFor(['MEDEWERKER']).map((g) => g.id)).toEqual([
      'participation',
      'surveys',
      'codetermination',
    ]);
    expect(navGroupsFor(['ADVISEUR']).map((g) => g.id)).toEqual([
      'participation',
      'surveys',
      'codetermination',
      'administration',
    ]);
  });

  it('marks the group of the current page, also on pages below a menu item', () => {
    const groups = navGroupsFor(['ADVISEUR']);
    expect(groupOfUrl(groups, '/participation/pool?x=1')).toBe('participation');
    expect(groupOfUrl(groups, '/trajectories/123/board')).toBe('participation');
    expect(groupOfUrl(groups, '/surveys/1/results')).toBe('surveys');
    expect(groupOfUrl(groups, '/procedures')).toBe('codetermination');
    expect(groupOfUrl(groups, '/accounts/invite')).toBe('administration');
    expect(groupOfUrl(groups, '/')).toBeNull();
    expect(groupOfUrl(groups, '/account')).toBeNull();
  });
});

describe('navItemsFor', () => {
  it('gives the directory to ADVISEUR and HR only', () => {
    expect(navItemsFor(['HR']).map((i) => i.path)).toContain('/directory');
    expect(navItemsFor(['OR_LID', 'BESTUURDER']).map((i) => i.path)).toEqual([
      '/',
      '/trajectories',
      '/my-participation',
      '/meetings',
      '/participation',
      '/participation/colleagues',
      '/my-surveys',
      '/surveys',
      '/procedures',
    ]);
  });

  it('gives the pool profile and the colleagues in the pool to every member and the skill catalogue and pool pages to ADVISEUR only', () => {
    expect(navItemsFor(['MEDEWERKER']).map((i) => i.path)).toEqual([
      '/',
      '/trajectories',
      '/my-participation',
      '/meetings',
      '/participation',
      '/participation/colleagues',
      '/my-surveys',
      '/council-procedures',
    ]);
    expect(navItemsFor(['HR']).map((i) => i.path)).toEqual([
      '/',
      '/trajectories',
      '/my-participation',
      '/meetings',
      '/participation',
      '/participation/colleagues',
      '/my-surveys',
      '/surveys',
      '/council-procedures',
      '/directory',
      '/accounts',
    ]);
    expect(navItemsFor(['ADVISEUR']).map((i) => i.path)).toEqual([
      '/',
      '/trajectories',
      '/my-participation',
      '/meetings',
      '/participation',
      '/participation/pool',
      '/participation/match',
      '/participation/draws',
      '/participation/agreements',
      '/participation/skills',
      '/my-surveys',
      '/surveys',
      '/procedures',
      '/directory',
      '/accounts',
      '/settings/organisation',
    ]);
    expect(
      navItemsFor(['ADVISEUR'], { devOutboxInUse: true }).map((i) => i.path),
    ).toContain('/outbox');
  });
});
