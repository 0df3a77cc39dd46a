import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A person's account in this organisation, linked to their directory entry. */
export type Account = {
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  employeeId: Maybe<Scalars['ID']['output']>;
  invitedAt: Maybe<Scalars['DateTime']['output']>;
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  membershipId: Scalars['ID']['output'];
  roles: Array<Role>;
  status: AccountStatus;
  userId: Scalars['ID']['output'];
};

export type AccountFilter = {
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
};

export type AccountPage = {
  items: Array<Account>;
  total: Scalars['Int']['output'];
};

export type AccountStatus =
  | 'ACTIVE'
  | 'BLOCKED'
  | 'INVITED'
  | 'LEFT';

export type ActionInput = {
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  dueOn: Scalars['String']['input'];
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  ownerEmail: Scalars['String']['input'];
  trajectoryId: Scalars['ID']['input'];
};

export type ActionItem = {
  confidential: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  doneAt: Maybe<Scalars['DateTime']['output']>;
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetingId: Maybe<Scalars['ID']['output']>;
  overdue: Scalars['Boolean']['output'];
  ownerName: Scalars['String']['output'];
  ownerUserId: Scalars['ID']['output'];
  status: ActionStatus;
  trajectoryId: Scalars['ID']['output'];
  trajectoryTitle: Scalars['String']['output'];
};

export type ActionStatus =
  | 'DONE'
  | 'OPEN';

export type AdvisorDashboard = {
  needsAction: AdvisorNeedsAction;
  pool: PoolHealth;
  procedures: ProceduresOverview;
  surveys: SurveysOverview;
  trajectories: Array<DashboardTrajectoryPhase>;
};

export type AdvisorNeedsAction = {
  applicationsWaiting: Array<DashboardWorkgroupCount>;
  decisionWithoutProcedure: Array<DashboardTrajectoryCount>;
  erasureRequests: Scalars['Int']['output'];
  failedAccountInvitations: Scalars['Int']['output'];
  failedSurveyMails: Array<DashboardSurveyCount>;
  overdueActions: Scalars['Int']['output'];
  postsWithoutResponse: Array<DashboardTrajectoryCount>;
  regieTeamsIncomplete: Array<DashboardTrajectoryCount>;
};

