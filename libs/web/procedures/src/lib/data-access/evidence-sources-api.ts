import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AttachableSnapshotsDocument,
  EvidenceMeetingsDocument,
  EvidenceWorkgroupsDocument,
  ProcedureTrajectoryOptionsDocument,
  type AttachableSnapshotsQuery,
  type EvidenceMeetingsQuery,
  type EvidenceWorkgroupsQuery,
  type ProcedureTrajectoryOptionsQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type TrajectoryOption =
  ProcedureTrajectoryOptionsQuery['trajectories'][number];
export type SnapshotOption =
  AttachableSnapshotsQuery['attachableSnapshots'][number];
export type WorkgroupOption = EvidenceWorkgroupsQuery['workgroups'][number];
export type MeetingOption = EvidenceMeetingsQuery['meetings'][number];

/**
 * What a procedure links to and freezes as evidence, from the other contexts:
 * trajectories (every member sees the published ones and those they steer),
 * the organisation's survey snapshots (for every keeper, survey author or
 * not), workgroups and meetings.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceSourcesApi {
  private readonly graphql = inject(GraphqlClient);

  trajectories(): Observable<TrajectoryOption[]> {
    return this.graphql
      .request(ProcedureTrajectoryOptionsDocument, {})
      .pipe(map((d) => d.trajectories));
  }

  /** Newest first. */
  snapshots(): Observable<SnapshotOption[]> {
    return this.graphql
      .request(AttachableSnapshotsDocument, {})
      .pipe(map((d) => d.attachableSnapshots));
  }

  workgroups(trajectoryId: string): Observable<WorkgroupOption[]> {
    return this.graphql
      .request(EvidenceWorkgroupsDocument, { trajectoryId })
      .pipe(map((d) => d.workgroups));
  }

  meetings(trajectoryId: string): Observable<MeetingOption[]> {
    return this.graphql
      .request(EvidenceMeetingsDocument, { trajectoryId })
      .pipe(map((d) => d.meetings));
  }
}
