import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { TrajectoryStatus } from '@inspraak/shared';
import {
  loadable,
  LocalDatePipe,
  LocalTextPipe,
  pageActions,
  SessionService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';
import { catchError, of } from 'rxjs';
import { MeetingsApi, type ActionItem } from '../data-access/meetings-api';
import {
  TrajectoriesApi,
  type Department,
  type TrajectorySummary,
} from '../data-access/trajectories-api';
import { showServerFieldErrors } from '../shared/form-errors';
import {
  createTrajectoryForm,
  endsBeforeStart,
  trajectoryInputOf,
} from '../trajectory-form/trajectory-form.model';
import { TrajectoryFieldsComponent } from '../trajectory-form/trajectory-fields';

/** /trajectories: the trajectories I may see; the advisor starts new ones and watches overdue actions. */
@Component({
  selector: 'isp-trajectories-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    SectionFeedbackComponent,
    TrajectoryFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trajectories-page.html',
  styleUrl: './trajectories-page.scss',
})
export class TrajectoriesPageComponent {
  private readonly api = inject(TrajectoriesApi);
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly actions = pageActions<'create'>();

  private readonly session = inject(SessionService);
  protected readonly isAdvisor = computed(() =>
    this.session.hasAnyRole(['ADVISEUR']),
  );
  protected readonly trajectories = loadable<TrajectorySummary[]>([]);
  protected readonly overdue = loadable<ActionItem[]>([]);

  protected readonly creating = signal(false);
  protected readonly createSubmitted = signal(false);
  protected readonly createForm = createTrajectoryForm();
  protected readonly departments = signal<Department[] | null>(null);

  constructor() {
    this.trajectories.load(this.api.trajectories());
    if (this.isAdvisor()) this.overdue.load(this.meetingsApi.overdueActions());
  }

  protected statusKey(status: TrajectoryStatus): TranslationKey {
    return `trajectories.status.${status}`;
  }

  protected phaseOf(t: TrajectorySummary) {
    return t.phases[t.currentPhase] ?? { nl: '', en: '' };
  }

  protected openCreate(): void {
    this.createForm.reset();
    this.createSubmitted.set(false);
    this.creating.set(true);
    this.actions.clear();
    if (this.departments() === null)
      this.api
        .departments()
        .pipe(
          catchError(() => of(null)),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((list) => this.departments.set(list));
    this.actions.focus('#new-title');
  }

  protected closeCreate(): void {
    this.creating.set(false);
    this.actions.focus('#new-trajectory-button');
  }

  protected create(event: Event): void {
    event.preventDefault();
    this.createSubmitted.set(true);
    if (
      this.actions.refuses(
        'create',
        this.createForm,
        endsBeforeStart(this.createForm),
      )
    )
      return;
    this.actions.run(
      'create',
      this.api.create(trajectoryInputOf(this.createForm)),
      (created) => {
        void this.router.navigate(['/trajectories', created.id]);
      },
      (e) => showServerFieldErrors(this.createForm, e),
    );
  }
}