export type AgendaItem = {
  confidential: Scalars['Boolean']['output'];
  decision: Maybe<Scalars['String']['output']>;
  documents: Array<TrajectoryDocument>;
  id: Scalars['ID']['output'];
  minutes: Maybe<Scalars['String']['output']>;
  notes: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  confidential?: Scalars['Boolean']['input'];
  notes?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type AgendaItemUpdateInput = {
  confidential?: Scalars['Boolean']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  notes?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type AgreementAcceptance = {
  acceptedAt: Scalars['DateTime']['output'];
  contentHash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  validUntil: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  versionId: Scalars['ID']['output'];
};

export type AgreementAcceptanceRow = {
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  participantId: Scalars['ID']['output'];
};

export type AgreementDraftInput = {
  markdown: Scalars['String']['input'];
  termMonths: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type AgreementStanding = {
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  acceptedVersion: Maybe<Scalars['Int']['output']>;
  acceptedVersionId: Maybe<Scalars['ID']['output']>;
  currentVersion: Maybe<Scalars['Int']['output']>;
  needsAcceptance: Scalars['Boolean']['output'];
  previousVersionValidUntil: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
  validUntil: Maybe<Scalars['String']['output']>;
};

export type AgreementVersion = {
  acceptedCount: Scalars['Int']['output'];
  contentHash: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  markdown: Scalars['String']['output'];
  previousVersionsValidUntil: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  status: AgreementVersionStatus;
  termMonths: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Maybe<Scalars['Int']['output']>;
};

export type AgreementVersionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type AnswerInput = {
  number?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  questionKey: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Applicant = {
  fit: PoolFitModel;
  membership: WorkgroupMembership;
};

export type AttachableSnapshot = {
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  id: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AudienceDepartment = {
  employees: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
};

export type AudienceInput = {
  departmentIds?: Array<Scalars['ID']['input']>;
  emails?: Array<Scalars['String']['input']>;
  includeSubDepartments?: Scalars['Boolean']['input'];
  kind: AudienceKind;
  trajectoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type AudienceKind =
  | 'DEPARTMENTS'
  | 'EVERYONE'
  | 'LIST'
  | 'TRAJECTORY';

export type AuditEntry = {
  action: Scalars['String']['output'];
  actorEmail: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  changes: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type Board = {
  canModerate: Scalars['Boolean']['output'];
  counts: Array<KindCount>;
  open: Scalars['Boolean']['output'];
  participation: BoardParticipation;
  phase: Scalars['Int']['output'];
  posts: Array<BoardPost>;
  summary: Maybe<Scalars['String']['output']>;
  themes: Array<BoardTheme>;
  trajectoryId: Scalars['ID']['output'];
};

export type BoardParticipation = {
  departments: Array<DepartmentCount>;
  otherAuthors: Scalars['Int']['output'];
  threshold: Scalars['Int']['output'];
  totalAuthors: Maybe<Scalars['Int']['output']>;
};

export type BoardPost = {
  authorName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  hidden: Scalars['Boolean']['output'];
  hiddenReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PostKind;
  mine: Scalars['Boolean']['output'];
  nameHidden: Scalars['Boolean']['output'];
  phase: Scalars['Int']['output'];
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  response: Maybe<Scalars['String']['output']>;
  supportCount: Scalars['Int']['output'];
  supportedByMe: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  themeId: Maybe<Scalars['ID']['output']>;
  trajectoryId: Scalars['ID']['output'];
  trajectoryTitle: Scalars['String']['output'];
};

export type BoardTheme = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CallInput = {
  closesOn: Scalars['String']['input'];
  goal: Scalars['String']['input'];
  hoursPerMonth: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  size: Scalars['Int']['input'];
  skillIds?: Array<Scalars['ID']['input']>;
};

export type CallStatus =
  | 'CLOSED'
  | 'OPEN';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ClosedSurvey = {
  closedAt: Maybe<Scalars['DateTime']['output']>;
  headline: Maybe<SurveyHeadline>;
  invited: Scalars['Int']['output'];
  respondents: Maybe<Scalars['Int']['output']>;
  responseRate: Maybe<Scalars['Int']['output']>;
  run: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type CoachingNote = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ColleaguePage = {
  items: Array<ColleagueProfile>;
  total: Scalars['Int']['output'];
};

export type ColleagueProfile = {
  about: Maybe<Scalars['String']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  hoursPerMonth: Maybe<Scalars['Int']['output']>;
  location: Maybe<Scalars['String']['output']>;
  participantId: Scalars['ID']['output'];
  skills: Maybe<Array<Scalars['String']['output']>>;
  tags: Maybe<Array<Scalars['String']['output']>>;
  themes: Maybe<Array<Scalars['String']['output']>>;
};

export type ConditionInput = {
  anyOf: Array<Scalars['String']['input']>;
  questionKey: Scalars['String']['input'];
};

export type ConsentPurpose =
  | 'AMBASSADOR'
  | 'SOUNDING_BOARD'
  | 'SURVEY_PANEL'
  | 'WORKGROUP';

export type ContractType =
  | 'INHUUR'
  | 'OPROEP'
  | 'STAGE'
  | 'TIJDELIJK'
  | 'VAST';

export type CouncilResponseKind =
  | 'CONDITIONAL'
  | 'NEGATIVE'
  | 'POSITIVE';

export type DashboardNamedItem = {
  date: Maybe<Scalars['DateTime']['output']>;
  detailEn: Maybe<Scalars['String']['output']>;
  detailNl: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type DashboardSurveyCount = {
  count: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type DashboardTrajectoryCount = {
  count: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['ID']['output'];
};

export type DashboardTrajectoryPhase = {
  daysInPhase: Scalars['Int']['output'];
  phaseEn: Scalars['String']['output'];
  phaseIndex: Scalars['Int']['output'];
  phaseNl: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['ID']['output'];
};

export type DashboardWorkgroupCount = {
  count: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['ID']['output'];
  workgroupId: Scalars['ID']['output'];
  workgroupName: Scalars['String']['output'];
};

export type DeadlineModel = {
  date: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
};

export type DecisionInput = {
  agendaItemId: Scalars['ID']['input'];
  decision: Scalars['String']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
};

export type Department = {
  activeEmployeeCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
};

export type DepartmentCount = {
  authors: Scalars['Int']['output'];
  departmentName: Scalars['String']['output'];
};

export type DepartmentInput = {
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type DepartmentRepresentation = {
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  expected: Scalars['Float']['output'];
  headcount: Scalars['Int']['output'];
  headcountShare: Scalars['Float']['output'];
  minPoolForVerdict: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  poolShare: Scalars['Float']['output'];
  poolSize: Scalars['Int']['output'];
  share: Maybe<Scalars['Float']['output']>;
  underRepresented: Scalars['Boolean']['output'];
  verdict: RepresentationVerdict;
};

export type DigestFrequency =
  | 'DAILY'
  | 'OFF'
  | 'WEEKLY';

export type DocumentContent = {
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
};

export type DocumentInput = {
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  mediaType: Scalars['String']['input'];
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  workgroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type DrawInput = {
  reserves?: Scalars['Int']['input'];
  seats: Scalars['Int']['input'];
  seed?: InputMaybe<Scalars['String']['input']>;
  strataBy?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  trajectoryId?: InputMaybe<Scalars['ID']['input']>;
  wayOfTakingPart?: WayOfTakingPart;
};

export type DrawStratum = {
  drawn: Scalars['Int']['output'];
  eligible: Scalars['Int']['output'];
  headcount: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  reservesDrawn: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
};

export type DrawnPerson = {
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  location: Maybe<Scalars['String']['output']>;
  participantId: Scalars['ID']['output'];
  userId: Maybe<Scalars['ID']['output']>;
};

export type Employee = {
  contractType: Maybe<ContractType>;
  department: Maybe<Department>;
  departmentId: Maybe<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  employeeNumber: Scalars['String']['output'];
  employmentStart: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  leftOn: Maybe<Scalars['String']['output']>;
  location: Maybe<Scalars['String']['output']>;
  status: EmploymentStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type EmployeeFilter = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  includeSubDepartments?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EmploymentStatus>;
};

export type EmployeeImport = {
  allowManyLeavers: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdCount: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  failureCode: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  markedLeftCount: Scalars['Int']['output'];
  mode: ImportMode;
  processedRows: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
  unchangedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

export type EmployeeInput = {
  contractType?: InputMaybe<ContractType>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  employeeNumber: Scalars['String']['input'];
  employmentStart?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
};

export type EmployeePage = {
  items: Array<Employee>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type EmployeeSection = {
  agreementToAccept: Scalars['Boolean']['output'];
  happening: Array<DashboardNamedItem>;
  myOpenActions: Scalars['Int']['output'];
  myOverdueActions: Scalars['Int']['output'];
  openCalls: Scalars['Int']['output'];
  poolStatus: Maybe<Scalars['String']['output']>;
  regieTeams: Scalars['Int']['output'];
  surveysToAnswer: Array<DashboardNamedItem>;
  workgroups: Scalars['Int']['output'];
};

export type EmploymentStatus =
  | 'ACTIVE'
  | 'LEFT';

export type ErasureRequest = {
  displayName: Maybe<Scalars['String']['output']>;
  handledAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
};

export type EvaluationAnswer = {
  toImprove: Scalars['String']['output'];
  wentWell: Scalars['String']['output'];
};

export type EvaluationAnswerInput = {
  evaluationId: Scalars['ID']['input'];
  toImprove: Scalars['String']['input'];
  wentWell: Scalars['String']['input'];
};

export type EvidenceCheck = {
  evidenceId: Scalars['String']['output'];
  recomputedHash: Scalars['String']['output'];
  storedHash: Scalars['String']['output'];
  valid: Scalars['Boolean']['output'];
};

export type EvidenceKind =
  | 'BOARD_SUMMARY'
  | 'MEETING_MINUTES'
  | 'SURVEY_RESULTS'
  | 'WORKGROUP_REPORT';

export type FieldVisibility =
  | 'ADVISOR_ONLY'
  | 'COLLEAGUES';

export type FilterOption = {
  dimension: Scalars['String']['output'];
  label: Scalars['String']['output'];
  unitKey: Scalars['String']['output'];
};

export type GovernanceSection = {
  awaitingDecision: Array<ProcedureAwaitingDecision>;
  surveys: SurveysOverview;
};

export type ImportMode =
  | 'FULL'
  | 'PARTIAL';

export type ImportRowError = {
  code: Scalars['String']['output'];
  column: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  value: Maybe<Scalars['String']['output']>;
};

export type ImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type IneligibleCount = {
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type InvitationDetails = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expired: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organisationName: Scalars['String']['output'];
  passwordExists: Scalars['Boolean']['output'];
  singleSignOnRequired: Scalars['Boolean']['output'];
  used: Scalars['Boolean']['output'];
};

export type InvitationRun = {
  accepted: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  failed: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  invitationCount: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  revoked: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
};

export type InviteEmployeesInput = {
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  everyoneWithoutAccount?: InputMaybe<Scalars['Boolean']['input']>;
  includeSubDepartments?: InputMaybe<Scalars['Boolean']['input']>;
};

export type JoinPoolInput = {
  consents: Array<ConsentPurpose>;
  profile: ProfileInput;
};

export type KindCount = {
  count: Scalars['Int']['output'];
  kind: PostKind;
};

export type LegalBasisModel = {
  article: Scalars['String']['output'];
  en: Scalars['String']['output'];
  items: Array<LegalItemModel>;
  nl: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type LegalItemModel = {
  en: Scalars['String']['output'];
  key: Scalars['String']['output'];
  nl: Scalars['String']['output'];
  toVerify: Scalars['Boolean']['output'];
};

export type LocalText = {
  en: Scalars['String']['output'];
  nl: Scalars['String']['output'];
};

export type LocalTextInput = {
  en: Scalars['String']['input'];
  nl: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MatchCandidate = {
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  explanationEn: Scalars['String']['output'];
  explanationNl: Scalars['String']['output'];
  location: Maybe<Scalars['String']['output']>;
  participantId: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
  suggested: Scalars['Boolean']['output'];
  userId: Scalars['ID']['output'];
};

export type MatchNeedInput = {
  hoursPerMonth?: InputMaybe<Scalars['Int']['input']>;
  mustCoverDepartmentIds?: Array<Scalars['ID']['input']>;
  mustCoverLocations?: Array<Scalars['String']['input']>;
  size: Scalars['Int']['input'];
  skillIds: Array<Scalars['ID']['input']>;
  themes: Array<Scalars['String']['input']>;
  wayOfTakingPart: WayOfTakingPart;
};

export type MatchResultModel = {
  candidates: Array<MatchCandidate>;
  eligibleCount: Scalars['Int']['output'];
  ineligible: Array<IneligibleCount>;
  uncovered: Array<Scalars['String']['output']>;
};

export type MeanRankModel = {
  meanRank: Scalars['Float']['output'];
  option: Scalars['String']['output'];
};

export type Meeting = {
  agendaItems: Array<AgendaItem>;
  canEdit: Scalars['Boolean']['output'];
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invited: Scalars['Boolean']['output'];
  invitedOn: Scalars['String']['output'];
  invitees: Array<MeetingInvitee>;
  kind: MeetingKind;
  location: Scalars['String']['output'];
  minutes: Maybe<Scalars['String']['output']>;
  minutesRecordedAt: Maybe<Scalars['DateTime']['output']>;
  noticeDays: Scalars['Int']['output'];
  organiserName: Scalars['String']['output'];
  shortNotice: Scalars['Boolean']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['ID']['output'];
  workgroupId: Maybe<Scalars['ID']['output']>;
};

export type MeetingInput = {
  agenda?: Array<AgendaItemInput>;
  endsAt: Scalars['DateTime']['input'];
  inviteeEmails: Array<Scalars['String']['input']>;
  kind: MeetingKind;
  location?: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  trajectoryId: Scalars['ID']['input'];
  workgroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type MeetingInvitee = {
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type MeetingKind =
  | 'OVERLEGVERGADERING'
  | 'REGIE_TEAM'
  | 'WORKGROUP';

export type MeetingToPrepare = {
  date: Scalars['String']['output'];
  meetingId: Maybe<Scalars['ID']['output']>;
  procedureId: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type MeetingUpdateInput = {
  agenda?: Array<AgendaItemUpdateInput>;
  endsAt: Scalars['DateTime']['input'];
  inviteeEmails: Array<Scalars['String']['input']>;
  location?: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type MembershipStatus =
  | 'APPLIED'
  | 'DECLINED'
  | 'ENDED'
  | 'INVITED'
  | 'MEMBER'
  | 'WITHDRAWN';

export type MinutesInput = {
  decisions?: Array<DecisionInput>;
  meetingId: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
};

export type Mutation = {
  acceptAgreement: AgreementAcceptance;
  /** Uses an invitation link once: sets the password (or checks the existing one), activates the account and signs in. */
  acceptInvitation: Viewer;
  addAction: ActionItem;
  addBoardTheme: BoardTheme;
  addCoachingNote: CoachingNote;
  addDocument: TrajectoryDocument;
  addRegieTeamMember: TrajectoryView;
  addSkill: Skill;
  answerEvaluation: PhaseEvaluation;
  applyToCall: WorkgroupMembership;
  assignPostTheme: BoardPost;
  /** Freeze a survey results snapshot, a pros-and-cons summary (sourceId: the trajectory; phase: default current), a workgroup report or meeting minutes into the procedure. */
  attachEvidence: ProcedureEvidence;
  /** Blocks an account in this organisation; its sessions end. */
  blockAccount: Account;
  /** Call a meeting off, with a reason the invitees are told. */
  cancelMeeting: Meeting;
  /** Changes your own password (the current one required); your other sessions end. */
  changePassword: Scalars['Boolean']['output'];
  /** Checks answers in the preview exactly as a submit would; stores nothing. */
  checkSurveyPreviewAnswers: Scalars['Boolean']['output'];
  closeEvaluation: PhaseEvaluation;
  closeSurvey: SurveyView;
  createDepartment: Department;
  createEmployee: Employee;
  /** A new draft: as given, from a template (its questions replace the given ones), or as a copy of another survey. */
  createSurvey: SurveyView;
  createTrajectory: TrajectoryView;
  decideApplication: WorkgroupMembership;
  deleteDepartment: Scalars['Boolean']['output'];
  deleteEmployee: Scalars['Boolean']['output'];
  drawSortition: SortitionDrawDetail;
  /** Ends every session of yours but this one; answers how many. */
  endOtherSessions: Scalars['Int']['output'];
  /** Ends one of your sessions (the device is signed out at its next request). */
  endSession: Scalars['Boolean']['output'];
  /** Archive the letter as final, with its date and hash. */
  finalizeProcedureLetter: ProcedureLetter;
  /** Generate the draft advice or consent letter in Dutch from the procedure and its evidence. */
  generateProcedureLetter: ProcedureLetter;
  handleErasureRequest: ErasureRequest;
  /** Invites active directory entries (people, departments, everyone without an account) to choose a password; the worker mails them. */
  inviteEmployees: InvitationRun;
  inviteToWorkgroup: WorkgroupMembership;
  /** A new address of my calendar feed (iCalendar); the previous one stops working. */
  issueCalendarFeed: Scalars['String']['output'];
  joinPool: Participant;
  /** Leave the pool; the profile is deleted after the retention period (deletionScheduledOn). */
  leavePool: Participant;
  /** Withdraw my application or invitation, or leave the workgroup. */
  leaveWorkgroup: WorkgroupMembership;
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  /** Marks all my notifications read; answers how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  markEmployeeLeft: Employee;
  markNotificationsRead: Scalars['Boolean']['output'];
  markParticipantOnboarded: Scalars['Boolean']['output'];
  /** Merge a duplicate into another skill; returns the skill that stays. */
  mergeSkills: Skill;
  /** Hide a post (with a reason its author sees) or show it again. */
  moderatePost: BoardPost;
  /** Move one phase forward or back; refused while the regie team lacks one of its four roles and the trajectory is in its first phase. */
  moveTrajectoryPhase: TrajectoryView;
  /** A new version (run) of the survey as a draft; its results are compared with this run. */
  newSurveyVersion: SurveyView;
  /** Open a call for a new workgroup of the trajectory. */
  openCall: WorkgroupView;
  pauseMyParticipation: Participant;
  postToBoard: BoardPost;
  publishAgreementDraft: AgreementVersion;
  publishSurvey: SurveyView;
  recordMinutes: Meeting;
  /** Record the next step; the WOR state machine refuses steps out of order (e.g. advice before an overlegvergadering). */
  recordProcedureStep: ProcedureView;
  registerProcedure: ProcedureView;
  /** Remind everyone who has not answered yet (once); nobody learns who that is. */
  remindSurveyNow: SurveyView;
  removeDocument: Scalars['Boolean']['output'];
  removeRegieTeamMember: TrajectoryView;
  renameSkill: Skill;
  /** Ask for erasure of my participant data; the advisor handles it. */
  requestErasure: ErasureRequest;
  /** Mails a single-use link (valid one hour) to set a new password. Always true: it does not tell whether the address is known. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password with a reset link; every session of the person ends. */
  resetPassword: Scalars['Boolean']['output'];
  respondToInvitation: WorkgroupMembership;
  respondToPost: BoardPost;
  resumeMyParticipation: Participant;
  saveAgreementDraft: AgreementVersion;
  saveBoardSummary: Board;
  saveProcedureLetter: ProcedureLetter;
  /** Schedule a meeting and invite people; shortNotice warns when there are fewer than 7 days (art. 14 WOR). */
  scheduleMeeting: Meeting;
  /** Sets an account's roles (MEDEWERKER is always kept; the last advisor keeps ADVISEUR). */
  setAccountRoles: Account;
  setActionDone: ActionItem;
  setMyConsent: Participant;
  setWorkgroupLead: WorkgroupView;
  /** Freeze the results (as shown) with a content hash, attached to a trajectory (default: the survey's). */
  snapshotSurveyResults: SurveyResultSnapshot;
  startEmployeeImport: EmployeeImport;
  /** Start the reflection on the trajectory's current phase; its participants are asked. */
  startEvaluation: PhaseEvaluation;
  /** Submit from inside the app; exactly once. */
  submitMySurvey: Scalars['Boolean']['output'];
  /** Submit with the one-time link; exactly once. */
  submitSurveyByToken: Scalars['Boolean']['output'];
  submitWorkgroupReport: WorkgroupView;
  supportPost: BoardPost;
  /** Moves the current session to another organisation of the same person, without signing in again. */
  switchOrganisation: Viewer;
  unblockAccount: Account;
  /** Change a call; open: false closes it. */
  updateCall: WorkgroupView;
  updateDepartment: Department;
  updateEmployee: Employee;
  /** Change the time, place, agenda (items keep decisions, minutes and documents) and invitees; by the regie team or the workgroup lead. */
  updateMeeting: Meeting;
  updateMyNotificationPreferences: NotificationPreferencesModel;
  updateMyProfile: Participant;
  updateOrganisationSettings: OrganisationSettings;
  updatePhaseSettings: Array<PhaseDefinition>;
  updateProcedure: ProcedureView;
  updateSingleSignOn: SingleSignOnSettings;
  /** Save a draft; a published survey takes only changes that keep answers comparable (NEEDS_NEW_VERSION otherwise). */
  updateSurvey: SurveyView;
  updateTrajectory: TrajectoryView;
  /** Letterhead and whether deadlines move to the next working day. */
  updateWorSettings: WorSettings;
};


export type MutationAcceptAgreementArgs = {
  contentHash: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddActionArgs = {
  input: ActionInput;
};


export type MutationAddBoardThemeArgs = {
  name: Scalars['String']['input'];
  phase: Scalars['Int']['input'];
  trajectoryId: Scalars['ID']['input'];
};


export type MutationAddCoachingNoteArgs = {
  participantId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAddDocumentArgs = {
  input: DocumentInput;
};


export type MutationAddRegieTeamMemberArgs = {
  input: RegieTeamSeatInput;
};


export type MutationAddSkillArgs = {
  name: Scalars['String']['input'];
};


export type MutationAnswerEvaluationArgs = {
  input: EvaluationAnswerInput;
};


export type MutationApplyToCallArgs = {
  motivation: Scalars['String']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type MutationAssignPostThemeArgs = {
  postId: Scalars['ID']['input'];
  themeId: InputMaybe<Scalars['String']['input']>;
};


export type MutationAttachEvidenceArgs = {
  kind: EvidenceKind;
  phase: InputMaybe<Scalars['Int']['input']>;
  procedureId: Scalars['ID']['input'];
  sourceId: Scalars['ID']['input'];
};


export type MutationBlockAccountArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationCancelMeetingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckSurveyPreviewAnswersArgs = {
  answers: Array<AnswerInput>;
  id: Scalars['ID']['input'];
};


export type MutationCloseEvaluationArgs = {
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};


export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateDepartmentArgs = {
  input: DepartmentInput;
};


export type MutationCreateEmployeeArgs = {
  input: EmployeeInput;
};


export type MutationCreateSurveyArgs = {
  copyOf: InputMaybe<Scalars['ID']['input']>;
  input: SurveyInput;
  templateKey: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateTrajectoryArgs = {
  input: TrajectoryInput;
};


export type MutationDecideApplicationArgs = {
  accept: Scalars['Boolean']['input'];
  membershipId: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDrawSortitionArgs = {
  input: DrawInput;
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFinalizeProcedureLetterArgs = {
  procedureId: Scalars['ID']['input'];
};


export type MutationGenerateProcedureLetterArgs = {
  procedureId: Scalars['ID']['input'];
};


export type MutationHandleErasureRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteEmployeesArgs = {
  input: InviteEmployeesInput;
};


export type MutationInviteToWorkgroupArgs = {
  userId: Scalars['ID']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type MutationJoinPoolArgs = {
  input: JoinPoolInput;
};


export type MutationLeaveWorkgroupArgs = {
  workgroupId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkEmployeeLeftArgs = {
  id: Scalars['ID']['input'];
  leftOn: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkParticipantOnboardedArgs = {
  participantId: Scalars['ID']['input'];
};


export type MutationMergeSkillsArgs = {
  duplicateId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationModeratePostArgs = {
  hidden: Scalars['Boolean']['input'];
  postId: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationMoveTrajectoryPhaseArgs = {
  id: Scalars['ID']['input'];
  toPhase: Scalars['Int']['input'];
};


export type MutationNewSurveyVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenCallArgs = {
  input: CallInput;
  trajectoryId: Scalars['ID']['input'];
};


export type MutationPauseMyParticipationArgs = {
  until: Scalars['String']['input'];
};


export type MutationPostToBoardArgs = {
  input: PostInput;
};


export type MutationPublishAgreementDraftArgs = {
  previousVersionsValidUntil: InputMaybe<Scalars['String']['input']>;
};


export type MutationPublishSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMinutesArgs = {
  input: MinutesInput;
};


export type MutationRecordProcedureStepArgs = {
  id: Scalars['ID']['input'];
  input: ProcedureStepInput;
};


export type MutationRegisterProcedureArgs = {
  input: ProcedureInput;
};


export type MutationRemindSurveyNowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveRegieTeamMemberArgs = {
  trajectoryId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRenameSkillArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRespondToInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type MutationRespondToPostArgs = {
  postId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};


export type MutationSaveAgreementDraftArgs = {
  input: AgreementDraftInput;
};


export type MutationSaveBoardSummaryArgs = {
  phase: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  trajectoryId: Scalars['ID']['input'];
};


export type MutationSaveProcedureLetterArgs = {
  procedureId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationScheduleMeetingArgs = {
  input: MeetingInput;
};


export type MutationSetAccountRolesArgs = {
  membershipId: Scalars['ID']['input'];
  roles: Array<Role>;
};


export type MutationSetActionDoneArgs = {
  done: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMyConsentArgs = {
  granted: Scalars['Boolean']['input'];
  purpose: ConsentPurpose;
};


export type MutationSetWorkgroupLeadArgs = {
  userId: Scalars['ID']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type MutationSnapshotSurveyResultsArgs = {
  id: Scalars['ID']['input'];
  trajectoryId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationStartEmployeeImportArgs = {
  input: StartEmployeeImportInput;
};


export type MutationStartEvaluationArgs = {
  trajectoryId: Scalars['ID']['input'];
};


export type MutationSubmitMySurveyArgs = {
  answers: Array<AnswerInput>;
  id: Scalars['ID']['input'];
};


export type MutationSubmitSurveyByTokenArgs = {
  answers: Array<AnswerInput>;
  token: Scalars['String']['input'];
};


export type MutationSubmitWorkgroupReportArgs = {
  report: Scalars['String']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type MutationSupportPostArgs = {
  postId: Scalars['ID']['input'];
  support: Scalars['Boolean']['input'];
};


export type MutationSwitchOrganisationArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationUnblockAccountArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationUpdateCallArgs = {
  id: Scalars['ID']['input'];
  input: CallInput;
  open: Scalars['Boolean']['input'];
};


export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentInput;
};


export type MutationUpdateEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: EmployeeInput;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: MeetingUpdateInput;
};


export type MutationUpdateMyNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUpdateMyProfileArgs = {
  input: ProfileInput;
};


export type MutationUpdateOrganisationSettingsArgs = {
  input: OrganisationSettingsInput;
};


export type MutationUpdatePhaseSettingsArgs = {
  phases: Array<PhaseNameInput>;
};


export type MutationUpdateProcedureArgs = {
  id: Scalars['ID']['input'];
  input: ProcedureInput;
};


export type MutationUpdateSingleSignOnArgs = {
  input: UpdateSingleSignOnInput;
};


export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: SurveyInput;
};


export type MutationUpdateTrajectoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTrajectoryInput;
};


export type MutationUpdateWorSettingsArgs = {
  input: WorSettingsInput;
};

export type MyDashboard = {
  employee: EmployeeSection;
  governance: Maybe<GovernanceSection>;
  regie: Maybe<RegieSection>;
  secretary: Maybe<SecretarySection>;
};

export type Notification = {
  bodyEn: Scalars['String']['output'];
  bodyNl: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  titleEn: Scalars['String']['output'];
  titleNl: Scalars['String']['output'];
};

export type NotificationCategory =
  | 'ACCOUNT'
  | 'ACTION'
  | 'AGREEMENT'
  | 'LEGAL_DEADLINE'
  | 'OTHER';

export type NotificationCategoryPreference = {
  category: NotificationCategory;
  /** True when the mode cannot be changed (legal deadlines). */
  locked: Scalars['Boolean']['output'];
  mode: NotificationMailMode;
};

export type NotificationCategoryPreferenceInput = {
  category: NotificationCategory;
  mode: NotificationMailMode;
};

export type NotificationMailMode =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'NEVER';

export type NotificationPreferencesInput = {
  categories: Array<NotificationCategoryPreferenceInput>;
  digest: DigestFrequency;
  /** nl or en. */
  language: Scalars['String']['input'];
};

export type NotificationPreferencesModel = {
  categories: Array<NotificationCategoryPreference>;
  digest: DigestFrequency;
  /** Language of the mail: nl or en. */
  language: Scalars['String']['output'];
};

export type OptionInput = {
  key: Scalars['String']['input'];
  label: LocalTextInput;
};

export type Organisation = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OrganisationSettings = {
  emailDomains: Array<Scalars['String']['output']>;
  idleTimeoutMinutes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  passwordLoginAllowed: Scalars['Boolean']['output'];
};

export type OrganisationSettingsInput = {
  emailDomains: Array<Scalars['String']['input']>;
  idleTimeoutMinutes: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  passwordLoginAllowed: Scalars['Boolean']['input'];
};

export type OutboxMessage = {
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
};

export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type Participant = {
  about: Scalars['String']['output'];
  agreement: Maybe<AgreementStanding>;
  consents: Array<ConsentPurpose>;
  deletionScheduledOn: Maybe<Scalars['String']['output']>;
  hoursPerMonth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  languages: Array<Scalars['String']['output']>;
  leftAt: Maybe<Scalars['DateTime']['output']>;
  onboardedAt: Maybe<Scalars['DateTime']['output']>;
  pausedUntil: Maybe<Scalars['String']['output']>;
  skillIds: Array<Scalars['ID']['output']>;
  status: ParticipationStatus;
  tags: Array<Scalars['String']['output']>;
  themes: Array<Scalars['String']['output']>;
  visibility: ProfileVisibility;
  waysOfTakingPart: Array<WayOfTakingPart>;
};

export type ParticipationStatus =
  | 'ACTIVE'
  | 'LEFT'
  | 'PAUSED';

export type PeopleSearchInput = {
  limit?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};

export type PersonOption = {
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type Phase = {
  /** The phase in which the director decides; a trajectory in it should have a WOR procedure. */
  decision: Scalars['Boolean']['output'];
  en: Scalars['String']['output'];
  endsOn: Maybe<Scalars['String']['output']>;
  nl: Scalars['String']['output'];
  startsOn: Maybe<Scalars['String']['output']>;
};

export type PhaseDatesInput = {
  endsOn?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

export type PhaseDefinition = {
  /** The phase in which the director decides: the advisor's view lists trajectories in it without a WOR procedure. */
  decision: Scalars['Boolean']['output'];
  en: Scalars['String']['output'];
  nl: Scalars['String']['output'];
};

export type PhaseEvaluation = {
  answeredByMe: Scalars['Boolean']['output'];
  answers: Array<EvaluationAnswer>;
  canAnswer: Scalars['Boolean']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  outcome: Maybe<Scalars['String']['output']>;
  phase: Scalars['Int']['output'];
  responseCount: Scalars['Int']['output'];
  trajectoryId: Scalars['ID']['output'];
};

export type PhaseNameInput = {
  /** The phase in which the director decides (see PhaseDefinition.decision). */
  decision: Scalars['Boolean']['input'];
  en: Scalars['String']['input'];
  nl: Scalars['String']['input'];
};

export type PoolFilter = {
  agreementValid?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  minHoursPerMonth?: InputMaybe<Scalars['Int']['input']>;
  minMonthsInPool?: InputMaybe<Scalars['Int']['input']>;
  onlyNew?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<ParticipationStatus>;
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type PoolFitModel = {
  eligible: Scalars['Boolean']['output'];
  explanationEn: Scalars['String']['output'];
  explanationNl: Scalars['String']['output'];
  inPool: Scalars['Boolean']['output'];
  score: Maybe<Scalars['Float']['output']>;
};

export type PoolHealth = {
  acceptedLatest: Scalars['Int']['output'];
  active: Scalars['Int']['output'];
  agreementsEndingSoon: Scalars['Int']['output'];
  latestAgreementVersion: Maybe<Scalars['Int']['output']>;
  newAwaitingOnboarding: Scalars['Int']['output'];
  paused: Scalars['Int']['output'];
  representation: Array<DepartmentRepresentation>;
};

export type PoolMember = {
  agreementValid: Scalars['Boolean']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  hoursPerMonth: Scalars['Int']['output'];
  isNew: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  location: Maybe<Scalars['String']['output']>;
  needsOnboarding: Scalars['Boolean']['output'];
  participantId: Scalars['ID']['output'];
  pausedUntil: Maybe<Scalars['String']['output']>;
  skillIds: Array<Scalars['ID']['output']>;
  status: ParticipationStatus;
  themes: Array<Scalars['String']['output']>;
  waysOfTakingPart: Array<WayOfTakingPart>;
};

export type PoolPage = {
  items: Array<PoolMember>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type PoolPageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type PostInput = {
  hideName?: Scalars['Boolean']['input'];
  kind: PostKind;
  text: Scalars['String']['input'];
  trajectoryId: Scalars['ID']['input'];
};

export type PostKind =
  | 'CON'
  | 'IDEA'
  | 'PRO'
  | 'QUESTION';

export type ProcedureAwaitingDecision = {
  procedureId: Scalars['ID']['output'];
  responseSentOn: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ProcedureDocument = {
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
};

export type ProcedureEvidence = {
  attachedAt: Scalars['DateTime']['output'];
  attachedByName: Scalars['String']['output'];
  content: Scalars['String']['output'];
  contentHash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  sourceId: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  summaryEn: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

export type ProcedureInput = {
  agreedTermDays?: InputMaybe<Scalars['Int']['input']>;
  committee?: InputMaybe<Scalars['String']['input']>;
  completenessNotes?: Scalars['String']['input'];
  conditions?: Scalars['String']['input'];
  confidential?: Scalars['Boolean']['input'];
  consequencesStated?: Scalars['Boolean']['input'];
  item?: InputMaybe<Scalars['String']['input']>;
  measuresStated?: Scalars['Boolean']['input'];
  meetingRequestedOn?: InputMaybe<Scalars['String']['input']>;
  plannedMeetingOn?: InputMaybe<Scalars['String']['input']>;
  reasonsStated?: Scalars['Boolean']['input'];
  requestContentBase64?: InputMaybe<Scalars['String']['input']>;
  requestFileName?: InputMaybe<Scalars['String']['input']>;
  requestMediaType?: InputMaybe<Scalars['String']['input']>;
  requestReceivedOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
  trajectoryId?: InputMaybe<Scalars['ID']['input']>;
  type: ProcedureType;
};

export type ProcedureLetter = {
  draft: Scalars['String']['output'];
  finalHash: Maybe<Scalars['String']['output']>;
  finalText: Maybe<Scalars['String']['output']>;
  finalizedOn: Maybe<Scalars['String']['output']>;
  procedureId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ProcedureState =
  | 'CLOSED'
  | 'DECISION_RECEIVED'
  | 'EMPLOYEES_CONSULTED'
  | 'IN_PROGRESS'
  | 'MEETING_HELD'
  | 'RECEIVED'
  | 'RESPONSE_SENT'
  | 'SUSPENDED'
  | 'WITHDRAWN';

export type ProcedureStateCount = {
  count: Scalars['Int']['output'];
  state: Scalars['String']['output'];
};

export type ProcedureStep = {
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  event: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  state: ProcedureState;
};

export type ProcedureStepInput = {
  deviates?: InputMaybe<Scalars['Boolean']['input']>;
  heldAsPlanned?: InputMaybe<Scalars['Boolean']['input']>;
  kind: Scalars['String']['input'];
  note?: Scalars['String']['input'];
  noticeOn?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['String']['input']>;
  reasonsReceivedOn?: InputMaybe<Scalars['String']['input']>;
  response?: InputMaybe<CouncilResponseKind>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type ProcedureType =
  | 'ADVICE'
  | 'CONSENT'
  | 'COVENANT_ADVICE'
  | 'DIRECTOR_APPOINTMENT'
  | 'INITIATIVE';

export type ProcedureView = {
  agreedTermDays: Maybe<Scalars['Int']['output']>;
  canEdit: Scalars['Boolean']['output'];
  committee: Maybe<Scalars['String']['output']>;
  completenessNotes: Scalars['String']['output'];
  conditions: Scalars['String']['output'];
  confidential: Scalars['Boolean']['output'];
  consequencesStated: Scalars['Boolean']['output'];
  contentsHidden: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadlines: Array<DeadlineModel>;
  deviates: Maybe<Scalars['Boolean']['output']>;
  /** The employees were consulted (recorded as a step, before or after the first overlegvergadering). */
  employeesConsulted: Scalars['Boolean']['output'];
  evidence: Array<ProcedureEvidence>;
  id: Scalars['ID']['output'];
  item: Maybe<Scalars['String']['output']>;
  legalReference: Scalars['String']['output'];
  letter: Maybe<ProcedureLetter>;
  measuresStated: Scalars['Boolean']['output'];
  meetingDates: Array<Scalars['String']['output']>;
  meetingRequestedOn: Maybe<Scalars['String']['output']>;
  nextDeadline: Maybe<DeadlineModel>;
  noticeOn: Maybe<Scalars['String']['output']>;
  plannedMeetingOn: Maybe<Scalars['String']['output']>;
  possibleSteps: Array<Scalars['String']['output']>;
  reasonsReceivedOn: Maybe<Scalars['String']['output']>;
  reasonsStated: Scalars['Boolean']['output'];
  requestFileName: Maybe<Scalars['String']['output']>;
  requestReceivedOn: Scalars['String']['output'];
  response: Maybe<CouncilResponseKind>;
  responseSentOn: Maybe<Scalars['String']['output']>;
  responseSummary: Maybe<Scalars['String']['output']>;
  state: ProcedureState;
  steps: Array<ProcedureStep>;
  suspensionWaived: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Maybe<Scalars['ID']['output']>;
  type: ProcedureType;
  updatedAt: Scalars['DateTime']['output'];
};

export type ProceduresOverview = {
  byState: Array<ProcedureStateCount>;
  nextDeadlines: Array<UpcomingDeadline>;
};

export type ProfileInput = {
  about: Scalars['String']['input'];
  hoursPerMonth: Scalars['Int']['input'];
  languages: Array<Scalars['String']['input']>;
  skillIds: Array<Scalars['ID']['input']>;
  tags: Array<Scalars['String']['input']>;
  themes: Array<Scalars['String']['input']>;
  visibility: ProfileVisibilityInput;
  waysOfTakingPart: Array<WayOfTakingPart>;
};

export type ProfileVisibility = {
  about: FieldVisibility;
  availability: FieldVisibility;
  skills: FieldVisibility;
  themes: FieldVisibility;
};

export type ProfileVisibilityInput = {
  about: FieldVisibility;
  availability: FieldVisibility;
  skills: FieldVisibility;
  themes: FieldVisibility;
};

export type PublicProcedure = {
  id: Scalars['String']['output'];
  legalReference: Scalars['String']['output'];
  requestReceivedOn: Scalars['String']['output'];
  response: Maybe<CouncilResponseKind>;
  responseSentOn: Maybe<Scalars['String']['output']>;
  responseSummary: Maybe<Scalars['String']['output']>;
  state: ProcedureState;
  title: Scalars['String']['output'];
  type: ProcedureType;
};

export type Query = {
  /** Accounts of this organisation, with search and filters. */
  accounts: AccountPage;
  advisorDashboard: AdvisorDashboard;
  /** Every participant in the pool, with when they accepted this version (null: not yet). */
  agreementAcceptances: Array<AgreementAcceptanceRow>;
  /** All versions, the draft first, with how many participants accepted each. */
  agreementVersions: Array<AgreementVersion>;
  /** Survey results snapshots that can be attached as evidence. */
  attachableSnapshots: Array<AttachableSnapshot>;
  auditLog: Array<AuditEntry>;
  /** A trajectory's board in one phase (default: the current phase). */
  board: Board;
  /** Applicants and invitees with how they fit the call (the participant pool's matcher). */
  callApplicants: Array<Applicant>;
  /** People the participant pool suggests for the call, not yet related to it. */
  callSuggestions: Array<Suggestion>;
  /** Private coaching notes about a participant (advisor only; reading is audited). */
  coachingNotes: Array<CoachingNote>;
  /** Active participants as colleagues see them: only the fields each chose to show. */
  colleagues: ColleaguePage;
  /** The latest published version, which participants are asked to accept. */
  currentAgreement: Maybe<AgreementVersion>;
  departments: Array<Department>;
  /** E-mail kept because no SMTP server is configured (development). */
  devOutbox: Array<OutboxMessage>;
  /** Whether e-mail is kept in the development outbox (no SMTP server configured). */
  devOutboxInUse: Scalars['Boolean']['output'];
  documentContent: DocumentContent;
  employee: Maybe<Employee>;
  employeeImport: Maybe<EmployeeImport>;
  employeeImports: Array<EmployeeImport>;
  employees: EmployeePage;
  erasureRequests: Array<ErasureRequest>;
  evaluations: Array<PhaseEvaluation>;
  /** What an invitation link is for (NOT_FOUND for an unknown link). */
  invitation: InvitationDetails;
  invitationRun: InvitationRun;
  /** The last 100 invitation runs, newest first, with progress. */
  invitationRuns: Array<InvitationRun>;
  matchParticipants: MatchResultModel;
  meeting: Meeting;
  meetings: Array<Meeting>;
  /** The agreement text I accepted, with the statement of acceptance, as a base64 PDF. */
  myAcceptedAgreementPdf: Scalars['String']['output'];
  myActions: Array<ActionItem>;
  myDashboard: MyDashboard;
  /** Every meeting the person may see, across trajectories (invited, steering its trajectory, or member of its workgroup), newest first. */
  myMeetings: Array<Meeting>;
  /** How I get my notifications by e-mail in this organisation. */
  myNotificationPreferences: NotificationPreferencesModel;
  /** Everything addressed to me in this organisation, newest first, a page at a time. */
  myNotifications: Array<Notification>;
  /** My place in the participant pool, or null. */
  myParticipation: Maybe<Participant>;
  /** Everything the platform holds about me in this organisation, as JSON. */
  myPersonalData: Scalars['String']['output'];
  /** My posts, with the answers to them. */
  myPosts: Array<BoardPost>;
  /** Your active sessions, most recently used first. */
  mySessions: Array<SessionInfo>;
  mySurvey: SurveyToAnswer;
  /** Surveys I am invited to. */
  mySurveys: Array<SurveyToAnswer>;
  /** How many of my notifications are unread (the bell). */
  myUnreadNotificationCount: Scalars['Int']['output'];
  /** Workgroups I am in, invited to or applied to. */
  myWorkgroups: Array<WorkgroupView>;
  /** Calls I can apply to now. */
  openCalls: Array<WorkgroupView>;
  organisationSettings: OrganisationSettings;
  /** Every overdue action in the organisation. */
  overdueActions: Array<ActionItem>;
  /** The organisation's phases for new trajectories. */
  phaseSettings: Array<PhaseDefinition>;
  pool: PoolPage;
  /** The pool (with the same filters) as CSV; profile fields only where the participant allowed colleagues to see them. */
  poolCsv: Scalars['String']['output'];
  poolRepresentation: Array<DepartmentRepresentation>;
  procedure: ProcedureView;
  /** Deadlines of open procedures from today on. */
  procedureDeadlines: Array<UpcomingDeadline>;
  /** The kinds of procedure and their sub-items (art. 25 a–n, art. 27 a–l …); items to verify are marked. */
  procedureLegalBases: Array<LegalBasisModel>;
  /** The letter (final once archived) as DOCX or PDF, base64. */
  procedureLetterFile: Scalars['String']['output'];
  procedureRequestDocument: ProcedureDocument;
  /** Every procedure, with its state and next deadline. */
  procedures: Array<ProcedureView>;
  publicProcedures: Array<PublicProcedure>;
  /** Colleagues with an account whose name contains every word of the query (at least 2 letters), by name, at most 20. */
  searchPeople: Array<PersonOption>;
  singleSignOnSettings: Maybe<SingleSignOnSettings>;
  skills: Array<Skill>;
  sortitionDraw: SortitionDrawDetail;
  sortitionDraws: Array<SortitionDraw>;
  survey: SurveyView;
  /** Departments with their headcount, to choose an audience. */
  surveyAudienceDepartments: Array<AudienceDepartment>;
  /** The survey behind a one-time link. */
  surveyByToken: SurveyToAnswer;
  /** The respondent's page of a survey (draft or published), without an invitation. */
  surveyPreview: SurveyToAnswer;
  surveyResultSnapshots: Array<SurveyResultSnapshot>;
  /** Results as the survey publishes them: overall while it runs; once closed also per reporting unit of its one dimension (reportBy), or one unit's figures (filter). */
  surveyResults: SurveyResults;
  /** The same results as CSV for the language's Excel (nl: ;-separated with decimal comma, en: ,-separated with decimal point; UTF-8 with BOM), with labels. */
  surveyResultsCsv: Scalars['String']['output'];
  /** The same results as an XLSX workbook (one sheet per view, with labels), base64. */
  surveyResultsXlsx: Scalars['String']['output'];
  surveyTemplates: Array<SurveyTemplateModel>;
  surveys: Array<SurveyView>;
  /** Trajectories I steer, and every published one. */
  trajectories: Array<TrajectoryView>;
  /** Trajectories in their decision phase without a procedure. */
  trajectoriesWithoutProcedure: Array<TrajectoryWithoutProcedure>;
  trajectory: TrajectoryView;
  trajectoryActions: Array<ActionItem>;
  /** Recompute the SHA-256 of stored evidence. */
  verifyEvidence: EvidenceCheck;
  verifySortitionDraw: SortitionVerificationModel;
  /** The logged-in person, or null. */
  viewer: Maybe<Viewer>;
  worSettings: WorSettings;
  workgroup: WorkgroupView;
  workgroups: Array<WorkgroupView>;
};


export type QueryAccountsArgs = {
  filter: InputMaybe<AccountFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryAgreementAcceptancesArgs = {
  versionId: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  entityId: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryBoardArgs = {
  phase: InputMaybe<Scalars['Int']['input']>;
  trajectoryId: Scalars['ID']['input'];
};


export type QueryCallApplicantsArgs = {
  workgroupId: Scalars['ID']['input'];
};


export type QueryCallSuggestionsArgs = {
  limit?: Scalars['Int']['input'];
  workgroupId: Scalars['ID']['input'];
};


export type QueryCoachingNotesArgs = {
  participantId: Scalars['ID']['input'];
};


export type QueryColleaguesArgs = {
  page: InputMaybe<PoolPageInput>;
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryDocumentContentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeeImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  filter: InputMaybe<EmployeeFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryEvaluationsArgs = {
  trajectoryId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchParticipantsArgs = {
  limit?: Scalars['Int']['input'];
  need: MatchNeedInput;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  trajectoryId: Scalars['ID']['input'];
};


export type QueryMyAcceptedAgreementPdfArgs = {
  versionId: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryMySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPoolArgs = {
  filter: InputMaybe<PoolFilter>;
  page: InputMaybe<PoolPageInput>;
};


export type QueryPoolCsvArgs = {
  filter: InputMaybe<PoolFilter>;
};


export type QueryProcedureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcedureLetterFileArgs = {
  format: Scalars['String']['input'];
  procedureId: Scalars['ID']['input'];
};


export type QueryProcedureRequestDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchPeopleArgs = {
  input: PeopleSearchInput;
};


export type QuerySortitionDrawArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QuerySurveyPreviewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultSnapshotsArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsCsvArgs = {
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  language?: Scalars['String']['input'];
};


export type QuerySurveyResultsXlsxArgs = {
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  language?: Scalars['String']['input'];
};


export type QueryTrajectoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrajectoryActionsArgs = {
  trajectoryId: Scalars['ID']['input'];
};


export type QueryVerifyEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerifySortitionDrawArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkgroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkgroupsArgs = {
  trajectoryId: Scalars['ID']['input'];
};

export type QuestionInput = {
  condition?: InputMaybe<ConditionInput>;
  key: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  options?: Array<OptionInput>;
  required?: Scalars['Boolean']['input'];
  text: LocalTextInput;
};

export type QuestionOptionModel = {
  key: Scalars['String']['output'];
  label: LocalText;
};

export type QuestionResult = {
  byUnit: Array<UnitSummary>;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  options: Array<QuestionOptionModel>;
  overall: Maybe<QuestionSummary>;
  previous: Maybe<QuestionSummary>;
  text: LocalText;
  texts: Array<Scalars['String']['output']>;
};

export type QuestionSummary = {
  agreePercentage: Maybe<Scalars['Int']['output']>;
  answered: Scalars['Int']['output'];
  distribution: Array<ValueCountModel>;
  enps: Maybe<Scalars['Int']['output']>;
  mean: Maybe<Scalars['Float']['output']>;
  meanRanks: Array<MeanRankModel>;
};

export type RegieSection = {
  trajectories: Array<RegieTrajectory>;
};

export type RegieTeamMember = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: RegieTeamRole;
  trajectoryId: Scalars['ID']['output'];
  userId: Scalars['ID']['output'];
};

export type RegieTeamRole =
  | 'ADVISEUR_PARTICIPATIE'
  | 'BESTUURDER'
  | 'HRM'
  | 'MEDEZEGGENSCHAP';

export type RegieTeamSeatInput = {
  email: Scalars['String']['input'];
  role: RegieTeamRole;
  trajectoryId: Scalars['ID']['input'];
};

export type RegieTrajectory = {
  applicationsWaiting: Scalars['Int']['output'];
  missingRoles: Array<Scalars['String']['output']>;
  nextMeetingAt: Maybe<Scalars['DateTime']['output']>;
  openActions: Scalars['Int']['output'];
  overdueActions: Scalars['Int']['output'];
  phaseEn: Scalars['String']['output'];
  phaseNl: Scalars['String']['output'];
  postsWithoutResponse: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['ID']['output'];
};

export type ReportingDimension =
  | 'CONTRACT_TYPE'
  | 'DEPARTMENT'
  | 'LOCATION';

/** How a department's share of the pool compares with its share of the headcount (see judgeRepresentation in the domain); NOT_ENOUGH_DATA below the minimum pool size. */
export type RepresentationVerdict =
  | 'BALANCED'
  | 'NOT_ENOUGH_DATA'
  | 'OVER'
  | 'UNDER';

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ResultUnit = {
  depth: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  respondents: Scalars['Int']['output'];
};

/** Role of a person within one organisation. */
export type Role =
  | 'ADVISEUR'
  | 'BESTUURDER'
  | 'HR'
  | 'MEDEWERKER'
  | 'OR_LID'
  | 'OR_SECRETARIS';

export type RunningSurvey = {
  answered: Maybe<Scalars['Int']['output']>;
  closesAt: Maybe<Scalars['DateTime']['output']>;
  invited: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  waitingForRelease: Scalars['Int']['output'];
};

export type SecretarySection = {
  meetingsToPrepare: Array<MeetingToPrepare>;
  procedures: ProceduresOverview;
};

export type SectionInput = {
  key: Scalars['String']['input'];
  questions: Array<QuestionInput>;
  title: LocalTextInput;
};

/** One of your active sessions (a signed-in browser or device). */
export type SessionInfo = {
  createdAt: Scalars['DateTime']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Scalars['DateTime']['output'];
  organisationName: Scalars['String']['output'];
  signInMethod: SignInMethod;
  userAgent: Maybe<Scalars['String']['output']>;
};

export type ShowConditionModel = {
  anyOf: Array<Scalars['String']['output']>;
  questionKey: Scalars['String']['output'];
};

/** How a session began: with a password or through single sign-on. */
export type SignInMethod =
  | 'OIDC'
  | 'PASSWORD';

export type SingleSignOnSettings = {
  clientId: Scalars['String']['output'];
  /** The environment variable the secret is read from, if any. */
  clientSecretFromEnvironment: Maybe<Scalars['String']['output']>;
  /** A directory employee without an account gets one on the first sign-in. */
  createAccounts: Scalars['Boolean']['output'];
  /** The organisation’s e-mail domains (organisation settings). */
  emailDomains: Array<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** A client secret is stored (encrypted) or named. */
  hasClientSecret: Scalars['Boolean']['output'];
  issuer: Scalars['String']['output'];
  passwordLoginAllowed: Scalars['Boolean']['output'];
  /** The address to register at the identity provider. */
  redirectUri: Scalars['String']['output'];
};

export type Skill = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  participantCount: Scalars['Int']['output'];
};

export type SortitionDraw = {
  algorithmVersion: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reserves: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
  seed: Scalars['String']['output'];
  strataBy: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  trajectoryId: Maybe<Scalars['ID']['output']>;
  trajectoryTitle: Maybe<Scalars['String']['output']>;
  wayOfTakingPart: WayOfTakingPart;
};

export type SortitionDrawDetail = {
  draw: SortitionDraw;
  poolSize: Scalars['Int']['output'];
  reserves: Array<DrawnPerson>;
  reservesRequested: Scalars['Int']['output'];
  reservesUnfilled: Scalars['Int']['output'];
  seated: Array<DrawnPerson>;
  seatsRequested: Scalars['Int']['output'];
  seatsUnfilled: Scalars['Int']['output'];
  strata: Array<DrawStratum>;
};

export type SortitionVerificationModel = {
  algorithmVersion: Scalars['String']['output'];
  matches: Scalars['Boolean']['output'];
  mismatches: Array<Scalars['String']['output']>;
};

export type StartEmployeeImportInput = {
  allowManyLeavers?: Scalars['Boolean']['input'];
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  mode: ImportMode;
};

export type Suggestion = {
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  fit: PoolFitModel;
  userId: Scalars['ID']['output'];
};

export type SurveyAudience = {
  departmentIds: Array<Scalars['ID']['output']>;
  emails: Array<Scalars['String']['output']>;
  includeSubDepartments: Scalars['Boolean']['output'];
  kind: AudienceKind;
  trajectoryId: Maybe<Scalars['ID']['output']>;
};

export type SurveyHeadline = {
  measure: Scalars['String']['output'];
  previous: Maybe<Scalars['Float']['output']>;
  questionEn: Scalars['String']['output'];
  questionNl: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type SurveyInput = {
  audience: AudienceInput;
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  introduction?: Scalars['String']['input'];
  mode: SurveyMode;
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  reportBy?: InputMaybe<ReportingDimension>;
  sections: Array<SectionInput>;
  threshold?: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  trajectoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type SurveyMode =
  | 'ANONYMOUS'
  | 'CONFIDENTIAL'
  | 'IDENTIFIED';

export type SurveyQuestion = {
  condition: Maybe<ShowConditionModel>;
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  options: Array<QuestionOptionModel>;
  required: Scalars['Boolean']['output'];
  text: LocalText;
};

export type SurveyResultSnapshot = {
  content: Scalars['String']['output'];
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Maybe<Scalars['ID']['output']>;
};

export type SurveyResults = {
  breakdown: Scalars['String']['output'];
  breakdownShown: Scalars['Boolean']['output'];
  filter: Maybe<FilterOption>;
  filterOptions: Array<FilterOption>;
  hiddenGroups: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  nextReleaseAt: Maybe<Scalars['Int']['output']>;
  previousRunId: Maybe<Scalars['ID']['output']>;
  questions: Array<QuestionResult>;
  reportBy: ReportingDimension;
  respondents: Maybe<Scalars['Int']['output']>;
  responseRate: Maybe<Scalars['Int']['output']>;
  surveyId: Scalars['ID']['output'];
  textsShown: Scalars['Boolean']['output'];
  threshold: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  trend: Array<TrendRun>;
  units: Array<ResultUnit>;
  waitingForRelease: Scalars['Int']['output'];
};

export type SurveySection = {
  key: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  title: LocalText;
};

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type SurveyTemplateModel = {
  key: Scalars['String']['output'];
  sections: Array<SurveySection>;
  title: LocalText;
};

export type SurveyToAnswer = {
  alreadyAnswered: Scalars['Boolean']['output'];
  closesAt: Maybe<Scalars['DateTime']['output']>;
  introduction: Scalars['String']['output'];
  mode: Scalars['String']['output'];
  open: Scalars['Boolean']['output'];
  protection: LocalText;
  sections: Array<SurveySection>;
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type SurveyView = {
  audience: SurveyAudience;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closesAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  failedCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  introduction: Scalars['String']['output'];
  invitedCount: Scalars['Int']['output'];
  mode: SurveyMode;
  previousRunId: Maybe<Scalars['ID']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  remindAt: Maybe<Scalars['DateTime']['output']>;
  remindedAt: Maybe<Scalars['DateTime']['output']>;
  reportBy: ReportingDimension;
  responseCount: Maybe<Scalars['Int']['output']>;
  run: Scalars['Int']['output'];
  sections: Array<SurveySection>;
  sentCount: Scalars['Int']['output'];
  seriesId: Scalars['ID']['output'];
  status: SurveyStatus;
  threshold: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type SurveysOverview = {
  latestClosed: Array<ClosedSurvey>;
  running: Array<RunningSurvey>;
};

export type TrajectoryDepartment = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TrajectoryDocument = {
  agendaItemId: Maybe<Scalars['ID']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mediaType: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedByName: Scalars['String']['output'];
  workgroupId: Maybe<Scalars['ID']['output']>;
};

export type TrajectoryEvent = {
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  public: Scalars['Boolean']['output'];
  textEn: Scalars['String']['output'];
  textNl: Scalars['String']['output'];
};

export type TrajectoryInput = {
  budgetLine?: InputMaybe<Scalars['String']['input']>;
  decision?: Scalars['String']['input'];
  departmentIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  ownerEmail?: InputMaybe<Scalars['String']['input']>;
  published?: Scalars['Boolean']['input'];
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type TrajectoryStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type TrajectoryView = {
  budgetLine: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currentPhase: Scalars['Int']['output'];
  decision: Scalars['String']['output'];
  departmentIds: Array<Scalars['ID']['output']>;
  departments: Array<TrajectoryDepartment>;
  description: Scalars['String']['output'];
  endsOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  missingRoles: Array<RegieTeamRole>;
  ownerEmail: Maybe<Scalars['String']['output']>;
  ownerName: Scalars['String']['output'];
  ownerUserId: Scalars['ID']['output'];
  phases: Array<Phase>;
  published: Scalars['Boolean']['output'];
  regieTeam: Array<RegieTeamMember>;
  startsOn: Maybe<Scalars['String']['output']>;
  status: TrajectoryStatus;
  steering: Scalars['Boolean']['output'];
  timeline: Array<TrajectoryEvent>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TrajectoryWithoutProcedure = {
  phaseEn: Scalars['String']['output'];
  phaseNl: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trajectoryId: Scalars['String']['output'];
};

export type TrendPoint = {
  questionKey: Scalars['String']['output'];
  summary: Maybe<QuestionSummary>;
  withheld: Scalars['Boolean']['output'];
};

export type TrendRun = {
  closedAt: Maybe<Scalars['DateTime']['output']>;
  points: Array<TrendPoint>;
  run: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  surveyId: Scalars['ID']['output'];
};

export type UnitSummary = {
  summary: Maybe<QuestionSummary>;
  unitKey: Scalars['String']['output'];
  withheld: Scalars['Boolean']['output'];
};

export type UpcomingDeadline = {
  date: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  procedureId: Scalars['String']['output'];
  procedureTitle: Scalars['String']['output'];
};

export type UpdateSingleSignOnInput = {
  clientId: Scalars['String']['input'];
  /** A new secret to store encrypted; leave out to keep the stored one. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Read the secret from this environment variable (SSO_CLIENT_SECRET_…) instead. */
  clientSecretFromEnvironment?: InputMaybe<Scalars['String']['input']>;
  createAccounts: Scalars['Boolean']['input'];
  enabled: Scalars['Boolean']['input'];
  issuer: Scalars['String']['input'];
  /** Forget the stored secret (a public client using PKCE only). */
  removeClientSecret?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateTrajectoryInput = {
  budgetLine?: InputMaybe<Scalars['String']['input']>;
  decision?: Scalars['String']['input'];
  departmentIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  ownerEmail?: InputMaybe<Scalars['String']['input']>;
  phaseDates?: InputMaybe<Array<PhaseDatesInput>>;
  published?: Scalars['Boolean']['input'];
  startsOn?: InputMaybe<Scalars['String']['input']>;
  status: TrajectoryStatus;
  title: Scalars['String']['input'];
};

export type ValueCountModel = {
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type Viewer = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  organisation: Organisation;
  /** Every organisation the person has access to, the current one included. */
  organisations: Array<ViewerOrganisation>;
  roles: Array<Role>;
  signInMethod: SignInMethod;
  userId: Scalars['ID']['output'];
};

/** An organisation the person may switch to, with their roles there. */
export type ViewerOrganisation = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
};

export type WayOfTakingPart =
  | 'AMBASSADOR'
  | 'SOUNDING_BOARD'
  | 'SURVEY_PANEL'
  | 'WORKGROUP';

export type WorSettings = {
  councilName: Scalars['String']['output'];
  letterheadAddress: Scalars['String']['output'];
  moveDeadlinesToWorkingDay: Scalars['Boolean']['output'];
  signatory: Scalars['String']['output'];
};

export type WorSettingsInput = {
  councilName: Scalars['String']['input'];
  letterheadAddress?: Scalars['String']['input'];
  moveDeadlinesToWorkingDay: Scalars['Boolean']['input'];
  signatory?: Scalars['String']['input'];
};

export type WorkgroupMembership = {
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  motivation: Maybe<Scalars['String']['output']>;
  status: MembershipStatus;
  userId: Scalars['ID']['output'];
  workgroupId: Scalars['ID']['output'];
};

export type WorkgroupView = {
  callStatus: CallStatus;
  canManage: Scalars['Boolean']['output'];
  closesOn: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  documents: Array<TrajectoryDocument>;
  finalReport: Maybe<Scalars['String']['output']>;
  goal: Scalars['String']['output'];
  hoursPerMonth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  leadUserId: Maybe<Scalars['ID']['output']>;
  memberCount: Scalars['Int']['output'];
  members: Array<WorkgroupMembership>;
  myDecisionNote: Maybe<Scalars['String']['output']>;
  myMembershipId: Maybe<Scalars['ID']['output']>;
  myStatus: Maybe<MembershipStatus>;
  name: Scalars['String']['output'];
  reportSubmittedAt: Maybe<Scalars['DateTime']['output']>;
  size: Scalars['Int']['output'];
  skillIds: Array<Scalars['ID']['output']>;
  skillNames: Array<Scalars['String']['output']>;
  trajectoryId: Scalars['ID']['output'];
  trajectoryTitle: Scalars['String']['output'];
};

export type AccountFieldsFragment = { membershipId: string, employeeId: string | null, displayName: string, email: string, departmentName: string | null, roles: Array<Role>, status: AccountStatus, lastSignInAt: string | null, invitedAt: string | null };

export type AccountsQueryVariables = Exact<{
  filter: InputMaybe<AccountFilter>;
  page: InputMaybe<PageInput>;
}>;


export type AccountsQuery = { accounts: { total: number, items: Array<{ membershipId: string, employeeId: string | null, displayName: string, email: string, departmentName: string | null, roles: Array<Role>, status: AccountStatus, lastSignInAt: string | null, invitedAt: string | null }> } };

export type SetAccountRolesMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetAccountRolesMutation = { setAccountRoles: { membershipId: string, employeeId: string | null, displayName: string, email: string, departmentName: string | null, roles: Array<Role>, status: AccountStatus, lastSignInAt: string | null, invitedAt: string | null } };

export type BlockAccountMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type BlockAccountMutation = { blockAccount: { membershipId: string, employeeId: string | null, displayName: string, email: string, departmentName: string | null, roles: Array<Role>, status: AccountStatus, lastSignInAt: string | null, invitedAt: string | null } };

export type UnblockAccountMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type UnblockAccountMutation = { unblockAccount: { membershipId: string, employeeId: string | null, displayName: string, email: string, departmentName: string | null, roles: Array<Role>, status: AccountStatus, lastSignInAt: string | null, invitedAt: string | null } };

export type AccountHistoryQueryVariables = Exact<{
  entityId: Scalars['ID']['input'];
}>;


export type AccountHistoryQuery = { auditLog: Array<{ id: string, action: string, actorEmail: string | null, at: string, changes: string }> };

export type InvitationRunFieldsFragment = { id: string, createdAt: string, invitationCount: number, pending: number, sent: number, failed: number, accepted: number, revoked: number };

export type InviteEmployeesMutationVariables = Exact<{
  input: InviteEmployeesInput;
}>;


export type InviteEmployeesMutation = { inviteEmployees: { id: string, createdAt: string, invitationCount: number, pending: number, sent: number, failed: number, accepted: number, revoked: number } };

export type InvitationRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitationRunQuery = { invitationRun: { id: string, createdAt: string, invitationCount: number, pending: number, sent: number, failed: number, accepted: number, revoked: number } };

export type InvitationRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationRunsQuery = { invitationRuns: Array<{ id: string, createdAt: string, invitationCount: number, pending: number, sent: number, failed: number, accepted: number, revoked: number }> };

export type OrganisationSettingsFieldsFragment = { name: string, emailDomains: Array<string>, passwordLoginAllowed: boolean, idleTimeoutMinutes: number };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { organisationSettings: { name: string, emailDomains: Array<string>, passwordLoginAllowed: boolean, idleTimeoutMinutes: number } };

export type UpdateOrganisationSettingsMutationVariables = Exact<{
  input: OrganisationSettingsInput;
}>;


export type UpdateOrganisationSettingsMutation = { updateOrganisationSettings: { name: string, emailDomains: Array<string>, passwordLoginAllowed: boolean, idleTimeoutMinutes: number } };

export type SingleSignOnFieldsFragment = { enabled: boolean, issuer: string, clientId: string, hasClientSecret: boolean, clientSecretFromEnvironment: string | null, createAccounts: boolean, redirectUri: string };

export type SingleSignOnSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOnSettingsQuery = { singleSignOnSettings: { enabled: boolean, issuer: string, clientId: string, hasClientSecret: boolean, clientSecretFromEnvironment: string | null, createAccounts: boolean, redirectUri: string } | null };

export type UpdateSingleSignOnMutationVariables = Exact<{
  input: UpdateSingleSignOnInput;
}>;


export type UpdateSingleSignOnMutation = { updateSingleSignOn: { enabled: boolean, issuer: string, clientId: string, hasClientSecret: boolean, clientSecretFromEnvironment: string | null, createAccounts: boolean, redirectUri: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, userAgent: string | null, createdAt: string, lastUsedAt: string, current: boolean, organisationName: string, signInMethod: SignInMethod }> };

export type EndSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndSessionMutation = { endSession: boolean };

export type EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherSessionsMutation = { endOtherSessions: number };

export type SwitchOrganisationMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type SwitchOrganisationMutation = { switchOrganisation: { userId: string, email: string, displayName: string, roles: Array<Role>, signInMethod: SignInMethod, organisation: { id: string, name: string }, organisations: Array<{ id: string, name: string, roles: Array<Role> }> } };

export type InvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationQuery = { invitation: { organisationName: string, displayName: string, email: string, expired: boolean, used: boolean, passwordExists: boolean, singleSignOnRequired: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { userId: string, email: string, displayName: string, roles: Array<Role>, signInMethod: SignInMethod, organisation: { id: string, name: string }, organisations: Array<{ id: string, name: string, roles: Array<Role> }> } };

export type DevOutboxInUseQueryVariables = Exact<{ [key: string]: never; }>;


export type DevOutboxInUseQuery = { devOutboxInUse: boolean };

export type DevOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DevOutboxQuery = { devOutbox: Array<{ id: string, toAddress: string, subject: string, body: string, createdAt: string }> };

export type SearchPeopleQueryVariables = Exact<{
  input: PeopleSearchInput;
}>;


export type SearchPeopleQuery = { searchPeople: Array<{ userId: string, displayName: string, email: string, departmentName: string | null, jobTitle: string | null }> };

export type ViewerFieldsFragment = { userId: string, email: string, displayName: string, roles: Array<Role>, signInMethod: SignInMethod, organisation: { id: string, name: string }, organisations: Array<{ id: string, name: string, roles: Array<Role> }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { userId: string, email: string, displayName: string, roles: Array<Role>, signInMethod: SignInMethod, organisation: { id: string, name: string }, organisations: Array<{ id: string, name: string, roles: Array<Role> }> } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { userId: string, email: string, displayName: string, roles: Array<Role>, signInMethod: SignInMethod, organisation: { id: string, name: string }, organisations: Array<{ id: string, name: string, roles: Array<Role> }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type NotificationFieldsFragment = { id: string, kind: string, titleNl: string, titleEn: string, bodyNl: string, bodyEn: string, link: string | null, readAt: string | null, createdAt: string };

export type MyNotificationsQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type MyNotificationsQuery = { myNotifications: Array<{ id: string, kind: string, titleNl: string, titleEn: string, bodyNl: string, bodyEn: string, link: string | null, readAt: string | null, createdAt: string }> };

export type MyUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnreadNotificationCountQuery = { myUnreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: boolean };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationPreferencesFieldsFragment = { digest: DigestFrequency, language: string, categories: Array<{ category: NotificationCategory, mode: NotificationMailMode, locked: boolean }> };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { digest: DigestFrequency, language: string, categories: Array<{ category: NotificationCategory, mode: NotificationMailMode, locked: boolean }> } };

export type UpdateMyNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateMyNotificationPreferencesMutation = { updateMyNotificationPreferences: { digest: DigestFrequency, language: string, categories: Array<{ category: NotificationCategory, mode: NotificationMailMode, locked: boolean }> } };

export type AdvisorDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvisorDashboardQuery = { advisorDashboard: { needsAction: { overdueActions: number, erasureRequests: number, failedAccountInvitations: number, applicationsWaiting: Array<{ trajectoryId: string, title: string, workgroupId: string, workgroupName: string, count: number }>, regieTeamsIncomplete: Array<{ trajectoryId: string, title: string, count: number }>, decisionWithoutProcedure: Array<{ trajectoryId: string, title: string, count: number }>, postsWithoutResponse: Array<{ trajectoryId: string, title: string, count: number }>, failedSurveyMails: Array<{ surveyId: string, title: string, count: number }> }, trajectories: Array<{ trajectoryId: string, title: string, phaseIndex: number, phaseNl: string, phaseEn: string, daysInPhase: number }>, pool: { active: number, paused: number, newAwaitingOnboarding: number, latestAgreementVersion: number | null, acceptedLatest: number, agreementsEndingSoon: number, representation: Array<{ departmentId: string | null, departmentName: string | null, headcount: number, participants: number, share: number | null, underRepresented: boolean }> }, surveys: { running: Array<{ surveyId: string, title: string, invited: number, answered: number | null, waitingForRelease: number, closesAt: string | null }>, latestClosed: Array<{ surveyId: string, title: string, closedAt: string | null, run: number, invited: number, respondents: number | null, responseRate: number | null, headline: { questionNl: string, questionEn: string, measure: string, value: number, previous: number | null } | null }> }, procedures: { byState: Array<{ state: string, count: number }>, nextDeadlines: Array<{ procedureId: string, procedureTitle: string, kind: string, date: string, nameNl: string, nameEn: string }> } } };

export type DashboardSurveysFieldsFragment = { running: Array<{ surveyId: string, title: string, invited: number, answered: number | null, waitingForRelease: number, closesAt: string | null }>, latestClosed: Array<{ surveyId: string, title: string, closedAt: string | null, run: number, invited: number, respondents: number | null, responseRate: number | null, headline: { questionNl: string, questionEn: string, measure: string, value: number, previous: number | null } | null }> };

export type DashboardProceduresFieldsFragment = { byState: Array<{ state: string, count: number }>, nextDeadlines: Array<{ procedureId: string, procedureTitle: string, kind: string, date: string, nameNl: string, nameEn: string }> };

export type MyDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDashboardQuery = { myDashboard: { regie: { trajectories: Array<{ trajectoryId: string, title: string, phaseNl: string, phaseEn: string, missingRoles: Array<string>, applicationsWaiting: number, postsWithoutResponse: number, openActions: number, overdueActions: number, nextMeetingAt: string | null }> } | null, secretary: { procedures: { byState: Array<{ state: string, count: number }>, nextDeadlines: Array<{ procedureId: string, procedureTitle: string, kind: string, date: string, nameNl: string, nameEn: string }> }, meetingsToPrepare: Array<{ date: string, title: string, procedureId: string | null, meetingId: string | null }> } | null, governance: { surveys: { running: Array<{ surveyId: string, title: string, invited: number, answered: number | null, waitingForRelease: number, closesAt: string | null }>, latestClosed: Array<{ surveyId: string, title: string, closedAt: string | null, run: number, invited: number, respondents: number | null, responseRate: number | null, headline: { questionNl: string, questionEn: string, measure: string, value: number, previous: number | null } | null }> }, awaitingDecision: Array<{ procedureId: string, title: string, responseSentOn: string | null }> } | null, employee: { openCalls: number, agreementToAccept: boolean, myOpenActions: number, myOverdueActions: number, poolStatus: string | null, workgroups: number, regieTeams: number, happening: Array<{ id: string, title: string, detailNl: string | null, detailEn: string | null, date: string | null }>, surveysToAnswer: Array<{ id: string, title: string, detailNl: string | null, detailEn: string | null, date: string | null }> } } };

export type DepartmentFieldsFragment = { id: string, name: string, parentId: string | null, activeEmployeeCount: number };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, parentId: string | null, activeEmployeeCount: number }> };

export type CreateDepartmentMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, name: string, parentId: string | null, activeEmployeeCount: number } };

export type UpdateDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string, name: string, parentId: string | null, activeEmployeeCount: number } };

export type DeleteDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDepartmentMutation = { deleteDepartment: boolean };

export type EmployeeFieldsFragment = { id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null };

export type EmployeesQueryVariables = Exact<{
  filter: InputMaybe<EmployeeFilter>;
  page: InputMaybe<PageInput>;
}>;


export type EmployeesQuery = { employees: { total: number, offset: number, limit: number, items: Array<{ id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null }> } };

export type EmployeeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmployeeQuery = { employee: { id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null } | null };

export type CreateEmployeeMutationVariables = Exact<{
  input: EmployeeInput;
}>;


export type CreateEmployeeMutation = { createEmployee: { id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null } };

export type UpdateEmployeeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EmployeeInput;
}>;


export type UpdateEmployeeMutation = { updateEmployee: { id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null } };

export type MarkEmployeeLeftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  leftOn: InputMaybe<Scalars['String']['input']>;
}>;


export type MarkEmployeeLeftMutation = { markEmployeeLeft: { id: string, employeeNumber: string, firstName: string, lastName: string, fullName: string, email: string, departmentId: string | null, location: string | null, jobTitle: string | null, contractType: ContractType | null, employmentStart: string | null, status: EmploymentStatus, leftOn: string | null, updatedAt: string, department: { id: string, name: string } | null } };

export type DeleteEmployeeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEmployeeMutation = { deleteEmployee: boolean };

export type EmployeeImportSummaryFragment = { id: string, fileName: string, mode: ImportMode, status: ImportStatus, progress: number, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, markedLeftCount: number, errorCount: number, failureCode: string | null, allowManyLeavers: boolean, createdAt: string, finishedAt: string | null };

export type EmployeeImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmployeeImportQuery = { employeeImport: { id: string, fileName: string, mode: ImportMode, status: ImportStatus, progress: number, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, markedLeftCount: number, errorCount: number, failureCode: string | null, allowManyLeavers: boolean, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, code: string, value: string | null }> } | null };

export type EmployeeImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeImportsQuery = { employeeImports: Array<{ id: string, fileName: string, mode: ImportMode, status: ImportStatus, progress: number, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, markedLeftCount: number, errorCount: number, failureCode: string | null, allowManyLeavers: boolean, createdAt: string, finishedAt: string | null }> };

export type StartEmployeeImportMutationVariables = Exact<{
  input: StartEmployeeImportInput;
}>;


export type StartEmployeeImportMutation = { startEmployeeImport: { id: string, fileName: string, mode: ImportMode, status: ImportStatus, progress: number, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, markedLeftCount: number, errorCount: number, failureCode: string | null, allowManyLeavers: boolean, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, code: string, value: string | null }> } };

export type AgreementVersionFieldsFragment = { id: string, version: number | null, title: string, markdown: string, contentHash: string | null, termMonths: number, previousVersionsValidUntil: string | null, publishedAt: string | null, status: AgreementVersionStatus, acceptedCount: number };

export type CurrentAgreementQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentAgreementQuery = { currentAgreement: { id: string, version: number | null, title: string, markdown: string, contentHash: string | null, termMonths: number, previousVersionsValidUntil: string | null, publishedAt: string | null, status: AgreementVersionStatus, acceptedCount: number } | null };

export type AcceptAgreementMutationVariables = Exact<{
  versionId: Scalars['ID']['input'];
  contentHash: Scalars['String']['input'];
}>;


export type AcceptAgreementMutation = { acceptAgreement: { id: string, versionId: string, version: number, acceptedAt: string, validUntil: string } };

export type AgreementVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementVersionsQuery = { agreementVersions: Array<{ id: string, version: number | null, title: string, markdown: string, contentHash: string | null, termMonths: number, previousVersionsValidUntil: string | null, publishedAt: string | null, status: AgreementVersionStatus, acceptedCount: number }> };

export type SaveAgreementDraftMutationVariables = Exact<{
  input: AgreementDraftInput;
}>;


export type SaveAgreementDraftMutation = { saveAgreementDraft: { id: string, version: number | null, title: string, markdown: string, contentHash: string | null, termMonths: number, previousVersionsValidUntil: string | null, publishedAt: string | null, status: AgreementVersionStatus, acceptedCount: number } };

export type PublishAgreementDraftMutationVariables = Exact<{
  previousVersionsValidUntil: InputMaybe<Scalars['String']['input']>;
}>;


export type PublishAgreementDraftMutation = { publishAgreementDraft: { id: string, version: number | null, title: string, markdown: string, contentHash: string | null, termMonths: number, previousVersionsValidUntil: string | null, publishedAt: string | null, status: AgreementVersionStatus, acceptedCount: number } };

export type AgreementAcceptancesQueryVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;


export type AgreementAcceptancesQuery = { agreementAcceptances: Array<{ participantId: string, displayName: string, acceptedAt: string | null }> };

export type ColleagueFieldsFragment = { participantId: string, displayName: string, departmentName: string | null, location: string | null, skills: Array<string> | null, tags: Array<string> | null, themes: Array<string> | null, hoursPerMonth: number | null, about: string | null };

export type ColleaguesQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  page: InputMaybe<PoolPageInput>;
}>;


export type ColleaguesQuery = { colleagues: { total: number, items: Array<{ participantId: string, displayName: string, departmentName: string | null, location: string | null, skills: Array<string> | null, tags: Array<string> | null, themes: Array<string> | null, hoursPerMonth: number | null, about: string | null }> } };

export type SortitionDrawFieldsFragment = { id: string, title: string, seed: string, seats: number, reserves: number, strataBy: Array<string>, wayOfTakingPart: WayOfTakingPart, algorithmVersion: string, createdAt: string, trajectoryId: string | null, trajectoryTitle: string | null };

export type DrawnPersonFieldsFragment = { participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null };

export type SortitionDrawDetailFieldsFragment = { poolSize: number, seatsRequested: number, seatsUnfilled: number, reservesRequested: number, reservesUnfilled: number, draw: { id: string, title: string, seed: string, seats: number, reserves: number, strataBy: Array<string>, wayOfTakingPart: WayOfTakingPart, algorithmVersion: string, createdAt: string, trajectoryId: string | null, trajectoryTitle: string | null }, seated: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, reserves: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, strata: Array<{ key: string, label: string, headcount: number, eligible: number, target: number, drawn: number, reservesDrawn: number }> };

export type DrawSortitionMutationVariables = Exact<{
  input: DrawInput;
}>;


export type DrawSortitionMutation = { drawSortition: { poolSize: number, seatsRequested: number, seatsUnfilled: number, reservesRequested: number, reservesUnfilled: number, draw: { id: string, title: string, seed: string, seats: number, reserves: number, strataBy: Array<string>, wayOfTakingPart: WayOfTakingPart, algorithmVersion: string, createdAt: string, trajectoryId: string | null, trajectoryTitle: string | null }, seated: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, reserves: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, strata: Array<{ key: string, label: string, headcount: number, eligible: number, target: number, drawn: number, reservesDrawn: number }> } };

export type SortitionDrawsQueryVariables = Exact<{ [key: string]: never; }>;


export type SortitionDrawsQuery = { sortitionDraws: Array<{ id: string, title: string, seed: string, seats: number, reserves: number, strataBy: Array<string>, wayOfTakingPart: WayOfTakingPart, algorithmVersion: string, createdAt: string, trajectoryId: string | null, trajectoryTitle: string | null }> };

export type SortitionDrawQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SortitionDrawQuery = { sortitionDraw: { poolSize: number, seatsRequested: number, seatsUnfilled: number, reservesRequested: number, reservesUnfilled: number, draw: { id: string, title: string, seed: string, seats: number, reserves: number, strataBy: Array<string>, wayOfTakingPart: WayOfTakingPart, algorithmVersion: string, createdAt: string, trajectoryId: string | null, trajectoryTitle: string | null }, seated: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, reserves: Array<{ participantId: string, userId: string | null, displayName: string, departmentName: string | null, location: string | null }>, strata: Array<{ key: string, label: string, headcount: number, eligible: number, target: number, drawn: number, reservesDrawn: number }> } };

export type VerifySortitionDrawQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifySortitionDrawQuery = { verifySortitionDraw: { matches: boolean, mismatches: Array<string>, algorithmVersion: string } };

export type InviteTargetTrajectoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteTargetTrajectoriesQuery = { trajectories: Array<{ id: string, title: string, steering: boolean }> };

export type InviteTargetWorkgroupsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type InviteTargetWorkgroupsQuery = { workgroups: Array<{ id: string, name: string, callStatus: CallStatus, canManage: boolean }> };

export type InvitePersonToWorkgroupMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type InvitePersonToWorkgroupMutation = { inviteToWorkgroup: { id: string, status: MembershipStatus } };

export type ParticipantFieldsFragment = { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null };

export type MyParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyParticipationQuery = { myParticipation: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } | null };

export type JoinPoolMutationVariables = Exact<{
  input: JoinPoolInput;
}>;


export type JoinPoolMutation = { joinPool: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type PauseMyParticipationMutationVariables = Exact<{
  until: Scalars['String']['input'];
}>;


export type PauseMyParticipationMutation = { pauseMyParticipation: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type ResumeMyParticipationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResumeMyParticipationMutation = { resumeMyParticipation: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type LeavePoolMutationVariables = Exact<{ [key: string]: never; }>;


export type LeavePoolMutation = { leavePool: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type SetMyConsentMutationVariables = Exact<{
  purpose: ConsentPurpose;
  granted: Scalars['Boolean']['input'];
}>;


export type SetMyConsentMutation = { setMyConsent: { id: string, status: ParticipationStatus, pausedUntil: string | null, skillIds: Array<string>, tags: Array<string>, themes: Array<string>, hoursPerMonth: number, waysOfTakingPart: Array<WayOfTakingPart>, languages: Array<string>, about: string, consents: Array<ConsentPurpose>, joinedAt: string, deletionScheduledOn: string | null, visibility: { skills: FieldVisibility, themes: FieldVisibility, availability: FieldVisibility, about: FieldVisibility }, agreement: { acceptedVersionId: string | null, acceptedVersion: number | null, acceptedAt: string | null, validUntil: string | null, currentVersion: number | null, needsAcceptance: boolean, previousVersionValidUntil: string | null, valid: boolean } | null } };

export type MyAcceptedAgreementPdfQueryVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;


export type MyAcceptedAgreementPdfQuery = { myAcceptedAgreementPdf: string };

export type MyPersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonalDataQuery = { myPersonalData: string };

export type RequestErasureMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestErasureMutation = { requestErasure: { id: string, status: string, requestedAt: string } };

export type ErasureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasureRequestsQuery = { erasureRequests: Array<{ id: string, displayName: string | null, status: string, requestedAt: string }> };

export type HandleErasureRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandleErasureRequestMutation = { handleErasureRequest: { id: string, status: string, handledAt: string | null } };

export type PoolMemberFieldsFragment = { participantId: string, displayName: string, email: string, departmentId: string | null, departmentName: string | null, location: string | null, hoursPerMonth: number, skillIds: Array<string>, themes: Array<string>, waysOfTakingPart: Array<WayOfTakingPart>, status: ParticipationStatus, pausedUntil: string | null, joinedAt: string, isNew: boolean, agreementValid: boolean };

export type PoolQueryVariables = Exact<{
  filter: InputMaybe<PoolFilter>;
  page: InputMaybe<PoolPageInput>;
}>;


export type PoolQuery = { pool: { total: number, offset: number, limit: number, items: Array<{ participantId: string, displayName: string, email: string, departmentId: string | null, departmentName: string | null, location: string | null, hoursPerMonth: number, skillIds: Array<string>, themes: Array<string>, waysOfTakingPart: Array<WayOfTakingPart>, status: ParticipationStatus, pausedUntil: string | null, joinedAt: string, isNew: boolean, agreementValid: boolean }> } };

export type PoolRepresentationQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolRepresentationQuery = { poolRepresentation: Array<{ departmentId: string | null, departmentName: string | null, headcount: number, participants: number, share: number | null, poolShare: number, headcountShare: number, expected: number, poolSize: number, minPoolForVerdict: number, verdict: RepresentationVerdict, underRepresented: boolean }> };

export type MatchParticipantsQueryVariables = Exact<{
  need: MatchNeedInput;
  limit: Scalars['Int']['input'];
}>;


export type MatchParticipantsQuery = { matchParticipants: { eligibleCount: number, uncovered: Array<string>, candidates: Array<{ participantId: string, userId: string, displayName: string, departmentName: string | null, location: string | null, score: number, explanationNl: string, explanationEn: string, explanation: string, suggested: boolean }>, ineligible: Array<{ reason: string, count: number }> } };

export type SkillFieldsFragment = { id: string, name: string, participantCount: number };

export type SkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillsQuery = { skills: Array<{ id: string, name: string, participantCount: number }> };

export type AddSkillMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AddSkillMutation = { addSkill: { id: string, name: string, participantCount: number } };

export type RenameSkillMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameSkillMutation = { renameSkill: { id: string, name: string, participantCount: number } };

export type MergeSkillsMutationVariables = Exact<{
  duplicateId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
}>;


export type MergeSkillsMutation = { mergeSkills: { id: string, name: string, participantCount: number } };

export type ProcedureTrajectoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcedureTrajectoryOptionsQuery = { trajectories: Array<{ id: string, title: string, currentPhase: number, phases: Array<{ nl: string, en: string }> }> };

export type AttachableSnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type AttachableSnapshotsQuery = { attachableSnapshots: Array<{ id: string, title: string, createdAt: string, createdByName: string, contentHash: string }> };

export type EvidenceWorkgroupsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type EvidenceWorkgroupsQuery = { workgroups: Array<{ id: string, name: string, reportSubmittedAt: string | null }> };

export type EvidenceMeetingsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type EvidenceMeetingsQuery = { meetings: Array<{ id: string, title: string, startsAt: string, minutesRecordedAt: string | null }> };

export type ProcedureDeadlineFieldsFragment = { kind: string, date: string, nameNl: string, nameEn: string };

export type ProcedureSummaryFieldsFragment = { id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null };

export type ProcedureStepFieldsFragment = { id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string };

export type ProcedureEvidenceFieldsFragment = { id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string };

export type ProcedureLetterFieldsFragment = { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null };

export type ProcedureFieldsFragment = { requestFileName: string | null, agreedTermDays: number | null, meetingRequestedOn: string | null, plannedMeetingOn: string | null, reasonsStated: boolean, consequencesStated: boolean, measuresStated: boolean, completenessNotes: string, conditions: string, trajectoryId: string | null, committee: string | null, meetingDates: Array<string>, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null, deviates: boolean | null, noticeOn: string | null, reasonsReceivedOn: string | null, suspensionWaived: boolean, employeesConsulted: boolean, canEdit: boolean, possibleSteps: Array<string>, id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, deadlines: Array<{ kind: string, date: string, nameNl: string, nameEn: string }>, steps: Array<{ id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string }>, evidence: Array<{ id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string }>, letter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } | null, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null };

export type WorSettingsFieldsFragment = { councilName: string, letterheadAddress: string, signatory: string, moveDeadlinesToWorkingDay: boolean };

export type ProcedureLegalBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcedureLegalBasesQuery = { procedureLegalBases: Array<{ type: string, article: string, nl: string, en: string, items: Array<{ key: string, nl: string, en: string, toVerify: boolean }> }> };

export type ProceduresQueryVariables = Exact<{ [key: string]: never; }>;


export type ProceduresQuery = { procedures: Array<{ id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null }> };

export type ProcedureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProcedureQuery = { procedure: { requestFileName: string | null, agreedTermDays: number | null, meetingRequestedOn: string | null, plannedMeetingOn: string | null, reasonsStated: boolean, consequencesStated: boolean, measuresStated: boolean, completenessNotes: string, conditions: string, trajectoryId: string | null, committee: string | null, meetingDates: Array<string>, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null, deviates: boolean | null, noticeOn: string | null, reasonsReceivedOn: string | null, suspensionWaived: boolean, employeesConsulted: boolean, canEdit: boolean, possibleSteps: Array<string>, id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, deadlines: Array<{ kind: string, date: string, nameNl: string, nameEn: string }>, steps: Array<{ id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string }>, evidence: Array<{ id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string }>, letter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } | null, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null } };

export type ProcedureDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcedureDeadlinesQuery = { procedureDeadlines: Array<{ procedureId: string, procedureTitle: string, kind: string, date: string, nameNl: string, nameEn: string }> };

export type TrajectoriesWithoutProcedureQueryVariables = Exact<{ [key: string]: never; }>;


export type TrajectoriesWithoutProcedureQuery = { trajectoriesWithoutProcedure: Array<{ trajectoryId: string, title: string, phaseNl: string, phaseEn: string }> };

export type PublicProceduresQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicProceduresQuery = { publicProcedures: Array<{ id: string, title: string, legalReference: string, state: ProcedureState, requestReceivedOn: string, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null }> };

export type WorSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorSettingsQuery = { worSettings: { councilName: string, letterheadAddress: string, signatory: string, moveDeadlinesToWorkingDay: boolean } };

export type UpdateWorSettingsMutationVariables = Exact<{
  input: WorSettingsInput;
}>;


export type UpdateWorSettingsMutation = { updateWorSettings: { councilName: string, letterheadAddress: string, signatory: string, moveDeadlinesToWorkingDay: boolean } };

export type RegisterProcedureMutationVariables = Exact<{
  input: ProcedureInput;
}>;


export type RegisterProcedureMutation = { registerProcedure: { requestFileName: string | null, agreedTermDays: number | null, meetingRequestedOn: string | null, plannedMeetingOn: string | null, reasonsStated: boolean, consequencesStated: boolean, measuresStated: boolean, completenessNotes: string, conditions: string, trajectoryId: string | null, committee: string | null, meetingDates: Array<string>, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null, deviates: boolean | null, noticeOn: string | null, reasonsReceivedOn: string | null, suspensionWaived: boolean, employeesConsulted: boolean, canEdit: boolean, possibleSteps: Array<string>, id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, deadlines: Array<{ kind: string, date: string, nameNl: string, nameEn: string }>, steps: Array<{ id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string }>, evidence: Array<{ id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string }>, letter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } | null, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null } };

export type UpdateProcedureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProcedureInput;
}>;


export type UpdateProcedureMutation = { updateProcedure: { requestFileName: string | null, agreedTermDays: number | null, meetingRequestedOn: string | null, plannedMeetingOn: string | null, reasonsStated: boolean, consequencesStated: boolean, measuresStated: boolean, completenessNotes: string, conditions: string, trajectoryId: string | null, committee: string | null, meetingDates: Array<string>, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null, deviates: boolean | null, noticeOn: string | null, reasonsReceivedOn: string | null, suspensionWaived: boolean, employeesConsulted: boolean, canEdit: boolean, possibleSteps: Array<string>, id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, deadlines: Array<{ kind: string, date: string, nameNl: string, nameEn: string }>, steps: Array<{ id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string }>, evidence: Array<{ id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string }>, letter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } | null, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null } };

export type RecordProcedureStepMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProcedureStepInput;
}>;


export type RecordProcedureStepMutation = { recordProcedureStep: { requestFileName: string | null, agreedTermDays: number | null, meetingRequestedOn: string | null, plannedMeetingOn: string | null, reasonsStated: boolean, consequencesStated: boolean, measuresStated: boolean, completenessNotes: string, conditions: string, trajectoryId: string | null, committee: string | null, meetingDates: Array<string>, response: CouncilResponseKind | null, responseSentOn: string | null, responseSummary: string | null, deviates: boolean | null, noticeOn: string | null, reasonsReceivedOn: string | null, suspensionWaived: boolean, employeesConsulted: boolean, canEdit: boolean, possibleSteps: Array<string>, id: string, type: ProcedureType, item: string | null, title: string, legalReference: string, state: ProcedureState, confidential: boolean, contentsHidden: boolean, requestReceivedOn: string, deadlines: Array<{ kind: string, date: string, nameNl: string, nameEn: string }>, steps: Array<{ id: string, at: string, event: string, state: ProcedureState, actorName: string, note: string }>, evidence: Array<{ id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string }>, letter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } | null, nextDeadline: { kind: string, date: string, nameNl: string, nameEn: string } | null } };

export type ProcedureRequestDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProcedureRequestDocumentQuery = { procedureRequestDocument: { fileName: string, mediaType: string, contentBase64: string } };

export type AttachEvidenceMutationVariables = Exact<{
  procedureId: Scalars['ID']['input'];
  kind: EvidenceKind;
  sourceId: Scalars['ID']['input'];
  phase: InputMaybe<Scalars['Int']['input']>;
}>;


export type AttachEvidenceMutation = { attachEvidence: { id: string, kind: EvidenceKind, sourceId: string, title: string, titleEn: string, summary: string, summaryEn: string, contentHash: string, attachedByName: string, attachedAt: string } };

export type VerifyEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyEvidenceQuery = { verifyEvidence: { evidenceId: string, storedHash: string, recomputedHash: string, valid: boolean } };

export type ProcedureEvidenceContentsQueryVariables = Exact<{
  procedureId: Scalars['ID']['input'];
}>;


export type ProcedureEvidenceContentsQuery = { procedure: { id: string, evidence: Array<{ id: string, content: string }> } };

export type GenerateProcedureLetterMutationVariables = Exact<{
  procedureId: Scalars['ID']['input'];
}>;


export type GenerateProcedureLetterMutation = { generateProcedureLetter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } };

export type SaveProcedureLetterMutationVariables = Exact<{
  procedureId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SaveProcedureLetterMutation = { saveProcedureLetter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } };

export type FinalizeProcedureLetterMutationVariables = Exact<{
  procedureId: Scalars['ID']['input'];
}>;


export type FinalizeProcedureLetterMutation = { finalizeProcedureLetter: { procedureId: string, draft: string, updatedAt: string, finalText: string | null, finalizedOn: string | null, finalHash: string | null } };

export type ProcedureLetterFileQueryVariables = Exact<{
  procedureId: Scalars['ID']['input'];
  format: Scalars['String']['input'];
}>;


export type ProcedureLetterFileQuery = { procedureLetterFile: string };

export type SurveyToAnswerFieldsFragment = { surveyId: string, title: string, introduction: string, mode: string, open: boolean, alreadyAnswered: boolean, protection: { nl: string, en: string }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> };

export type SurveyByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveyByTokenQuery = { surveyByToken: { surveyId: string, title: string, introduction: string, mode: string, open: boolean, alreadyAnswered: boolean, protection: { nl: string, en: string }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type SubmitSurveyByTokenMutationVariables = Exact<{
  token: Scalars['String']['input'];
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SubmitSurveyByTokenMutation = { submitSurveyByToken: boolean };

export type MySurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MySurveysQuery = { mySurveys: Array<{ surveyId: string, title: string, mode: string, open: boolean, alreadyAnswered: boolean }> };

export type MySurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MySurveyQuery = { mySurvey: { surveyId: string, title: string, introduction: string, mode: string, open: boolean, alreadyAnswered: boolean, protection: { nl: string, en: string }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type SubmitMySurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SubmitMySurveyMutation = { submitMySurvey: boolean };

export type SurveyPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyPreviewQuery = { surveyPreview: { surveyId: string, title: string, introduction: string, mode: string, open: boolean, alreadyAnswered: boolean, protection: { nl: string, en: string }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type CheckSurveyPreviewAnswersMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type CheckSurveyPreviewAnswersMutation = { checkSurveyPreviewAnswers: boolean };

export type SurveySummaryStatsFieldsFragment = { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> };

export type SurveyResultsFieldsFragment = { surveyId: string, title: string, threshold: number, invited: number, respondents: number | null, responseRate: number | null, reportBy: ReportingDimension, breakdown: string, breakdownShown: boolean, waitingForRelease: number, nextReleaseAt: number | null, hiddenGroups: number, previousRunId: string | null, filter: { dimension: string, unitKey: string, label: string } | null, filterOptions: Array<{ dimension: string, unitKey: string, label: string }>, units: Array<{ key: string, label: string, depth: number, respondents: number, invited: number }>, questions: Array<{ key: string, kind: string, texts: Array<string>, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, overall: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null, previous: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null, byUnit: Array<{ unitKey: string, withheld: boolean, summary: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null }> }>, trend: Array<{ surveyId: string, run: number, status: string, closedAt: string | null, points: Array<{ questionKey: string, withheld: boolean, summary: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null } | null }> }> };

export type SurveyResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
}>;


export type SurveyResultsQuery = { surveyResults: { surveyId: string, title: string, threshold: number, invited: number, respondents: number | null, responseRate: number | null, reportBy: ReportingDimension, breakdown: string, breakdownShown: boolean, waitingForRelease: number, nextReleaseAt: number | null, hiddenGroups: number, previousRunId: string | null, filter: { dimension: string, unitKey: string, label: string } | null, filterOptions: Array<{ dimension: string, unitKey: string, label: string }>, units: Array<{ key: string, label: string, depth: number, respondents: number, invited: number }>, questions: Array<{ key: string, kind: string, texts: Array<string>, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, overall: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null, previous: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null, byUnit: Array<{ unitKey: string, withheld: boolean, summary: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null, distribution: Array<{ value: string, count: number }>, meanRanks: Array<{ option: string, meanRank: number }> } | null }> }>, trend: Array<{ surveyId: string, run: number, status: string, closedAt: string | null, points: Array<{ questionKey: string, withheld: boolean, summary: { answered: number, mean: number | null, agreePercentage: number | null, enps: number | null } | null }> }> } };

export type SurveyResultsCsvQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
  language: Scalars['String']['input'];
}>;


export type SurveyResultsCsvQuery = { surveyResultsCsv: string };

export type SurveyResultsXlsxQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  breakdown: InputMaybe<Scalars['String']['input']>;
  filterDimension: InputMaybe<Scalars['String']['input']>;
  filterUnit: InputMaybe<Scalars['String']['input']>;
  language: Scalars['String']['input'];
}>;


export type SurveyResultsXlsxQuery = { surveyResultsXlsx: string };

export type SurveySnapshotFieldsFragment = { id: string, title: string, contentHash: string, createdAt: string, createdByName: string, trajectoryId: string | null };

export type SurveyResultSnapshotsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyResultSnapshotsQuery = { surveyResultSnapshots: Array<{ id: string, title: string, contentHash: string, createdAt: string, createdByName: string, trajectoryId: string | null }> };

export type SnapshotSurveyResultsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  trajectoryId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SnapshotSurveyResultsMutation = { snapshotSurveyResults: { id: string, title: string, contentHash: string, createdAt: string, createdByName: string, trajectoryId: string | null } };

export type SurveyQuestionFieldsFragment = { key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null };

export type SurveySectionFieldsFragment = { key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> };

export type SurveySummaryFieldsFragment = { id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null };

export type SurveyFieldsFragment = { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> };

export type SurveyTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyTemplatesQuery = { surveyTemplates: Array<{ key: string, title: { nl: string, en: string } }> };

export type SurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysQuery = { surveys: Array<{ id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null }> };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { survey: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type SurveyAudienceDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyAudienceDepartmentsQuery = { surveyAudienceDepartments: Array<{ id: string, name: string, parentId: string | null, employees: number }> };

export type SurveyTrajectoryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyTrajectoryChoicesQuery = { trajectories: Array<{ id: string, title: string }> };

export type CreateSurveyMutationVariables = Exact<{
  input: SurveyInput;
  templateKey: InputMaybe<Scalars['String']['input']>;
  copyOf: InputMaybe<Scalars['ID']['input']>;
}>;


export type CreateSurveyMutation = { createSurvey: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type UpdateSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type NewSurveyVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewSurveyVersionMutation = { newSurveyVersion: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type PublishSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishSurveyMutation = { publishSurvey: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type CloseSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSurveyMutation = { closeSurvey: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type RemindSurveyNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemindSurveyNowMutation = { remindSurveyNow: { introduction: string, reportBy: ReportingDimension, trajectoryId: string | null, remindAt: string | null, remindedAt: string | null, id: string, title: string, status: SurveyStatus, run: number, mode: SurveyMode, seriesId: string, previousRunId: string | null, invitedCount: number, sentCount: number, failedCount: number, responseCount: number | null, threshold: number, createdAt: string, publishedAt: string | null, closesAt: string | null, closedAt: string | null, audience: { kind: AudienceKind, departmentIds: Array<string>, includeSubDepartments: boolean, trajectoryId: string | null, emails: Array<string> }, sections: Array<{ key: string, title: { nl: string, en: string }, questions: Array<{ key: string, kind: string, required: boolean, text: { nl: string, en: string }, options: Array<{ key: string, label: { nl: string, en: string } }>, condition: { questionKey: string, anyOf: Array<string> } | null }> }> } };

export type BoardPostFieldsFragment = { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string };

export type BoardFieldsFragment = { trajectoryId: string, phase: number, open: boolean, canModerate: boolean, summary: string | null, posts: Array<{ id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string }>, themes: Array<{ id: string, name: string }>, counts: Array<{ kind: PostKind, count: number }>, participation: { threshold: number, totalAuthors: number | null, otherAuthors: number, departments: Array<{ departmentName: string, authors: number }> } };

export type BoardQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
  phase: InputMaybe<Scalars['Int']['input']>;
}>;


export type BoardQuery = { board: { trajectoryId: string, phase: number, open: boolean, canModerate: boolean, summary: string | null, posts: Array<{ id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string }>, themes: Array<{ id: string, name: string }>, counts: Array<{ kind: PostKind, count: number }>, participation: { threshold: number, totalAuthors: number | null, otherAuthors: number, departments: Array<{ departmentName: string, authors: number }> } } };

export type MyPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPostsQuery = { myPosts: Array<{ id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string }> };

export type PostToBoardMutationVariables = Exact<{
  input: PostInput;
}>;


export type PostToBoardMutation = { postToBoard: { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string } };

export type SupportPostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  support: Scalars['Boolean']['input'];
}>;


export type SupportPostMutation = { supportPost: { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string } };

export type RespondToPostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
}>;


export type RespondToPostMutation = { respondToPost: { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string } };

export type ModeratePostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  hidden: Scalars['Boolean']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
}>;


export type ModeratePostMutation = { moderatePost: { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string } };

export type AddBoardThemeMutationVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
  phase: Scalars['Int']['input'];
  name: Scalars['String']['input'];
}>;


export type AddBoardThemeMutation = { addBoardTheme: { id: string, name: string } };

export type AssignPostThemeMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  themeId: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignPostThemeMutation = { assignPostTheme: { id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string } };

export type SaveBoardSummaryMutationVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
  phase: Scalars['Int']['input'];
  text: Scalars['String']['input'];
}>;


export type SaveBoardSummaryMutation = { saveBoardSummary: { trajectoryId: string, phase: number, open: boolean, canModerate: boolean, summary: string | null, posts: Array<{ id: string, trajectoryId: string, phase: number, kind: PostKind, text: string, authorName: string | null, nameHidden: boolean, mine: boolean, hidden: boolean, hiddenReason: string | null, response: string | null, respondedAt: string | null, supportCount: number, supportedByMe: boolean, themeId: string | null, createdAt: string }>, themes: Array<{ id: string, name: string }>, counts: Array<{ kind: PostKind, count: number }>, participation: { threshold: number, totalAuthors: number | null, otherAuthors: number, departments: Array<{ departmentName: string, authors: number }> } } };

export type PhaseEvaluationFieldsFragment = { id: string, trajectoryId: string, phase: number, openedAt: string, closedAt: string | null, outcome: string | null, responseCount: number, answeredByMe: boolean, canAnswer: boolean, answers: Array<{ wentWell: string, toImprove: string }> };

export type EvaluationsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type EvaluationsQuery = { evaluations: Array<{ id: string, trajectoryId: string, phase: number, openedAt: string, closedAt: string | null, outcome: string | null, responseCount: number, answeredByMe: boolean, canAnswer: boolean, answers: Array<{ wentWell: string, toImprove: string }> }> };

export type StartEvaluationMutationVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type StartEvaluationMutation = { startEvaluation: { id: string, trajectoryId: string, phase: number, openedAt: string, closedAt: string | null, outcome: string | null, responseCount: number, answeredByMe: boolean, canAnswer: boolean, answers: Array<{ wentWell: string, toImprove: string }> } };

export type AnswerEvaluationMutationVariables = Exact<{
  input: EvaluationAnswerInput;
}>;


export type AnswerEvaluationMutation = { answerEvaluation: { id: string, trajectoryId: string, phase: number, openedAt: string, closedAt: string | null, outcome: string | null, responseCount: number, answeredByMe: boolean, canAnswer: boolean, answers: Array<{ wentWell: string, toImprove: string }> } };

export type CloseEvaluationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
}>;


export type CloseEvaluationMutation = { closeEvaluation: { id: string, trajectoryId: string, phase: number, openedAt: string, closedAt: string | null, outcome: string | null, responseCount: number, answeredByMe: boolean, canAnswer: boolean, answers: Array<{ wentWell: string, toImprove: string }> } };

export type MeetingSummaryFieldsFragment = { id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null };

export type MeetingFieldsFragment = { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> };

export type ActionItemFieldsFragment = { id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean };

export type MeetingsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type MeetingsQuery = { meetings: Array<{ id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null }> };

export type MyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMeetingsQuery = { myMeetings: Array<{ id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null }> };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingQuery = { meeting: { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: MeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> } };

export type RecordMinutesMutationVariables = Exact<{
  input: MinutesInput;
}>;


export type RecordMinutesMutation = { recordMinutes: { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> } };

export type TrajectoryActionsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type TrajectoryActionsQuery = { trajectoryActions: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean }> };

export type MyActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActionsQuery = { myActions: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean }> };

export type OverdueActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueActionsQuery = { overdueActions: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean }> };

export type AddActionMutationVariables = Exact<{
  input: ActionInput;
}>;


export type AddActionMutation = { addAction: { id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean } };

export type SetActionDoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  done: Scalars['Boolean']['input'];
}>;


export type SetActionDoneMutation = { setActionDone: { id: string, trajectoryId: string, trajectoryTitle: string, meetingId: string | null, description: string, ownerUserId: string, ownerName: string, dueOn: string, status: ActionStatus, doneAt: string | null, overdue: boolean, confidential: boolean } };

export type IssueCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueCalendarFeedMutation = { issueCalendarFeed: string };

export type UpdateMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MeetingUpdateInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> } };

export type CancelMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelMeetingMutation = { cancelMeeting: { organiserName: string, minutes: string | null, id: string, trajectoryId: string, workgroupId: string | null, kind: MeetingKind, title: string, startsAt: string, endsAt: string, location: string, invitedOn: string, noticeDays: number, shortNotice: boolean, invited: boolean, canEdit: boolean, cancelledAt: string | null, cancelReason: string | null, minutesRecordedAt: string | null, agendaItems: Array<{ id: string, title: string, notes: string, confidential: boolean, decision: string | null, minutes: string | null, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> }>, invitees: Array<{ userId: string, displayName: string, email: string | null }> } };

export type RegieTeamMemberFieldsFragment = { id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string };

export type TrajectoryEventFieldsFragment = { id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string };

export type TrajectorySummaryFieldsFragment = { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> };

export type TrajectoryFieldsFragment = { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> };

export type TrajectoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrajectoriesQuery = { trajectories: Array<{ id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> }> };

export type TrajectoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrajectoryQuery = { trajectory: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type CreateTrajectoryMutationVariables = Exact<{
  input: TrajectoryInput;
}>;


export type CreateTrajectoryMutation = { createTrajectory: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type UpdateTrajectoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTrajectoryInput;
}>;


export type UpdateTrajectoryMutation = { updateTrajectory: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type MoveTrajectoryPhaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  toPhase: Scalars['Int']['input'];
}>;


export type MoveTrajectoryPhaseMutation = { moveTrajectoryPhase: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type AddRegieTeamMemberMutationVariables = Exact<{
  input: RegieTeamSeatInput;
}>;


export type AddRegieTeamMemberMutation = { addRegieTeamMember: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type RemoveRegieTeamMemberMutationVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveRegieTeamMemberMutation = { removeRegieTeamMember: { id: string, title: string, description: string, decision: string, departmentIds: Array<string>, startsOn: string | null, endsOn: string | null, budgetLine: string | null, published: boolean, status: TrajectoryStatus, currentPhase: number, steering: boolean, missingRoles: Array<RegieTeamRole>, ownerName: string, ownerEmail: string | null, regieTeam: Array<{ id: string, userId: string, displayName: string, email: string, role: RegieTeamRole, joinedAt: string }>, timeline: Array<{ id: string, at: string, kind: string, actorName: string, textNl: string, textEn: string }>, phases: Array<{ nl: string, en: string, decision: boolean, startsOn: string | null, endsOn: string | null }> } };

export type PhaseSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PhaseSettingsQuery = { phaseSettings: Array<{ nl: string, en: string, decision: boolean }> };

export type UpdatePhaseSettingsMutationVariables = Exact<{
  phases: Array<PhaseNameInput> | PhaseNameInput;
}>;


export type UpdatePhaseSettingsMutation = { updatePhaseSettings: Array<{ nl: string, en: string, decision: boolean }> };

export type DocumentSummaryFieldsFragment = { id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string };

export type WorkgroupMembershipFieldsFragment = { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null };

export type WorkgroupSummaryFieldsFragment = { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean };

export type WorkgroupFieldsFragment = { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> };

export type PoolFitFieldsFragment = { eligible: boolean, inPool: boolean, score: number | null, explanationNl: string, explanationEn: string };

export type WorkgroupsQueryVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
}>;


export type WorkgroupsQuery = { workgroups: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean }> };

export type WorkgroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkgroupQuery = { workgroup: { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> } };

export type OpenCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCallsQuery = { openCalls: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean }> };

export type MyWorkgroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkgroupsQuery = { myWorkgroups: Array<{ id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean }> };

export type OpenCallMutationVariables = Exact<{
  trajectoryId: Scalars['ID']['input'];
  input: CallInput;
}>;


export type OpenCallMutation = { openCall: { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> } };

export type UpdateCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CallInput;
  open: Scalars['Boolean']['input'];
}>;


export type UpdateCallMutation = { updateCall: { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> } };

export type ApplyToCallMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  motivation: Scalars['String']['input'];
}>;


export type ApplyToCallMutation = { applyToCall: { id: string, workgroupId: string, userId: string, status: MembershipStatus, motivation: string | null, createdAt: string } };

export type LeaveWorkgroupMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
}>;


export type LeaveWorkgroupMutation = { leaveWorkgroup: { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null } };

export type RespondToInvitationMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type RespondToInvitationMutation = { respondToInvitation: { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null } };

export type CallApplicantsQueryVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
}>;


export type CallApplicantsQuery = { callApplicants: Array<{ membership: { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }, fit: { eligible: boolean, inPool: boolean, score: number | null, explanationNl: string, explanationEn: string } }> };

export type CallSuggestionsQueryVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
}>;


export type CallSuggestionsQuery = { callSuggestions: Array<{ userId: string, displayName: string, departmentName: string | null, fit: { eligible: boolean, inPool: boolean, score: number | null, explanationNl: string, explanationEn: string } }> };

export type DecideApplicationMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideApplicationMutation = { decideApplication: { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null } };

export type InviteToWorkgroupMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type InviteToWorkgroupMutation = { inviteToWorkgroup: { id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null } };

export type SetWorkgroupLeadMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type SetWorkgroupLeadMutation = { setWorkgroupLead: { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> } };

export type SubmitWorkgroupReportMutationVariables = Exact<{
  workgroupId: Scalars['ID']['input'];
  report: Scalars['String']['input'];
}>;


export type SubmitWorkgroupReportMutation = { submitWorkgroupReport: { id: string, trajectoryId: string, trajectoryTitle: string, name: string, goal: string, skillIds: Array<string>, skillNames: Array<string>, size: number, hoursPerMonth: number, closesOn: string, callStatus: CallStatus, memberCount: number, leadUserId: string | null, finalReport: string | null, reportSubmittedAt: string | null, myStatus: MembershipStatus | null, canManage: boolean, members: Array<{ id: string, userId: string, displayName: string, status: MembershipStatus, motivation: string | null, decisionNote: string | null, createdAt: string, decidedAt: string | null }>, documents: Array<{ id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string }> } };

export type AddDocumentMutationVariables = Exact<{
  input: DocumentInput;
}>;


export type AddDocumentMutation = { addDocument: { id: string, fileName: string, sizeBytes: number, uploadedAt: string, uploadedByName: string } };

export type DocumentContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentContentQuery = { documentContent: { fileName: string, mediaType: string, contentBase64: string } };

export type RemoveDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDocumentMutation = { removeDocument: boolean };

export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const InvitationRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<InvitationRunFieldsFragment, unknown>;
export const OrganisationSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutMinutes"}}]}}]} as unknown as DocumentNode<OrganisationSettingsFieldsFragment, unknown>;
export const SingleSignOnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretFromEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"createAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}}]}}]} as unknown as DocumentNode<SingleSignOnFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"titleNl"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyNl"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesFieldsFragment, unknown>;
export const DashboardSurveysFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSurveysFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveysOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"running"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRelease"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"headline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionNl"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSurveysFieldsFragment, unknown>;
export const DashboardProceduresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardProceduresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProceduresOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DashboardProceduresFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployeeCount"}}]}}]} as unknown as DocumentNode<DepartmentFieldsFragment, unknown>;
export const EmployeeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EmployeeFieldsFragment, unknown>;
export const EmployeeImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"markedLeftCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"allowManyLeavers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<EmployeeImportSummaryFragment, unknown>;
export const AgreementVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionsValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<AgreementVersionFieldsFragment, unknown>;
export const ColleagueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColleagueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColleagueProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}}]} as unknown as DocumentNode<ColleagueFieldsFragment, unknown>;
export const SortitionDrawFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reserves"}},{"kind":"Field","name":{"kind":"Name","value":"strataBy"}},{"kind":"Field","name":{"kind":"Name","value":"wayOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}}]}}]} as unknown as DocumentNode<SortitionDrawFieldsFragment, unknown>;
export const DrawnPersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawnPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<DrawnPersonFieldsFragment, unknown>;
export const SortitionDrawDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDrawDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"reservesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"reservesUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"seated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}},{"kind":"Field","name":{"kind":"Name","value":"reservesDrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reserves"}},{"kind":"Field","name":{"kind":"Name","value":"strataBy"}},{"kind":"Field","name":{"kind":"Name","value":"wayOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawnPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<SortitionDrawDetailFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<ParticipantFieldsFragment, unknown>;
export const PoolMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"agreementValid"}}]}}]} as unknown as DocumentNode<PoolMemberFieldsFragment, unknown>;
export const SkillFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<SkillFieldsFragment, unknown>;
export const ProcedureDeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ProcedureDeadlineFieldsFragment, unknown>;
export const ProcedureSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ProcedureSummaryFieldsFragment, unknown>;
export const ProcedureStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ProcedureStepFieldsFragment, unknown>;
export const ProcedureEvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}}]} as unknown as DocumentNode<ProcedureEvidenceFieldsFragment, unknown>;
export const ProcedureLetterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}}]} as unknown as DocumentNode<ProcedureLetterFieldsFragment, unknown>;
export const ProcedureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestFileName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsStated"}},{"kind":"Field","name":{"kind":"Name","value":"consequencesStated"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStated"}},{"kind":"Field","name":{"kind":"Name","value":"completenessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDates"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionWaived"}},{"kind":"Field","name":{"kind":"Name","value":"employeesConsulted"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSteps"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}}]} as unknown as DocumentNode<ProcedureFieldsFragment, unknown>;
export const WorSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"letterheadAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeadlinesToWorkingDay"}}]}}]} as unknown as DocumentNode<WorSettingsFieldsFragment, unknown>;
export const SurveyQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}}]} as unknown as DocumentNode<SurveyQuestionFieldsFragment, unknown>;
export const SurveySectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}}]} as unknown as DocumentNode<SurveySectionFieldsFragment, unknown>;
export const SurveyToAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}}]} as unknown as DocumentNode<SurveyToAnswerFieldsFragment, unknown>;
export const SurveySummaryStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"agreePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"enps"}},{"kind":"Field","name":{"kind":"Name","value":"meanRanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"meanRank"}}]}}]}}]} as unknown as DocumentNode<SurveySummaryStatsFieldsFragment, unknown>;
export const SurveyResultsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResultsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownShown"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRelease"}},{"kind":"Field","name":{"kind":"Name","value":"nextReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenGroups"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"agreePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"enps"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"agreePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"enps"}},{"kind":"Field","name":{"kind":"Name","value":"meanRanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"meanRank"}}]}}]}}]} as unknown as DocumentNode<SurveyResultsFieldsFragment, unknown>;
export const SurveySnapshotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}}]}}]} as unknown as DocumentNode<SurveySnapshotFieldsFragment, unknown>;
export const SurveySummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<SurveySummaryFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}}]} as unknown as DocumentNode<SurveyFieldsFragment, unknown>;
export const BoardPostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BoardPostFieldsFragment, unknown>;
export const BoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Board"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"totalAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"otherAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BoardFieldsFragment, unknown>;
export const PhaseEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}}]}}]} as unknown as DocumentNode<PhaseEvaluationFieldsFragment, unknown>;
export const MeetingSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]} as unknown as DocumentNode<MeetingSummaryFieldsFragment, unknown>;
export const DocumentSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<DocumentSummaryFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const TrajectorySummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}}]} as unknown as DocumentNode<TrajectorySummaryFieldsFragment, unknown>;
export const RegieTeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]} as unknown as DocumentNode<RegieTeamMemberFieldsFragment, unknown>;
export const TrajectoryEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]} as unknown as DocumentNode<TrajectoryEventFieldsFragment, unknown>;
export const TrajectoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]} as unknown as DocumentNode<TrajectoryFieldsFragment, unknown>;
export const WorkgroupSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<WorkgroupSummaryFieldsFragment, unknown>;
export const WorkgroupMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<WorkgroupMembershipFieldsFragment, unknown>;
export const WorkgroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<WorkgroupFieldsFragment, unknown>;
export const PoolFitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolFitModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"inPool"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}}]} as unknown as DocumentNode<PoolFitFieldsFragment, unknown>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const SetAccountRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]} as unknown as DocumentNode<SetAccountRolesMutation, SetAccountRolesMutationVariables>;
export const BlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]} as unknown as DocumentNode<BlockAccountMutation, BlockAccountMutationVariables>;
export const UnblockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]} as unknown as DocumentNode<UnblockAccountMutation, UnblockAccountMutationVariables>;
export const AccountHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<AccountHistoryQuery, AccountHistoryQueryVariables>;
export const InviteEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<InviteEmployeesMutation, InviteEmployeesMutationVariables>;
export const InvitationRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<InvitationRunQuery, InvitationRunQueryVariables>;
export const InvitationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<InvitationRunsQuery, InvitationRunsQueryVariables>;
export const OrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutMinutes"}}]}}]} as unknown as DocumentNode<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateOrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLoginAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeoutMinutes"}}]}}]} as unknown as DocumentNode<UpdateOrganisationSettingsMutation, UpdateOrganisationSettingsMutationVariables>;
export const SingleSignOnSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOnSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretFromEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"createAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}}]}}]} as unknown as DocumentNode<SingleSignOnSettingsQuery, SingleSignOnSettingsQueryVariables>;
export const UpdateSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSingleSignOnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretFromEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"createAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}}]}}]} as unknown as DocumentNode<UpdateSingleSignOnMutation, UpdateSingleSignOnMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const EndOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherSessions"}}]}}]} as unknown as DocumentNode<EndOtherSessionsMutation, EndOtherSessionsMutationVariables>;
export const SwitchOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]} as unknown as DocumentNode<SwitchOrganisationMutation, SwitchOrganisationMutationVariables>;
export const InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExists"}},{"kind":"Field","name":{"kind":"Name","value":"singleSignOnRequired"}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DevOutboxInUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevOutboxInUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devOutboxInUse"}}]}}]} as unknown as DocumentNode<DevOutboxInUseQuery, DevOutboxInUseQueryVariables>;
export const DevOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DevOutboxQuery, DevOutboxQueryVariables>;
export const SearchPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"titleNl"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyNl"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyUnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<MyUnreadNotificationCountQuery, MyUnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const UpdateMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<UpdateMyNotificationPreferencesMutation, UpdateMyNotificationPreferencesMutationVariables>;
export const AdvisorDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisorDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisorDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeamsIncomplete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionWithoutProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"}},{"kind":"Field","name":{"kind":"Name","value":"postsWithoutResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedSurveyMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedAccountInvitations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phaseIndex"}},{"kind":"Field","name":{"kind":"Name","value":"phaseNl"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEn"}},{"kind":"Field","name":{"kind":"Name","value":"daysInPhase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"newAwaitingOnboarding"}},{"kind":"Field","name":{"kind":"Name","value":"latestAgreementVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedLatest"}},{"kind":"Field","name":{"kind":"Name","value":"agreementsEndingSoon"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"underRepresented"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSurveysFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardProceduresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSurveysFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveysOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"running"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRelease"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"headline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionNl"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardProceduresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProceduresOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AdvisorDashboardQuery, AdvisorDashboardQueryVariables>;
export const MyDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phaseNl"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEn"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"postsWithoutResponse"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardProceduresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsToPrepare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSurveysFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"happening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveysToAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCalls"}},{"kind":"Field","name":{"kind":"Name","value":"agreementToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"myOpenActions"}},{"kind":"Field","name":{"kind":"Name","value":"myOverdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"poolStatus"}},{"kind":"Field","name":{"kind":"Name","value":"workgroups"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeams"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardProceduresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProceduresOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSurveysFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveysOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"running"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRelease"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"headline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionNl"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}}]} as unknown as DocumentNode<MyDashboardQuery, MyDashboardQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployeeCount"}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployeeCount"}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployeeCount"}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const DeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const EmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EmployeesQuery, EmployeesQueryVariables>;
export const EmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EmployeeQuery, EmployeeQueryVariables>;
export const CreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const UpdateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateEmployeeMutation, UpdateEmployeeMutationVariables>;
export const MarkEmployeeLeftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEmployeeLeft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEmployeeLeft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"leftOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MarkEmployeeLeftMutation, MarkEmployeeLeftMutationVariables>;
export const DeleteEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEmployeeMutation, DeleteEmployeeMutationVariables>;
export const EmployeeImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeImportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"markedLeftCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"allowManyLeavers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<EmployeeImportQuery, EmployeeImportQueryVariables>;
export const EmployeeImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"markedLeftCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"allowManyLeavers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<EmployeeImportsQuery, EmployeeImportsQueryVariables>;
export const StartEmployeeImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEmployeeImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEmployeeImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEmployeeImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeImportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"markedLeftCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"allowManyLeavers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<StartEmployeeImportMutation, StartEmployeeImportMutationVariables>;
export const CurrentAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionsValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<CurrentAgreementQuery, CurrentAgreementQueryVariables>;
export const AcceptAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentHash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AcceptAgreementMutation, AcceptAgreementMutationVariables>;
export const AgreementVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionsValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<AgreementVersionsQuery, AgreementVersionsQueryVariables>;
export const SaveAgreementDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAgreementDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAgreementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionsValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<SaveAgreementDraftMutation, SaveAgreementDraftMutationVariables>;
export const PublishAgreementDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAgreementDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousVersionsValidUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAgreementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"previousVersionsValidUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousVersionsValidUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionsValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}}]} as unknown as DocumentNode<PublishAgreementDraftMutation, PublishAgreementDraftMutationVariables>;
export const AgreementAcceptancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementAcceptances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAcceptances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<AgreementAcceptancesQuery, AgreementAcceptancesQueryVariables>;
export const ColleaguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Colleagues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoolPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ColleagueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ColleagueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ColleagueProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}}]} as unknown as DocumentNode<ColleaguesQuery, ColleaguesQueryVariables>;
export const DrawSortitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawSortition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawSortition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reserves"}},{"kind":"Field","name":{"kind":"Name","value":"strataBy"}},{"kind":"Field","name":{"kind":"Name","value":"wayOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawnPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDrawDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"reservesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"reservesUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"seated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}},{"kind":"Field","name":{"kind":"Name","value":"reservesDrawn"}}]}}]}}]} as unknown as DocumentNode<DrawSortitionMutation, DrawSortitionMutationVariables>;
export const SortitionDrawsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SortitionDraws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sortitionDraws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reserves"}},{"kind":"Field","name":{"kind":"Name","value":"strataBy"}},{"kind":"Field","name":{"kind":"Name","value":"wayOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}}]}}]} as unknown as DocumentNode<SortitionDrawsQuery, SortitionDrawsQueryVariables>;
export const SortitionDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SortitionDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sortitionDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reserves"}},{"kind":"Field","name":{"kind":"Name","value":"strataBy"}},{"kind":"Field","name":{"kind":"Name","value":"wayOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrawnPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrawnPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SortitionDrawDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SortitionDrawDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SortitionDrawFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"seatsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"reservesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"reservesUnfilled"}},{"kind":"Field","name":{"kind":"Name","value":"seated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrawnPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}},{"kind":"Field","name":{"kind":"Name","value":"reservesDrawn"}}]}}]}}]} as unknown as DocumentNode<SortitionDrawQuery, SortitionDrawQueryVariables>;
export const VerifySortitionDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifySortitionDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySortitionDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmVersion"}}]}}]}}]} as unknown as DocumentNode<VerifySortitionDrawQuery, VerifySortitionDrawQueryVariables>;
export const InviteTargetTrajectoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteTargetTrajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"steering"}}]}}]}}]} as unknown as DocumentNode<InviteTargetTrajectoriesQuery, InviteTargetTrajectoriesQueryVariables>;
export const InviteTargetWorkgroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteTargetWorkgroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]}}]} as unknown as DocumentNode<InviteTargetWorkgroupsQuery, InviteTargetWorkgroupsQueryVariables>;
export const InvitePersonToWorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePersonToWorkgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToWorkgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InvitePersonToWorkgroupMutation, InvitePersonToWorkgroupMutationVariables>;
export const MyParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<MyParticipationQuery, MyParticipationQueryVariables>;
export const JoinPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<JoinPoolMutation, JoinPoolMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const PauseMyParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseMyParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseMyParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<PauseMyParticipationMutation, PauseMyParticipationMutationVariables>;
export const ResumeMyParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeMyParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeMyParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<ResumeMyParticipationMutation, ResumeMyParticipationMutationVariables>;
export const LeavePoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeavePool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavePool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<LeavePoolMutation, LeavePoolMutationVariables>;
export const SetMyConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentPurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"granted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"consents"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"about"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<SetMyConsentMutation, SetMyConsentMutationVariables>;
export const MyAcceptedAgreementPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAcceptedAgreementPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAcceptedAgreementPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<MyAcceptedAgreementPdfQuery, MyAcceptedAgreementPdfQueryVariables>;
export const MyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalData"}}]}}]} as unknown as DocumentNode<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export const RequestErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<RequestErasureMutation, RequestErasureMutationVariables>;
export const ErasureRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<ErasureRequestsQuery, ErasureRequestsQueryVariables>;
export const HandleErasureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandleErasureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleErasureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}}]}}]}}]} as unknown as DocumentNode<HandleErasureRequestMutation, HandleErasureRequestMutationVariables>;
export const PoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoolPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"waysOfTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"agreementValid"}}]}}]} as unknown as DocumentNode<PoolQuery, PoolQueryVariables>;
export const PoolRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"poolShare"}},{"kind":"Field","name":{"kind":"Name","value":"headcountShare"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"minPoolForVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"underRepresented"}}]}}]}}]} as unknown as DocumentNode<PoolRepresentationQuery, PoolRepresentationQueryVariables>;
export const MatchParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"need"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchNeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"need"},"value":{"kind":"Variable","name":{"kind":"Name","value":"need"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}}]}}]}}]} as unknown as DocumentNode<MatchParticipantsQuery, MatchParticipantsQueryVariables>;
export const SkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<SkillsQuery, SkillsQueryVariables>;
export const AddSkillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<AddSkillMutation, AddSkillMutationVariables>;
export const RenameSkillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<RenameSkillMutation, RenameSkillMutationVariables>;
export const MergeSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duplicateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"duplicateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duplicateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<MergeSkillsMutation, MergeSkillsMutationVariables>;
export const ProcedureTrajectoryOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureTrajectoryOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureTrajectoryOptionsQuery, ProcedureTrajectoryOptionsQueryVariables>;
export const AttachableSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachableSnapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachableSnapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<AttachableSnapshotsQuery, AttachableSnapshotsQueryVariables>;
export const EvidenceWorkgroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceWorkgroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}}]}}]}}]} as unknown as DocumentNode<EvidenceWorkgroupsQuery, EvidenceWorkgroupsQueryVariables>;
export const EvidenceMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]}}]} as unknown as DocumentNode<EvidenceMeetingsQuery, EvidenceMeetingsQueryVariables>;
export const ProcedureLegalBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"toVerify"}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureLegalBasesQuery, ProcedureLegalBasesQueryVariables>;
export const ProceduresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}}]} as unknown as DocumentNode<ProceduresQuery, ProceduresQueryVariables>;
export const ProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestFileName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsStated"}},{"kind":"Field","name":{"kind":"Name","value":"consequencesStated"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStated"}},{"kind":"Field","name":{"kind":"Name","value":"completenessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDates"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionWaived"}},{"kind":"Field","name":{"kind":"Name","value":"employeesConsulted"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSteps"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}}]} as unknown as DocumentNode<ProcedureQuery, ProcedureQueryVariables>;
export const ProcedureDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProcedureDeadlinesQuery, ProcedureDeadlinesQueryVariables>;
export const TrajectoriesWithoutProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrajectoriesWithoutProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoriesWithoutProcedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phaseNl"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEn"}}]}}]}}]} as unknown as DocumentNode<TrajectoriesWithoutProcedureQuery, TrajectoriesWithoutProcedureQueryVariables>;
export const PublicProceduresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}}]}}]}}]} as unknown as DocumentNode<PublicProceduresQuery, PublicProceduresQueryVariables>;
export const WorSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"letterheadAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeadlinesToWorkingDay"}}]}}]} as unknown as DocumentNode<WorSettingsQuery, WorSettingsQueryVariables>;
export const UpdateWorSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"letterheadAddress"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeadlinesToWorkingDay"}}]}}]} as unknown as DocumentNode<UpdateWorSettingsMutation, UpdateWorSettingsMutationVariables>;
export const RegisterProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterProcedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestFileName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsStated"}},{"kind":"Field","name":{"kind":"Name","value":"consequencesStated"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStated"}},{"kind":"Field","name":{"kind":"Name","value":"completenessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDates"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionWaived"}},{"kind":"Field","name":{"kind":"Name","value":"employeesConsulted"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSteps"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}}]} as unknown as DocumentNode<RegisterProcedureMutation, RegisterProcedureMutationVariables>;
export const UpdateProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestFileName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsStated"}},{"kind":"Field","name":{"kind":"Name","value":"consequencesStated"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStated"}},{"kind":"Field","name":{"kind":"Name","value":"completenessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDates"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionWaived"}},{"kind":"Field","name":{"kind":"Name","value":"employeesConsulted"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSteps"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}}]} as unknown as DocumentNode<UpdateProcedureMutation, UpdateProcedureMutationVariables>;
export const RecordProcedureStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProcedureStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProcedureStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"contentsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"requestReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestFileName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsStated"}},{"kind":"Field","name":{"kind":"Name","value":"consequencesStated"}},{"kind":"Field","name":{"kind":"Name","value":"measuresStated"}},{"kind":"Field","name":{"kind":"Name","value":"completenessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDates"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"responseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"deviates"}},{"kind":"Field","name":{"kind":"Name","value":"noticeOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionWaived"}},{"kind":"Field","name":{"kind":"Name","value":"employeesConsulted"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSteps"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureDeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}}]} as unknown as DocumentNode<RecordProcedureStepMutation, RecordProcedureStepMutationVariables>;
export const ProcedureRequestDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureRequestDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureRequestDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ProcedureRequestDocumentQuery, ProcedureRequestDocumentQueryVariables>;
export const AttachEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureEvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"attachedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}}]}}]} as unknown as DocumentNode<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const VerifyEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceId"}},{"kind":"Field","name":{"kind":"Name","value":"storedHash"}},{"kind":"Field","name":{"kind":"Name","value":"recomputedHash"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<VerifyEvidenceQuery, VerifyEvidenceQueryVariables>;
export const ProcedureEvidenceContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureEvidenceContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ProcedureEvidenceContentsQuery, ProcedureEvidenceContentsQueryVariables>;
export const GenerateProcedureLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateProcedureLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateProcedureLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}}]} as unknown as DocumentNode<GenerateProcedureLetterMutation, GenerateProcedureLetterMutationVariables>;
export const SaveProcedureLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProcedureLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProcedureLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}}]} as unknown as DocumentNode<SaveProcedureLetterMutation, SaveProcedureLetterMutationVariables>;
export const FinalizeProcedureLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeProcedureLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeProcedureLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureId"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalText"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalHash"}}]}}]} as unknown as DocumentNode<FinalizeProcedureLetterMutation, FinalizeProcedureLetterMutationVariables>;
export const ProcedureLetterFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedureLetterFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedureLetterFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<ProcedureLetterFileQuery, ProcedureLetterFileQueryVariables>;
export const SurveyByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyToAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<SurveyByTokenQuery, SurveyByTokenQueryVariables>;
export const SubmitSurveyByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<SubmitSurveyByTokenMutation, SubmitSurveyByTokenMutationVariables>;
export const MySurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAnswered"}}]}}]}}]} as unknown as DocumentNode<MySurveysQuery, MySurveysQueryVariables>;
export const MySurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyToAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<MySurveyQuery, MySurveyQueryVariables>;
export const SubmitMySurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMySurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMySurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<SubmitMySurveyMutation, SubmitMySurveyMutationVariables>;
export const SurveyPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyToAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<SurveyPreviewQuery, SurveyPreviewQueryVariables>;
export const CheckSurveyPreviewAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckSurveyPreviewAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkSurveyPreviewAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<CheckSurveyPreviewAnswersMutation, CheckSurveyPreviewAnswersMutationVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterDimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResultsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"agreePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"enps"}},{"kind":"Field","name":{"kind":"Name","value":"meanRanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"meanRank"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResultsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResults"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownShown"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForRelease"}},{"kind":"Field","name":{"kind":"Name","value":"nextReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenGroups"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryStatsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"agreePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"enps"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyResultsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterDimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<SurveyResultsCsvQuery, SurveyResultsCsvQueryVariables>;
export const SurveyResultsXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterDimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterDimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filterUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filterUnit"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<SurveyResultsXlsxQuery, SurveyResultsXlsxQueryVariables>;
export const SurveyResultSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySnapshotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}}]}}]} as unknown as DocumentNode<SurveyResultSnapshotsQuery, SurveyResultSnapshotsQueryVariables>;
export const SnapshotSurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnapshotSurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySnapshotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}}]}}]} as unknown as DocumentNode<SnapshotSurveyResultsMutation, SnapshotSurveyResultsMutationVariables>;
export const SurveyTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyTemplatesQuery, SurveyTemplatesQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SurveyAudienceDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyAudienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyAudienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}}]}}]} as unknown as DocumentNode<SurveyAudienceDepartmentsQuery, SurveyAudienceDepartmentsQueryVariables>;
export const SurveyTrajectoryChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTrajectoryChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SurveyTrajectoryChoicesQuery, SurveyTrajectoryChoicesQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"copyOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"copyOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"copyOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const NewSurveyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewSurveyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newSurveyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<NewSurveyVersionMutation, NewSurveyVersionMutationVariables>;
export const PublishSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const RemindSurveyNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindSurveyNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindSurveyNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"previousRunId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"reportBy"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySectionFields"}}]}}]}}]} as unknown as DocumentNode<RemindSurveyNowMutation, RemindSurveyNowMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Board"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"totalAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"otherAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const MyPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyPostsQuery, MyPostsQueryVariables>;
export const PostToBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostToBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postToBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PostToBoardMutation, PostToBoardMutationVariables>;
export const SupportPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"support"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"support"},"value":{"kind":"Variable","name":{"kind":"Name","value":"support"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SupportPostMutation, SupportPostMutationVariables>;
export const RespondToPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RespondToPostMutation, RespondToPostMutationVariables>;
export const ModeratePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModeratePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hidden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ModeratePostMutation, ModeratePostMutationVariables>;
export const AddBoardThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBoardTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBoardTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddBoardThemeMutation, AddBoardThemeMutationVariables>;
export const AssignPostThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPostTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"themeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPostTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"themeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"themeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AssignPostThemeMutation, AssignPostThemeMutationVariables>;
export const SaveBoardSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBoardSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBoardSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"nameHidden"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Board"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"totalAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"otherAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}}]}}]}}]}}]} as unknown as DocumentNode<SaveBoardSummaryMutation, SaveBoardSummaryMutationVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const StartEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}}]}}]} as unknown as DocumentNode<StartEvaluationMutation, StartEvaluationMutationVariables>;
export const AnswerEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}}]}}]} as unknown as DocumentNode<AnswerEvaluationMutation, AnswerEvaluationMutationVariables>;
export const CloseEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}}]}}]} as unknown as DocumentNode<CloseEvaluationMutation, CloseEvaluationMutationVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]} as unknown as DocumentNode<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const RecordMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RecordMinutesMutation, RecordMinutesMutationVariables>;
export const TrajectoryActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrajectoryActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectoryActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<TrajectoryActionsQuery, TrajectoryActionsQueryVariables>;
export const MyActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<MyActionsQuery, MyActionsQueryVariables>;
export const OverdueActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<OverdueActionsQuery, OverdueActionsQueryVariables>;
export const AddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<AddActionMutation, AddActionMutationVariables>;
export const SetActionDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]} as unknown as DocumentNode<SetActionDoneMutation, SetActionDoneMutationVariables>;
export const IssueCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCalendarFeed"}}]}}]} as unknown as DocumentNode<IssueCalendarFeedMutation, IssueCalendarFeedMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shortNotice"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const TrajectoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}}]} as unknown as DocumentNode<TrajectoriesQuery, TrajectoriesQueryVariables>;
export const TrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<TrajectoryQuery, TrajectoryQueryVariables>;
export const CreateTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<CreateTrajectoryMutation, CreateTrajectoryMutationVariables>;
export const UpdateTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrajectoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<UpdateTrajectoryMutation, UpdateTrajectoryMutationVariables>;
export const MoveTrajectoryPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTrajectoryPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toPhase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTrajectoryPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPhase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toPhase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<MoveTrajectoryPhaseMutation, MoveTrajectoryPhaseMutationVariables>;
export const AddRegieTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRegieTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRegieTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<AddRegieTeamMemberMutation, AddRegieTeamMemberMutationVariables>;
export const RemoveRegieTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRegieTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRegieTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectorySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLine"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steering"}},{"kind":"Field","name":{"kind":"Name","value":"missingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegieTeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegieTeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrajectoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectorySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"regieTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegieTeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrajectoryEventFields"}}]}}]}}]} as unknown as DocumentNode<RemoveRegieTeamMemberMutation, RemoveRegieTeamMemberMutationVariables>;
export const PhaseSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhaseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phaseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<PhaseSettingsQuery, PhaseSettingsQueryVariables>;
export const UpdatePhaseSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhaseSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhaseNameInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhaseSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<UpdatePhaseSettingsMutation, UpdatePhaseSettingsMutationVariables>;
export const WorkgroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workgroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<WorkgroupsQuery, WorkgroupsQueryVariables>;
export const WorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}}]} as unknown as DocumentNode<WorkgroupQuery, WorkgroupQueryVariables>;
export const OpenCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<OpenCallsQuery, OpenCallsQueryVariables>;
export const MyWorkgroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<MyWorkgroupsQuery, MyWorkgroupsQueryVariables>;
export const OpenCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}}]} as unknown as DocumentNode<OpenCallMutation, OpenCallMutationVariables>;
export const UpdateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}}]} as unknown as DocumentNode<UpdateCallMutation, UpdateCallMutationVariables>;
export const ApplyToCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"motivation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workgroupId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ApplyToCallMutation, ApplyToCallMutationVariables>;
export const LeaveWorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWorkgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWorkgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<LeaveWorkgroupMutation, LeaveWorkgroupMutationVariables>;
export const RespondToInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const CallApplicantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallApplicants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callApplicants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolFitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolFitModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"inPool"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}}]} as unknown as DocumentNode<CallApplicantsQuery, CallApplicantsQueryVariables>;
export const CallSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolFitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolFitModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"inPool"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}}]} as unknown as DocumentNode<CallSuggestionsQuery, CallSuggestionsQueryVariables>;
export const DecideApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const InviteToWorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToWorkgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToWorkgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<InviteToWorkgroupMutation, InviteToWorkgroupMutationVariables>;
export const SetWorkgroupLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkgroupLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkgroupLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}}]} as unknown as DocumentNode<SetWorkgroupLeadMutation, SetWorkgroupLeadMutationVariables>;
export const SubmitWorkgroupReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitWorkgroupReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"report"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitWorkgroupReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workgroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workgroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"Variable","name":{"kind":"Name","value":"report"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryId"}},{"kind":"Field","name":{"kind":"Name","value":"trajectoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"skillIds"}},{"kind":"Field","name":{"kind":"Name","value":"skillNames"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"callStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"}},{"kind":"Field","name":{"kind":"Name","value":"reportSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}}]} as unknown as DocumentNode<SubmitWorkgroupReportMutation, SubmitWorkgroupReportMutationVariables>;
export const AddDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrajectoryDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const DocumentContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<DocumentContentQuery, DocumentContentQueryVariables>;
export const RemoveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveDocumentMutation, RemoveDocumentMutationVariables>;