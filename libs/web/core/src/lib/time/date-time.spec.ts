import { isoToLocalDateTime, localDateTimeToIso } from './date-time';

describe('datetime-local and ISO instants', () => {
  it('reads a datetime-local value in the browser time zone', () => {
    expect(localDateTimeToIso('2026-05-04T14:30')).toBe(
      new Date(2026, 4, 4, 14, 30).toISOString(),
    );
  });

  it('refuses incomplete values and days that do not exist', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2026-02-30T10:00')).toBeNull();
    expect(localDateTimeToIso('2026-05-04T24:00')).toBeNull();
  });

  it('writes an instant back as the same local value (round trip)', () => {
    const iso = new Date(2026, 11, 31, 9, 5).toISOString();
    expect(isoToLocalDateTime(iso)).toBe('2026-12-31T09:05');
    expect(localDateTimeToIso(isoToLocalDateTime(iso))).toBe(iso);
    expect(isoToLocalDateTime('not a date')).toBe('');
  });
});
