import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  CloseSurveyDocument,
  CreateSurveyDocument,
  NewSurveyVersionDocument,
  PublishSurveyDocument,
  RemindSurveyNowDocument,
  SurveyAudienceDepartmentsDocument,
  SurveyDocument,
  SurveyTemplatesDocument,
  SurveyTrajectoryChoicesDocument,
  SurveysDocument,
  UpdateSurveyDocument,
  type SurveyAudienceDepartmentsQuery,
  type SurveyFieldsFragment,
  type SurveyInput,
  type SurveySectionFieldsFragment,
  type SurveySummaryFieldsFragment,
  type SurveyTemplatesQuery,
  type SurveyTrajectoryChoicesQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type SurveySummary = SurveySummaryFieldsFragment;
export type Survey = SurveyFieldsFragment;
export type SurveySection = SurveySectionFieldsFragment;
export type SurveyTemplate = SurveyTemplatesQuery['surveyTemplates'][number];
export type AudienceDepartment =
  SurveyAudienceDepartmentsQuery['surveyAudienceDepartments'][number];
export type TrajectoryChoice =
  SurveyTrajectoryChoicesQuery['trajectories'][number];

/** Where a new survey's questions come from. */
export type SurveyOrigin =
  | { kind: 'blank' }
  | { kind: 'template'; templateKey: string }
  | { kind: 'copy'; surveyId: string };

/** Building, publishing and closing surveys (the API's SURVEY_AUTHORS), through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly graphql = inject(GraphqlClient);

  templates(): Observable<SurveyTemplate[]> {
    return this.graphql
      .request(SurveyTemplatesDocument, {})
      .pipe(map((d) => d.surveyTemplates));
  }

  /** Newest first. */
  surveys(): Observable<SurveySummary[]> {
    return this.graphql
      .request(SurveysDocument, {})
      .pipe(map((d) => d.surveys));
  }

  survey(id: string): Observable<Survey> {
    return this.graphql
      .request(SurveyDocument, { id })
      .pipe(map((d) => d.survey));
  }

  /** The department tree with headcounts, to choose an audience. */
  departments(): Observable<AudienceDepartment[]> {
    return this.graphql
      .request(SurveyAudienceDepartmentsDocument, {})
      .pipe(map((d) => d.surveyAudienceDepartments));
  }

  /** Trajectories I may see, to link a survey to or to invite their participants. */
  trajectories(): Observable<TrajectoryChoice[]> {
    return this.graphql
      .request(SurveyTrajectoryChoicesDocument, {})
      .pipe(map((d) => d.trajectories));
  }

  create(input: SurveyInput, origin: SurveyOrigin): Observable<Survey> {
    return this.graphql
      .request(CreateSurveyDocument, {
        input,
        templateKey: origin.kind === 'template' ? origin.templateKey : null,
        copyOf: origin.kind === 'copy' ? origin.surveyId : null,
      })
      .pipe(map((d) => d.createSurvey));
  }

  /** A published survey takes only comparable changes: otherwise CONFLICT with reason NEEDS_NEW_VERSION. */
  update(id: string, input: SurveyInput): Observable<Survey> {
    return this.graphql
      .request(UpdateSurveyDocument, { id, input })
      .pipe(map((d) => d.updateSurvey));
  }

  newVersion(id: string): Observable<Survey> {
    return this.graphql
      .request(NewSurveyVersionDocument, { id })
      .pipe(map((d) => d.newSurveyVersion));
  }

  publish(id: string): Observable<Survey> {
    return this.graphql
      .request(PublishSurveyDocument, { id })
      .pipe(map((d) => d.publishSurvey));
  }

  close(id: string): Observable<Survey> {
    return this.graphql
      .request(CloseSurveyDocument, { id })
      .pipe(map((d) => d.closeSurvey));
  }

  remindNow(id: string): Observable<Survey> {
    return this.graphql
      .request(RemindSurveyNowDocument, { id })
      .pipe(map((d) => d.remindSurveyNow));
  }
}
