import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import type { Observable } from 'rxjs';

/**
 * A public account form that asks the API once per send: whether it was sent
 * (then every field problem shows, touched or not), whether a request is under
 * way, and the alert for a refusal. Create it in a field of the page.
 */
export class FormSubmission {
  private readonly destroyRef = inject(DestroyRef);

  readonly submitted = signal(false);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  /**
   * The person sends `form` (or the part of it that counts): the last alert
   * goes; an invalid form shows its problems and `onInvalid` moves the focus.
   * False when there is nothing to send (invalid, or already under way).
   */
  begin(form: AbstractControl, onInvalid: () => void): boolean {
    this.submitted.set(true);
    this.error.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      onInvalid();
      return false;
    }
    return !this.busy();
  }

  /** Sends the request for as long as the page lives; busy until it answers. */
  send<T>(
    request: Observable<T>,
    handlers: { next: (value: T) => void; error: (error: unknown) => void },
  ): void {
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        handlers.next(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        handlers.error(error);
      },
    });
  }
}
