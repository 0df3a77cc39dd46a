import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AgreementAcceptancesDocument,
  AgreementVersionsDocument,
  DepartmentsDocument,
  DrawSortitionDocument,
  MatchParticipantsDocument,
  PoolDocument,
  PoolRepresentationDocument,
  PublishAgreementDraftDocument,
  SaveAgreementDraftDocument,
  SortitionDrawDocument,
  SortitionDrawsDocument,
  VerifySortitionDrawDocument,
  type AgreementAcceptancesQuery,
  type AgreementDraftInput,
  type DepartmentsQuery,
  type DrawInput,
  type MatchNeedInput,
  type MatchParticipantsQuery,
  type PoolFilter,
  type PoolQuery,
  type PoolRepresentationQuery,
  type SortitionDrawDetailFieldsFragment,
  type SortitionDrawFieldsFragment,
  type VerifySortitionDrawQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';
import type { AgreementVersion } from './participants-api';

export type PoolPage = PoolQuery['pool'];
export type PoolMember = PoolPage['items'][number];
export type Representation =
  PoolRepresentationQuery['poolRepresentation'][number];
export type Department = DepartmentsQuery['departments'][number];
export type AcceptanceRow =
  AgreementAcceptancesQuery['agreementAcceptances'][number];
export type MatchResult = MatchParticipantsQuery['matchParticipants'];
export type MatchCandidate = MatchResult['candidates'][number];
export type SortitionDraw = SortitionDrawFieldsFragment;
export type SortitionDrawDetail = SortitionDrawDetailFieldsFragment;
export type DrawVerification = VerifySortitionDrawQuery['verifySortitionDraw'];

/** The adviser's pool operations (ADVISEUR; the API checks too), through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class PoolAdminApi {
  private readonly graphql = inject(GraphqlClient);

  pool(
    filter: PoolFilter,
    page: { offset: number; limit: number },
  ): Observable<PoolPage> {
    return this.graphql
      .request(PoolDocument, { filter, page })
      .pipe(map((d) => d.pool));
  }

  representation(): Observable<Representation[]> {
    return this.graphql
      .request(PoolRepresentationDocument, {})
      .pipe(map((d) => d.poolRepresentation));
  }

  departments(): Observable<Department[]> {
    return this.graphql
      .request(DepartmentsDocument, {})
      .pipe(map((d) => d.departments));
  }

  agreementVersions(): Observable<AgreementVersion[]> {
    return this.graphql
      .request(AgreementVersionsDocument, {})
      .pipe(map((d) => d.agreementVersions));
  }

  saveAgreementDraft(input: AgreementDraftInput): Observable<AgreementVersion> {
    return this.graphql
      .request(SaveAgreementDraftDocument, { input })
      .pipe(map((d) => d.saveAgreementDraft));
  }

  /** `previousVersionsValidUntil`: YYYY-MM-DD, or null to let earlier acceptances run their term. */
  publishAgreementDraft(
    previousVersionsValidUntil: string | null,
  ): Observable<AgreementVersion> {
    return this.graphql
      .request(PublishAgreementDraftDocument, { previousVersionsValidUntil })
      .pipe(map((d) => d.publishAgreementDraft));
  }

  agreementAcceptances(versionId: string): Observable<AcceptanceRow[]> {
    return this.graphql
      .request(AgreementAcceptancesDocument, { versionId })
      .pipe(map((d) => d.agreementAcceptances));
  }

  match(need: MatchNeedInput, limit = 20): Observable<MatchResult> {
    return this.graphql
      .request(MatchParticipantsDocument, { need, limit })
      .pipe(map((d) => d.matchParticipants));
  }

  draw(input: DrawInput): Observable<SortitionDrawDetail> {
    return this.graphql
      .request(DrawSortitionDocument, { input })
      .pipe(map((d) => d.drawSortition));
  }

  draws(): Observable<SortitionDraw[]> {
    return this.graphql
      .request(SortitionDrawsDocument, {})
      .pipe(map((d) => d.sortitionDraws));
  }

  drawDetail(id: string): Observable<SortitionDrawDetail> {
    return this.graphql
      .request(SortitionDrawDocument, { id })
      .pipe(map((d) => d.sortitionDraw));
  }

  verifyDraw(id: string): Observable<DrawVerification> {
    return this.graphql
      .request(VerifySortitionDrawDocument, { id })
      .pipe(map((d) => d.verifySortitionDraw));
  }
}
