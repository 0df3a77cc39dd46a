import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { loadable, TranslatePipe } from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { MeetingsApi, type MeetingSummary } from '../data-access/meetings-api';
import { MeetingTableComponent } from './meeting-table';

/** Upcoming meetings first (soonest first), then past ones (latest first); a meeting is upcoming until it ends. */
export function splitMeetings(
  meetings: readonly MeetingSummary[],
  now: Date,
): { upcoming: MeetingSummary[]; past: MeetingSummary[] } {
  const ends = (m: MeetingSummary) => new Date(m.endsAt).getTime();
  const starts = (m: MeetingSummary) => new Date(m.startsAt).getTime();
  return {
    upcoming: meetings
      .filter((m) => ends(m) >= now.getTime())
      .sort((a, b) => starts(a) - starts(b)),
    past: meetings
      .filter((m) => ends(m) < now.getTime())
      .sort((a, b) => starts(b) - starts(a)),
  };
}

/**
 * /meetings: every meeting the person may see across trajectories (invited,
 * steering the trajectory, or member of the workgroup), upcoming and past,
 * each linking to the meeting.
 */
@Component({
  selector: 'isp-my-meetings-page',
  imports: [TranslatePipe, AlertComponent, MeetingTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-meetings-page.html',
})
export class MyMeetingsPageComponent {
  private readonly api = inject(MeetingsApi);
  protected readonly meetings = loadable<MeetingSummary[]>([]);
  protected readonly split = computed(() =>
    splitMeetings(this.meetings.value(), new Date()),
  );

  constructor() {
    this.meetings.load(this.api.myMeetings());
  }
}
