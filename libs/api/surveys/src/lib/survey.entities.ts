import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import type { SurveyDefinition } from '@inspraak/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

/** How answers relate to people; said to the respondent in one sentence. */
export enum SurveyMode {
  /** No link between a person and an answer, ever. */
  ANONYMOUS = 'ANONYMOUS',
  /** The system knows who answered; reports show only aggregates. */
  CONFIDENTIAL = 'CONFIDENTIAL',
  /** Answers carry the respondent's name. */
  IDENTIFIED = 'IDENTIFIED',
}

export enum AudienceKind {
  EVERYONE = 'EVERYONE',
  DEPARTMENTS = 'DEPARTMENTS',
  /** The participants of a trajectory: its regie team and workgroup members. */
  TRAJECTORY = 'TRAJECTORY',
  LIST = 'LIST',
}

/** The one dimension a survey's results are broken down by (see the domain's `publishSurvey`). */
export enum ReportingDimension {
  DEPARTMENT = 'DEPARTMENT',
  LOCATION = 'LOCATION',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
}

registerEnumType(ReportingDimension, { name: 'ReportingDimension' });
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });
registerEnumType(SurveyMode, { name: 'SurveyMode' });
registerEnumType(AudienceKind, { name: 'AudienceKind' });

@ObjectType()
export class SurveyAudience {
  @Field(() => AudienceKind) kind!: AudienceKind;
  @Field(() => [ID]) departmentIds!: string[];
  @Field() includeSubDepartments!: boolean;
  @Field(() => ID, { nullable: true }) trajectoryId!: string | null;
  @Field(() => [String]) emails!: string[];
}

/**
 * A survey. A published survey's questions change only in ways that keep
 * answers comparable; a new version is a new survey in the same series (a
 * new run), compared with the run before it.
 */
@ObjectType()
@Entity()
@Index(['organisationId', 'createdAt'])
export class Survey extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field() @Column('varchar', { length: 200 }) title!: string;
  @Field() @Column('text', { default: '' }) introduction!: string;

  /** The questions, as the domain's `SurveyDefinition` (sections with questions, texts in Dutch and English). */
  @Column('jsonb')
  definition!: SurveyDefinition;

  @Field(() => SurveyStatus)
  @Column({
    type: 'enum',
    enum: SurveyStatus,
    enumName: 'survey_status',
    default: SurveyStatus.DRAFT,
  })
  status!: SurveyStatus;

  @Field(() => SurveyMode)
  @Column({
    type: 'enum',
    enum: SurveyMode,
    enumName: 'survey_mode',
    default: SurveyMode.ANONYMOUS,
  })
  mode!: SurveyMode;

  /** Reporting threshold: never below 5. */
  @Field(() => Int)
  @Column('smallint', { default: 5 })
  threshold!: number;

  @Field(() => SurveyAudience)
  @Column('jsonb')
  audience!: SurveyAudience;

  /** What results are broken down by, once closed; fixed at publication with the reporting units. */
  @Field(() => ReportingDimension)
  @Column({
    type: 'enum',
    enum: ReportingDimension,
    enumName: 'reporting_dimension',
    default: ReportingDimension.DEPARTMENT,
  })
  reportBy!: ReportingDimension;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  trajectoryId!: string | null;

  /** Runs of the same survey share a series; `run` counts them. */
  @Field(() => ID)
  @Column('uuid')
  seriesId!: string;

  @Field(() => Int)
  @Column('smallint', { default: 1 })
  run!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  closesAt!: Date | null;

  /** When not-yet-respondents are reminded (once). */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  remindAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  remindedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('uuid')
  createdByUserId!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  /** Claimed by a worker; never sent twice, also when a job is retried. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * An invitation of one employee to one survey, with the hash of their
 * one-time link. Whether it was used is kept in `SurveyTokenUse`, never with
 * the answer.
 */
@Entity()
@Unique(['surveyId', 'email'])
@Index(['surveyId', 'status'])
@Index(['surveyId', 'reminderStatus'])
export class SurveyInvitation extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  surveyId!: string;

  @Column('varchar', { length: 320 })
  email!: string;

  @Column('varchar', { length: 200 })
  displayName!: string;

  /** The groups results are broken down by, as the directory had them at publication. */
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  location!: string | null;

  @Column('varchar', { length: 30, nullable: true })
  contractType!: string | null;

  /** The reporting unit (`SurveyReportingUnit.key`) the answer is counted in; null for invitations from before units were stored. */
  @Column('varchar', { length: 100, nullable: true })
  unitKey!: string | null;

  @Index({ unique: true, where: 'token_hash IS NOT NULL' })
  @Column('char', { length: 64, nullable: true })
  tokenHash!: string | null;

  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    default: InvitationStatus.PENDING,
  })
  status!: InvitationStatus;

  @Column('smallint', { default: 0 })
  attempts!: number;

  @Column('varchar', { length: 500, nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  remindedAt!: Date | null;

  /**
   * The reminder, sent like the invitation (claimed, retried, at most once):
   * PENDING from when the survey's reminder is due, if the link was not used
   * by then; `null` when there is none (or the person answered before it went).
   */
  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    nullable: true,
  })
  reminderStatus!: InvitationStatus | null;

  @Column('smallint', { default: 0 })
  reminderAttempts!: number;

  /** When a worker last claimed the invitation or its reminder: a claim left this long by a crash is taken back. */
  @Column('timestamptz', { nullable: true })
  claimedAt!: Date | null;
}

