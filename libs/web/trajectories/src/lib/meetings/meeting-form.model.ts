import {
  FormArray,
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { isShortNotice, noticeDays, todayInAmsterdam } from '@inspraak/domain';
import type {
  MeetingInput,
  MeetingKind,
  MeetingUpdateInput,
} from '@inspraak/shared';
import {
  isoToLocalDateTime,
  localDateTimeToIso,
  type TranslationKey,
} from '@inspraak/web-core';
import type { Meeting } from '../data-access/meetings-api';
import { parseEmailList } from '../shared/email-list';
import { notBlank } from '../shared/form-errors';

export const MEETING_KINDS: readonly MeetingKind[] = [
  'REGIE_TEAM',
  'WORKGROUP',
  'OVERLEGVERGADERING',
];

/** The translation key of a kind of meeting's name. */
export function meetingKindKey(kind: MeetingKind): TranslationKey {
  return `trajectories.meetings.kinds.${kind}`;
}

/** The API's limits (MeetingInput). */
export const MEETING_LIMITS = {
  title: 200,
  location: 200,
  invitees: 100,
  agendaItems: 50,
  notes: 5_000,
} as const;

/** The API accepts a meeting that ends after it starts, at most a day later. */
export const MAX_MEETING_HOURS = 24;

/** Why these start and end values (datetime-local) cannot be a meeting, or null when they can. */
export function meetingTimesProblem(
  startsAt: string,
  endsAt: string,
): 'dateTime' | 'meetingTimes' | null {
  const start = localDateTimeToIso(startsAt);
  const end = localDateTimeToIso(endsAt);
  if (!start || !end) return 'dateTime';
  const minutes = (Date.parse(end) - Date.parse(start)) / 60_000;
  return minutes > 0 && minutes <= MAX_MEETING_HOURS * 60
    ? null
    : 'meetingTimes';
}

/**
 * The notice the invitees would get if the meeting were planned today: the
 * days until its (Dutch) calendar day and whether that is under the seven days
 * of art. 14 WOR, by the same rule the API applies. Null without a valid start.
 */
export function plannedNotice(
  startsAt: string,
  today = todayInAmsterdam(),
): { days: number; short: boolean } | null {
  const start = localDateTimeToIso(startsAt);
  if (!start) return null;
  const meetingOn = todayInAmsterdam(new Date(start));
  return {
    days: noticeDays(today, meetingOn),
    short: isShortNotice(today, meetingOn),
  };
}

function emailList(control: AbstractControl<string>): ValidationErrors | null {
  const { emails, invalid } = parseEmailList(control.value ?? '');
  if (invalid.length > 0) return { emails: invalid };
  return emails.length > MEETING_LIMITS.invitees
    ? { range: { min: 0, max: MEETING_LIMITS.invitees } }
    : null;
}

function dateTime(control: AbstractControl<string>): ValidationErrors | null {
  return localDateTimeToIso(control.value ?? '') ? null : { dateTime: true };
}

export function createAgendaItem() {
  return new FormGroup({
    /** An item already on the agenda (kept with its decision, minutes and documents); null for a new one. */
    id: new FormControl<string | null>(null),
    title: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(MEETING_LIMITS.title)],
    }),
    notes: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MEETING_LIMITS.notes)],
    }),
    confidential: new FormControl(false, { nonNullable: true }),
  });
}

export type AgendaItemForm = ReturnType<typeof createAgendaItem>;

/** A meeting of a trajectory; the workgroup only matters for a workgroup meeting. */
export function createMeetingForm() {
  return new FormGroup({
    kind: new FormControl<MeetingKind>('REGIE_TEAM', { nonNullable: true }),
    workgroupId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(MEETING_LIMITS.title)],
    }),
    startsAt: new FormControl('', {
      nonNullable: true,
      validators: [dateTime],
    }),
    endsAt: new FormControl('', { nonNullable: true, validators: [dateTime] }),
    location: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MEETING_LIMITS.location)],
    }),
    invitees: new FormControl('', {
      nonNullable: true,
      validators: [emailList],
    }),
    agenda: new FormArray<AgendaItemForm>([]),
  });
}

export type MeetingForm = ReturnType<typeof createMeetingForm>;

/** Problems that involve more than one field: a missing workgroup, an end before the start. */
export function meetingFormProblems(form: MeetingForm): {
  workgroupId: boolean;
  times: 'dateTime' | 'meetingTimes' | null;
} {
  const value = form.getRawValue();
  return {
    workgroupId: value.kind === 'WORKGROUP' && !value.workgroupId,
    times: meetingTimesProblem(value.startsAt, value.endsAt),
  };
}

export function meetingInputOf(
  form: MeetingForm,
  trajectoryId: string,
): MeetingInput {
  const value = form.getRawValue();
  return {
    trajectoryId,
    kind: value.kind,
    workgroupId: value.kind === 'WORKGROUP' ? value.workgroupId : null,
    title: value.title.trim(),
    startsAt: localDateTimeToIso(value.startsAt) ?? '',
    endsAt: localDateTimeToIso(value.endsAt) ?? '',
    location: value.location.trim(),
    inviteeEmails: parseEmailList(value.invitees).emails,
    agenda: value.agenda.map((item) => ({
      title: item.title.trim(),
      notes: item.notes.trim(),
      confidential: item.confidential,
    })),
  };
}

/** The meeting as it is, to change it: its agenda items keep their ids. */
export function fillMeetingForm(form: MeetingForm, meeting: Meeting): void {
  form.reset({
    kind: meeting.kind,
    workgroupId: meeting.workgroupId ?? '',
    title: meeting.title,
    startsAt: isoToLocalDateTime(meeting.startsAt),
    endsAt: isoToLocalDateTime(meeting.endsAt),
    location: meeting.location,
    invitees: meeting.invitees
      .map((person) => person.email)
      .filter((email): email is string => !!email)
      .join(', '),
  });
  form.controls.agenda.clear();
  for (const item of meeting.agendaItems) {
    const control = createAgendaItem();
    control.setValue({
      id: item.id,
      title: item.title,
      notes: item.notes,
      confidential: item.confidential,
    });
    form.controls.agenda.push(control);
  }
}

export function meetingUpdateInputOf(form: MeetingForm): MeetingUpdateInput {
  const { title, startsAt, endsAt, location, inviteeEmails, agenda } =
    meetingInputOf(form, '');
  return {
    title,
    startsAt,
    endsAt,
    location,
    inviteeEmails,
    agenda: (agenda ?? []).map((item, index) => ({
      id: form.controls.agenda.at(index).controls.id.value,
      ...item,
    })),
  };
}
