import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  InvitePersonToWorkgroupDocument,
  InviteTargetTrajectoriesDocument,
  InviteTargetWorkgroupsDocument,
  type InviteTargetTrajectoriesQuery,
  type InviteTargetWorkgroupsQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type InviteTrajectory =
  InviteTargetTrajectoriesQuery['trajectories'][number];
export type InviteWorkgroup = InviteTargetWorkgroupsQuery['workgroups'][number];

/** Where people found in the pool can be invited: the workgroups and calls of trajectories the caller steers (the API checks). */
@Injectable({ providedIn: 'root' })
export class InviteApi {
  private readonly graphql = inject(GraphqlClient);

  /** Trajectories the caller steers. */
  trajectories(): Observable<InviteTrajectory[]> {
    return this.graphql
      .request(InviteTargetTrajectoriesDocument, {})
      .pipe(map((d) => d.trajectories.filter((t) => t.steering)));
  }

  /** Workgroups and calls the caller may invite to. */
  workgroups(trajectoryId: string): Observable<InviteWorkgroup[]> {
    return this.graphql
      .request(InviteTargetWorkgroupsDocument, { trajectoryId })
      .pipe(map((d) => d.workgroups.filter((w) => w.canManage)));
  }

  invite(workgroupId: string, userId: string): Observable<unknown> {
    return this.graphql.request(InvitePersonToWorkgroupDocument, {
      workgroupId,
      userId,
    });
  }
}
