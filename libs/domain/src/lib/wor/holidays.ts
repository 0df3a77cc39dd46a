import { addDays, CalendarDate } from '../calendar/calendar-date';

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface PublicHoliday {
  date: CalendarDate;
  nl: string;
  en: string;
}

const date = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const weekday = (day: CalendarDate) => new Date(`${day}T00:00:00Z`).getUTCDay();

/**
 * The generally recognised holidays of the Algemene termijnenwet (art. 3):
 * New Year's Day, Easter Monday, Ascension Day, Whit Monday, both Christmas
 * days, King's Day (27 April, or 26 April when that is a Sunday) and 5 May.
 * (Good Friday is not among them; Easter and Whit Sunday are Sundays anyway.)
 * Whether the act applies to WOR deadlines is not verified: it is a setting.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay =
    weekday(date(year, 4, 27)) === 0 ? date(year, 4, 26) : date(year, 4, 27);
  return [
    { date: date(year, 1, 1), nl: 'Nieuwjaarsdag', en: "New Year's Day" },
    { date: addDays(easter, 1), nl: 'Tweede Paasdag', en: 'Easter Monday' },
    { date: kingsDay, nl: 'Koningsdag', en: "King's Day" },
    { date: date(year, 5, 5), nl: 'Bevrijdingsdag', en: 'Liberation Day' },
    { date: addDays(easter, 39), nl: 'Hemelvaartsdag', en: 'Ascension Day' },
    { date: addDays(easter, 50), nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
    { date: date(year, 12, 25), nl: 'Eerste Kerstdag', en: 'Christmas Day' },
    { date: date(year, 12, 26), nl: 'Tweede Kerstdag', en: 'Boxing Day' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

export function isPublicHoliday(day: CalendarDate): boolean {
  return dutchPublicHolidays(Number(day.slice(0, 4))).some(
    (h) => h.date === day,
  );
}

export function isWorkingDay(day: CalendarDate): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !isPublicHoliday(day);
}

/** The day itself, or the next working day when it is a Saturday, Sunday or public holiday. */
export function nextWorkingDay(day: CalendarDate): CalendarDate {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}
