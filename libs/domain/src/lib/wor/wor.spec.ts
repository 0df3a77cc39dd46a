import fc from 'fast-check';
import { addDays } from '../calendar/calendar-date';
import {
  applyEvent,
  CouncilResponse,
  dueReminder,
  dutchPublicHolidays,
  easterSunday,
  firstStepDate,
  initialFacts,
  LEGAL_BASES,
  isValidItem,
  isWorkingDay,
  legalWindows,
  meetingNoticeDeadline,
  monthsAfter,
  nextWorkingDay,
  ProcedureEvent,
  ProcedureFacts,
  ProcedureState,
  ProcedureType,
  stepDateRefusalText,
} from './index';

/** The request, the overlegvergadering and the council's answer of most cases below. */
const RECEIVED_ON = '2027-01-04';
const MEETING_ON = '2027-01-06';
const ANSWERED_ON = '2027-01-08';

const run = (type: ProcedureType, events: ProcedureEvent[]): ProcedureFacts => {
  let facts = initialFacts(type, RECEIVED_ON);
  for (const event of events) {
    const result = applyEvent(facts, event);
    if (!result.ok) throw new Error(`${event.kind} refused: ${result.refusal}`);
    facts = result.facts;
  }
  return facts;
};
const untilMeeting: ProcedureEvent[] = [
  { kind: 'START_HANDLING' },
  { kind: 'RECORD_CONSULTATION' },
  { kind: 'RECORD_MEETING', on: MEETING_ON },
];
/** The events up to the director's decision: the meeting, the council's answer, then the decision. */
const untilDecision = (
  response: CouncilResponse,
  decision: Omit<Extract<ProcedureEvent, { kind: 'RECORD_DECISION' }>, 'kind'>,
): ProcedureEvent[] => [
  ...untilMeeting,
  { kind: 'SEND_RESPONSE', response, on: ANSWERED_ON },
  { kind: 'RECORD_DECISION', ...decision },
];

describe('legal bases', () => {
  it('knows the sub-items of art. 25 (a–n) and art. 27 (a–l), and that a covenant names its own', () => {
    expect(isValidItem(ProcedureType.ADVICE, 'e')).toBe(true);
    expect(isValidItem(ProcedureType.ADVICE, 'o')).toBe(false);
    expect(isValidItem(ProcedureType.CONSENT, 'l')).toBe(true);
    expect(isValidItem(ProcedureType.CONSENT, 'm')).toBe(false);
    expect(isValidItem(ProcedureType.INITIATIVE, null)).toBe(true);
    expect(isValidItem(ProcedureType.INITIATIVE, 'a')).toBe(false);
    expect(isValidItem(ProcedureType.COVENANT_ADVICE, 'Roosterbeleid')).toBe(
      true,
    );
    expect(isValidItem(ProcedureType.COVENANT_ADVICE, ' ')).toBe(false);
  });

  it('names each kind and sub-item the way the form shows it: no working notes, no word twice in "name (article)"', () => {
    for (const basis of LEGAL_BASES) {
      for (const item of basis.items)
        for (const text of [item.nl, item.en])
          expect(text).not.toMatch(/verifi|to verify/i);
      const words = (text: string): string[] =>
        text.toLowerCase().match(/[a-zà-ÿ]{4,}/g) ?? [];
      for (const name of [basis.nl, basis.en])
        expect(
          words(basis.article).filter((w) => words(name).includes(w)),
        ).toEqual([]);
    }
  });
});

