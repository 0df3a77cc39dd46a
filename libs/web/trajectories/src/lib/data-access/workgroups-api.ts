import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AddDocumentDocument,
  type ApplyToCallMutation,
  ApplyToCallDocument,
  CallApplicantsDocument,
  CallSuggestionsDocument,
  DecideApplicationDocument,
  DocumentContentDocument,
  InviteToWorkgroupDocument,
  LeaveWorkgroupDocument,
  MyWorkgroupsDocument,
  OpenCallDocument,
  OpenCallsDocument,
  RemoveDocumentDocument,
  RespondToInvitationDocument,
  SetWorkgroupLeadDocument,
  SubmitWorkgroupReportDocument,
  UpdateCallDocument,
  WorkgroupDocument,
  WorkgroupsDocument,
  type CallApplicantsQuery,
  type CallInput,
  type CallSuggestionsQuery,
  type DocumentContentQuery,
  type DocumentInput,
  type PoolFitFieldsFragment,
  type DocumentSummaryFieldsFragment,
  type WorkgroupFieldsFragment,
  type WorkgroupSummaryFieldsFragment,
  type WorkgroupMembershipFieldsFragment,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

/** A workgroup with its members and documents (one at a time). */
export type Workgroup = WorkgroupFieldsFragment;
/** A workgroup in a list: without members and documents. */
export type WorkgroupSummary = WorkgroupSummaryFieldsFragment;
export type WorkgroupMembership = WorkgroupMembershipFieldsFragment;
export type TrajectoryDocument = DocumentSummaryFieldsFragment;
export type DocumentContent = DocumentContentQuery['documentContent'];
export type Applicant = CallApplicantsQuery['callApplicants'][number];
export type Suggestion = CallSuggestionsQuery['callSuggestions'][number];
export type PoolFit = PoolFitFieldsFragment;

/** Open calls, workgroups, applications and documents, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class WorkgroupsApi {
  private readonly graphql = inject(GraphqlClient);

  workgroups(trajectoryId: string): Observable<WorkgroupSummary[]> {
    return this.graphql
      .request(WorkgroupsDocument, { trajectoryId })
      .pipe(map((d) => d.workgroups));
  }

  workgroup(id: string): Observable<Workgroup> {
    return this.graphql
      .request(WorkgroupDocument, { id })
      .pipe(map((d) => d.workgroup));
  }

  /** Calls I can apply to now. */
  openCalls(): Observable<WorkgroupSummary[]> {
    return this.graphql
      .request(OpenCallsDocument, {})
      .pipe(map((d) => d.openCalls));
  }

  /** Workgroups I am in, invited to or applied to (see `myStatus`). */
  myWorkgroups(): Observable<WorkgroupSummary[]> {
    return this.graphql
      .request(MyWorkgroupsDocument, {})
      .pipe(map((d) => d.myWorkgroups));
  }

  openCall(trajectoryId: string, input: CallInput): Observable<Workgroup> {
    return this.graphql
      .request(OpenCallDocument, { trajectoryId, input })
      .pipe(map((d) => d.openCall));
  }

  /** Changes the call; `open: false` closes it, `true` reopens it. */
  updateCall(
    id: string,
    input: CallInput,
    open: boolean,
  ): Observable<Workgroup> {
    return this.graphql
      .request(UpdateCallDocument, { id, input, open })
      .pipe(map((d) => d.updateCall));
  }

  apply(
    workgroupId: string,
    motivation: string,
  ): Observable<ApplyToCallMutation['applyToCall']> {
    return this.graphql
      .request(ApplyToCallDocument, { workgroupId, motivation })
      .pipe(map((d) => d.applyToCall));
  }

  /** Withdraws my application or invitation, or leaves the workgroup. */
  leave(workgroupId: string): Observable<WorkgroupMembership> {
    return this.graphql
      .request(LeaveWorkgroupDocument, { workgroupId })
      .pipe(map((d) => d.leaveWorkgroup));
  }

  respondToInvitation(
    workgroupId: string,
    accept: boolean,
  ): Observable<WorkgroupMembership> {
    return this.graphql
      .request(RespondToInvitationDocument, { workgroupId, accept })
      .pipe(map((d) => d.respondToInvitation));
  }

  applicants(workgroupId: string): Observable<Applicant[]> {
    return this.graphql
      .request(CallApplicantsDocument, { workgroupId })
      .pipe(map((d) => d.callApplicants));
  }

  suggestions(workgroupId: string, limit = 10): Observable<Suggestion[]> {
    return this.graphql
      .request(CallSuggestionsDocument, { workgroupId, limit })
      .pipe(map((d) => d.callSuggestions));
  }

  decide(
    membershipId: string,
    accept: boolean,
    note: string | null,
  ): Observable<WorkgroupMembership> {
    return this.graphql
      .request(DecideApplicationDocument, { membershipId, accept, note })
      .pipe(map((d) => d.decideApplication));
  }

  invite(workgroupId: string, userId: string): Observable<WorkgroupMembership> {
    return this.graphql
      .request(InviteToWorkgroupDocument, { workgroupId, userId })
      .pipe(map((d) => d.inviteToWorkgroup));
  }

  setLead(workgroupId: string, userId: string): Observable<Workgroup> {
    return this.graphql
      .request(SetWorkgroupLeadDocument, { workgroupId, userId })
      .pipe(map((d) => d.setWorkgroupLead));
  }

  submitReport(workgroupId: string, report: string): Observable<Workgroup> {
    return this.graphql
      .request(SubmitWorkgroupReportDocument, { workgroupId, report })
      .pipe(map((d) => d.submitWorkgroupReport));
  }

  /** A file for a workgroup or for an agenda item of a meeting. */
  addDocument(input: DocumentInput): Observable<TrajectoryDocument> {
    return this.graphql
      .request(AddDocumentDocument, { input })
      .pipe(map((d) => d.addDocument));
  }

  documentContent(id: string): Observable<DocumentContent> {
    return this.graphql
      .request(DocumentContentDocument, { id })
      .pipe(map((d) => d.documentContent));
  }

  removeDocument(id: string): Observable<boolean> {
    return this.graphql
      .request(RemoveDocumentDocument, { id })
      .pipe(map((d) => d.removeDocument));
  }
}
