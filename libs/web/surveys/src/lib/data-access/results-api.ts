import { Injectable, inject } from '@angular/core';
import { GraphqlClient, I18nService } from '@inspraak/web-core';
import {
  SnapshotSurveyResultsDocument,
  SurveyResultSnapshotsDocument,
  SurveyResultsCsvDocument,
  SurveyResultsDocument,
  SurveyResultsXlsxDocument,
  type SurveyResultsFieldsFragment,
  type SurveySnapshotFieldsFragment,
  type SurveySummaryStatsFieldsFragment,
  type ReportingDimension,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type SurveyResults = SurveyResultsFieldsFragment;
export type QuestionResult = SurveyResults['questions'][number];
export type QuestionStats = SurveySummaryStatsFieldsFragment;
export type ResultSnapshot = SurveySnapshotFieldsFragment;

export type Dimension = ReportingDimension;

/**
 * Which results: the survey's own breakdown (its one reporting dimension), or
 * one unit of that dimension. The API offers nothing else (issue 13): no
 * other dimension, no filter crossed with a breakdown.
 */
export interface ResultsView {
  filter: { dimension: Dimension; unitKey: string } | null;
}

/** Survey results, their exports and snapshots; every number is already suppressed by the API. */
@Injectable({ providedIn: 'root' })
export class SurveyResultsApi {
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);

  results(id: string, view: ResultsView): Observable<SurveyResults> {
    return this.graphql
      .request(SurveyResultsDocument, { id, ...this.variables(view) })
      .pipe(map((d) => d.surveyResults));
  }

  /** The same view as CSV for Excel in the UI language (nl: ; and decimal comma, en: , and decimal point), UTF-8 with BOM. */
  csv(id: string, view: ResultsView): Observable<string> {
    return this.graphql
      .request(SurveyResultsCsvDocument, {
        id,
        ...this.variables(view),
        language: this.i18n.language(),
      })
      .pipe(map((d) => d.surveyResultsCsv));
  }

  /** The same view as an XLSX workbook, base64. */
  xlsx(id: string, view: ResultsView): Observable<string> {
    return this.graphql
      .request(SurveyResultsXlsxDocument, {
        id,
        ...this.variables(view),
        language: this.i18n.language(),
      })
      .pipe(map((d) => d.surveyResultsXlsx));
  }

  snapshots(id: string): Observable<ResultSnapshot[]> {
    return this.graphql
      .request(SurveyResultSnapshotsDocument, { id })
      .pipe(map((d) => d.surveyResultSnapshots));
  }

  /** Freezes the results with a content hash, attached to a trajectory (default: the survey's). */
  snapshot(
    id: string,
    trajectoryId: string | null,
  ): Observable<ResultSnapshot> {
    return this.graphql
      .request(SnapshotSurveyResultsDocument, { id, trajectoryId })
      .pipe(map((d) => d.snapshotSurveyResults));
  }

  private variables(view: ResultsView) {
    // breakdown null: the survey's own dimension (units once closed); with a filter, that unit alone.
    return {
      breakdown: null,
      filterDimension: view.filter?.dimension ?? null,
      filterUnit: view.filter?.unitKey ?? null,
    };
  }
}
