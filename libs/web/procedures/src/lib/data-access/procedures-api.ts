import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AttachEvidenceDocument,
  FinalizeProcedureLetterDocument,
  GenerateProcedureLetterDocument,
  ProcedureDeadlinesDocument,
  ProcedureDocument,
  ProcedureEvidenceContentsDocument,
  ProcedureLegalBasesDocument,
  ProcedureLetterFileDocument,
  ProcedureRequestDocumentDocument,
  ProceduresDocument,
  PublicProceduresDocument,
  RecordProcedureStepDocument,
  RegisterProcedureDocument,
  SaveProcedureLetterDocument,
  TrajectoriesWithoutProcedureDocument,
  UpdateProcedureDocument,
  UpdateWorSettingsDocument,
  VerifyEvidenceDocument,
  WorSettingsDocument,
  type EvidenceKind,
  type ProcedureDeadlinesQuery,
  type ProcedureEvidenceFieldsFragment,
  type ProcedureFieldsFragment,
  type ProcedureInput,
  type ProcedureLegalBasesQuery,
  type ProcedureLetterFieldsFragment,
  type ProcedureRequestDocumentQuery,
  type ProcedureStepFieldsFragment,
  type ProcedureStepInput,
  type ProcedureSummaryFieldsFragment,
  type PublicProceduresQuery,
  type TrajectoriesWithoutProcedureQuery,
  type VerifyEvidenceQuery,
  type WorSettingsFieldsFragment,
  type WorSettingsInput,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type ProcedureSummary = ProcedureSummaryFieldsFragment;
export type Procedure = ProcedureFieldsFragment;
export type ProcedureStep = ProcedureStepFieldsFragment;
export type Evidence = ProcedureEvidenceFieldsFragment;
export type ProcedureLetter = ProcedureLetterFieldsFragment;
export type LegalBasis =
  ProcedureLegalBasesQuery['procedureLegalBases'][number];
export type UpcomingDeadline =
  ProcedureDeadlinesQuery['procedureDeadlines'][number];
export type TrajectoryWithoutProcedure =
  TrajectoriesWithoutProcedureQuery['trajectoriesWithoutProcedure'][number];
export type PublicProcedure = PublicProceduresQuery['publicProcedures'][number];
export type WorSettings = WorSettingsFieldsFragment;
export type EvidenceCheck = VerifyEvidenceQuery['verifyEvidence'];
export type RequestDocument =
  ProcedureRequestDocumentQuery['procedureRequestDocument'];
export type LetterFormat = 'DOCX' | 'PDF';

/** The works council's procedures (WOR), through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class ProceduresApi {
  private readonly graphql = inject(GraphqlClient);

  legalBases(): Observable<LegalBasis[]> {
    return this.graphql
      .request(ProcedureLegalBasesDocument, {})
      .pipe(map((d) => d.procedureLegalBases));
  }

  procedures(): Observable<ProcedureSummary[]> {
    return this.graphql
      .request(ProceduresDocument, {})
      .pipe(map((d) => d.procedures));
  }

  procedure(id: string): Observable<Procedure> {
    return this.graphql
      .request(ProcedureDocument, { id })
      .pipe(map((d) => d.procedure));
  }

  /** Deadlines of open procedures from today on, soonest first. */
  deadlines(): Observable<UpcomingDeadline[]> {
    return this.graphql
      .request(ProcedureDeadlinesDocument, {})
      .pipe(map((d) => d.procedureDeadlines));
  }

  /** The advisor's trajectories in a decision phase without a procedure (ADVISEUR only). */
  trajectoriesWithoutProcedure(): Observable<TrajectoryWithoutProcedure[]> {
    return this.graphql
      .request(TrajectoriesWithoutProcedureDocument, {})
      .pipe(map((d) => d.trajectoriesWithoutProcedure));
  }

  /** What every employee sees: procedures that are not confidential and what the council answered. */
  publicProcedures(): Observable<PublicProcedure[]> {
    return this.graphql
      .request(PublicProceduresDocument, {})
      .pipe(map((d) => d.publicProcedures));
  }

  settings(): Observable<WorSettings> {
    return this.graphql
      .request(WorSettingsDocument, {})
      .pipe(map((d) => d.worSettings));
  }

  updateSettings(input: WorSettingsInput): Observable<WorSettings> {
    return this.graphql
      .request(UpdateWorSettingsDocument, { input })
      .pipe(map((d) => d.updateWorSettings));
  }

  register(input: ProcedureInput): Observable<Procedure> {
    return this.graphql
      .request(RegisterProcedureDocument, { input })
      .pipe(map((d) => d.registerProcedure));
  }

  update(id: string, input: ProcedureInput): Observable<Procedure> {
    return this.graphql
      .request(UpdateProcedureDocument, { id, input })
      .pipe(map((d) => d.updateProcedure));
  }

  /** One step; the API's state machine refuses steps out of order (e.g. advice before an overlegvergadering). */
  recordStep(id: string, input: ProcedureStepInput): Observable<Procedure> {
    return this.graphql
      .request(RecordProcedureStepDocument, { id, input })
      .pipe(map((d) => d.recordProcedureStep));
  }

  requestDocument(id: string): Observable<RequestDocument> {
    return this.graphql
      .request(ProcedureRequestDocumentDocument, { id })
      .pipe(map((d) => d.procedureRequestDocument));
  }

  attachEvidence(
    procedureId: string,
    kind: EvidenceKind,
    sourceId: string,
    phase: number | null,
  ): Observable<Evidence> {
    return this.graphql
      .request(AttachEvidenceDocument, { procedureId, kind, sourceId, phase })
      .pipe(map((d) => d.attachEvidence));
  }

  /** Recomputes the stored evidence's SHA-256 on the server. */
  verifyEvidence(id: string): Observable<EvidenceCheck> {
    return this.graphql
      .request(VerifyEvidenceDocument, { id })
      .pipe(map((d) => d.verifyEvidence));
  }

  /** The evidence's frozen content, byte for byte what its SHA-256 was computed over (null when it is not there). */
  evidenceContent(
    procedureId: string,
    evidenceId: string,
  ): Observable<string | null> {
    return this.graphql
      .request(ProcedureEvidenceContentsDocument, { procedureId })
      .pipe(
        map(
          (d) =>
            d.procedure.evidence.find((e) => e.id === evidenceId)?.content ??
            null,
        ),
      );
  }

  generateLetter(procedureId: string): Observable<ProcedureLetter> {
    return this.graphql
      .request(GenerateProcedureLetterDocument, { procedureId })
      .pipe(map((d) => d.generateProcedureLetter));
  }

  saveLetter(procedureId: string, text: string): Observable<ProcedureLetter> {
    return this.graphql
      .request(SaveProcedureLetterDocument, { procedureId, text })
      .pipe(map((d) => d.saveProcedureLetter));
  }

  finalizeLetter(procedureId: string): Observable<ProcedureLetter> {
    return this.graphql
      .request(FinalizeProcedureLetterDocument, { procedureId })
      .pipe(map((d) => d.finalizeProcedureLetter));
  }

  /** The letter (the final one once archived) as DOCX or PDF, base64. */
  letterFile(procedureId: string, format: LetterFormat): Observable<string> {
    return this.graphql
      .request(ProcedureLetterFileDocument, { procedureId, format })
      .pipe(map((d) => d.procedureLetterFile));
  }
}
