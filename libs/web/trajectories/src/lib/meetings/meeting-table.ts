import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalDatePipe, TranslatePipe } from '@inspraak/web-core';
import type { MeetingSummary } from '../data-access/meetings-api';
import { meetingKindKey } from './meeting-form.model';

/** Meetings as a table: title (linking to the meeting, with its cancelled and minutes badges), kind, when and where. */
@Component({
  selector: 'isp-meeting-table',
  imports: [RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-table.html',
  styles: `
    th .badge {
      margin-inline-start: 0.5rem;
    }
  `,
})
export class MeetingTableComponent {
  readonly meetings = input.required<readonly MeetingSummary[]>();
  readonly caption = input.required<string>();
  protected readonly kindKey = meetingKindKey;
}
