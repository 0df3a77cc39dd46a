import { daysBetween, type CalendarDate } from '../calendar/calendar-date';

/** Art. 14 WOR: meetings are announced at least seven days ahead, unless urgent. */
export const MINIMUM_NOTICE_DAYS = 7;

/** Whole days between the day of the invitation and the day of the meeting (both Dutch calendar dates). */
export function noticeDays(
  invitedOn: CalendarDate,
  meetingOn: CalendarDate,
): number {
  return daysBetween(invitedOn, meetingOn);
}

/** True when an invitation sent on `invitedOn` gives less notice than the law asks for a meeting on `meetingOn`. */
export function isShortNotice(
  invitedOn: CalendarDate,
  meetingOn: CalendarDate,
): boolean {
  return noticeDays(invitedOn, meetingOn) < MINIMUM_NOTICE_DAYS;
}
