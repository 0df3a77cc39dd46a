import { Injectable, inject } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  DepartmentsDocument,
  EmployeesDocument,
  type DepartmentFieldsFragment,
  type EmployeeFieldsFragment,
  type PageInput,
  type Role,
} from '@inspraak/shared';
import { GraphqlClient } from '@inspraak/web-core';
import { parse } from 'graphql';
import { Observable, map } from 'rxjs';

// INTERIM: until the API's accounts, invitations and SSO resolvers are in the
// schema, the operations below are parsed here with hand-written types; once
// they land they move to *.graphql files and the generated documents.

export type AccountStatus = 'INVITED' | 'ACTIVE' | 'BLOCKED' | 'LEFT';

export interface Account {
  membershipId: string;
  employeeId: string | null;
  displayName: string;
  email: string;
  departmentName: string | null;
  roles: Role[];
  status: AccountStatus;
  lastSignInAt: string | null;
  invitedAt: string | null;
}

export interface AccountFilter {
  search?: string | null;
  role?: Role | null;
  status?: AccountStatus | null;
}

export interface AccountPage {
  total: number;
  items: Account[];
}

export interface AccountHistoryEntry {
  id: string;
  action: string;
  actorEmail: string | null;
  at: string;
  changes: string;
}

export interface InvitationRun {
  id: string;
  createdAt: string;
  invitationCount: number;
  pending: number;
  sent: number;
  failed: number;
  accepted: number;
  revoked: number;
}

export interface InviteEmployeesInput {
  employeeIds?: string[] | null;
  departmentIds?: string[] | null;
  includeSubDepartments?: boolean | null;
  everyoneWithoutAccount?: boolean | null;
}

export interface OrganisationSettings {
  name: string;
  emailDomains: string[];
  passwordLoginAllowed: boolean;
  idleTimeoutMinutes: number;
}

export type OrganisationSettingsInput = OrganisationSettings;

export interface SingleSignOnSettings {
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  clientSecretFromEnvironment: string | null;
  createAccounts: boolean;
  redirectUri: string;
}

export interface SingleSignOnInput {
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** Left out (with clientSecretFromEnvironment) to keep the stored secret. */
  clientSecret?: string | null;
  clientSecretFromEnvironment?: string | null;
  createAccounts: boolean;
}

export type Department = DepartmentFieldsFragment;
export type Employee = EmployeeFieldsFragment;
export interface EmployeePage {
  total: number;
  offset: number;
  limit: number;
  items: Employee[];
}

const ACCOUNT_FIELDS = `fragment AccountFields on Account {
  membershipId employeeId displayName email departmentName roles status lastSignInAt invitedAt
}`;
const RUN_FIELDS = `fragment InvitationRunFields on InvitationRun {
  id createdAt invitationCount pending sent failed accepted revoked
}`;
const SETTINGS_FIELDS = `fragment OrganisationSettingsFields on OrganisationSettings {
  name emailDomains passwordLoginAllowed idleTimeoutMinutes
}`;
const SSO_FIELDS = `fragment SingleSignOnFields on SingleSignOnSettings {
  enabled issuer clientId hasClientSecret clientSecretFromEnvironment createAccounts redirectUri
}`;

function doc<TData, TVariables>(
  source: string,
): TypedDocumentNode<TData, TVariables> {
  return parse(source) as TypedDocumentNode<TData, TVariables>;
}

type NoVariables = Record<string, never>;

const AccountsDocument = doc<
  { accounts: AccountPage },
  { filter: AccountFilter; page: PageInput }
>(`query Accounts($filter: AccountFilter, $page: PageInput) {
  accounts(filter: $filter, page: $page) { total items { ...AccountFields } }
} ${ACCOUNT_FIELDS}`);
const SetAccountRolesDocument = doc<
  { setAccountRoles: Account },
  { membershipId: string; roles: Role[] }
>(`mutation SetAccountRoles($membershipId: ID!, $roles: [Role!]!) {
  setAccountRoles(membershipId: $membershipId, roles: $roles) { ...AccountFields }
} ${ACCOUNT_FIELDS}`);
const BlockAccountDocument = doc<
  { blockAccount: Account },
  { membershipId: string }
>(`mutation BlockAccount($membershipId: ID!) {
  blockAccount(membershipId: $membershipId) { ...AccountFields }
} ${ACCOUNT_FIELDS}`);
const UnblockAccountDocument = doc<
  { unblockAccount: Account },
  { membershipId: string }
>(`mutation UnblockAccount($membershipId: ID!) {
  unblockAccount(membershipId: $membershipId) { ...AccountFields }
} ${ACCOUNT_FIELDS}`);
const AccountHistoryDocument = doc<
  { auditLog: AccountHistoryEntry[] },
  { entityId: string }
>(`query AccountHistory($entityId: ID!) {
  auditLog(entityId: $entityId, limit: 50) { id action actorEmail at changes }
}`);
const InviteEmployeesDocument = doc<
  { inviteEmployees: InvitationRun },
  { input: InviteEmployeesInput }
>(`mutation InviteEmployees($input: InviteEmployeesInput!) {
  inviteEmployees(input: $input) { ...InvitationRunFields }
} ${RUN_FIELDS}`);
const InvitationRunDocument = doc<
  { invitationRun: InvitationRun },
  { id: string }
>(`query InvitationRun($id: ID!) {
  invitationRun(id: $id) { ...InvitationRunFields }
} ${RUN_FIELDS}`);
const InvitationRunsDocument = doc<
  { invitationRuns: InvitationRun[] },
  NoVariables
>(
  `query InvitationRuns { invitationRuns { ...InvitationRunFields } } ${RUN_FIELDS}`,
);
const OrganisationSettingsDocument = doc<
  { organisationSettings: OrganisationSettings },
  NoVariables
>(`query OrganisationSettings {
  organisationSettings { ...OrganisationSettingsFields }
} ${SETTINGS_FIELDS}`);
const UpdateOrganisationSettingsDocument = doc<
  { updateOrganisationSettings: OrganisationSettings },
  { input: OrganisationSettingsInput }
>(`mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {
  updateOrganisationSettings(input: $input) { ...OrganisationSettingsFields }
} ${SETTINGS_FIELDS}`);
const SingleSignOnSettingsDocument = doc<
  { singleSignOnSettings: SingleSignOnSettings | null },
  NoVariables
>(`query SingleSignOnSettings {
  singleSignOnSettings { ...SingleSignOnFields }
} ${SSO_FIELDS}`);
const UpdateSingleSignOnDocument = doc<
  { updateSingleSignOn: SingleSignOnSettings },
  { input: SingleSignOnInput }
>(`mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {
  updateSingleSignOn(input: $input) { ...SingleSignOnFields }
} ${SSO_FIELDS}`);

/** The accounts pages' operations, all through the one GraphQL client. */
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

  /** Active directory employees, to pick whom to invite. */
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
