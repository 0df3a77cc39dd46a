import {
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  type Signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';
import type { Observable } from 'rxjs';

export type FeedbackKind = 'success' | 'error' | 'warning';

export interface Feedback {
  kind: FeedbackKind;
  text: string;
}

interface SectionFeedback<S extends string> extends Feedback {
  section: S;
}

/**
 * What a page's sections need around a request: one busy section at a time,
 * the message that belongs to a section (success, warning or the API's error)
 * and moving focus once the view has rendered. Create it in a field
 * initializer: `protected readonly actions = pageActions<'team' | 'phase'>();`.
 */
export class PageActions<S extends string> {
  readonly busy = signal<S | null>(null);
  private readonly feedback = signal<SectionFeedback<S>[]>([]);
  // One computed per section, so a template binding gets the same array until something is said.
  private readonly bySection = new Map<S, Signal<readonly Feedback[]>>();

  constructor(
    private readonly i18n: I18nService,
    private readonly destroyRef: DestroyRef,
    private readonly injector: Injector,
    private readonly host: ElementRef<HTMLElement>,
  ) {}

  /** The messages of one section, in the order they were said. */
  messagesFor(section: S): readonly Feedback[] {
    let messages = this.bySection.get(section);
    if (!messages) {
      messages = computed(() =>
        this.feedback().filter((f) => f.section === section),
      );
      this.bySection.set(section, messages);
    }
    return messages();
  }

  say(section: S, kind: FeedbackKind, text: string): void {
    this.feedback.update((list) => [...list, { section, kind, text }]);
  }

  clear(): void {
    this.feedback.set([]);
  }

  /**
   * Runs a request for a section: refuses while another one runs, clears the
   * old messages, and shows what `done` returns as success or the API's error.
   */
  run<T>(
    section: S,
    request: Observable<T>,
    done: (value: T) => string | null | void,
    failed?: (error: unknown) => void,
  ): void {
    if (this.busy()) return;
    this.busy.set(section);
    this.clear();
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(null);
        const text = done(value);
        if (text) this.say(section, 'success', text);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.say(section, 'error', this.i18n.errorMessage(error));
        failed?.(error);
      },
    });
  }

  /**
   * Whether a form cannot be sent yet; if so its problems are shown: every
   * field marked, a message for the section, focus on the first marked field.
   * `otherProblem` covers checks across fields that the form itself does not hold.
   */
  refuses(section: S, form: AbstractControl, otherProblem = false): boolean {
    if (form.valid && !otherProblem) return false;
    form.markAllAsTouched();
    this.refuse(section);
    return true;
  }

  /** Says the section's form has problems and focuses the first field marked invalid. */
  refuse(section: S): void {
    this.say(section, 'error', this.i18n.translate('common.fixErrors'));
    this.focus('[aria-invalid="true"]');
  }

  /** Focuses the first element matching `selector` after the next render. */
  focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}

export function pageActions<S extends string>(): PageActions<S> {
  return new PageActions<S>(
    inject(I18nService),
    inject(DestroyRef),
    inject(Injector),
    inject<ElementRef<HTMLElement>>(ElementRef),
  );
}
