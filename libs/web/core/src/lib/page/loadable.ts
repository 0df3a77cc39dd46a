import { DestroyRef, inject, signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { I18nService } from '../i18n/i18n.service';
import type { Observable } from 'rxjs';

/**
 * What a page shows once it is loaded: the value, whether it is loading, and
 * the API's message to show instead when loading failed. Create it in a field
 * initializer: `protected readonly meetings = loadable<Meeting[]>([]);`.
 */
export class Loadable<T> {
  readonly value: WritableSignal<T>;
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  constructor(
    initial: T,
    private readonly i18n: I18nService,
    private readonly destroyRef: DestroyRef,
  ) {
    this.value = signal(initial);
  }

  load(request: Observable<T>, then?: (value: T) => void): void {
    this.loading.set(true);
    this.error.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.value.set(value);
        this.loading.set(false);
        then?.(value);
      },
      error: (e: unknown) => {
        this.error.set(this.i18n.errorMessage(e));
        this.loading.set(false);
      },
    });
  }

  /** Loads it again in the background after a change: the page keeps showing what it has (and keeps focus) meanwhile. */
  refresh(request: Observable<T>): void {
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => this.value.set(value),
      // What is shown stays; the change itself already reported how it went.
      error: () => undefined,
    });
  }
}

export function loadable<T>(initial: T): Loadable<T> {
  return new Loadable(initial, inject(I18nService), inject(DestroyRef));
}
