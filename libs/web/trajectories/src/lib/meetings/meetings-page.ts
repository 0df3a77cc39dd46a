import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingKind } from '@inspraak/shared';
import {
  loadable,
  pageActions,
  SessionService,
  TranslatePipe,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';
import { catchError, of } from 'rxjs';
import {
  MeetingsApi,
  type Meeting,
  type MeetingSummary,
} from '../data-access/meetings-api';
import {
  WorkgroupsApi,
  type WorkgroupSummary,
} from '../data-access/workgroups-api';
import { showServerFieldErrors } from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import {
  MEETING_KINDS,
  createAgendaItem,
  createMeetingForm,
  meetingFormProblems,
  meetingInputOf,
} from './meeting-form.model';
import { MeetingFieldsComponent } from './meeting-fields';
import { MeetingTableComponent } from './meeting-table';

/**
 * /trajectories/:id/meetings: the trajectory's meetings. Those who steer
 * schedule any kind; a workgroup's lead schedules that workgroup's meetings.
 */
@Component({
  selector: 'isp-meetings-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    SectionFeedbackComponent,
    MeetingFieldsComponent,
    MeetingTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meetings-page.html',
  styleUrl: './meetings-page.scss',
})
export class MeetingsPageComponent {
  private readonly api = inject(MeetingsApi);
  private readonly workgroupsApi = inject(WorkgroupsApi);
  private readonly session = inject(SessionService);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<'schedule' | 'list'>();

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly meetings = loadable<MeetingSummary[]>([]);
  protected readonly workgroups = signal<WorkgroupSummary[]>([]);
  /** The workgroups I lead: their meetings are mine to plan even when I do not steer the trajectory. */
  protected readonly ledWorkgroups = computed(() => {
    const me = this.session.viewer()?.userId;
    return this.workgroups().filter(
      (w) => !!me && w.leadUserId === me && w.myStatus === 'MEMBER',
    );
  });
  protected readonly canSchedule = computed(
    () =>
      this.trajectory().status === 'ACTIVE' &&
      (this.trajectory().steering || this.ledWorkgroups().length > 0),
  );
  /** What I may plan: every kind when steering, otherwise my workgroups' meetings. */
  protected readonly kinds = computed<readonly MeetingKind[]>(() =>
    this.trajectory().steering ? MEETING_KINDS : ['WORKGROUP'],
  );
  protected readonly choosableWorkgroups = computed(() =>
    this.trajectory().steering ? this.workgroups() : this.ledWorkgroups(),
  );
  /** The meeting just scheduled, with its link and notice warning. */
  protected readonly scheduled = signal<Meeting | null>(null);

  protected readonly scheduling = signal(false);
  protected readonly submitted = signal(false);
  protected readonly form = createMeetingForm();

  constructor() {
    this.meetings.load(this.api.meetings(this.trajectory().id));
    this.workgroupsApi
      .workgroups(this.trajectory().id)
      .pipe(catchError(() => of([] as WorkgroupSummary[])))
      .subscribe((list) => this.workgroups.set(list));
  }

  protected startScheduling(): void {
    this.form.reset({ kind: this.kinds()[0] ?? 'REGIE_TEAM' });
    this.form.controls.agenda.clear();
    this.form.controls.agenda.push(createAgendaItem());
    this.submitted.set(false);
    this.scheduled.set(null);
    this.scheduling.set(true);
    this.actions.clear();
    this.actions.focus('#meeting-kind');
  }

  protected cancel(): void {
    this.scheduling.set(false);
    this.actions.focus('#schedule-button');
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
