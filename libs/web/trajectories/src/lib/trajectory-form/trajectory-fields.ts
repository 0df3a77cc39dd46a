import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import type { TrajectoryStatus } from '@inspraak/shared';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  showsErrors,
  PeopleSearch,
} from '@inspraak/web-core';
import {
  CheckListComponent,
  FormFieldComponent,
  describedBy,
  type CheckListOption,
  PersonPickerComponent,
} from '@inspraak/web-ui';
import type { Department } from '../data-access/trajectories-api';
import { controlError } from '../shared/form-errors';
import {
  TRAJECTORY_STATUSES,
  endsBeforeStart,
  phasesEndingBeforeStart,
  type PhaseDatesForm,
  type TrajectoryForm,
} from './trajectory-form.model';

/** A phase's names, to label its date fields. */
export interface PhaseLabel {
  nl: string;
  en: string;
}

/**
 * The fields of a trajectory. The parent owns the form (`createTrajectoryForm`)
 * and the submit button; departments appear when the parent could load them.
 */
@Component({
  selector: 'isp-trajectory-fields',
  imports: [
    PersonPickerComponent,
    ReactiveFormsModule,
    TranslatePipe,
    FormFieldComponent,
    CheckListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trajectory-fields.html',
  styleUrl: './trajectory-fields.scss',
})
export class TrajectoryFieldsComponent {
  protected readonly people = inject(PeopleSearch);
  private readonly i18n = inject(I18nService);

  readonly form = input.required<TrajectoryForm>();
  /** Null: the directory is not available to this user; the field is left out. */
  readonly departments = input<readonly Department[] | null>(null);
  readonly showErrors = input(false);
  readonly idPrefix = input('trajectory');
  /** Editing an existing trajectory: its status can change too. */
  readonly withStatus = input(false);
  /** The trajectory's phases, in order: their dates are edited with the details (only when editing). */
  readonly phases = input<readonly PhaseLabel[]>([]);

  protected readonly describedBy = describedBy;
  protected readonly statuses = TRAJECTORY_STATUSES;
  protected readonly departmentOptions = computed<CheckListOption[]>(() =>
    [...(this.departments() ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()))
      .map((d) => ({ value: d.id, label: d.name })),
  );

  constructor() {
    // The form lives outside this view: re-render on its value, status and touched events.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() =>
        changeDetector.markForCheck(),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected id(name: string): string {
    return `${this.idPrefix()}-${name}`;
  }

  protected error(control: AbstractControl): string | null {
    return controlError(this.i18n, control, this.showErrors());
  }

  protected endsOnError(): string | null {
    const endsOn = this.form().controls.endsOn;
    const own = this.error(endsOn);
    if (own) return own;
    return endsBeforeStart(this.form()) &&
      showsErrors(endsOn, this.showErrors())
      ? this.i18n.translate('trajectories.validation.endBeforeStart')
      : null;
  }

  protected phaseName(index: number): string {
    const phase = this.phases()[index];
    if (!phase) return String(index + 1);
    return this.i18n.language() === 'en' ? phase.en : phase.nl;
  }

  protected phaseEndsOnError(
    index: number,
    dates: PhaseDatesForm,
  ): string | null {
    const endsOn = dates.controls.endsOn;
    const own = this.error(endsOn);
    if (own) return own;
    return phasesEndingBeforeStart(this.form()).includes(index) &&
      showsErrors(endsOn, this.showErrors())
      ? this.i18n.translate('trajectories.validation.endBeforeStart')
      : null;
  }

  protected statusKey(status: TrajectoryStatus): TranslationKey {
    return `trajectories.status.${status}`;
  }
}
