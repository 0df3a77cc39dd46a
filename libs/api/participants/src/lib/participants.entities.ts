import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import type { Purpose, WayOfTakingPart as DomainWay } from '@inspraak/domain';
import { AgreementStanding } from './agreements.entities';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum ParticipationStatus {
  ACTIVE = 'ACTIVE',
  /** Temporarily unavailable until `pausedUntil`. */
  PAUSED = 'PAUSED',
  /** Left the pool; the profile is deleted on `deletionScheduledOn`. */
  LEFT = 'LEFT',
}

/** Ways of taking part a participant can prefer (werkgroep, klankbordgroep, enquêtepanel, ambassadeur). */
export enum WayOfTakingPart {
  WORKGROUP = 'WORKGROUP',
  SOUNDING_BOARD = 'SOUNDING_BOARD',
  SURVEY_PANEL = 'SURVEY_PANEL',
  AMBASSADOR = 'AMBASSADOR',
}

/**
 * Optional uses a participant consents to one by one: being asked or drawn
 * for each way of taking part (the domain's `Purpose`). Withdrawing one takes
 * effect wherever eligibility is checked.
 */
export enum ConsentPurpose {
  WORKGROUP = 'WORKGROUP',
  SOUNDING_BOARD = 'SOUNDING_BOARD',
  SURVEY_PANEL = 'SURVEY_PANEL',
  AMBASSADOR = 'AMBASSADOR',
}

// GraphQL needs real enums; these lines fail to compile when they drift from the domain's lists.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const wayMatchesDomain: SameSet<`${WayOfTakingPart}`, DomainWay> = true;
const purposeMatchesDomain: SameSet<`${ConsentPurpose}`, Purpose> = true;
void wayMatchesDomain;
void purposeMatchesDomain;

/** Who may see a profile field. The advisor always sees everything the participant filled in. */
export enum FieldVisibility {
  ADVISOR_ONLY = 'ADVISOR_ONLY',
  COLLEAGUES = 'COLLEAGUES',
}

registerEnumType(ParticipationStatus, { name: 'ParticipationStatus' });
registerEnumType(WayOfTakingPart, { name: 'WayOfTakingPart' });
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });
registerEnumType(FieldVisibility, { name: 'FieldVisibility' });

/** A skill in the organisation's catalogue, curated by the advisor. A merged skill points at the one it was merged into. */
@ObjectType()
@Entity()
@Index(['organisationId', 'name'])
export class Skill extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('varchar', { length: 100 })
  name!: string;

  @Column('uuid', { nullable: true })
  mergedIntoId!: string | null;

  /** Filled by the catalogue query, not stored. */
  @Field(() => Int)
  participantCount = 0;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Which profile fields colleagues may see; fields not listed are for the advisor only. */
@ObjectType()
export class ProfileVisibility {
  @Field(() => FieldVisibility) skills!: FieldVisibility;
  @Field(() => FieldVisibility) themes!: FieldVisibility;
  @Field(() => FieldVisibility) availability!: FieldVisibility;
  @Field(() => FieldVisibility) about!: FieldVisibility;
}

export const DEFAULT_VISIBILITY: ProfileVisibility = {
  skills: FieldVisibility.COLLEAGUES,
  themes: FieldVisibility.COLLEAGUES,
  availability: FieldVisibility.ADVISOR_ONLY,
  about: FieldVisibility.ADVISOR_ONLY,
};

/**
 * A member of the participant pool (participantenorganisatie): one per
 * account and organisation. Department and location are not stored here:
 * they come from the directory through `employeeId`, so they stay current.
 */
