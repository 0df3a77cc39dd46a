import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  todayInAmsterdam,
  longCalendarDate,
} from './calendar-date';

describe('calendar dates', () => {
  it('takes today in Amsterdam, also when UTC is still on the previous day', () => {
    expect(todayInAmsterdam(new Date('2026-03-31T22:30:00Z'))).toBe(
      '2026-04-01',
    ); // summer time, UTC+2
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe(
      '2027-01-01',
    ); // winter time, UTC+1
    expect(todayInAmsterdam(new Date('2026-12-31T22:30:00Z'))).toBe(
      '2026-12-31',
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-4-01', false],
    ['01-04-2026', false],
    ['2026-12-31T00:00', false],
    // Years PostgreSQL or a calendar file cannot hold: refused as input, not a database error.
    ['0000-01-01', false],
    ['0999-12-31', false],
    ['1000-01-01', true],
    ['9999-12-31', true],
    ['+275760-09-13', false],
    ['275760-09-13', false],
  ])('judges %s a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 30)).toBe('2027-01-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days between dates, across summer time and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // summer time starts 29 March
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-16', '2026-12-02')).toBe(-14);
    expect(daysBetween('2026-12-02', '2026-12-02')).toBe(0);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-22', 12, '2027-11-22'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('adds months: %s + %i = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('longCalendarDate', () => {
  it('writes a day as people read it, in their language', () => {
    expect(longCalendarDate('2026-12-05', 'nl')).toBe('5 december 2026');
    expect(longCalendarDate('2026-12-05', 'en')).toBe('5 December 2026');
    expect(longCalendarDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });
});
