import { CalendarDate, longCalendarDate } from '../calendar/calendar-date';
import { DeadlineSettings, monthsAfter } from './deadlines';
import { legalBasis, ProcedureType } from './legal-basis';

/** States of a procedure, in the order of the domain brief (Dutch names in the UI). */
export enum ProcedureState {
  /** ontvangen: received, completeness is checked. */
  RECEIVED = 'RECEIVED',
  /** in behandeling: analysis, questions to the director, experts. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** achterban geraadpleegd: employees consulted (surveys, pros and cons, workgroups). */
  EMPLOYEES_CONSULTED = 'EMPLOYEES_CONSULTED',
  /** overleg: at least one overlegvergadering held. */
  MEETING_HELD = 'MEETING_HELD',
  /** advies uitgebracht / besluit OR: the council's reasoned answer sent. */
  RESPONSE_SENT = 'RESPONSE_SENT',
  /** besluit bestuurder: the director's written decision received. */
  DECISION_RECEIVED = 'DECISION_RECEIVED',
  /** opschorting: a decision deviating from the advice is suspended for a month. */
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export type CouncilResponse = 'POSITIVE' | 'NEGATIVE' | 'CONDITIONAL';

/** What has happened so far: the procedure's facts, from which state and windows follow. */
export interface ProcedureFacts {
  type: ProcedureType;
  state: ProcedureState;
  /** The day the director's request (or the council's proposal) was received; no step can be dated before it. */
  requestReceivedOn: CalendarDate;
  /** The overlegvergaderingen held on the matter, in date order. */
  meetingDates: readonly CalendarDate[];
  response: CouncilResponse | null;
  /** The day the council's advice or decision was sent. */
  responseSentOn: CalendarDate | null;
  /** The director's decision deviates from the advice (or, for consent, is taken without it). */
  deviates: boolean | null;
  /** Date of the director's written notice of the decision. */
  noticeOn: CalendarDate | null;
  /** Date the reasons for deviating were received (starts the appeal month). */
  reasonsReceivedOn: CalendarDate | null;
  suspensionWaived: boolean;
  /**
   * The employees were consulted (survey, pros and cons, workgroups). A fact of
   * its own, not only a stage: it may be recorded after the first
   * overlegvergadering, when the state has moved on.
   */
  employeesConsulted: boolean;
}

export type ProcedureEvent =
  | { kind: 'START_HANDLING' }
  | { kind: 'RECORD_CONSULTATION' }
  | { kind: 'RECORD_MEETING'; on: CalendarDate }
  | { kind: 'SEND_RESPONSE'; response: CouncilResponse; on: CalendarDate }
  | {
      kind: 'RECORD_DECISION';
      deviates: boolean;
      noticeOn: CalendarDate;
      reasonsReceivedOn: CalendarDate | null;
    }
  | { kind: 'WAIVE_SUSPENSION' }
  | { kind: 'CLOSE'; today: CalendarDate }
  | { kind: 'WITHDRAW' };

export type TransitionRefusal =
  | 'FINISHED'
  | 'NOT_IN_THIS_STATE'
  | 'ALREADY_RECORDED'
  | 'MEETING_REQUIRED'
  | 'NO_RESPONSE_FOR_TYPE'
  | 'RESPONSE_REQUIRED'
  | 'NOT_SUSPENDED'
  | 'WINDOW_OPEN'
  | 'STEP_DATE_BEFORE_PREVIOUS';

/** The earlier step a step's date may not precede. */
export type PreviousStep = 'REQUEST' | 'MEETING' | 'RESPONSE' | 'NOTICE';

/** Why a date was refused: which field of the step, the earlier step, and the first day allowed. */
export interface StepDateRefusal {
  field: 'on' | 'noticeOn' | 'reasonsReceivedOn';
  previous: PreviousStep;
  notBefore: CalendarDate;
}

export type TransitionResult =
  | { ok: true; facts: ProcedureFacts }
  | { ok: false; refusal: TransitionRefusal; date?: StepDateRefusal };

export const REFUSAL_TEXT: Record<
  TransitionRefusal,
  { nl: string; en: string }
> = {
  FINISHED: {
    nl: 'Deze procedure is afgerond of ingetrokken.',
    en: 'This procedure is closed or withdrawn.',
  },
  NOT_IN_THIS_STATE: {
    nl: 'Die stap past niet bij de huidige fase van de procedure.',
    en: "That step does not fit the procedure's current stage.",
  },
  ALREADY_RECORDED: {
    nl: 'Deze stap is al vastgelegd.',
    en: 'This step has already been recorded.',
  },
  MEETING_REQUIRED: {
    nl: 'Eerst moet er minstens één overlegvergadering over deze zaak zijn gehouden (art. 25 lid 4, art. 27 lid 2 WOR).',
    en: 'At least one consultation meeting on this matter must be held first (art. 25(4), art. 27(2) WOR).',
  },
  NO_RESPONSE_FOR_TYPE: {
    nl: 'Bij een initiatiefvoorstel beslist de bestuurder; de OR stuurt geen advies.',
    en: 'With an initiative proposal the director decides; the council sends no advice.',
  },
  RESPONSE_REQUIRED: {
    nl: 'Eerst moet het advies of het besluit van de OR zijn verstuurd.',
    en: "The council's advice or decision must be sent first.",
  },
  NOT_SUSPENDED: {
    nl: 'Er loopt geen opschorting.',
    en: 'There is no suspension running.',
  },
  WINDOW_OPEN: {
    nl: 'Er loopt nog een wettelijke termijn (opschorting, beroep of nietigheid).',
    en: 'A legal term is still running (suspension, appeal or nullity).',
  },
  STEP_DATE_BEFORE_PREVIOUS: {
    nl: 'Een stap kan niet eerder gedateerd zijn dan de stap waarop hij volgt.',
    en: 'A step cannot be dated before the step it follows.',
  },
};

const PREVIOUS_STEP_TEXT: Record<PreviousStep, { nl: string; en: string }> = {
  REQUEST: {
    nl: 'de ontvangst van de aanvraag',
    en: 'the request was received',
  },
  MEETING: {
    nl: 'de (laatste) overlegvergadering waarop het steunt',
    en: 'the (last) consultation meeting it relies on',
  },
  RESPONSE: {
    nl: 'het advies of besluit van de OR',
    en: "the council's advice or decision",
  },
  NOTICE: {
    nl: 'de schriftelijke mededeling van het besluit',
    en: 'the written notice of the decision',
  },
};

/** The message for a refused date, naming the earlier step and its day ("niet vóór 10 februari 2026"). */
export function stepDateRefusalText(date: StepDateRefusal): {
  nl: string;
  en: string;
} {
  const previous = PREVIOUS_STEP_TEXT[date.previous];
  return {
    nl: `Deze datum ligt vóór ${previous.nl} (${longCalendarDate(date.notBefore, 'nl')}).`,
    en: `This date is before ${previous.en} (${longCalendarDate(date.notBefore, 'en')}).`,
  };
}

/**
 * The order of dates in a procedure: every step on or after the request; the
 * council's answer not before the last overlegvergadering it relies on; the
 * director's notice not before that answer (or, without one, the last
 * meeting); the reasons not before the notice. Null when the dates fit.
 */
function dateOrderRefusal(
  facts: ProcedureFacts,
  event: ProcedureEvent,
): StepDateRefusal | null {
  const lastMeeting = facts.meetingDates.at(-1) ?? null;
  const check = (
    field: StepDateRefusal['field'],
    day: CalendarDate,
    ...earlier: [PreviousStep, CalendarDate | null][]
  ): StepDateRefusal | null => {
    for (const [previous, notBefore] of [
      ['REQUEST', facts.requestReceivedOn] as [PreviousStep, CalendarDate],
      ...earlier,
    ])
      if (notBefore && day < notBefore) return { field, previous, notBefore };
    return null;
  };
  switch (event.kind) {
    case 'RECORD_MEETING':
      return check('on', event.on);
    case 'SEND_RESPONSE':
      return check('on', event.on, ['MEETING', lastMeeting]);
    case 'RECORD_DECISION':
      return (
        check(
          'noticeOn',
          event.noticeOn,
          facts.responseSentOn
            ? ['RESPONSE', facts.responseSentOn]
            : ['MEETING', lastMeeting],
        ) ??
        (event.reasonsReceivedOn
          ? check('reasonsReceivedOn', event.reasonsReceivedOn, [
              'NOTICE',
              event.noticeOn,
            ])
          : null)
      );
    default:
      return null;
  }
}

const FINAL = [ProcedureState.CLOSED, ProcedureState.WITHDRAWN];
const BEFORE_MEETING = [
  ProcedureState.RECEIVED,
  ProcedureState.IN_PROGRESS,
  ProcedureState.EMPLOYEES_CONSULTED,
];

export interface LegalWindows {
  suspensionEndsOn: CalendarDate | null;
  appealEndsOn: CalendarDate | null;
  nullityEndsOn: CalendarDate | null;
}

/**
 * The legal windows after the director's decision: for advice that was not
 * followed, a month of suspension from the written notice (unless waived) and
 * a month to appeal from the day the reasons were received; for consent, a
 * month to invoke nullity of a decision taken without it. None for art. 30
 * and initiative proposals.
 */
export function legalWindows(
  facts: ProcedureFacts,
  settings?: DeadlineSettings,
): LegalWindows {
  const basis = legalBasis(facts.type);
  const none: LegalWindows = {
    suspensionEndsOn: null,
    appealEndsOn: null,
    nullityEndsOn: null,
  };
  if (!facts.deviates || !facts.noticeOn) return none;
  return {
    suspensionEndsOn:
      basis.suspensionOnDeviation && !facts.suspensionWaived
        ? monthsAfter(facts.noticeOn, 1, settings)
        : null,
    appealEndsOn: basis.appealOnDeviation
      ? monthsAfter(facts.reasonsReceivedOn ?? facts.noticeOn, 1, settings)
      : null,
    nullityEndsOn: basis.nullityWithoutConsent
      ? monthsAfter(facts.noticeOn, 1, settings)
      : null,
  };
}

/** Applies an event to the facts: the new facts, or why the law (or the order of things) refuses it. */
export function applyEvent(
  facts: ProcedureFacts,
  event: ProcedureEvent,
  settings?: DeadlineSettings,
): TransitionResult {
  const result = applyInOrder(facts, event, settings);
  if (!result.ok) return result;
  const date = dateOrderRefusal(facts, event);
  return date
    ? { ok: false, refusal: 'STEP_DATE_BEFORE_PREVIOUS', date }
    : result;
}

/** The state machine without the order of dates (checked after it, so "meeting required" comes before "date too early"). */
function applyInOrder(
  facts: ProcedureFacts,
  event: ProcedureEvent,
  settings?: DeadlineSettings,
): TransitionResult {
  const refuse = (refusal: TransitionRefusal) => ({
    ok: false as const,
    refusal,
  });
  const next = (changes: Partial<ProcedureFacts>) => ({
    ok: true as const,
    facts: { ...facts, ...changes },
  });
  if (FINAL.includes(facts.state)) return refuse('FINISHED');
  const basis = legalBasis(facts.type);
  switch (event.kind) {
    case 'WITHDRAW':
      return next({ state: ProcedureState.WITHDRAWN });
    case 'START_HANDLING':
      return facts.state === ProcedureState.RECEIVED
        ? next({ state: ProcedureState.IN_PROGRESS })
        : refuse('NOT_IN_THIS_STATE');
    case 'RECORD_CONSULTATION':
      // Until the council answers; after the meeting the state stays, the fact is added.
      if (
        ![...BEFORE_MEETING, ProcedureState.MEETING_HELD].includes(facts.state)
      )
        return refuse('NOT_IN_THIS_STATE');
      if (facts.employeesConsulted) return refuse('ALREADY_RECORDED');
      return next({
        employeesConsulted: true,
        state:
          facts.state === ProcedureState.MEETING_HELD
            ? ProcedureState.MEETING_HELD
            : ProcedureState.EMPLOYEES_CONSULTED,
      });
    case 'RECORD_MEETING':
      // Further meetings may follow the first, until the council answers.
      return [...BEFORE_MEETING, ProcedureState.MEETING_HELD].includes(
        facts.state,
      ) ||
        (!basis.councilResponds && facts.state === ProcedureState.MEETING_HELD)
        ? next({
            state: ProcedureState.MEETING_HELD,
            meetingDates: [...facts.meetingDates, event.on].sort(),
          })
        : refuse('NOT_IN_THIS_STATE');
    case 'SEND_RESPONSE':
      if (!basis.councilResponds) return refuse('NO_RESPONSE_FOR_TYPE');
      if (basis.meetingRequired && facts.meetingDates.length < 1)
        return refuse('MEETING_REQUIRED');
      return facts.state === ProcedureState.MEETING_HELD
        ? next({
            state: ProcedureState.RESPONSE_SENT,
            response: event.response,
            responseSentOn: event.on,
          })
        : refuse('NOT_IN_THIS_STATE');
    case 'RECORD_DECISION': {
      if (basis.councilResponds && facts.state !== ProcedureState.RESPONSE_SENT)
        return refuse(
          facts.meetingDates.length < 1
            ? 'MEETING_REQUIRED'
            : 'RESPONSE_REQUIRED',
        );
      if (!basis.councilResponds && facts.meetingDates.length < 1)
        return refuse('MEETING_REQUIRED');
      if (!basis.councilResponds && facts.state !== ProcedureState.MEETING_HELD)
        return refuse('NOT_IN_THIS_STATE');
      const decided = {
        ...facts,
        deviates: event.deviates,
        noticeOn: event.noticeOn,
        reasonsReceivedOn: event.reasonsReceivedOn,
        suspensionWaived: false,
      };
      const windows = legalWindows(decided, settings);
      return next({
        ...decided,
        state: windows.suspensionEndsOn
          ? ProcedureState.SUSPENDED
          : ProcedureState.DECISION_RECEIVED,
      });
    }
    case 'WAIVE_SUSPENSION':
      return facts.state === ProcedureState.SUSPENDED
        ? next({
            state: ProcedureState.DECISION_RECEIVED,
            suspensionWaived: true,
          })
        : refuse('NOT_SUSPENDED');
    case 'CLOSE': {
      if (
        facts.state !== ProcedureState.DECISION_RECEIVED &&
        facts.state !== ProcedureState.SUSPENDED
      )
        return refuse('NOT_IN_THIS_STATE');
      const windows = legalWindows(facts, settings);
      const open = [
        windows.suspensionEndsOn,
        windows.appealEndsOn,
        windows.nullityEndsOn,
      ].some((end) => end !== null && event.today <= end);
      return open
        ? refuse('WINDOW_OPEN')
        : next({ state: ProcedureState.CLOSED });
    }
  }
}

/** The earliest day a step of the procedure was dated: the request cannot have been received after it. */
export function firstStepDate(facts: ProcedureFacts): CalendarDate | null {
  const dated = [
    ...facts.meetingDates,
    facts.responseSentOn,
    facts.noticeOn,
    facts.reasonsReceivedOn,
  ].filter((day): day is CalendarDate => day !== null);
  return dated.sort()[0] ?? null;
}

export function initialFacts(
  type: ProcedureType,
  requestReceivedOn: CalendarDate,
): ProcedureFacts {
  return {
    type,
    state: ProcedureState.RECEIVED,
    requestReceivedOn,
    meetingDates: [],
    response: null,
    responseSentOn: null,
    deviates: null,
    noticeOn: null,
    reasonsReceivedOn: null,
    suspensionWaived: false,
    employeesConsulted: false,
  };
}
