import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MembershipStatus } from '@inspraak/shared';
import {
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import type { WorkgroupSummary } from '../data-access/workgroups-api';

/** A workgroup's call (open until …, or closed), its size and, if any, my place in it. */
@Component({
  selector: 'isp-workgroup-status',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let w = workgroup();
    <span
      class="badge"
      [class.success]="w.callStatus === 'OPEN'"
      [class.muted]="w.callStatus === 'CLOSED'"
    >
      @if (w.callStatus === 'OPEN') {
        {{
          'trajectories.workgroups.openUntil'
            | translate: { date: (w.closesOn | localDate) }
        }}
      } @else {
        {{ 'trajectories.workgroups.closed' | translate }}
      }
    </span>
    <span>{{
      'trajectories.workgroups.members'
        | translate: { count: w.memberCount, size: w.size }
    }}</span>
    <span>{{
      'trajectories.workgroups.hours' | translate: { hours: w.hoursPerMonth }
    }}</span>
    @if (w.myStatus; as status) {
      <span class="badge">{{ statusKey(status) | translate }}</span>
    }
  `,
  styleUrl: './workgroup-status.scss',
})
export class WorkgroupStatusComponent {
  readonly workgroup = input.required<WorkgroupSummary>();

  protected statusKey(status: MembershipStatus): TranslationKey {
    return `trajectories.membership.${status}`;
  }
}
