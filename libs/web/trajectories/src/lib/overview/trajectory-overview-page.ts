import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import type { RegieTeamRole } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  pageActions,
  TranslatePipe,
  type TranslationKey,
  PeopleSearch,
} from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
  PersonPickerComponent,
} from '@inspraak/web-ui';
import { catchError, of } from 'rxjs';
import {
  TrajectoriesApi,
  type Department,
  type RegieTeamMember,
  type Trajectory,
} from '../data-access/trajectories-api';
import {
  controlError,
  notBlank,
  showServerFieldErrors,
} from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import {
  createTrajectoryForm,
  fillTrajectoryForm,
  hasDatesOutOfOrder,
  updateTrajectoryInputOf,
} from '../trajectory-form/trajectory-form.model';
import { TrajectoryFieldsComponent } from '../trajectory-form/trajectory-fields';
import { REGIE_TEAM_ROLES, regieTeamRoleKey } from './regie-team-roles';

type Section = 'details' | 'phases' | 'team';

/** /trajectories/:id: details, phases, the regie team and the timeline. */
@Component({
  selector: 'isp-trajectory-overview-page',
  imports: [
    PersonPickerComponent,
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    TrajectoryFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trajectory-overview-page.html',
  styleUrl: './trajectory-overview-page.scss',
})
export class TrajectoryOverviewPageComponent {
  protected readonly people = inject(PeopleSearch);
  private readonly api = inject(TrajectoriesApi);
  private readonly i18n = inject(I18nService);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<Section>();
  protected readonly describedBy = describedBy;
  protected readonly roles = REGIE_TEAM_ROLES;
  protected readonly roleKey = regieTeamRoleKey;

  /** Null while unknown or when the directory is not open to this user. */
  protected readonly departments = signal<Department[] | null>(null);
  protected readonly editing = signal(false);
  protected readonly editSubmitted = signal(false);
  protected readonly editForm = createTrajectoryForm();

  protected readonly teamForm = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.email],
    }),
    role: new FormControl<RegieTeamRole | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly teamSubmitted = signal(false);

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly departmentNames = computed(() => {
    const all = this.departments();
    const ids = this.trajectory().departmentIds;
    if (!all) return null;
    return ids
      .map((id) => all.find((d) => d.id === id)?.name)
      .filter((name): name is string => !!name);
  });
  /** The regie team must be complete before the trajectory leaves its first phase (the API's rule). */
  protected readonly blockedByTeam = computed(() => {
    const t = this.trajectory();
    return t.currentPhase === 0 && t.missingRoles.length > 0;
  });
  protected readonly missingRoleNames = computed(() =>
    this.trajectory()
      .missingRoles.map((role) => this.i18n.translate(regieTeamRoleKey(role)))
      .join(', '),
  );
  protected readonly previousPhase = computed(() => {
    const t = this.trajectory();
    return t.phases[t.currentPhase - 1] ?? null;
  });
  protected readonly nextPhase = computed(() => {
    const t = this.trajectory();
    return t.phases[t.currentPhase + 1] ?? null;
  });
  protected readonly canMove = computed(() => {
    const t = this.trajectory();
    return t.steering && t.status === 'ACTIVE';
  });

  constructor() {
    // Department names come from the directory, open to the advisor and HR only.
    this.api
      .departments()
      .pipe(catchError(() => of(null)))
      .subscribe((departments) => this.departments.set(departments));
  }

  protected phaseState(index: number): 'done' | 'current' | 'next' {
    const current = this.trajectory().currentPhase;
    if (index < current) return 'done';
    return index === current ? 'current' : 'next';
  }

  protected statusKey(): TranslationKey {
    return `trajectories.status.${this.trajectory().status}`;
  }

  protected error(control: AbstractControl, submitted: boolean): string | null {
    return controlError(this.i18n, control, submitted);
  }

  // --- Details

  protected startEditing(): void {
    fillTrajectoryForm(this.editForm, this.trajectory());
    this.editSubmitted.set(false);
    this.editing.set(true);
    this.actions.clear();
    this.actions.focus('#edit-title');
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.actions.focus('#edit-details-button');
  }

  protected saveDetails(event: Event): void {
    event.preventDefault();
    this.editSubmitted.set(true);
    if (
      this.actions.refuses(
        'details',
        this.editForm,
        hasDatesOutOfOrder(this.editForm),
      )
    )
      return;
    this.actions.run(
      'details',
      this.api.update(
        this.trajectory().id,
        updateTrajectoryInputOf(this.editForm),
      ),
      (saved) => {
        this.context.set(saved);
        this.editing.set(false);
        this.actions.focus('#details-heading');
        return this.i18n.translate('trajectories.overview.detailsSaved');
      },
      (e) => showServerFieldErrors(this.editForm, e),
    );
  }

  // --- Phases

  protected move(toPhase: number): void {
    this.actions.run(
      'phases',
      this.api.movePhase(this.trajectory().id, toPhase),
      (saved) => {
        this.context.set(saved);
        this.actions.focus('#phases-heading');
        const phase = saved.phases[saved.currentPhase];
        return this.i18n.translate('trajectories.overview.moved', {
          name: phase ? this.phaseName(phase) : '',
        });
      },
    );
  }

  protected phaseName(phase: { nl: string; en: string }): string {
    return this.i18n.language() === 'en' ? phase.en : phase.nl;
  }

  // --- Regie team

  protected teamError(field: 'email' | 'role'): string | null {
    return this.error(this.teamForm.controls[field], this.teamSubmitted());
  }

  protected addMember(event: Event): void {
    event.preventDefault();
    this.teamSubmitted.set(true);
    const { email, role } = this.teamForm.getRawValue();
    if (this.teamForm.invalid || !role) {
      this.teamForm.markAllAsTouched();
      this.actions.focus(
        this.teamForm.controls.email.invalid ? '#team-email' : '#team-role',
      );
      return;
    }
    this.actions.run(
      'team',
      this.api.addTeamMember({
        trajectoryId: this.trajectory().id,
        email: email.trim(),
        role,
      }),
      (saved) => {
        this.context.set(saved);
        this.teamForm.reset({ email: '', role: '' });
        this.teamSubmitted.set(false);
        this.actions.focus('#team-email');
        const added = saved.regieTeam.find(
          (m) => m.email.toLowerCase() === email.trim().toLowerCase(),
        );
        return this.i18n.translate('trajectories.team.added', {
          name: added?.displayName ?? email.trim(),
          role: this.i18n.translate(regieTeamRoleKey(role)),
        });
      },
      (e) => showServerFieldErrors(this.teamForm, e),
    );
  }

  protected removeMember(member: RegieTeamMember): void {
    this.actions.run(
      'team',
      this.api.removeTeamMember(this.trajectory().id, member.userId),
      (saved: Trajectory) => {
        this.context.set(saved);
        this.actions.focus('#team-heading');
        return this.i18n.translate('trajectories.team.removed', {
          name: member.displayName,
        });
      },
    );
  }
}
