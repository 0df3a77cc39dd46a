import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  DEFAULT_PHASES,
  MAX_PHASE_NAME_LENGTH,
  MAX_PHASES,
  type PhaseName,
} from '@inspraak/domain';
import {
  I18nService,
  loadable,
  pageActions,
  TranslatePipe,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import { controlError, notBlank } from '../shared/form-errors';

type PhaseForm = FormGroup<{
  nl: FormControl<string>;
  en: FormControl<string>;
  decision: FormControl<boolean>;
}>;

const name = () =>
  new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(MAX_PHASE_NAME_LENGTH)],
  });

function phaseForm(phase: PhaseName): PhaseForm {
  const form: PhaseForm = new FormGroup({
    nl: name(),
    en: name(),
    decision: new FormControl(false, { nonNullable: true }),
  });
  form.setValue({ nl: phase.nl, en: phase.en, decision: phase.decision });
  return form;
}

/** The Dutch names that occur more than once (the API wants each phase unique), lower-cased. */
function duplicateNames(phases: readonly PhaseName[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const phase of phases) {
    const key = phase.nl.trim().toLocaleLowerCase('nl');
    if (!key) continue;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/**
 * /trajectories/phases (advisor): the organisation's list of phases that new
 * trajectories copy, in order, in Dutch and English. Running trajectories keep
 * the phases they started with.
 */
@Component({
  selector: 'isp-phase-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './phase-settings-page.html',
  styleUrl: './phase-settings-page.scss',
})
export class PhaseSettingsPageComponent {
  private readonly api = inject(TrajectoriesApi);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<'phases'>();
  protected readonly describedBy = describedBy;
  protected readonly maxPhases = MAX_PHASES;
  protected readonly loaded = loadable<PhaseName[] | null>(null);
  protected readonly submitted = signal(false);
  protected readonly phases = new FormArray<PhaseForm>([]);

  constructor() {
    this.loaded.load(this.api.phaseSettings(), (list) => {
      if (list) this.fill(list);
    });
  }

  private fill(list: readonly PhaseName[]): void {
    // Same length (as after saving): keep the fields, so focus and the DOM stay put.
    if (list.length === this.phases.length) {
      this.phases.setValue(
        list.map((p) => ({ nl: p.nl, en: p.en, decision: p.decision })),
      );
      this.phases.markAsUntouched();
      return;
    }
    this.phases.clear();
    for (const phase of list) this.phases.push(phaseForm(phase));
  }

  protected error(control: AbstractControl): string | null {
    return controlError(this.i18n, control, this.submitted());
  }

  /** The Dutch name's own problem, or that another phase has the same name. */
  protected nlError(index: number): string | null {
    const control = this.phases.at(index).controls.nl;
    const own = this.error(control);
    if (own) return own;
    const key = control.value.trim().toLocaleLowerCase('nl');
    return showsErrors(control, this.submitted()) &&
      duplicateNames(this.phases.getRawValue()).has(key)
      ? this.i18n.translate('trajectories.phaseSettings.duplicate')
      : null;
  }

  protected add(): void {
    if (this.phases.length >= MAX_PHASES) return;
    this.phases.push(phaseForm({ nl: '', en: '', decision: false }));
    this.actions.focus(`#phase-nl-${this.phases.length - 1}`);
  }

  protected remove(index: number): void {
    if (this.phases.length <= 1) return;
    this.phases.removeAt(index);
    this.actions.focus('#phase-list-heading');
  }

  protected move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.phases.length) return;
    const phase = this.phases.at(index);
    this.phases.removeAt(index);
    this.phases.insert(to, phase);
    this.actions.focus(`#phase-${by < 0 ? 'up' : 'down'}-${to}`);
  }

  /** No phase marked: the advisor's "trajectories without a procedure" view stays empty, so the page says so. */
  protected noDecisionPhase(): boolean {
    return !this.phases.getRawValue().some((phase) => phase.decision);
  }

  protected restoreDefaults(): void {
    this.fill(DEFAULT_PHASES);
    this.submitted.set(false);
    this.actions.clear();
    this.actions.focus('#phase-nl-0');
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    const list = this.phases.getRawValue();
    if (
      this.actions.refuses('phases', this.phases, duplicateNames(list).size > 0)
    )
      return;
    this.actions.run(
      'phases',
      this.api.updatePhaseSettings(
        list.map((p) => ({
          nl: p.nl.trim(),
          en: p.en.trim(),
          decision: p.decision,
        })),
      ),
      (saved) => {
        this.fill(saved);
        this.submitted.set(false);
        this.actions.focus('#phase-list-heading');
        return this.i18n.translate('trajectories.phaseSettings.saved');
      },
    );
  }
}
