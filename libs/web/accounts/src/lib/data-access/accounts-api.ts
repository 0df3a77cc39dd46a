import { Injectable, inject } from '@angular/core';
import {
  AccountHistoryDocument,
  AccountsDocument,
  BlockAccountDocument,
  DepartmentsDocument,
  EmployeesDocument,
  InvitationRunDocument,
  InvitationRunsDocument,
  InviteEmployeesDocument,
  OrganisationSettingsDocument,
  SetAccountRolesDocument,
  SingleSignOnSettingsDocument,
  UnblockAccountDocument,
  UpdateOrganisationSettingsDocument,
  UpdateSingleSignOnDocument,
  type AccountFieldsFragment,
  type AccountFilter,
  type AccountHistoryQuery,
  type AccountStatus,
  type AccountsQuery,
  type DepartmentFieldsFragment,
  type EmployeeFieldsFragment,
  type EmployeesQuery,
  type InvitationRunFieldsFragment,
  type InviteEmployeesInput,
  type OrganisationSettingsFieldsFragment,
  type OrganisationSettingsInput,
  type PageInput,
  type Role,
  type SingleSignOnFieldsFragment,
  type UpdateSingleSignOnInput,
} from '@inspraak/shared';
import { GraphqlClient } from '@inspraak/web-core';
import { Observable, map } from 'rxjs';

export type {
  AccountFilter,
  AccountStatus,
  InviteEmployeesInput,
  OrganisationSettingsInput,
};
export type Account = AccountFieldsFragment;
export type AccountPage = AccountsQuery['accounts'];
export type AccountHistoryEntry = AccountHistoryQuery['auditLog'][number];
export type InvitationRun = InvitationRunFieldsFragment;
export type OrganisationSettings = OrganisationSettingsFieldsFragment;
export type SingleSignOnSettings = SingleSignOnFieldsFragment;
export type SingleSignOnInput = UpdateSingleSignOnInput;
export type Department = DepartmentFieldsFragment;
export type Employee = EmployeeFieldsFragment;
export type EmployeePage = EmployeesQuery['employees'];

/** The accounts pages' typed operations (data-access/*.graphql), all through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly graphql = inject(GraphqlClient);

  accounts(filter: AccountFilter, page: PageInput): Observable<AccountPage> {
    return this.graphql
      .request(AccountsDocument, { filter, page })
      .pipe(map((d) => d.accounts));
  }

  setAccountRoles(membershipId: string, roles: Role[]): Observable<Account> {
    return this.graphql
      .request(SetAccountRolesDocument, { membershipId, roles })
      .pipe(map((d) => d.setAccountRoles));
  }

  blockAccount(membershipId: string): Observable<Account> {
    return this.graphql
      .request(BlockAccountDocument, { membershipId })
      .pipe(map((d) => d.blockAccount));
  }

  unblockAccount(membershipId: string): Observable<Account> {
    return this.graphql
      .request(UnblockAccountDocument, { membershipId })
      .pipe(map((d) => d.unblockAccount));
  }

  /** The audit records of one account (its membership), newest first. */
  accountHistory(membershipId: string): Observable<AccountHistoryEntry[]> {
    return this.graphql
      .request(AccountHistoryDocument, { entityId: membershipId })
      .pipe(map((d) => d.auditLog));
  }

  inviteEmployees(input: InviteEmployeesInput): Observable<InvitationRun> {
    return this.graphql
      .request(InviteEmployeesDocument, { input })
      .pipe(map((d) => d.inviteEmployees));
  }

  invitationRun(id: string): Observable<InvitationRun> {
    return this.graphql
      .request(InvitationRunDocument, { id })
      .pipe(map((d) => d.invitationRun));
  }

  invitationRuns(): Observable<InvitationRun[]> {
    return this.graphql
      .request(InvitationRunsDocument, {})
      .pipe(map((d) => d.invitationRuns));
  }

  /** Active directory employees, to pick whom to invite (the directory's own query). */
  employees(search: string, page: PageInput): Observable<EmployeePage> {
    return this.graphql
      .request(EmployeesDocument, {
        filter: { search: search || null, status: 'ACTIVE' },
        page,
      })
      .pipe(map((d) => d.employees));
  }

  departments(): Observable<Department[]> {
    return this.graphql
      .request(DepartmentsDocument, {})
      .pipe(map((d) => d.departments));
  }

  organisationSettings(): Observable<OrganisationSettings> {
    return this.graphql
      .request(OrganisationSettingsDocument, {})
      .pipe(map((d) => d.organisationSettings));
  }

  updateOrganisationSettings(
    input: OrganisationSettingsInput,
  ): Observable<OrganisationSettings> {
    return this.graphql
      .request(UpdateOrganisationSettingsDocument, { input })
      .pipe(map((d) => d.updateOrganisationSettings));
  }

  singleSignOnSettings(): Observable<SingleSignOnSettings | null> {
    return this.graphql
      .request(SingleSignOnSettingsDocument, {})
      .pipe(map((d) => d.singleSignOnSettings));
  }

  updateSingleSignOn(
    input: SingleSignOnInput,
  ): Observable<SingleSignOnSettings> {
    return this.graphql
      .request(UpdateSingleSignOnDocument, { input })
      .pipe(map((d) => d.updateSingleSignOn));
  }
}
