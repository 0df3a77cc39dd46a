import {
  createAgendaItem,
  createMeetingForm,
  meetingFormProblems,
  meetingInputOf,
  meetingTimesProblem,
  plannedNotice,
} from './meeting-form.model';

describe('the meeting form', () => {
  function filled() {
    const form = createMeetingForm();
    form.patchValue({
      kind: 'OVERLEGVERGADERING',
      workgroupId: 'w1',
      title: '  Overleg over de roosters ',
      startsAt: '2026-06-01T14:00',
      endsAt: '2026-06-01T16:00',
      location: ' Zaal 2 ',
      invitees:
        'bestuurder@demo.inspraak.nl, Or Lid <or-lid@demo.inspraak.nl>\nbestuurder@demo.inspraak.nl',
    });
    const item = createAgendaItem();
    item.setValue({
      id: null,
      title: 'Reorganisatie',
      notes: ' stukken volgen ',
      confidential: true,
    });
    form.controls.agenda.push(item);
    return form;
  }

  it('becomes the API input: ISO times, distinct addresses, trimmed texts, no workgroup unless it is a workgroup meeting', () => {
    const form = filled();
    expect(form.valid).toBe(true);
    expect(meetingInputOf(form, 't1')).toEqual({
      trajectoryId: 't1',
      kind: 'OVERLEGVERGADERING',
      workgroupId: null,
      title: 'Overleg over de roosters',
      startsAt: new Date(2026, 5, 1, 14, 0).toISOString(),
      endsAt: new Date(2026, 5, 1, 16, 0).toISOString(),
      location: 'Zaal 2',
      inviteeEmails: ['bestuurder@demo.inspraak.nl', 'or-lid@demo.inspraak.nl'],
      agenda: [
        { title: 'Reorganisatie', notes: 'stukken volgen', confidential: true },
      ],
    });
  });

  it('names addresses that are not addresses', () => {
    const form = filled();
    form.controls.invitees.setValue('hr@demo.inspraak.nl, jan');
    expect(form.controls.invitees.errors).toEqual({ emails: ['jan'] });
  });

  it('asks for the workgroup of a workgroup meeting and for times that make a meeting', () => {
    const form = filled();
    form.patchValue({
      kind: 'WORKGROUP',
      workgroupId: '',
      endsAt: '2026-06-01T13:00',
    });
    expect(meetingFormProblems(form)).toEqual({
      workgroupId: true,
      times: 'meetingTimes',
    });
    form.patchValue({ workgroupId: 'w1', endsAt: '2026-06-01T15:00' });
    expect(meetingFormProblems(form)).toEqual({
      workgroupId: false,
      times: null,
    });
    expect(meetingInputOf(form, 't1').workgroupId).toBe('w1');
  });

  it('needs a title for every agenda item', () => {
    const form = filled();
    form.controls.agenda.push(createAgendaItem());
    expect(form.controls.agenda.at(1).controls.title.errors).toEqual({
      required: true,
    });
    expect(form.valid).toBe(false);
  });

  it('accepts a meeting that ends after it starts, within a day', () => {
    expect(meetingTimesProblem('2026-05-04T14:00', '2026-05-04T15:30')).toBe(
      null,
    );
    expect(meetingTimesProblem('2026-05-04T20:00', '2026-05-05T10:00')).toBe(
      null,
    );
    expect(meetingTimesProblem('2026-05-04T14:00', '2026-05-04T14:00')).toBe(
      'meetingTimes',
    );
    expect(meetingTimesProblem('2026-05-04T14:00', '2026-05-05T14:01')).toBe(
      'meetingTimes',
    );
    expect(meetingTimesProblem('2026-05-04T14:00', '')).toBe('dateTime');
  });

  it('counts the notice from today to the meeting day by the domain rule (art. 14 WOR)', () => {
    expect(plannedNotice('2026-06-07T09:00', '2026-06-01')).toEqual({
      days: 6,
      short: true,
    });
    expect(plannedNotice('2026-06-08T09:00', '2026-06-01')).toEqual({
      days: 7,
      short: false,
    });
    expect(plannedNotice('', '2026-06-01')).toBeNull();
  });
});
