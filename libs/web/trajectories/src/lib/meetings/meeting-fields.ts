import {
  afterNextRender,
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  ReactiveFormsModule,
  type AbstractControl,
} from '@angular/forms';
import type { MeetingKind } from '@inspraak/shared';
import { I18nService, PeopleSearch, TranslatePipe } from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  PersonPickerComponent,
} from '@inspraak/web-ui';
import { parseEmailList } from '../shared/email-list';
import type { WorkgroupSummary } from '../data-access/workgroups-api';
import { controlError } from '../shared/form-errors';
import {
  MEETING_KINDS,
  MEETING_LIMITS,
  createAgendaItem,
  meetingFormProblems,
  meetingKindKey,
  plannedNotice,
  type MeetingForm,
} from './meeting-form.model';

/**
 * The fields of a meeting, shared by "Vergadering plannen" and changing a
 * meeting. The parent owns the form (`createMeetingForm`) and the buttons.
 */
@Component({
  selector: 'isp-meeting-fields',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    PersonPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-fields.html',
  styleUrl: './meeting-fields.scss',
})
export class MeetingFieldsComponent {
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly form = input.required<MeetingForm>();
  readonly workgroups = input<readonly WorkgroupSummary[]>([]);
  readonly showErrors = input(false);
  /** The kinds to choose from (a workgroup's lead plans only workgroup meetings). */
  readonly kinds = input<readonly MeetingKind[]>(MEETING_KINDS);
  /** False when changing a meeting: its kind and workgroup stay. */
  readonly withKind = input(true);

  protected readonly describedBy = describedBy;
  protected readonly limits = MEETING_LIMITS;
  protected readonly people = inject(PeopleSearch);
  /**
   * A colleague found by name joins the invitees: their address is added to
   * the list, which stays editable for pasting many addresses at once.
   */
  protected readonly inviteeSearch = new FormControl('', { nonNullable: true });
  /** What the last choice did, for screen readers. */
  protected readonly inviteeAdded = signal('');

  constructor() {
    // The form lives outside this view: re-render on its value, status and touched events.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() =>
        changeDetector.markForCheck(),
      );
      onCleanup(() => subscription.unsubscribe());
    });
    this.inviteeSearch.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((email) => {
        if (!email) return;
        this.addInvitee(email);
        // Empty again for the next colleague.
        this.inviteeSearch.setValue('', { emitEvent: false });
      });
  }

  private addInvitee(email: string): void {
    const invitees = this.form().controls.invitees;
    const current = invitees.value ?? '';
    const already = parseEmailList(current).emails.some(
      (address) => address.toLowerCase() === email.toLowerCase(),
    );
    if (!already) {
      invitees.setValue(
        current.trim() ? `${current.trimEnd()}\n${email}` : email,
      );
      invitees.markAsDirty();
    }
    this.inviteeAdded.set(
      this.i18n.translate(
        already
          ? 'trajectories.meetings.inviteeAlready'
          : 'trajectories.meetings.inviteeAdded',
        { email },
      ),
    );
  }

  protected readonly kindKey = meetingKindKey;

  protected error(control: AbstractControl): string | null {
    return controlError(this.i18n, control, this.showErrors());
  }

  protected workgroupError(): string | null {
    const form = this.form();
    if (!this.showErrors() && !form.controls.workgroupId.touched) return null;
    return meetingFormProblems(form).workgroupId
      ? this.i18n.translate('trajectories.meetings.workgroupRequired')
      : this.error(form.controls.workgroupId);
  }

  protected endsAtError(): string | null {
    const form = this.form();
    const own = this.error(form.controls.endsAt);
    if (own) return own;
    const touched =
      this.showErrors() ||
      (form.controls.startsAt.touched && form.controls.endsAt.touched);
    return touched && meetingFormProblems(form).times === 'meetingTimes'
      ? this.i18n.translate('trajectories.validation.meetingTimes')
      : null;
  }

  /** Warns before planning when the invitees would get under seven days' notice (art. 14 WOR). */
  protected shortNotice(): { days: number } | null {
    const notice = plannedNotice(this.form().controls.startsAt.value);
    return notice?.short && notice.days >= 0 ? notice : null;
  }

  protected addAgendaItem(): void {
    const agenda = this.form().controls.agenda;
    if (agenda.length >= MEETING_LIMITS.agendaItems) return;
    agenda.push(createAgendaItem());
    this.focus(`#agenda-title-${agenda.length - 1}`);
  }

  protected removeAgendaItem(index: number): void {
    this.form().controls.agenda.removeAt(index);
    this.focus('#agenda-legend');
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
