import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AcceptAgreementDocument,
  AddSkillDocument,
  ColleaguesDocument,
  CurrentAgreementDocument,
  JoinPoolDocument,
  LeavePoolDocument,
  MergeSkillsDocument,
  MyAcceptedAgreementPdfDocument,
  MyParticipationDocument,
  PauseMyParticipationDocument,
  RenameSkillDocument,
  ResumeMyParticipationDocument,
  SetMyConsentDocument,
  SkillsDocument,
  UpdateMyProfileDocument,
  type AcceptAgreementMutation,
  type AgreementVersionFieldsFragment,
  type ColleaguesQuery,
  type ConsentPurpose,
  type JoinPoolInput,
  type ParticipantFieldsFragment,
  type ProfileInput,
  type SkillFieldsFragment,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type Participation = ParticipantFieldsFragment;
export type Skill = SkillFieldsFragment;
export type AgreementVersion = AgreementVersionFieldsFragment;
export type AgreementAcceptance = AcceptAgreementMutation['acceptAgreement'];
export type ColleaguePage = ColleaguesQuery['colleagues'];
export type Colleague = ColleaguePage['items'][number];

/** The participant pool's typed operations, all through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class ParticipantsApi {
  private readonly graphql = inject(GraphqlClient);

  myParticipation(): Observable<Participation | null> {
    return this.graphql
      .request(MyParticipationDocument, {})
      .pipe(map((d) => d.myParticipation));
  }

  joinPool(input: JoinPoolInput): Observable<Participation> {
    return this.graphql
      .request(JoinPoolDocument, { input })
      .pipe(map((d) => d.joinPool));
  }

  updateMyProfile(input: ProfileInput): Observable<Participation> {
    return this.graphql
      .request(UpdateMyProfileDocument, { input })
      .pipe(map((d) => d.updateMyProfile));
  }

  /** `until` is a calendar date, YYYY-MM-DD. */
  pause(until: string): Observable<Participation> {
    return this.graphql
      .request(PauseMyParticipationDocument, { until })
      .pipe(map((d) => d.pauseMyParticipation));
  }

  resume(): Observable<Participation> {
    return this.graphql
      .request(ResumeMyParticipationDocument, {})
      .pipe(map((d) => d.resumeMyParticipation));
  }

  leavePool(): Observable<Participation> {
    return this.graphql
      .request(LeavePoolDocument, {})
      .pipe(map((d) => d.leavePool));
  }

  setConsent(
    purpose: ConsentPurpose,
    granted: boolean,
  ): Observable<Participation> {
    return this.graphql
      .request(SetMyConsentDocument, { purpose, granted })
      .pipe(map((d) => d.setMyConsent));
  }

  skills(): Observable<Skill[]> {
    return this.graphql.request(SkillsDocument, {}).pipe(map((d) => d.skills));
  }

  addSkill(name: string): Observable<Skill> {
    return this.graphql
      .request(AddSkillDocument, { name })
      .pipe(map((d) => d.addSkill));
  }

  renameSkill(id: string, name: string): Observable<Skill> {
    return this.graphql
      .request(RenameSkillDocument, { id, name })
      .pipe(map((d) => d.renameSkill));
  }

  /** Returns the skill that stays. */
  mergeSkills(duplicateId: string, intoId: string): Observable<Skill> {
    return this.graphql
      .request(MergeSkillsDocument, { duplicateId, intoId })
      .pipe(map((d) => d.mergeSkills));
  }

  /** The published agreement participants are asked to accept, or null. */
  currentAgreement(): Observable<AgreementVersion | null> {
    return this.graphql
      .request(CurrentAgreementDocument, {})
      .pipe(map((d) => d.currentAgreement));
  }

  /** The hash proves which text was shown; the API refuses a text that changed. */
  acceptAgreement(
    versionId: string,
    contentHash: string,
  ): Observable<AgreementAcceptance> {
    return this.graphql
      .request(AcceptAgreementDocument, { versionId, contentHash })
      .pipe(map((d) => d.acceptAgreement));
  }

  /** The accepted agreement text with the statement of acceptance, as base64 PDF. */
  acceptedAgreementPdf(versionId: string): Observable<string> {
    return this.graphql
      .request(MyAcceptedAgreementPdfDocument, { versionId })
      .pipe(map((d) => d.myAcceptedAgreementPdf));
  }

  /** Active participants as colleagues see them: a field is null unless its owner shows it to colleagues. */
  colleagues(
    search: string | null,
    page: { offset: number; limit: number },
  ): Observable<ColleaguePage> {
    return this.graphql
      .request(ColleaguesDocument, { search, page })
      .pipe(map((d) => d.colleagues));
  }
}
