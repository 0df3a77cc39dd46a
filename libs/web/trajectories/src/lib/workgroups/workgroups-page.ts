import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  loadable,
  pageActions,
  TranslatePipe,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CheckListComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
  type CheckListOption,
} from '@inspraak/web-ui';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import {
  WorkgroupsApi,
  type WorkgroupSummary,
} from '../data-access/workgroups-api';
import { controlError, showServerFieldErrors } from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { CALL_LIMITS, callInputOf, createCallForm } from './call-form.model';
import { WorkgroupStatusComponent } from './workgroup-status';

/** /trajectories/:id/workgroups: the trajectory's workgroups; those who steer open calls. */
@Component({
  selector: 'isp-workgroups-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CheckListComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    WorkgroupStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workgroups-page.html',
  styleUrl: './workgroups-page.scss',
})
export class WorkgroupsPageComponent {
  private readonly api = inject(WorkgroupsApi);
  private readonly trajectoriesApi = inject(TrajectoriesApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<'call'>();
  protected readonly describedBy = describedBy;
  protected readonly limits = CALL_LIMITS;

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly canOpenCall = computed(
    () => this.trajectory().steering && this.trajectory().status === 'ACTIVE',
  );
  protected readonly workgroups = loadable<WorkgroupSummary[]>([]);
  protected readonly skillOptions = signal<CheckListOption[]>([]);

  protected readonly callOpen = signal(false);
  protected readonly callSubmitted = signal(false);
  protected readonly callForm = createCallForm();

  constructor() {
    this.workgroups.load(this.api.workgroups(this.trajectory().id));
  }

  protected error(control: AbstractControl): string | null {
    return controlError(this.i18n, control, this.callSubmitted());
  }

  protected startCall(): void {
    this.callForm.reset(createCallForm().getRawValue());
    this.callSubmitted.set(false);
    this.callOpen.set(true);
    this.actions.clear();
    if (this.skillOptions().length === 0)
      this.trajectoriesApi
        .skills()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (skills) =>
            this.skillOptions.set(
              [...skills]
                .sort((a, b) =>
                  a.name.localeCompare(b.name, this.i18n.locale()),
                )
                .map((s) => ({ value: s.id, label: s.name })),
            ),
          error: (e: unknown) =>
            this.actions.say('call', 'error', this.i18n.errorMessage(e)),
        });
    this.actions.focus('#call-name');
  }

  protected cancelCall(): void {
    this.callOpen.set(false);
    this.actions.focus('#open-call-button');
  }

  protected openCall(event: Event): void {
    event.preventDefault();
    this.callSubmitted.set(true);
    if (this.actions.refuses('call', this.callForm)) return;
    this.actions.run(
      'call',
      this.api.openCall(this.trajectory().id, callInputOf(this.callForm)),
      (workgroup) => {
        this.workgroups.value.update((list) => [...list, workgroup]);
        this.callOpen.set(false);
        this.actions.focus('#workgroups-heading');
        return this.i18n.translate('trajectories.workgroups.callOpened', {
          name: workgroup.name,
        });
      },
      (e) => showServerFieldErrors(this.callForm, e),
    );
  }
}
