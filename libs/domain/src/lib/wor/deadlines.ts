import { addDays, addMonths, CalendarDate } from '../calendar/calendar-date';
import { MINIMUM_NOTICE_DAYS } from '../trajectories/meeting-notice';
import { nextWorkingDay } from './holidays';

/**
 * How deadlines are computed for one organisation. Whether a deadline that
 * ends on a weekend or public holiday moves to the next working day (the
 * Algemene termijnenwet) is not verified for WOR terms, so it is a setting.
 */
export interface DeadlineSettings {
  moveToWorkingDay: boolean;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  moveToWorkingDay: false,
};

/** Art. 25 lid 6, art. 26, art. 27 lid 5: one calendar month. */
export const ONE_MONTH = 1;
/** Art. 23 lid 1: an overlegvergadering within two weeks of a reasoned request. */
export const OVERLEG_REQUEST_DAYS = 14;

const settle = (day: CalendarDate, settings: DeadlineSettings) =>
  settings.moveToWorkingDay ? nextWorkingDay(day) : day;

/** The last day of a term of whole calendar months starting on `from` (31 January + 1 month = 28 or 29 February). */
export function monthsAfter(
  from: CalendarDate,
  months: number,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): CalendarDate {
  return settle(addMonths(from, months), settings);
}

export function daysAfter(
  from: CalendarDate,
  days: number,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): CalendarDate {
  return settle(addDays(from, days), settings);
}

/**
 * Art. 14: the last day to send the invitation for a meeting on `meetingOn`,
 * seven days ahead (unless urgent). Counted back from the meeting, so it is
 * never moved to a later working day: that would leave less than the notice.
 */
export function meetingNoticeDeadline(meetingOn: CalendarDate): CalendarDate {
  return addDays(meetingOn, -MINIMUM_NOTICE_DAYS);
}

export type DeadlineKind =
  /** The advice or consent term agreed with the director (the law sets none for advice). */
  | 'AGREED_TERM'
  /** An overlegvergadering asked for under art. 23 must be held within two weeks. */
  | 'OVERLEG_WITHIN_TWO_WEEKS'
  /** The invitation to a planned overlegvergadering goes out at least 7 days ahead (art. 14). */
  | 'MEETING_NOTICE'
  /** Execution of a decision deviating from the advice is suspended until this day (art. 25 lid 6). */
  | 'SUSPENSION_ENDS'
  /** Last day to appeal to the Ondernemingskamer (art. 26), a month after the reasons were received. */
  | 'APPEAL_ENDS'
  /** Last day to invoke nullity of a decision taken without consent (art. 27 lid 5). */
  | 'NULLITY_ENDS';

export const DEADLINE_NAMES: Record<DeadlineKind, { nl: string; en: string }> =
  {
    AGREED_TERM: { nl: 'Afgesproken adviestermijn', en: 'Agreed term' },
    OVERLEG_WITHIN_TWO_WEEKS: {
      nl: 'Overlegvergadering binnen twee weken (art. 23)',
      en: 'Consultation meeting within two weeks (art. 23)',
    },
    MEETING_NOTICE: {
      nl: 'Uiterlijk uitnodigen voor de overlegvergadering (art. 14)',
      en: 'Last day to invite to the consultation meeting (art. 14)',
    },
    SUSPENSION_ENDS: {
      nl: 'Einde opschortingstermijn (art. 25 lid 6)',
      en: 'End of suspension (art. 25(6))',
    },
    APPEAL_ENDS: {
      nl: 'Einde beroepstermijn Ondernemingskamer (art. 26)',
      en: 'End of appeal term, Enterprise Chamber (art. 26)',
    },
    NULLITY_ENDS: {
      nl: 'Einde termijn nietigheid inroepen (art. 27 lid 5)',
      en: 'End of term to invoke nullity (art. 27(5))',
    },
  };

/** Days before a deadline (and on the day) that the worker reminds the council secretary and the advisor. */
export const REMINDER_DAYS_BEFORE: readonly number[] = [14, 7, 1, 0];

/** Which reminder is due on `today` for a deadline on `deadline`, if any: the smallest step not yet passed, so a missed day is caught up. */
export function dueReminder(
  deadline: CalendarDate,
  today: CalendarDate,
): number | null {
  for (const days of [...REMINDER_DAYS_BEFORE].sort((a, b) => a - b)) {
    if (today >= addDays(deadline, -days) && today <= deadline) return days;
  }
  return null;
}
