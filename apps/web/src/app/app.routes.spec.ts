import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role } from '@inspraak/shared';
import { SessionService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  async function landingFor(roles: Role[], url: string): Promise<string> {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        {
          provide: SessionService,
          useValue: {
            load: () =>
              of({
                userId: 'u1',
                email: 'x@demo.inspraak.nl',
                displayName: 'X',
                roles,
                organisation: { id: 'o1', name: 'Demo' },
              }),
            hasAnyRole: (wanted: readonly Role[]) =>
              wanted.some((r) => roles.includes(r)),
          },
        },
      ],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    return router.url;
  }

  it('opens the password and invitation pages and how survey answers are protected without a login, and "Mijn account" for every member', async () => {
    for (const path of [
      '/forgot-password',
      '/reset-password/tok',
      '/invite/tok',
      '/privacy/vragenlijsten',
    ]) {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [
          provideRouter(appRoutes),
          { provide: SessionService, useValue: { load: () => of(null) } },
        ],
      });
      const router = TestBed.inject(Router);
      await router.navigateByUrl(path);
      expect(router.url).toBe(path);
    }
    expect(await landingFor(['MEDEWERKER'], '/account')).toBe('/account');
    // Their layout does not catch "/": the start page stays in the shell.
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    let leaf = router.routerState.snapshot.root;
    while (leaf.firstChild) leaf = leaf.firstChild;
    expect(leaf.title).toBe('titles.home');
  });

  it('opens how survey answers are protected for a signed-in member without an author role', async () => {
    expect(await landingFor(['OR_LID'], '/privacy/vragenlijsten')).toBe(
      '/privacy/vragenlijsten',
    );
  });

  it('opens "Meedoen" for every member', async () => {
    expect(await landingFor(['MEDEWERKER'], '/participation')).toBe(
      '/participation',
    );
    expect(await landingFor(['OR_LID'], '/participation')).toBe(
      '/participation',
    );
  });

  it('opens the colleagues in the pool for every member', async () => {
    for (const roles of [['MEDEWERKER'], ['OR_LID'], ['HR']] as Role[][])
      expect(await landingFor(roles, '/participation/colleagues')).toBe(
        '/participation/colleagues',
      );
  });

  it('keeps the skill catalogue for ADVISEUR', async () => {
    expect(await landingFor(['ADVISEUR'], '/participation/skills')).toBe(
      '/participation/skills',
    );
    expect(
      await landingFor(['MEDEWERKER', 'HR'], '/participation/skills'),
    ).toBe('/forbidden');
  });

  it.each([
    '/participation/pool',
    '/participation/agreements',
    '/participation/match',
    '/participation/draws',
  ])('keeps %s for ADVISEUR', async (path) => {
    expect(await landingFor(['ADVISEUR'], path)).toBe(path);
    expect(await landingFor(['MEDEWERKER', 'HR', 'OR_LID'], path)).toBe(
      '/forbidden',
    );
  });

  it("keeps the WOR procedures for those who read them; every member sees the council's list", async () => {
    for (const roles of [
      ['OR_SECRETARIS'],
      ['OR_LID'],
      ['ADVISEUR'],
      ['BESTUURDER'],
    ] as Role[][])
      expect(await landingFor(roles, '/procedures')).toBe('/procedures');
    expect(await landingFor(['MEDEWERKER', 'HR'], '/procedures')).toBe(
      '/forbidden',
    );
    expect(await landingFor(['OR_LID'], '/procedures/settings')).toBe(
      '/procedures/settings',
    );
    expect(await landingFor(['ADVISEUR'], '/procedures/settings')).toBe(
      '/forbidden',
    );
    expect(await landingFor(['MEDEWERKER'], '/council-procedures')).toBe(
      '/council-procedures',
    );
  });

  it.each(['/trajectories', '/my-participation'])(
    'opens %s for every member',
    async (path) => {
      expect(await landingFor(['MEDEWERKER'], path)).toBe(path);
      expect(await landingFor(['OR_LID'], path)).toBe(path);
    },
  );

  it('keeps /surveys for the survey authors and opens /my-surveys for every member', async () => {
    for (const role of [
      'ADVISEUR',
      'HR',
      'OR_SECRETARIS',
      'BESTUURDER',
    ] as Role[])
      expect(await landingFor([role], '/surveys')).toBe('/surveys');
    expect(await landingFor(['MEDEWERKER', 'OR_LID'], '/surveys')).toBe(
      '/forbidden',
    );
    expect(await landingFor(['MEDEWERKER'], '/my-surveys')).toBe('/my-surveys');
  });

  it('opens /accounts for ADVISEUR and HR and keeps /settings/organisation for ADVISEUR', async () => {
    for (const role of ['ADVISEUR', 'HR'] as Role[]) {
      expect(await landingFor([role], '/accounts')).toBe('/accounts');
      expect(await landingFor([role], '/accounts/invite')).toBe(
        '/accounts/invite',
      );
    }
    expect(
      await landingFor(['MEDEWERKER', 'OR_LID', 'BESTUURDER'], '/accounts'),
    ).toBe('/forbidden');
    expect(await landingFor(['ADVISEUR'], '/settings/organisation')).toBe(
      '/settings/organisation',
    );
    expect(
      await landingFor(['HR', 'MEDEWERKER'], '/settings/organisation'),
    ).toBe('/forbidden');
  });
});
