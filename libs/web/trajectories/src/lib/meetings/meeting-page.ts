import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  FormRecord,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
import {
  I18nService,
  loadable,
  LocalDatePipe,
  pageActions,
  SessionService,
  TranslatePipe,
  PeopleSearch,
} from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
  PersonPickerComponent,
} from '@inspraak/web-ui';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  MeetingsApi,
  type ActionItem,
  type AgendaItem,
  type Meeting,
} from '../data-access/meetings-api';
import {
  TrajectoriesApi,
  type Trajectory,
} from '../data-access/trajectories-api';
import type { TrajectoryDocument } from '../data-access/workgroups-api';
import { DocumentListComponent } from '../documents/document-list';
import {
  calendarDate,
  controlError,
  notBlank,
  showServerFieldErrors,
} from '../shared/form-errors';
import { ActionListComponent } from './action-list';
import { MeetingFieldsComponent } from './meeting-fields';
import {
  createMeetingForm,
  fillMeetingForm,
  meetingFormProblems,
  meetingKindKey,
  meetingUpdateInputOf,
} from './meeting-form.model';

/** The API's limits. */
export const MINUTES_LIMITS = {
  minutes: 50_000,
  decision: 5_000,
  itemMinutes: 20_000,
  action: 1_000,
} as const;

