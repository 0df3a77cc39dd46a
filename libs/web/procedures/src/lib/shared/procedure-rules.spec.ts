import {
  deadlineUrgency,
  groupByMonth,
  letterBlocks,
  monthLabel,
  responseWaitsForMeeting,
  stages,
  stepActions,
} from './procedure-rules';

describe('step buttons', () => {
  it('shows exactly the steps the API accepts, in a fixed order with withdrawing last', () => {
    expect(
      stepActions(['WITHDRAW', 'RECORD_MEETING', 'START_HANDLING']),
    ).toEqual(['START_HANDLING', 'RECORD_MEETING', 'WITHDRAW']);
  });

  it('shows nothing for a reader (the API sends no possible steps) and ignores unknown ones', () => {
    expect(stepActions([])).toEqual([]);
    expect(stepActions(['SOMETHING_NEW', 'CLOSE'])).toEqual(['CLOSE']);
  });

  it('offers sending advice only when the API allows it, i.e. after a meeting', () => {
    const beforeMeeting = ['RECORD_CONSULTATION', 'RECORD_MEETING', 'WITHDRAW'];
    expect(stepActions(beforeMeeting)).not.toContain('SEND_RESPONSE');
    expect(
      stepActions(['RECORD_MEETING', 'SEND_RESPONSE', 'WITHDRAW']),
    ).toEqual(['RECORD_MEETING', 'SEND_RESPONSE', 'WITHDRAW']);
  });
});

describe('the explanation that an overlegvergadering comes first', () => {
  it('is given for advice and consent before any meeting', () => {
    for (const type of ['ADVICE', 'CONSENT', 'COVENANT_ADVICE'] as const)
      expect(
        responseWaitsForMeeting({
          type,
          state: 'IN_PROGRESS',
          meetingDates: [],
        }),
      ).toBe(true);
  });

  it('is not given once a meeting was held, for an initiative proposal, or when finished', () => {
    expect(
      responseWaitsForMeeting({
        type: 'ADVICE',
        state: 'MEETING_HELD',
        meetingDates: ['2026-01-10'],
      }),
    ).toBe(false);
    expect(
      responseWaitsForMeeting({
        type: 'INITIATIVE',
        state: 'RECEIVED',
        meetingDates: [],
      }),
    ).toBe(false);
    expect(
      responseWaitsForMeeting({
        type: 'ADVICE',
        state: 'WITHDRAWN',
        meetingDates: [],
      }),
    ).toBe(false);
  });
});

