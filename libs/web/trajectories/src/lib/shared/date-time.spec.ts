import {
  isoToLocalDateTime,
  localDateTimeToIso,
  meetingTimesProblem,
} from './date-time';

describe('datetime-local and ISO instants', () => {
  it('reads a datetime-local value in the browser time zone', () => {
    expect(localDateTimeToIso('2026-05-04T14:30')).toBe(
      new Date(2026, 4, 4, 14, 30).toISOString(),
    );
    expect(localDateTimeToIso('2026-05-04T14:30:15')).toBe(
      new Date(2026, 4, 4, 14, 30, 15).toISOString(),
    );
  });

  it('refuses incomplete values and days that do not exist', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2026-05-04')).toBeNull();
    expect(localDateTimeToIso('2026-02-30T10:00')).toBeNull();
    expect(localDateTimeToIso('2026-05-04T24:00')).toBeNull();
    expect(localDateTimeToIso('4-5-2026 14:30')).toBeNull();
  });

  it('writes an instant back as the same local value (round trip)', () => {
    const iso = new Date(2026, 11, 31, 9, 5).toISOString();
    expect(isoToLocalDateTime(iso)).toBe('2026-12-31T09:05');
    expect(localDateTimeToIso(isoToLocalDateTime(iso))).toBe(iso);
    expect(isoToLocalDateTime('not a date')).toBe('');
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
});
