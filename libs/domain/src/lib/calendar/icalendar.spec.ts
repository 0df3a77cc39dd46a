import ICAL from 'ical.js';
import { toICalendar } from './icalendar';

describe('iCalendar feed', () => {
  const feed = toICalendar({
    name: 'Inspraak — Jan',
    events: [
      {
        uid: 'meeting-1@inspraak',
        summary: 'Regieteam; reorganisatie, fase 2',
        description:
          'Agenda:\n1. Opening\n2. Voor- en nadelen — ' + 'é'.repeat(60),
        location: 'Zaal 3, gebouw B',
        start: new Date('2026-12-01T09:00:00Z'),
        end: new Date('2026-12-01T10:30:00Z'),
        updatedAt: new Date('2026-11-22T12:00:00Z'),
      },
      {
        uid: 'action-1@inspraak',
        summary: 'Afspraak: notulen rondsturen',
        day: '2026-12-04',
        updatedAt: new Date('2026-11-22T12:00:00Z'),
      },
    ],
  });

  it('uses CRLF and folds lines at 75 octets', () => {
    const lines = feed.split('\r\n');
    expect(feed.endsWith('\r\n')).toBe(true);
    for (const line of lines)
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(feed).not.toMatch(/[^\r]\n/);
  });

  it('parses in a standard iCalendar parser with the same values', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const meeting = events[0]!;
    expect(meeting.uid).toBe('meeting-1@inspraak');
    expect(meeting.summary).toBe('Regieteam; reorganisatie, fase 2');
    expect(meeting.description).toBe(
      'Agenda:\n1. Opening\n2. Voor- en nadelen — ' + 'é'.repeat(60),
    );
    expect(meeting.location).toBe('Zaal 3, gebouw B');
    expect(meeting.startDate.toJSDate().toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    expect(meeting.endDate.toJSDate().toISOString()).toBe(
      '2026-12-01T10:30:00.000Z',
    );
    const action = events[1]!;
    expect(action.startDate.isDate).toBe(true);
    expect(action.startDate.toString()).toBe('2026-12-04');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Inspraak — Jan',
    );
  });
});
