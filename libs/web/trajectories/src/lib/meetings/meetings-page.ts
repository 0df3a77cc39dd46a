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
import type { MeetingKind } from '@inspraak/shared';
import {
  I18nService,
  loadable,
  LocalDatePipe,
  pageActions,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import {
  MeetingsApi,
  type Meeting,
  type MeetingSummary,
} from '../data-access/meetings-api';
import {
  WorkgroupsApi,
  type WorkgroupSummary,
} from '../data-access/workgroups-api';
import { controlError, showServerFieldErrors } from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import {
  MEETING_KINDS,
  MEETING_LIMITS,
  createAgendaItem,
  createMeetingForm,
  meetingFormProblems,
  meetingInputOf,
  plannedNotice,
} from './meeting-form.model';

/** /trajectories/:id/meetings: the trajectory's meetings; those who steer schedule them. */
@Component({
  selector: 'isp-meetings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meetings-page.html',
  styleUrl: './meetings-page.scss',
})
export class MeetingsPageComponent {
  private readonly api = inject(MeetingsApi);
  private readonly workgroupsApi = inject(WorkgroupsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<'schedule' | 'list'>();
  protected readonly describedBy = describedBy;
  protected readonly kinds = MEETING_KINDS;
  protected readonly limits = MEETING_LIMITS;

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly canSchedule = computed(
    () => this.trajectory().steering && this.trajectory().status === 'ACTIVE',
  );
  protected readonly meetings = loadable<MeetingSummary[]>([]);
  protected readonly workgroups = signal<WorkgroupSummary[]>([]);
  /** The meeting just scheduled, with its link and notice warning. */
  protected readonly scheduled = signal<Meeting | null>(null);

  protected readonly scheduling = signal(false);
  protected readonly submitted = signal(false);
  protected readonly form = createMeetingForm();

  constructor() {
    this.meetings.load(this.api.meetings(this.trajectory().id));
  }

  protected kindKey(kind: MeetingKind): TranslationKey {
    return `trajectories.meetings.kinds.${kind}`;
  }

  protected error(control: AbstractControl): string | null {
    return controlError(this.i18n, control, this.submitted());
  }

  protected workgroupError(): string | null {
    if (!this.submitted() && !this.form.controls.workgroupId.touched)
      return null;
    return meetingFormProblems(this.form).workgroupId
      ? this.i18n.translate('trajectories.meetings.workgroupRequired')
      : this.error(this.form.controls.workgroupId);
  }

  protected endsAtError(): string | null {
    const own = this.error(this.form.controls.endsAt);
    if (own) return own;
    const touched =
      this.submitted() ||
      (this.form.controls.startsAt.touched &&
        this.form.controls.endsAt.touched);
    return touched && meetingFormProblems(this.form).times === 'meetingTimes'
      ? this.i18n.translate('trajectories.validation.meetingTimes')
      : null;
  }

  protected startScheduling(): void {
    this.form.reset();
    this.form.controls.agenda.clear();
    this.form.controls.agenda.push(createAgendaItem());
    this.submitted.set(false);
    this.scheduled.set(null);
    this.scheduling.set(true);
    this.actions.clear();
    this.workgroupsApi
      .workgroups(this.trajectory().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.workgroups.set(list),
        error: () => this.workgroups.set([]),
      });
    this.actions.focus('#meeting-kind');
  }

  protected cancel(): void {
    this.scheduling.set(false);
    this.actions.focus('#schedule-button');
  }

  /** Warns before planning when the invitees would get under seven days' notice (art. 14 WOR). */
  protected shortNotice(): { days: number } | null {
    const notice = plannedNotice(this.form.controls.startsAt.value);
    return notice?.short && notice.days >= 0 ? notice : null;
  }

  protected addAgendaItem(): void {
    if (this.form.controls.agenda.length >= MEETING_LIMITS.agendaItems) return;
    this.form.controls.agenda.push(createAgendaItem());
    this.actions.focus(`#agenda-title-${this.form.controls.agenda.length - 1}`);
  }

  protected removeAgendaItem(index: number): void {
    this.form.controls.agenda.removeAt(index);
    this.actions.focus('#agenda-legend');
  }

  protected schedule(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    const problems = meetingFormProblems(this.form);
    if (
      this.actions.refuses(
        'schedule',
        this.form,
        problems.workgroupId || !!problems.times,
      )
    )
      return;
    this.actions.run(
      'schedule',
      this.api.schedule(meetingInputOf(this.form, this.trajectory().id)),
      (meeting) => {
        this.meetings.value.update((list) =>
          [meeting, ...list].sort((a, b) =>
            b.startsAt.localeCompare(a.startsAt),
          ),
        );
        this.scheduling.set(false);
        this.scheduled.set(meeting);
        this.actions.focus('#scheduled-heading');
      },
      (e) => showServerFieldErrors(this.form, e),
    );
  }
}
