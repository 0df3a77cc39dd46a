import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { I18nService, LocalTextPipe, TranslatePipe } from '@inspraak/web-core';
import { FormFieldComponent, describedBy } from '@inspraak/web-ui';
import type { ProcedureType } from '@inspraak/shared';
import type { LegalBasis } from '../data-access/procedures-api';
import type { TrajectoryOption } from '../data-access/evidence-sources-api';
import { fieldError } from '../shared/form-support';
import {
  itemChoice,
  itemLabel,
  type ProcedureForm,
} from './procedure-form.model';

/** The fields of a procedure (register and edit); the page owns the form and sends it. */
@Component({
  selector: 'isp-procedure-fields',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalTextPipe,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-fields.html',
  styleUrl: './procedure-fields.scss',
})
export class ProcedureFieldsComponent {
  private readonly i18n = inject(I18nService);

  readonly form = input.required<ProcedureForm>();
  readonly legalBases = input.required<readonly LegalBasis[]>();
  /** null while loading or when the trajectories could not be read. */
  readonly trajectories = input<readonly TrajectoryOption[] | null>(null);
  readonly showErrors = input(false);
  readonly idPrefix = input.required<string>();
  /** The stored request document's name, when editing. */
  readonly storedFileName = input<string | null>(null);
  /** Whether the kind can still change (the API fixes it once handling started). */
  readonly typeLocked = input(false);
  readonly fileChosen = output<File | null>();

  protected readonly describedBy = describedBy;

  /** The chosen kind, which decides how the sub-item is asked for. */
  protected readonly type = signal<ProcedureType>('ADVICE');
  protected readonly choice = computed(() =>
    itemChoice(this.type(), this.legalBases()),
  );
  protected readonly items = computed(() => {
    const basis = this.legalBases().find((b) => b.type === this.type());
    const language = this.i18n.language();
    return (basis?.items ?? []).map((item) => ({
      key: item.key,
      label: itemLabel(item, language),
    }));
  });

  constructor() {
    effect((onCleanup) => {
      const control = this.form().controls.type;
      this.type.set(control.value);
      const subscription = control.valueChanges.subscribe((value) =>
        this.type.set(value),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected id(name: string): string {
    return `${this.idPrefix()}-${name}`;
  }

  protected error(name: keyof ProcedureForm['controls']): string | null {
    return fieldError(this.i18n, this.form().controls[name], this.showErrors());
  }

  protected typeChanged(): void {
    this.form().controls.item.setValue('');
  }

  protected onFile(event: Event): void {
    this.fileChosen.emit((event.target as HTMLInputElement).files?.[0] ?? null);
  }
}