describe('the stepper', () => {
  const statuses = (s: ReturnType<typeof stages>) =>
    Object.fromEntries(s.map((x) => [x.state, x.status]));

  it('marks reached stages done, the state current and later ones to do', () => {
    const result = stages({
      type: 'ADVICE',
      state: 'MEETING_HELD',
      steps: [
        { state: 'RECEIVED' },
        { state: 'IN_PROGRESS' },
        { state: 'EMPLOYEES_CONSULTED' },
        { state: 'MEETING_HELD' },
      ],
    });
    expect(result.map((s) => s.state)).toEqual([
      'RECEIVED',
      'IN_PROGRESS',
      'EMPLOYEES_CONSULTED',
      'MEETING_HELD',
      'RESPONSE_SENT',
      'DECISION_RECEIVED',
      'SUSPENDED',
      'CLOSED',
    ]);
    expect(statuses(result)).toMatchObject({
      RECEIVED: 'done',
      MEETING_HELD: 'current',
      RESPONSE_SENT: 'todo',
      CLOSED: 'todo',
    });
  });

  it('says a stage was passed by when the history skipped it', () => {
    const result = stages({
      type: 'ADVICE',
      state: 'MEETING_HELD',
      steps: [{ state: 'RECEIVED' }, { state: 'MEETING_HELD' }],
    });
    expect(statuses(result)).toMatchObject({
      IN_PROGRESS: 'skipped',
      EMPLOYEES_CONSULTED: 'skipped',
    });
  });

  it('counts the consultation of employees as done when it was recorded after the meeting or evidence of it is attached, not as skipped', () => {
    const afterMeeting = {
      type: 'ADVICE' as const,
      state: 'MEETING_HELD' as const,
      steps: [
        { state: 'RECEIVED' as const },
        { state: 'MEETING_HELD' as const },
      ],
    };
    expect(
      statuses(stages({ ...afterMeeting, employeesConsulted: true })),
    ).toMatchObject({ IN_PROGRESS: 'skipped', EMPLOYEES_CONSULTED: 'done' });
    expect(
      statuses(
        stages({ ...afterMeeting, evidence: [{ kind: 'BOARD_SUMMARY' }] }),
      ),
    ).toMatchObject({ EMPLOYEES_CONSULTED: 'done' });
    // Minutes of a meeting are no consultation of the employees.
    expect(
      statuses(
        stages({ ...afterMeeting, evidence: [{ kind: 'MEETING_MINUTES' }] }),
      ),
    ).toMatchObject({ EMPLOYEES_CONSULTED: 'skipped' });
  });

  it("counts the director's decision as received when a deviating decision went straight into the suspension", () => {
    const result = stages({
      type: 'ADVICE',
      state: 'SUSPENDED',
      steps: [
        { state: 'RESPONSE_SENT', event: 'SEND_RESPONSE' },
        { state: 'SUSPENDED', event: 'RECORD_DECISION' },
      ],
    });
    expect(statuses(result)).toMatchObject({
      RESPONSE_SENT: 'done',
      DECISION_RECEIVED: 'done',
      SUSPENDED: 'current',
      CLOSED: 'todo',
    });
  });

  it('has no suspension for consent, no advice stage for an initiative, and ends in withdrawn when withdrawn', () => {
    expect(
      stages({ type: 'CONSENT', state: 'RECEIVED', steps: [] }).map(
        (s) => s.state,
      ),
    ).not.toContain('SUSPENDED');
    expect(
      stages({ type: 'INITIATIVE', state: 'RECEIVED', steps: [] }).map(
        (s) => s.state,
      ),
    ).not.toContain('RESPONSE_SENT');
    const withdrawn = stages({
      type: 'ADVICE',
      state: 'WITHDRAWN',
      steps: [{ state: 'RECEIVED' }, { state: 'WITHDRAWN' }],
    });
    expect(withdrawn[withdrawn.length - 1]).toEqual({
      state: 'WITHDRAWN',
      status: 'current',
    });
    expect(withdrawn.map((s) => s.state)).not.toContain('CLOSED');
  });
});

describe('deadlines', () => {
  it('are near from today up to 7 days ahead and passed before today', () => {
    expect(deadlineUrgency('2026-02-27', '2026-02-28')).toBe('past');
    expect(deadlineUrgency('2026-02-28', '2026-02-28')).toBe('soon');
    expect(deadlineUrgency('2026-03-07', '2026-02-28')).toBe('soon');
    expect(deadlineUrgency('2026-03-08', '2026-02-28')).toBe('later');
  });

  it('are grouped per month in date order', () => {
    const groups = groupByMonth([
      { date: '2026-03-03', id: 'appeal' },
      { date: '2026-02-28', id: 'suspension' },
      { date: '2026-03-01', id: 'term' },
    ]);
    expect(groups).toEqual([
      { month: '2026-02', items: [{ date: '2026-02-28', id: 'suspension' }] },
      {
        month: '2026-03',
        items: [
          { date: '2026-03-01', id: 'term' },
          { date: '2026-03-03', id: 'appeal' },
        ],
      },
    ]);
  });

  it('name their month in the UI language', () => {
    expect(monthLabel('2026-02', 'nl-NL')).toBe('februari 2026');
    expect(monthLabel('2026-12', 'en-GB')).toBe('December 2026');
  });
});

describe('the letter as it is rendered', () => {
  it('makes lines starting with "## " headings, other lines paragraphs and empty lines space', () => {
    expect(
      letterBlocks(
        'Geachte bestuurder,\n\n## Advies\nDe ondernemingsraad adviseert positief.\r\n##geen kopje',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Geachte bestuurder,' },
      { kind: 'space', text: '' },
      { kind: 'heading', text: 'Advies' },
      { kind: 'paragraph', text: 'De ondernemingsraad adviseert positief.' },
      { kind: 'paragraph', text: '##geen kopje' },
    ]);
  });
});
