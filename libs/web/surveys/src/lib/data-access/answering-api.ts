import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  CheckSurveyPreviewAnswersDocument,
  MySurveyDocument,
  MySurveysDocument,
  SubmitMySurveyDocument,
  SubmitSurveyByTokenDocument,
  SurveyByTokenDocument,
  SurveyPreviewDocument,
  type AnswerInput,
  type MySurveysQuery,
  type SurveyToAnswerFieldsFragment,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type SurveyToAnswer = SurveyToAnswerFieldsFragment;
export type MySurveyItem = MySurveysQuery['mySurveys'][number];

/** Answering a survey: with a one-time link (no account) or from inside the app. */
@Injectable({ providedIn: 'root' })
export class AnsweringApi {
  private readonly graphql = inject(GraphqlClient);

  byToken(token: string): Observable<SurveyToAnswer> {
    return this.graphql
      .request(
        SurveyByTokenDocument,
        { token },
        { redirectOnUnauthenticated: false },
      )
      .pipe(map((d) => d.surveyByToken));
  }

  submitByToken(token: string, answers: AnswerInput[]): Observable<boolean> {
    return this.graphql
      .request(
        SubmitSurveyByTokenDocument,
        { token, answers },
        { redirectOnUnauthenticated: false },
      )
      .pipe(map((d) => d.submitSurveyByToken));
  }

  mine(): Observable<MySurveyItem[]> {
    return this.graphql
      .request(MySurveysDocument, {})
      .pipe(map((d) => d.mySurveys));
  }

  mineOne(id: string): Observable<SurveyToAnswer> {
    return this.graphql
      .request(MySurveyDocument, { id })
      .pipe(map((d) => d.mySurvey));
  }

  submitMine(id: string, answers: AnswerInput[]): Observable<boolean> {
    return this.graphql
      .request(SubmitMySurveyDocument, { id, answers })
      .pipe(map((d) => d.submitMySurvey));
  }

  /** The respondent's page for a survey's author (draft or published), without an invitation. */
  preview(id: string): Observable<SurveyToAnswer> {
    return this.graphql
      .request(SurveyPreviewDocument, { id })
      .pipe(map((d) => d.surveyPreview));
  }

  /** Checks the preview's answers as a submit would; stores nothing. */
  checkPreview(id: string, answers: AnswerInput[]): Observable<boolean> {
    return this.graphql
      .request(CheckSurveyPreviewAnswersDocument, { id, answers })
      .pipe(map((d) => d.checkSurveyPreviewAnswers));
  }
}
