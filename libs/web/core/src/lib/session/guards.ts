import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@inspraak/shared';
import { catchError, map, of } from 'rxjs';
import { SessionService } from './session.service';

export const FORBIDDEN_PATH = '/forbidden';

/** Logged in, or off to /login with a way back. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.load().pipe(
    catchError(() => of(null)),
    map(
      (viewer) =>
        viewer !== null ||
        router.createUrlTree(['/login'], {
          queryParams: { returnUrl: state.url },
        }),
    ),
  );
};

/** Logged in with at least one of `roles`; otherwise the forbidden page (or /login when not logged in). */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionService);
    const router = inject(Router);
    return session.load().pipe(
      catchError(() => of(null)),
      map((viewer) => {
        if (!viewer)
          return router.createUrlTree(['/login'], {
            queryParams: { returnUrl: state.url },
          });
        return (
          session.hasAnyRole(roles) || router.createUrlTree([FORBIDDEN_PATH])
        );
      }),
    );
  };
}
