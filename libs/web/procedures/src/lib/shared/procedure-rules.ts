import { LEGAL_BASES, addDays } from '@inspraak/domain';
import type { ProcedureState, ProcedureType } from '@inspraak/shared';

/** The steps `recordProcedureStep` knows, in the order the buttons show them (withdrawing last). */
export const STEP_KINDS = [
  'START_HANDLING',
  'RECORD_CONSULTATION',
  'RECORD_MEETING',
  'SEND_RESPONSE',
  'RECORD_DECISION',
  'WAIVE_SUSPENSION',
  'CLOSE',
  'WITHDRAW',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export function isStepKind(value: string): value is StepKind {
  return (STEP_KINDS as readonly string[]).includes(value);
}

/**
 * The step buttons to show: exactly the steps the API's state machine accepts
 * now (`possibleSteps`), in a fixed order, whatever order the API lists them in.
 */
export function stepActions(possibleSteps: readonly string[]): StepKind[] {
  return STEP_KINDS.filter((kind) => possibleSteps.includes(kind));
}

/** Closed or withdrawn: nothing more happens. */
export function isFinished(state: ProcedureState): boolean {
  return state === 'CLOSED' || state === 'WITHDRAWN';
}

const BEFORE_MEETING: readonly ProcedureState[] = [
  'RECEIVED',
  'IN_PROGRESS',
  'EMPLOYEES_CONSULTED',
];

function basisOf(type: ProcedureType) {
  return LEGAL_BASES.find((b) => b.type === type);
}

/** Whether the council answers this kind of procedure with advice or a decision (not for an initiative proposal). */
export function councilResponds(type: ProcedureType): boolean {
  return basisOf(type)?.councilResponds ?? true;
}

/**
 * Whether to say why advice (or the council's decision) cannot be sent yet:
 * the law asks for at least one overlegvergadering first (art. 25 lid 4,
 * art. 27 lid 2) and none has been held.
 */
export function responseWaitsForMeeting(procedure: {
  type: ProcedureType;
  state: ProcedureState;
  meetingDates: readonly string[];
}): boolean {
  return (
    councilResponds(procedure.type) &&
    procedure.meetingDates.length === 0 &&
    BEFORE_MEETING.includes(procedure.state)
  );
}

export type StageStatus = 'done' | 'current' | 'todo' | 'skipped';

export interface Stage {
  state: ProcedureState;
  status: StageStatus;
}

/** Evidence that shows the employees were heard (minutes of the overlegvergadering do not). */
const CONSULTATION_EVIDENCE: readonly string[] = [
  'SURVEY_RESULTS',
  'BOARD_SUMMARY',
  'WORKGROUP_REPORT',
];

/**
 * The procedure's road as a stepper: the stages its kind goes through (no
 * advice stage for an initiative proposal, a suspension only where a deviating
 * decision suspends), each done (the history reached it, or, for the
 * consultation of employees, it was recorded later or evidence of it is
 * attached), current, still to come, or passed by (e.g. no suspension because
 * the decision followed the advice).
 */
export function stages(procedure: {
  type: ProcedureType;
  state: ProcedureState;
  steps: readonly { state: ProcedureState; event?: string }[];
  employeesConsulted?: boolean;
  evidence?: readonly { kind: string }[];
}): Stage[] {
  const basis = basisOf(procedure.type);
  const road: ProcedureState[] = [
    'RECEIVED',
    'IN_PROGRESS',
    'EMPLOYEES_CONSULTED',
    'MEETING_HELD',
    ...(basis?.councilResponds === false ? [] : (['RESPONSE_SENT'] as const)),
    'DECISION_RECEIVED',
    ...(basis?.suspensionOnDeviation ? (['SUSPENDED'] as const) : []),
    procedure.state === 'WITHDRAWN' ? 'WITHDRAWN' : 'CLOSED',
  ];
  const reached = new Set(procedure.steps.map((s) => s.state));
  // A deviating decision goes straight into the suspension: the decision was received all the same.
  if (procedure.steps.some((s) => s.event === 'RECORD_DECISION'))
    reached.add('DECISION_RECEIVED');
  if (
    procedure.employeesConsulted ||
    procedure.evidence?.some((e) => CONSULTATION_EVIDENCE.includes(e.kind))
  )
    reached.add('EMPLOYEES_CONSULTED');
  const currentIndex = road.indexOf(procedure.state);
  return road.map((state, index) => ({
    state,
    status:
      state === procedure.state
        ? 'current'
        : reached.has(state)
          ? 'done'
          : index < currentIndex
            ? 'skipped'
            : 'todo',
  }));
}

export type DeadlineUrgency = 'past' | 'soon' | 'later';

/** A deadline within 7 days (today included) is near; one before today has passed. */
export function deadlineUrgency(date: string, today: string): DeadlineUrgency {
  if (date < today) return 'past';
  return date <= addDays(today, 7) ? 'soon' : 'later';
}

export interface MonthGroup<T> {
  /** `YYYY-MM` */
  month: string;
  items: T[];
}

/** Items with a `YYYY-MM-DD` date grouped per calendar month, months and items in date order. */
export function groupByMonth<T extends { date: string }>(
  items: readonly T[],
): MonthGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  const groups: MonthGroup<T>[] = [];
  for (const item of sorted) {
    const month = item.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** "februari 2026" / "February 2026" for `2026-02`. */
export function monthLabel(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

export interface LetterBlock {
  kind: 'heading' | 'paragraph' | 'space';
  text: string;
}

/**
 * The letter as the DOCX and PDF show it: every line a paragraph, a line
 * starting with "## " a heading, an empty line space.
 */
export function letterBlocks(text: string): LetterBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line.startsWith('## ')
        ? { kind: 'heading', text: line.slice(3) }
        : line.trim() === ''
          ? { kind: 'space', text: '' }
          : { kind: 'paragraph', text: line },
    );
}

/** A title as a file name part: "reorganisatie-thuiszorg-fase-een" (no accents, spaces or signs; at most 60 characters). */
export function fileSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The first characters of a SHA-256, enough to compare by eye. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
