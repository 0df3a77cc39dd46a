import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  EvidenceMeetingsDocument,
  EvidenceSurveySnapshotsDocument,
  EvidenceSurveysDocument,
  EvidenceWorkgroupsDocument,
  ProcedureTrajectoryOptionsDocument,
  type EvidenceMeetingsQuery,
  type EvidenceSurveySnapshotsQuery,
  type EvidenceSurveysQuery,
  type EvidenceWorkgroupsQuery,
  type ProcedureTrajectoryOptionsQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type TrajectoryOption =
  ProcedureTrajectoryOptionsQuery['trajectories'][number];
export type SurveyOption = EvidenceSurveysQuery['surveys'][number];
export type SnapshotOption =
  EvidenceSurveySnapshotsQuery['surveyResultSnapshots'][number];
export type WorkgroupOption = EvidenceWorkgroupsQuery['workgroups'][number];
export type MeetingOption = EvidenceMeetingsQuery['meetings'][number];

/**
 * What a procedure links to and freezes as evidence, from the other contexts:
 * trajectories (every member sees the published ones and those they steer),
 * surveys and their snapshots (survey authors only), workgroups and meetings.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceSourcesApi {
  private readonly graphql = inject(GraphqlClient);

  trajectories(): Observable<TrajectoryOption[]> {
    return this.graphql
      .request(ProcedureTrajectoryOptionsDocument, {})
      .pipe(map((d) => d.trajectories));
  }

  /** FORBIDDEN for those who do not author surveys. */
  surveys(): Observable<SurveyOption[]> {
    return this.graphql
      .request(EvidenceSurveysDocument, {})
      .pipe(map((d) => d.surveys));
  }

  snapshots(surveyId: string): Observable<SnapshotOption[]> {
    return this.graphql
      .request(EvidenceSurveySnapshotsDocument, { surveyId })
      .pipe(map((d) => d.surveyResultSnapshots));
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