/** /meetings/:id: agenda, invitees, minutes with decisions, actions and documents. */
@Component({
  selector: 'isp-meeting-page',
  imports: [
    PersonPickerComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    DocumentListComponent,
    ActionListComponent,
    MeetingFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-page.html',
  styleUrl: './meeting-page.scss',
})
export class MeetingPageComponent {
  protected readonly people = inject(PeopleSearch);
  private readonly api = inject(MeetingsApi);
  private readonly trajectoriesApi = inject(TrajectoriesApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(SessionService);
  protected readonly actions = pageActions<'details' | 'minutes' | 'actions'>();
  protected readonly describedBy = describedBy;

  protected readonly loaded = loadable<Meeting | null>(null);
  protected readonly meeting = this.loaded.value;
  /** Null when the trajectory itself is not readable (invited to a meeting of an unpublished one). */
  protected readonly trajectory = signal<Trajectory | null>(null);
  /** The trajectory's actions for those who steer it, otherwise mine. */
  protected readonly actionItems = signal<ActionItem[]>([]);
  protected readonly meetingActions = computed(() =>
    this.actionItems().filter((a) => a.meetingId === this.meeting()?.id),
  );
  /** The rest of the trajectory's actions, for those who steer it (mine elsewhere are in "Mijn participatie"). */
  protected readonly otherActions = computed(() =>
    this.steering()
      ? this.actionItems().filter((a) => a.meetingId !== this.meeting()?.id)
      : [],
  );

  protected readonly steering = computed(
    () => this.trajectory()?.steering ?? false,
  );
  protected readonly canRecord = computed(
    () =>
      !this.meeting()?.cancelledAt &&
      ((this.meeting()?.invited ?? false) || this.steering()),
  );

  /** Changing the meeting (time, place, agenda, invitees) or calling it off, for those the API lets (canEdit). */
  protected readonly changing = signal<'edit' | 'cancel' | null>(null);
  protected readonly editSubmitted = signal(false);
  protected readonly editForm = createMeetingForm();
  protected readonly cancelReason = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(1_000)],
  });
  protected readonly cancelSubmitted = signal(false);
  protected readonly viewerId = computed(
    () => this.session.viewer()?.userId ?? '',
  );

  protected readonly editingMinutes = signal(false);
  protected readonly minutes = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(MINUTES_LIMITS.minutes)],
  });
  protected readonly decisions = new FormRecord<FormControl<string>>({});
  /** Per agenda item, so a confidential item's minutes stay with the item (for the invitees only). */
  protected readonly itemMinutes = new FormRecord<FormControl<string>>({});

  protected readonly actionForm = new FormGroup({
    description: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(MINUTES_LIMITS.action)],
    }),
    ownerEmail: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.email],
    }),
    dueOn: new FormControl(addDays(todayInAmsterdam(), 14), {
      nonNullable: true,
      validators: [Validators.required, calendarDate],
    }),
    agendaItemId: new FormControl('', { nonNullable: true }),
  });
  protected readonly actionSubmitted = signal(false);

  constructor() {
    this.loaded.load(
      inject(ActivatedRoute).paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        switchMap((id) => this.api.meeting(id)),
      ),
      (meeting) => {
        if (meeting) this.loadContext(meeting);
      },
    );
  }

  /** The trajectory (who steers) and the actions agreed in this meeting. */
  private loadContext(meeting: Meeting): void {
    this.trajectoriesApi
      .trajectory(meeting.trajectoryId)
      .pipe(
        catchError(() => of(null)),
        switchMap((trajectory) => {
          this.trajectory.set(trajectory);
          return (
            trajectory?.steering
              ? this.api.trajectoryActions(meeting.trajectoryId)
              : this.api.myActions()
          ).pipe(catchError(() => of([] as ActionItem[])));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((list) => this.actionItems.set(list));
  }

  protected readonly kindKey = meetingKindKey;

  protected error(control: AbstractControl, submitted: boolean): string | null {
    return controlError(this.i18n, control, submitted);
  }

  // --- Changing or calling off

  protected startEditing(): void {
    const meeting = this.meeting();
    if (!meeting) return;
    fillMeetingForm(this.editForm, meeting);
    this.editSubmitted.set(false);
    this.changing.set('edit');
    this.actions.clear();
    this.actions.focus('#meeting-title');
  }

  protected startCancelling(): void {
    this.cancelReason.reset('');
    this.cancelSubmitted.set(false);
    this.changing.set('cancel');
    this.actions.clear();
    this.actions.focus('#cancel-reason');
  }

  protected stopChanging(): void {
    this.changing.set(null);
    this.actions.focus('#edit-meeting-button');
  }

  protected saveChanges(event: Event): void {
    event.preventDefault();
    const meeting = this.meeting();
    if (!meeting) return;
    this.editSubmitted.set(true);
    if (
      this.actions.refuses(
        'details',
        this.editForm,
        !!meetingFormProblems(this.editForm).times,
      )
    )
      return;
    this.actions.run(
      'details',
      this.api.update(meeting.id, meetingUpdateInputOf(this.editForm)),
      (saved) => {
        this.meeting.set(saved);
        this.changing.set(null);
        this.actions.focus('#meeting-details-heading');
        return this.i18n.translate('trajectories.meeting.changed');
      },
      (e) => showServerFieldErrors(this.editForm, e),
    );
  }

  protected confirmCancel(event: Event): void {
    event.preventDefault();
    const meeting = this.meeting();
    if (!meeting) return;
    this.cancelSubmitted.set(true);
    if (this.actions.refuses('details', this.cancelReason)) return;
    this.actions.run(
      'details',
      this.api.cancel(meeting.id, this.cancelReason.value.trim()),
      (saved) => {
        this.meeting.set(saved);
        this.changing.set(null);
        this.actions.focus('#meeting-details-heading');
        return this.i18n.translate('trajectories.meeting.cancelled');
      },
    );
  }

  // --- Minutes

  protected editMinutes(): void {
    const meeting = this.meeting();
    if (!meeting) return;
    this.minutes.reset(meeting.minutes ?? '');
    for (const name of Object.keys(this.decisions.controls))
      this.decisions.removeControl(name);
    for (const name of Object.keys(this.itemMinutes.controls))
      this.itemMinutes.removeControl(name);
    for (const item of meeting.agendaItems) {
      this.decisions.addControl(
        item.id,
        new FormControl(item.decision ?? '', {
          nonNullable: true,
          validators: [Validators.maxLength(MINUTES_LIMITS.decision)],
        }),
      );
      this.itemMinutes.addControl(
        item.id,
        new FormControl(item.minutes ?? '', {
          nonNullable: true,
          validators: [Validators.maxLength(MINUTES_LIMITS.itemMinutes)],
        }),
      );
    }
    this.editingMinutes.set(true);
    this.actions.clear();
    this.actions.focus('#minutes');
  }

  protected decisionControl(item: AgendaItem): FormControl<string> {
    return (
      this.decisions.controls[item.id] ??
      new FormControl('', { nonNullable: true })
    );
  }

  protected itemMinutesControl(item: AgendaItem): FormControl<string> {
    return (
      this.itemMinutes.controls[item.id] ??
      new FormControl('', { nonNullable: true })
    );
  }

  protected saveMinutes(event: Event): void {
    event.preventDefault();
    const meeting = this.meeting();
    if (!meeting) return;
    if (
      this.actions.refuses(
        'minutes',
        this.minutes,
        this.decisions.invalid || this.itemMinutes.invalid,
      )
    ) {
      this.decisions.markAllAsTouched();
      this.itemMinutes.markAllAsTouched();
      return;
    }
    const itemMinutes = this.itemMinutes.getRawValue();
    this.actions.run(
      'minutes',
      this.api.recordMinutes({
        meetingId: meeting.id,
        minutes: this.minutes.value,
        decisions: Object.entries(this.decisions.getRawValue()).map(
          ([agendaItemId, decision]) => ({
            agendaItemId,
            decision,
            minutes: itemMinutes[agendaItemId] ?? '',
          }),
        ),
      }),
      (saved) => {
        this.meeting.set(saved);
        this.editingMinutes.set(false);
        this.actions.focus('#minutes-heading');
        return this.i18n.translate('trajectories.meeting.minutesSaved');
      },
    );
  }

  protected onDocumentsChanged(
    item: AgendaItem,
    documents: TrajectoryDocument[],
  ): void {
    this.meeting.update((m) =>
      m
        ? {
            ...m,
            agendaItems: m.agendaItems.map((i) =>
              i.id === item.id ? { ...i, documents } : i,
            ),
          }
        : m,
    );
  }

  // --- Actions

  protected addAction(event: Event): void {
    event.preventDefault();
    const meeting = this.meeting();
    if (!meeting) return;
    this.actionSubmitted.set(true);
    if (this.actions.refuses('actions', this.actionForm)) return;
    const value = this.actionForm.getRawValue();
    this.actions.run(
      'actions',
      this.api.addAction({
        trajectoryId: meeting.trajectoryId,
        meetingId: meeting.id,
        agendaItemId: value.agendaItemId || null,
        description: value.description.trim(),
        ownerEmail: value.ownerEmail.trim(),
        dueOn: value.dueOn,
      }),
      (added) => {
        this.actionItems.update((list) => [...list, added]);
        this.actionForm.reset();
        this.actionSubmitted.set(false);
        this.actions.focus('#action-description');
        return this.i18n.translate('trajectories.actions.added', {
          name: added.ownerName,
        });
      },
      (e) => showServerFieldErrors(this.actionForm, e),
    );
  }

  protected onActionChanged(saved: ActionItem): void {
    this.actionItems.update((list) =>
      list.map((a) => (a.id === saved.id ? saved : a)),
    );
  }
}
