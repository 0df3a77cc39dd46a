/**
 * Calendar dates as `YYYY-MM-DD` strings. Dates such as "left on" or "paused
 * until" are Dutch calendar days, not instants, so they are kept and compared
 * as plain strings (which sort correctly) and never pass through a time zone.
 */
export type CalendarDate = string;

/** Formats an instant as its `YYYY-MM-DD` in the Netherlands; made once, as making one costs far more than using it. */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the Netherlands. */
export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  return AMSTERDAM_DAY.format(now);
}

/**
 * True for an existing date written as `YYYY-MM-DD` (so not 2023-02-29), in
 * the years 1000 to 9999: every date a person enters, and only dates that
 * PostgreSQL, JavaScript and calendar files all hold (PostgreSQL has no year
 * 0000, which would pass the pattern).
 */
export function isCalendarDate(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
      86_400_000,
  );
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const targetMonthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(targetMonthIndex / 12);
  const targetMonth = (targetMonthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

const LONG_DATE = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
} as const;

/** A calendar date for people to read in their language: "5 december 2026", "5 December 2026". */
export function longCalendarDate(
  day: CalendarDate,
  language: 'nl' | 'en',
): string {
  return LONG_DATE[language].format(new Date(`${day}T12:00:00Z`));
}
