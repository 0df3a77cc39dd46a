import { DestroyRef, inject, signal } from '@angular/core';
import type { ProcedureInput } from '@inspraak/shared';
import { I18nService, type PageActions } from '@inspraak/web-core';
import type { Observable } from 'rxjs';
import { EvidenceSourcesApi } from '../data-access/evidence-sources-api';
import { ProceduresApi, type Procedure } from '../data-access/procedures-api';
import { applyServerErrors } from '../shared/form-support';
import {
  ProcedureFormOptions,
  withRequestFile,
} from './procedure-form-options';
import {
  createProcedureForm,
  fillProcedureForm,
  itemMissing,
  procedureInputOf,
} from './procedure-form.model';

/** Where focus goes when the form opens and after it closes. */
export interface EditorFocus {
  opened: string;
  closed: string;
}

/**
 * Registering or editing a procedure in one section of a page: the form,
 * what it chooses from, the chosen request document, opening and closing,
 * and sending it through the page's actions. Create it in a field initializer:
 * `protected readonly editor = procedureEditor(this.actions, 'register', {…});`.
 */
export class ProcedureEditor<S extends string> {
  readonly form = createProcedureForm();
  readonly submitted = signal(false);
  readonly isOpen = signal(false);
  private file: File | null = null;

  constructor(
    readonly options: ProcedureFormOptions,
    private readonly actions: PageActions<S>,
    private readonly section: S,
    private readonly i18n: I18nService,
    private readonly focus: EditorFocus,
  ) {}

  /** Opens the form afresh (empty, or filled with `procedure`) and loads the choices. */
  open(procedure: Procedure | null): void {
    this.actions.clear();
    if (procedure) fillProcedureForm(this.form, procedure);
    else this.form.reset();
    this.file = null;
    this.submitted.set(false);
    this.options.load((e) =>
      this.actions.say(this.section, 'error', this.i18n.errorMessage(e)),
    );
    this.isOpen.set(true);
    this.actions.focus(this.focus.opened);
  }

  close(): void {
    this.isOpen.set(false);
    this.actions.focus(this.focus.closed);
  }

  fileChosen(file: File | null): void {
    this.file = file;
  }

  /**
   * Sends the form with `send` as the section's request, or shows its problems
   * and sends nothing; the API's field messages land on the fields.
   */
  submit(
    event: Event,
    send: (input: ProcedureInput) => Observable<Procedure>,
    done: (procedure: Procedure) => string | void,
  ): void {
    event.preventDefault();
    this.submitted.set(true);
    const bases = this.options.legalBases();
    if (itemMissing(this.form, bases))
      this.form.controls.item.setErrors({ required: true });
    if (this.actions.refuses(this.section, this.form)) return;
    this.actions.run(
      this.section,
      withRequestFile(this.file, (document) =>
        send(procedureInputOf(this.form, bases, document)),
      ),
      done,
      (e) => applyServerErrors(this.form, e),
    );
  }
}

export function procedureEditor<S extends string>(
  actions: PageActions<S>,
  section: S,
  focus: EditorFocus,
): ProcedureEditor<S> {
  return new ProcedureEditor(
    new ProcedureFormOptions(
      inject(ProceduresApi),
      inject(EvidenceSourcesApi),
      inject(DestroyRef),
    ),
    actions,
    section,
    inject(I18nService),
    focus,
  );
}
