import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AddRegieTeamMemberDocument,
  CreateTrajectoryDocument,
  DepartmentsDocument,
  MoveTrajectoryPhaseDocument,
  PhaseSettingsDocument,
  RemoveRegieTeamMemberDocument,
  SkillsDocument,
  TrajectoriesDocument,
  TrajectoryDocument,
  UpdatePhaseSettingsDocument,
  UpdateTrajectoryDocument,
  type DepartmentsQuery,
  type PhaseNameInput,
  type RegieTeamMemberFieldsFragment,
  type RegieTeamSeatInput,
  type SkillFieldsFragment,
  type TrajectoryEventFieldsFragment,
  type TrajectoryFieldsFragment,
  type TrajectoryInput,
  type TrajectorySummaryFieldsFragment,
  type UpdateTrajectoryInput,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type TrajectorySummary = TrajectorySummaryFieldsFragment;
export type Trajectory = TrajectoryFieldsFragment;
export type RegieTeamMember = RegieTeamMemberFieldsFragment;
export type TrajectoryEvent = TrajectoryEventFieldsFragment;
export type Department = DepartmentsQuery['departments'][number];
export type Skill = SkillFieldsFragment;

/** Change trajectories and their regie teams, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class TrajectoriesApi {
  private readonly graphql = inject(GraphqlClient);

  /** The ones I steer and every published one, newest first. */
  trajectories(): Observable<TrajectorySummary[]> {
    return this.graphql
      .request(TrajectoriesDocument, {})
      .pipe(map((d) => d.trajectories));
  }

  trajectory(id: string): Observable<Trajectory> {
    return this.graphql
      .request(TrajectoryDocument, { id })
      .pipe(map((d) => d.trajectory));
  }

  create(input: TrajectoryInput): Observable<Trajectory> {
    return this.graphql
      .request(CreateTrajectoryDocument, { input })
      .pipe(map((d) => d.createTrajectory));
  }

  update(id: string, input: UpdateTrajectoryInput): Observable<Trajectory> {
    return this.graphql
      .request(UpdateTrajectoryDocument, { id, input })
      .pipe(map((d) => d.updateTrajectory));
  }

  /** One phase forward or back (0-based); refused while the regie team is incomplete in the first phase. */
  movePhase(id: string, toPhase: number): Observable<Trajectory> {
    return this.graphql
      .request(MoveTrajectoryPhaseDocument, { id, toPhase })
      .pipe(map((d) => d.moveTrajectoryPhase));
  }

  addTeamMember(input: RegieTeamSeatInput): Observable<Trajectory> {
    return this.graphql
      .request(AddRegieTeamMemberDocument, { input })
      .pipe(map((d) => d.addRegieTeamMember));
  }

  removeTeamMember(
    trajectoryId: string,
    userId: string,
  ): Observable<Trajectory> {
    return this.graphql
      .request(RemoveRegieTeamMemberDocument, { trajectoryId, userId })
      .pipe(map((d) => d.removeRegieTeamMember));
  }

  /** The directory's departments (ADVISEUR and HR only; others get FORBIDDEN). */
  departments(): Observable<Department[]> {
    return this.graphql
      .request(DepartmentsDocument, {})
      .pipe(map((d) => d.departments));
  }

  /** The organisation's skill catalogue (every member). */
  skills(): Observable<Skill[]> {
    return this.graphql.request(SkillsDocument, {}).pipe(map((d) => d.skills));
  }

  /** The organisation's phases for new trajectories (every member may read them). */
  phaseSettings(): Observable<PhaseNameInput[]> {
    return this.graphql
      .request(PhaseSettingsDocument, {})
      .pipe(map((d) => d.phaseSettings));
  }

  /** The advisor replaces the list; running trajectories keep their phases. */
  updatePhaseSettings(phases: PhaseNameInput[]): Observable<PhaseNameInput[]> {
    return this.graphql
      .request(UpdatePhaseSettingsDocument, { phases })
      .pipe(map((d) => d.updatePhaseSettings));
  }
}
