import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AnswerEvaluationDocument,
  CloseEvaluationDocument,
  EvaluationsDocument,
  StartEvaluationDocument,
  type EvaluationAnswerInput,
  type PhaseEvaluationFieldsFragment,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type PhaseEvaluation = PhaseEvaluationFieldsFragment;

/** The reflection at the end of a phase, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class EvaluationsApi {
  private readonly graphql = inject(GraphqlClient);

  evaluations(trajectoryId: string): Observable<PhaseEvaluation[]> {
    return this.graphql
      .request(EvaluationsDocument, { trajectoryId })
      .pipe(map((d) => d.evaluations));
  }

  /** Starts the evaluation of the trajectory's current phase. */
  start(trajectoryId: string): Observable<PhaseEvaluation> {
    return this.graphql
      .request(StartEvaluationDocument, { trajectoryId })
      .pipe(map((d) => d.startEvaluation));
  }

  /** Answers are stored without my name. */
  answer(input: EvaluationAnswerInput): Observable<PhaseEvaluation> {
    return this.graphql
      .request(AnswerEvaluationDocument, { input })
      .pipe(map((d) => d.answerEvaluation));
  }

  close(id: string, outcome: string): Observable<PhaseEvaluation> {
    return this.graphql
      .request(CloseEvaluationDocument, { id, outcome })
      .pipe(map((d) => d.closeEvaluation));
  }
}
