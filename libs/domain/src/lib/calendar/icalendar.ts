import type { CalendarDate } from './calendar-date';

/** One event in an iCalendar feed (RFC 5545): timed (start/end instants) or for a whole day. */
export type CalendarEvent = {
  /** Stable across feed refreshes, so calendar programs update rather than duplicate. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** When the event last changed. */
  updatedAt: Date;
} & ({ start: Date; end: Date } | { day: CalendarDate });

export interface CalendarFeed {
  name: string;
  events: readonly CalendarEvent[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The feed as an iCalendar document (text/calendar), CRLF line endings. */
export function toICalendar(feed: CalendarFeed): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Inspraak//Inspraak//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
  ];
  for (const event of feed.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcStamp(event.updatedAt)}`,
    );
    if ('day' in event) {
      const day = event.day.replace(/-/g, '');
      lines.push(`DTSTART;VALUE=DATE:${day}`);
    } else {
      lines.push(
        `DTSTART:${utcStamp(event.start)}`,
        `DTEND:${utcStamp(event.end)}`,
      );
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description)
      lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
