import type { MeetingSummary } from '../data-access/meetings-api';
import { splitMeetings } from './my-meetings-page';

const meeting = (id: string, startsAt: string, endsAt: string) =>
  ({ id, startsAt, endsAt }) as MeetingSummary;

describe('the meetings page', () => {
  it('lists upcoming meetings soonest first, a meeting under way among them, then past ones latest first', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const { upcoming, past } = splitMeetings(
      [
        meeting('later', '2026-12-20T09:00:00Z', '2026-12-20T10:00:00Z'),
        meeting('now', '2026-12-07T09:30:00Z', '2026-12-07T11:00:00Z'),
        meeting('old', '2026-10-01T09:00:00Z', '2026-10-01T10:00:00Z'),
        meeting('recent', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z'),
      ],
      now,
    );
    expect(upcoming.map((m) => m.id)).toEqual(['now', 'later']);
    expect(past.map((m) => m.id)).toEqual(['recent', 'old']);
  });
});
