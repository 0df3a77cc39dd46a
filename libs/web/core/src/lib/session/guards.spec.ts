import { TestBed } from '@angular/core/testing';
import {
  Router,
  UrlTree,
  provideRouter,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
} from '@angular/router';
import type { Role } from '@inspraak/shared';
import {
  firstValueFrom,
  isObservable,
  of,
  throwError,
  type Observable,
} from 'rxjs';
import { authGuard, roleGuard } from './guards';
import { SessionService, type Viewer } from './session.service';

function viewerWith(roles: Role[]): Viewer {
  return {
    userId: 'u1',
    email: 'x@demo.inspraak.nl',
    displayName: 'X',
    roles,
    organisation: { id: 'o1', name: 'Demo' },
    organisations: [{ id: 'o1', name: 'Demo', roles }],
    signInMethod: 'PASSWORD',
  };
}

describe('route guards', () => {
  let load: jest.Mock<Observable<Viewer | null>, []>;
  let roles: Role[];

  beforeEach(() => {
    roles = [];
    load = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SessionService,
          useValue: {
            load,
            hasAnyRole: (wanted: readonly Role[]) =>
              wanted.some((r) => roles.includes(r)),
          },
        },
      ],
    });
  });

  async function run(
    guard: typeof authGuard,
    url = '/directory',
  ): Promise<boolean | string> {
    const state = { url } as RouterStateSnapshot;
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, state),
    );
    const value = isObservable(result)
      ? await firstValueFrom(result)
      : await result;
    if (value instanceof UrlTree)
      return TestBed.inject(Router).serializeUrl(value);
    if (typeof value === 'boolean') return value;
    throw new Error('unexpected guard result');
  }

  it('lets an adviser into the directory', async () => {
    roles = ['ADVISEUR'];
    load.mockReturnValue(of(viewerWith(roles)));
    expect(await run(roleGuard('ADVISEUR', 'HR'))).toBe(true);
  });

  it('lets HR into the directory', async () => {
    roles = ['HR', 'MEDEWERKER'];
    load.mockReturnValue(of(viewerWith(roles)));
    expect(await run(roleGuard('ADVISEUR', 'HR'))).toBe(true);
  });

  it('sends an employee without the role to the forbidden page', async () => {
    roles = ['MEDEWERKER'];
    load.mockReturnValue(of(viewerWith(roles)));
    expect(await run(roleGuard('ADVISEUR', 'HR'))).toBe('/forbidden');
  });

  it('sends someone who is not logged in to /login with the way back', async () => {
    load.mockReturnValue(of(null));
    expect(await run(roleGuard('ADVISEUR'), '/directory/import')).toBe(
      '/login?returnUrl=%2Fdirectory%2Fimport',
    );
    expect(await run(authGuard, '/')).toBe('/login?returnUrl=%2F');
  });

  it('treats a failing session check as not logged in', async () => {
    load.mockReturnValue(throwError(() => new Error('offline')));
    expect(await run(authGuard, '/')).toBe('/login?returnUrl=%2F');
  });

  it('lets any logged-in user past the auth guard', async () => {
    load.mockReturnValue(of(viewerWith(['OR_LID'])));
    expect(await run(authGuard, '/')).toBe(true);
  });
});