describe('procedure states (one test per rule)', () => {
  it('moves received → in progress → employees consulted → meeting held', () => {
    expect(run(ProcedureType.ADVICE, untilMeeting)).toMatchObject({
      state: ProcedureState.MEETING_HELD,
      meetingDates: [MEETING_ON],
    });
  });

  it('records the consultation of employees after the overlegvergadering too, keeping the stage, and only once', () => {
    const met = run(ProcedureType.ADVICE, [
      { kind: 'START_HANDLING' },
      { kind: 'RECORD_MEETING', on: MEETING_ON },
    ]);
    expect(met.employeesConsulted).toBe(false);
    const consulted = applyEvent(met, { kind: 'RECORD_CONSULTATION' });
    expect(consulted).toMatchObject({
      ok: true,
      facts: {
        state: ProcedureState.MEETING_HELD,
        employeesConsulted: true,
      },
    });
    if (!consulted.ok) throw new Error('refused');
    expect(
      applyEvent(consulted.facts, { kind: 'RECORD_CONSULTATION' }),
    ).toMatchObject({ ok: false, refusal: 'ALREADY_RECORDED' });
    // Before the meeting it is a stage of its own, and stays a fact after it.
    const early = run(ProcedureType.ADVICE, untilMeeting);
    expect(early).toMatchObject({
      state: ProcedureState.MEETING_HELD,
      employeesConsulted: true,
    });
    // After the council answered, the consultation is history: nothing to record any more.
    const answered = run(ProcedureType.ADVICE, [
      { kind: 'RECORD_MEETING', on: MEETING_ON },
      { kind: 'SEND_RESPONSE', response: 'POSITIVE', on: ANSWERED_ON },
    ]);
    expect(applyEvent(answered, { kind: 'RECORD_CONSULTATION' })).toMatchObject(
      { ok: false, refusal: 'NOT_IN_THIS_STATE' },
    );
  });

  it('refuses advice before at least one overlegvergadering (art. 25 lid 4)', () => {
    const facts = run(ProcedureType.ADVICE, [
      { kind: 'START_HANDLING' },
      { kind: 'RECORD_CONSULTATION' },
    ]);
    expect(
      applyEvent(facts, {
        kind: 'SEND_RESPONSE',
        response: 'POSITIVE',
        on: ANSWERED_ON,
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
  });

  it('refuses a consent decision before at least one overlegvergadering (art. 27)', () => {
    const facts = run(ProcedureType.CONSENT, [{ kind: 'START_HANDLING' }]);
    expect(
      applyEvent(facts, {
        kind: 'SEND_RESPONSE',
        response: 'NEGATIVE',
        on: ANSWERED_ON,
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
  });

  it("refuses to record the director's decision before the council answered", () => {
    const facts = run(ProcedureType.ADVICE, untilMeeting);
    expect(
      applyEvent(facts, {
        kind: 'RECORD_DECISION',
        deviates: false,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
    ).toEqual({ ok: false, refusal: 'RESPONSE_REQUIRED' });
    expect(
      applyEvent(initialFacts(ProcedureType.ADVICE, RECEIVED_ON), {
        kind: 'RECORD_DECISION',
        deviates: false,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
  });

  it('allows more meetings before the answer, none after', () => {
    const twice = run(ProcedureType.ADVICE, [
      ...untilMeeting,
      { kind: 'RECORD_MEETING', on: MEETING_ON },
    ]);
    expect(twice.meetingDates).toEqual([MEETING_ON, MEETING_ON]);
    const answered = run(ProcedureType.ADVICE, [
      ...untilMeeting,
      { kind: 'SEND_RESPONSE', response: 'POSITIVE', on: ANSWERED_ON },
    ]);
    expect(
      applyEvent(answered, { kind: 'RECORD_MEETING', on: MEETING_ON }),
    ).toEqual({
      ok: false,
      refusal: 'NOT_IN_THIS_STATE',
    });
  });

  it('suspends a decision that deviates from the advice for one month from the written notice, and opens the appeal month from the reasons (art. 25 lid 6, art. 26)', () => {
    const facts = run(ProcedureType.ADVICE, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-01-31',
        reasonsReceivedOn: '2027-02-03',
      }),
    ]);
    expect(facts.state).toBe(ProcedureState.SUSPENDED);
    expect(legalWindows(facts)).toEqual({
      suspensionEndsOn: '2027-02-28',
      appealEndsOn: '2027-03-03',
      nullityEndsOn: null,
    });
  });

  it('does not suspend a decision that follows the advice', () => {
    const facts = run(ProcedureType.ADVICE, [
      ...untilDecision('POSITIVE', {
        deviates: false,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
    ]);
    expect(facts.state).toBe(ProcedureState.DECISION_RECEIVED);
    expect(legalWindows(facts)).toEqual({
      suspensionEndsOn: null,
      appealEndsOn: null,
      nullityEndsOn: null,
    });
  });

  it('lets the council waive the suspension; the appeal month remains', () => {
    const suspended = run(ProcedureType.ADVICE, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
    ]);
    const waived = run(ProcedureType.ADVICE, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
      { kind: 'WAIVE_SUSPENSION' },
    ]);
    expect(suspended.state).toBe(ProcedureState.SUSPENDED);
    expect(waived.state).toBe(ProcedureState.DECISION_RECEIVED);
    expect(legalWindows(waived)).toEqual({
      suspensionEndsOn: null,
      appealEndsOn: '2027-02-10',
      nullityEndsOn: null,
    });
    expect(applyEvent(waived, { kind: 'WAIVE_SUSPENSION' })).toEqual({
      ok: false,
      refusal: 'NOT_SUSPENDED',
    });
  });

  it('opens a one-month nullity window for a decision taken without consent (art. 27 lid 5), without suspension', () => {
    const facts = run(ProcedureType.CONSENT, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2028-01-31',
        reasonsReceivedOn: null,
      }),
    ]);
    expect(facts.state).toBe(ProcedureState.DECISION_RECEIVED);
    expect(legalWindows(facts)).toEqual({
      suspensionEndsOn: null,
      appealEndsOn: null,
      nullityEndsOn: '2028-02-29',
    });
  });

  it('gives an advice right agreed by covenant the art. 25/26 procedure: meeting first, then suspension and appeal', () => {
    const met = run(ProcedureType.COVENANT_ADVICE, [
      { kind: 'START_HANDLING' },
    ]);
    expect(
      applyEvent(met, {
        kind: 'SEND_RESPONSE',
        response: 'NEGATIVE',
        on: ANSWERED_ON,
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
    const facts = run(ProcedureType.COVENANT_ADVICE, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-01-31',
        reasonsReceivedOn: '2027-02-03',
      }),
    ]);
    expect(facts.state).toBe(ProcedureState.SUSPENDED);
    expect(legalWindows(facts)).toEqual({
      suspensionEndsOn: '2027-02-28',
      appealEndsOn: '2027-03-03',
      nullityEndsOn: null,
    });
  });

  it('gives advice on a director (art. 30) the meeting rule but no suspension and no appeal', () => {
    const facts = run(ProcedureType.DIRECTOR_APPOINTMENT, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-05-01',
        reasonsReceivedOn: null,
      }),
    ]);
    expect(facts.state).toBe(ProcedureState.DECISION_RECEIVED);
    expect(legalWindows(facts)).toEqual({
      suspensionEndsOn: null,
      appealEndsOn: null,
      nullityEndsOn: null,
    });
  });

  it('has the director decide an initiative proposal only after a meeting, without an answer of the council (art. 23 lid 3)', () => {
    const received = initialFacts(ProcedureType.INITIATIVE, RECEIVED_ON);
    expect(
      applyEvent(received, {
        kind: 'RECORD_DECISION',
        deviates: false,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: null,
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
    const met = run(ProcedureType.INITIATIVE, [
      { kind: 'RECORD_MEETING', on: MEETING_ON },
    ]);
    expect(
      applyEvent(met, {
        kind: 'SEND_RESPONSE',
        response: 'POSITIVE',
        on: ANSWERED_ON,
      }),
    ).toEqual({ ok: false, refusal: 'NO_RESPONSE_FOR_TYPE' });
    expect(
      run(ProcedureType.INITIATIVE, [
        { kind: 'RECORD_MEETING', on: MEETING_ON },
        {
          kind: 'RECORD_DECISION',
          deviates: false,
          noticeOn: '2027-01-10',
          reasonsReceivedOn: null,
        },
      ]).state,
    ).toBe(ProcedureState.DECISION_RECEIVED);
  });

  it('closes only when no legal term is running', () => {
    const suspended = run(ProcedureType.ADVICE, [
      ...untilDecision('NEGATIVE', {
        deviates: true,
        noticeOn: '2027-01-10',
        reasonsReceivedOn: '2027-01-20',
      }),
    ]);
    expect(
      applyEvent(suspended, { kind: 'CLOSE', today: '2027-02-10' }),
    ).toEqual({ ok: false, refusal: 'WINDOW_OPEN' });
    expect(
      applyEvent(suspended, { kind: 'CLOSE', today: '2027-02-20' }),
    ).toEqual({ ok: false, refusal: 'WINDOW_OPEN' });
    expect(
      applyEvent(suspended, { kind: 'CLOSE', today: '2027-02-21' }),
    ).toMatchObject({ ok: true, facts: { state: ProcedureState.CLOSED } });
  });

  it('can be withdrawn at any stage before the end, and nothing happens after the end', () => {
    const withdrawn = run(ProcedureType.ADVICE, [
      { kind: 'START_HANDLING' },
      { kind: 'WITHDRAW' },
    ]);
    expect(withdrawn.state).toBe(ProcedureState.WITHDRAWN);
    for (const event of [
      { kind: 'START_HANDLING' },
      { kind: 'RECORD_MEETING', on: MEETING_ON },
      { kind: 'WITHDRAW' },
    ] as ProcedureEvent[])
      expect(applyEvent(withdrawn, event)).toEqual({
        ok: false,
        refusal: 'FINISHED',
      });
  });

  it('refuses steps out of order', () => {
    expect(
      applyEvent(initialFacts(ProcedureType.ADVICE, RECEIVED_ON), {
        kind: 'WAIVE_SUSPENSION',
      }),
    ).toEqual({ ok: false, refusal: 'NOT_SUSPENDED' });
    expect(
      applyEvent(run(ProcedureType.ADVICE, untilMeeting), {
        kind: 'START_HANDLING',
      }),
    ).toEqual({ ok: false, refusal: 'NOT_IN_THIS_STATE' });
    expect(
      applyEvent(initialFacts(ProcedureType.ADVICE, RECEIVED_ON), {
        kind: 'CLOSE',
        today: '2027-01-01',
      }),
    ).toEqual({ ok: false, refusal: 'NOT_IN_THIS_STATE' });
  });
});

describe('the order of step dates (one test per rule)', () => {
  const tooEarly = (field: string, previous: string, notBefore: string) => ({
    ok: false,
    refusal: 'STEP_DATE_BEFORE_PREVIOUS',
    date: { field, previous, notBefore },
  });
  const answered = (type = ProcedureType.ADVICE) =>
    run(type, [
      ...untilMeeting,
      { kind: 'SEND_RESPONSE', response: 'NEGATIVE', on: ANSWERED_ON },
    ]);
  const decision = (noticeOn: string, reasonsReceivedOn: string | null) =>
    ({
      kind: 'RECORD_DECISION',
      deviates: true,
      noticeOn,
      reasonsReceivedOn,
    }) as const;

  it('refuses an overlegvergadering dated before the request was received, and takes one on that day', () => {
    const received = initialFacts(ProcedureType.ADVICE, RECEIVED_ON);
    expect(
      applyEvent(received, { kind: 'RECORD_MEETING', on: '2027-01-03' }),
    ).toEqual(tooEarly('on', 'REQUEST', RECEIVED_ON));
    expect(
      applyEvent(received, { kind: 'RECORD_MEETING', on: RECEIVED_ON }).ok,
    ).toBe(true);
  });

  it('refuses advice dated before the last overlegvergadering it relies on', () => {
    const twice = run(ProcedureType.ADVICE, [
      ...untilMeeting,
      { kind: 'RECORD_MEETING', on: '2027-01-12' },
    ]);
    expect(
      applyEvent(twice, {
        kind: 'SEND_RESPONSE',
        response: 'POSITIVE',
        on: '2027-01-10',
      }),
    ).toEqual(tooEarly('on', 'MEETING', '2027-01-12'));
    expect(
      applyEvent(twice, {
        kind: 'SEND_RESPONSE',
        response: 'POSITIVE',
        on: '2027-01-12',
      }),
    ).toMatchObject({ ok: true, facts: { responseSentOn: '2027-01-12' } });
  });

  it('refuses a consent decision of the council dated before the overlegvergadering', () => {
    const met = run(ProcedureType.CONSENT, untilMeeting);
    expect(
      applyEvent(met, {
        kind: 'SEND_RESPONSE',
        response: 'NEGATIVE',
        on: '2027-01-05',
      }),
    ).toEqual(tooEarly('on', 'MEETING', MEETING_ON));
  });

  it("refuses the director's notice dated before the council's advice", () => {
    expect(applyEvent(answered(), decision('2027-01-07', null))).toEqual(
      tooEarly('noticeOn', 'RESPONSE', ANSWERED_ON),
    );
    expect(applyEvent(answered(), decision(ANSWERED_ON, null)).ok).toBe(true);
  });

  it("refuses the director's decision on an initiative proposal dated before the overlegvergadering", () => {
    const met = run(ProcedureType.INITIATIVE, [
      { kind: 'RECORD_MEETING', on: MEETING_ON },
    ]);
    expect(applyEvent(met, decision('2027-01-05', null))).toEqual(
      tooEarly('noticeOn', 'MEETING', MEETING_ON),
    );
  });

  it('refuses reasons dated before the notice', () => {
    expect(
      applyEvent(answered(), decision('2027-01-10', '2027-01-09')),
    ).toEqual(tooEarly('reasonsReceivedOn', 'NOTICE', '2027-01-10'));
  });

  it('names the earlier step and its day in Dutch and English', () => {
    expect(
      stepDateRefusalText({
        field: 'on',
        previous: 'MEETING',
        notBefore: '2026-02-10',
      }),
    ).toEqual({
      nl: 'Deze datum ligt vóór de (laatste) overlegvergadering waarop het steunt (10 februari 2026).',
      en: 'This date is before the (last) consultation meeting it relies on (10 February 2026).',
    });
  });

  it('says first what the law requires, then whether the date fits', () => {
    const consulted = run(ProcedureType.ADVICE, [{ kind: 'START_HANDLING' }]);
    expect(
      applyEvent(consulted, {
        kind: 'SEND_RESPONSE',
        response: 'POSITIVE',
        on: '2026-01-01',
      }),
    ).toEqual({ ok: false, refusal: 'MEETING_REQUIRED' });
  });

  it('finds the first dated step, after which the request cannot have been received', () => {
    expect(firstStepDate(initialFacts(ProcedureType.ADVICE, RECEIVED_ON))).toBe(
      null,
    );
    expect(
      firstStepDate(
        run(ProcedureType.ADVICE, [
          { kind: 'RECORD_MEETING', on: '2027-01-09' },
          { kind: 'RECORD_MEETING', on: MEETING_ON },
        ]),
      ),
    ).toBe(MEETING_ON);
  });
});

describe('Dutch public holidays (Algemene termijnenwet)', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the holidays of 2026, with the Easter-based ones', () => {
    expect(dutchPublicHolidays(2026).map((h) => `${h.date} ${h.nl}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it("moves King's Day to 26 April when 27 April is a Sunday", () => {
    expect(
      dutchPublicHolidays(2025).find((h) => h.nl === 'Koningsdag')!.date,
    ).toBe('2025-04-26');
    expect(
      dutchPublicHolidays(2014).find((h) => h.nl === 'Koningsdag')!.date,
    ).toBe('2014-04-26');
  });

  it('finds the next working day after weekends and holidays', () => {
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-04-04')).toBe('2026-04-07'); // Saturday, Easter Sunday, Easter Monday
    expect(nextWorkingDay('2026-11-23')).toBe('2026-11-23');
  });
});

describe('deadlines', () => {
  it.each([
    ['2026-01-31', false, '2026-02-28'],
    ['2028-01-31', false, '2028-02-29'],
    ['2026-03-31', false, '2026-04-30'],
    ['2026-12-15', false, '2027-01-15'],
    ['2026-01-31', true, '2026-03-02'], // 28 Feb 2026 is a Saturday
    ['2026-03-27', true, '2026-04-28'], // 27 April 2026: King's Day
    ['2026-11-25', true, '2026-12-28'], // Christmas, Boxing Day, Sunday
    ['2026-04-14', true, '2026-05-15'], // Ascension Day 14 May 2026 → Friday 15 May
  ])(
    'one month after %s (move to working day: %s) is %s',
    (from, move, expected) => {
      expect(monthsAfter(from, 1, { moveToWorkingDay: move })).toBe(expected);
    },
  );

  const anyDate = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('keeps a month term within the next month, never past its last day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 24 }), (from, months) => {
        const end = monthsAfter(from, months);
        const [y, m, d] = from.split('-').map(Number) as [
          number,
          number,
          number,
        ];
        const index = y * 12 + (m - 1) + months;
        expect(end.slice(0, 7)).toBe(
          `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
        );
        expect(Number(end.slice(8))).toBe(
          Math.min(
            d,
            new Date(
              Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0),
            ).getUTCDate(),
          ),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('moves a deadline to a working day, at most a few days later', () => {
    fc.assert(
      fc.property(anyDate, (from) => {
        const plain = monthsAfter(from, 1);
        const moved = monthsAfter(from, 1, { moveToWorkingDay: true });
        expect(isWorkingDay(moved)).toBe(true);
        expect(moved >= plain).toBe(true);
        expect(moved <= addDays(plain, 5)).toBe(true);
        if (isWorkingDay(plain)) expect(moved).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-02-10', '2026-02-03'], // a Tuesday: the Tuesday before
    ['2026-03-05', '2026-02-26'], // across the end of February
    ['2028-03-06', '2028-02-28'], // leap year: 29 February lies between
    ['2027-01-04', '2026-12-28'], // across the year end
    ['2026-05-04', '2026-04-27'], // King's Day: not moved, it is counted back
  ])(
    'an overlegvergadering on %s is announced by %s at the latest (art. 14)',
    (meetingOn, lastDay) => {
      expect(meetingNoticeDeadline(meetingOn)).toBe(lastDay);
    },
  );

  it('reminds 14, 7 and 1 day before and on the day, catching up a missed day', () => {
    expect(dueReminder('2027-03-20', '2027-03-01')).toBeNull();
    expect(dueReminder('2027-03-20', '2027-03-06')).toBe(14);
    expect(dueReminder('2027-03-20', '2027-03-13')).toBe(7);
    expect(dueReminder('2027-03-20', '2027-03-15')).toBe(7);
    expect(dueReminder('2027-03-20', '2027-03-19')).toBe(1);
    expect(dueReminder('2027-03-20', '2027-03-20')).toBe(0);
    expect(dueReminder('2027-03-20', '2027-03-21')).toBeNull();
  });
});
