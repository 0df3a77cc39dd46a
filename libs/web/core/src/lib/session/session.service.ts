import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  LoginDocument,
  LogoutDocument,
  ViewerDocument,
  type Role,
  type ViewerFieldsFragment,
} from '@inspraak/shared';
import { Observable, finalize, map, of, shareReplay, tap } from 'rxjs';
import { GraphqlClient } from '../api/graphql-client';
import { clearPersonalStorage } from './personal-storage';

export type Viewer = ViewerFieldsFragment;

/** Who is logged in. Loaded once on start, replaced on login, cleared on logout or when the API says so. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly currentViewer = signal<Viewer | null>(null);
  private readonly loaded = signal(false);
  private pending: Observable<Viewer | null> | null = null;

  readonly viewer = this.currentViewer.asReadonly();
  readonly isLoaded = this.loaded.asReadonly();
  readonly isAuthenticated = computed(() => this.currentViewer() !== null);
  readonly roles = computed<readonly Role[]>(
    () => this.currentViewer()?.roles ?? [],
  );

  constructor() {
    this.graphql.unauthenticated$.subscribe(() => this.clear());
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    const mine = this.roles();
    return roles.some((role) => mine.includes(role));
  }

  /** The viewer, asking the API only the first time (or after `clear()`). */
  load(): Observable<Viewer | null> {
    if (this.loaded()) return of(this.currentViewer());
    this.pending ??= this.graphql
      .request(ViewerDocument, {}, { redirectOnUnauthenticated: false })
      .pipe(
        map((data) => data.viewer),
        tap((viewer) => this.setViewer(viewer)),
        finalize(() => (this.pending = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.pending;
  }

  login(email: string, password: string): Observable<Viewer> {
    return this.graphql
      .request(
        LoginDocument,
        { input: { email, password } },
        { redirectOnUnauthenticated: false },
      )
      .pipe(
        map((data) => data.login),
        tap((viewer) => this.setViewer(viewer)),
      );
  }

  logout(): Observable<void> {
    return this.graphql
      .request(LogoutDocument, {}, { redirectOnUnauthenticated: false })
      .pipe(
        map(() => undefined),
        finalize(() => {
          this.clear();
          // A shared device: the next person must not find this one's unsent work.
          clearPersonalStorage();
          void this.router.navigate(['/login']);
        }),
      );
  }

  /**
   * Continues as the viewer a mutation answered with: an accepted invitation
   * signs in, a switch of organisation changes organisation and roles.
   */
  replaceViewer(viewer: Viewer): void {
    this.setViewer(viewer);
  }

  clear(): void {
    this.currentViewer.set(null);
    this.loaded.set(false);
  }

  private setViewer(viewer: Viewer | null): void {
    this.currentViewer.set(viewer);
    this.loaded.set(true);
  }
}