@ObjectType()
@Entity()
@Unique(['organisationId', 'userId'])
@Index(['organisationId', 'status'])
// GIN index for "has all these skills" (`skill_ids @> …`); TypeORM cannot describe it, so the migration creates it.
@Index('IDX_participant_skill_ids', { synchronize: false })
export class Participant extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  /** The directory entry of this person (matched on e-mail when joining), for department and location. */
  @Index()
  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  @Field(() => ParticipationStatus)
  @Column({
    type: 'enum',
    enum: ParticipationStatus,
    enumName: 'participation_status',
    default: ParticipationStatus.ACTIVE,
  })
  status!: ParticipationStatus;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  pausedUntil!: string | null;

  /** Catalogue skills (merged duplicates are replaced by the skill they were merged into). */
  @Field(() => [ID])
  @Column('uuid', { array: true, default: () => "'{}'" })
  skillIds!: string[];

  /** Free tags next to the catalogue, as the participant wrote them. */
  @Field(() => [String])
  @Column('varchar', { length: 60, array: true, default: () => "'{}'" })
  tags!: string[];

  @Field(() => [String])
  @Column('varchar', { length: 80, array: true, default: () => "'{}'" })
  themes!: string[];

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  hoursPerMonth!: number;

  @Field(() => [WayOfTakingPart])
  @Column({
    type: 'enum',
    enum: WayOfTakingPart,
    enumName: 'way_of_taking_part',
    array: true,
    default: () => "'{}'",
  })
  waysOfTakingPart!: WayOfTakingPart[];

  /** ISO 639-1 codes, e.g. nl, en, tr. */
  @Field(() => [String])
  @Column('varchar', { length: 8, array: true, default: () => "'{}'" })
  languages!: string[];

  /** Free text; the form warns not to write health, union membership or other special-category data here. */
  @Field(() => String)
  @Column('varchar', { length: 1000, default: '' })
  about!: string;

  /**
   * Purposes the participant currently consents to: the latest record per
   * purpose in the consent trail. Derived, never written by `save`: only
   * `refreshStanding` sets it, in the transaction that adds to the trail.
   */
  @Field(() => [ConsentPurpose])
  @Column({
    type: 'enum',
    enum: ConsentPurpose,
    enumName: 'consent_purpose',
    array: true,
    default: () => "'{}'",
    insert: false,
    update: false,
  })
  consents!: ConsentPurpose[];

  /** Version number of the latest accepted agreement (highest version); derived like `consents`. */
  @Column({ type: 'int', nullable: true, insert: false, update: false })
  acceptedAgreementVersion!: number | null;

  /** Last day (inclusive) that acceptance holds; derived like `consents`. */
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  agreementValidUntil!: string | null;

  /*
   * Masks for matching at pool scale (`pool-match.ts`): reading a bit from an
   * integer costs a fraction of searching an array, and the match does that
   * for every participant. PostgreSQL computes them from the arrays on every
   * write (generated columns), so they cannot drift. The purpose and way masks
   * are exact (one bit per value, a test checks every value has its own); the
   * skill and theme masks hash each value onto one of 63 bits, so a clear bit
   * proves "none of these", and a set bit is followed by the exact array test.
   */
  @Column({
    type: 'int',
    generatedType: 'STORED',
    asExpression: 'participant_consent_mask(consents)',
    insert: false,
    update: false,
    select: false,
  })
  consentMask!: number;

  @Column({
    type: 'int',
    generatedType: 'STORED',
    asExpression: 'participant_way_mask(ways_of_taking_part)',
    insert: false,
    update: false,
    select: false,
  })
  wayMask!: number;

  @Column({
    type: 'bigint',
    generatedType: 'STORED',
    asExpression: 'participant_uuid_mask(skill_ids)',
    insert: false,
    update: false,
    select: false,
  })
  skillMask!: string;

  @Column({
    type: 'bigint',
    generatedType: 'STORED',
    asExpression: 'participant_text_mask(themes)',
    insert: false,
    update: false,
    select: false,
  })
  themeMask!: string;

  /** Where the participant stands with the agreement; filled by the service. */
  @Field(() => AgreementStanding, { nullable: true })
  agreement: AgreementStanding | null = null;

  @Field(() => ProfileVisibility)
  @Column('jsonb')
  visibility!: ProfileVisibility;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  leftAt!: Date | null;

  /** When a participant leaves, the profile is deleted on this date (the organisation's retention period later). */
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  deletionScheduledOn!: string | null;

  /** Set when the advisor has welcomed the participant; until then a new participant is flagged for onboarding. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  onboardedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Every grant and withdrawal of consent, kept as a trail; the latest record per purpose counts. */
@Entity()
@Index(['organisationId', 'participantId', 'purpose', 'recordedAt'])
export class ConsentRecord extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  @Column({ type: 'enum', enum: ConsentPurpose, enumName: 'consent_purpose' })
  purpose!: ConsentPurpose;

  @Column('boolean')
  granted!: boolean;

  /** Version of the consent text the person saw, so the record says what was agreed to. */
  @Column('varchar', { length: 40 })
  textVersion!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** Per-organisation settings of the pool. */
@Entity()
@Unique(['organisationId'])
export class ParticipantPoolSettings extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Days between leaving the pool and deleting the profile. */
  @Column('smallint', { default: 30 })
  profileRetentionDays!: number;
}