/** That an invitation's link was used, on which day: kept apart from the answer, with nothing finer than the day. */
@Entity()
@Unique(['invitationId'])
export class SurveyTokenUse extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  surveyId!: string;

  @Column('uuid')
  invitationId!: string;

  @Column('date')
  usedOn!: string;
}

/**
 * One reporting unit of a survey: a set of groups of its reporting dimension
 * (a department with the small sub-departments rolled into it, a location,
 * a contract type, or "others") holding at least the threshold of the
 * audience. Formed once, at publication, from the invitations: never from
 * who answered.
 */
@Entity()
@Unique(['surveyId', 'key'])
export class SurveyReportingUnit extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  surveyId!: string;

  /** The group the unit is named after (a department id, a location, a contract type, '' for none), or `__others__`. */
  @Column('varchar', { length: 100 })
  key!: string;

  /** The groups it covers. */
  @Column('varchar', { length: 100, array: true })
  groupKeys!: string[];

  @Column('int')
  invited!: number;

  /** Order on the results page (largest first). */
  @Column('smallint')
  position!: number;
}

/**
 * One response, as the results read it: moved here from the inbox in a
 * group of at least the threshold, in random order, by a transaction of its
 * own (see `SurveyInbox`). In an anonymous survey it holds no person, no
 * invitation and no time but the day of its release (the closing day, once
 * closed); of the person only the reporting unit (sealed until the survey
 * closes), which holds at least the threshold of the audience.
 */
@Entity()
@Index(['surveyId', 'unitKey'])
export class SurveyResponse extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  surveyId!: string;

  /** The day the response's group was released into the results; once the survey closes, the closing day for all. */
  @Column('date')
  releasedOn!: string;

  /**
   * The reporting unit, written when the survey closes (for all its
   * responses at once); null while it runs, when the unit is kept sealed
   * beside it: a release group mixes units, and a unit with one response
   * in a group would name its one person among the group's link uses.
   */
  @Column('varchar', { length: 100, nullable: true })
  unitKey!: string | null;

  /** While the survey runs: the reporting unit, sealed (`AnswerSeal.sealUnit`). */
  @Column('bytea', { nullable: true })
  sealedUnit!: Buffer | null;

  /** Only in confidential and identified surveys. */
  @Column('uuid', { nullable: true })
  respondentInvitationId!: string | null;
}

/**
 * A submitted response waiting to be added to the results. The submit writes
 * it in the same transaction as the link's use (so an answer is stored
 * exactly once), which gives the two rows the same transaction id; so
 * everything in it is sealed (`AnswerSeal`: AES-256-GCM under
 * ANSWER_SEAL_KEY, which the database never holds, padded to a fixed size)
 * — the answers, the reporting unit and which link's use it came with. The
 * inbox opens it only when it moves a group into the results.
 */
@Entity()
@Index(['surveyId'])
export class SurveyResponseInbox extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  surveyId!: string;

  @Column('bytea')
  sealed!: Buffer;

  /** Only in confidential and identified surveys (they link answers to people by design). */
  @Column('uuid', { nullable: true })
  respondentInvitationId!: string | null;
}

/** One answer to one question. */
@Entity()
@Index(['surveyId', 'questionKey'])
export class SurveyAnswer extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  surveyId!: string;

  @Index()
  @Column('uuid')
  responseId!: string;

  @Column('varchar', { length: 60 })
  questionKey!: string;

  @Column('smallint', { nullable: true })
  numberValue!: number | null;

  /** Chosen options; for a ranking, all of them in order. */
  @Column('varchar', { length: 60, array: true, nullable: true })
  optionKeys!: string[] | null;

  @Column('text', { nullable: true })
  textValue!: string | null;
}

/** A frozen copy of a survey's results (as shown, suppressed) attached to a trajectory, with its content hash. */
@ObjectType()
@Entity()
export class SurveyResultSnapshot extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  surveyId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  trajectoryId!: string | null;

  @Field() @Column('varchar', { length: 200 }) title!: string;

  /** The results as JSON, exactly as hashed. */
  @Field() @Column('text') content!: string;

  @Field() @Column('char', { length: 64 }) contentHash!: string;

  @Field() @Column('varchar', { length: 200 }) createdByName!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const SURVEY_ENTITIES = [
  Survey,
  SurveyInvitation,
  SurveyTokenUse,
  SurveyReportingUnit,
  SurveyResponse,
  SurveyResponseInbox,
  SurveyAnswer,
  SurveyResultSnapshot,
];
