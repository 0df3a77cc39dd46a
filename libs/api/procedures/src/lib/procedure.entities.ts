import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import { ProcedureState, ProcedureType } from '@inspraak/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum CouncilResponseKind {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
  CONDITIONAL = 'CONDITIONAL',
}

export enum EvidenceKind {
  SURVEY_RESULTS = 'SURVEY_RESULTS',
  BOARD_SUMMARY = 'BOARD_SUMMARY',
  WORKGROUP_REPORT = 'WORKGROUP_REPORT',
  MEETING_MINUTES = 'MEETING_MINUTES',
}

registerEnumType(ProcedureType, { name: 'ProcedureType' });
registerEnumType(ProcedureState, { name: 'ProcedureState' });
registerEnumType(CouncilResponseKind, { name: 'CouncilResponseKind' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

const pad = (n: number) => String(n).padStart(2, '0');
/** The driver reads a `date[]` as local-midnight Dates; calendar dates stay `YYYY-MM-DD` strings everywhere else. */
const CALENDAR_DATES = {
  to: (value: string[]) => value,
  from: (value: (Date | string)[] | null) =>
    (value ?? []).map((d) =>
      typeof d === 'string'
        ? d
        : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    ),
};

/** A works council procedure: an advice or consent request, an initiative proposal, advice on a director, or a covenant advice right. */
@ObjectType()
@Entity()
@Index(['organisationId', 'state'])
export class Procedure extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ProcedureType)
  @Column({ type: 'enum', enum: ProcedureType, enumName: 'procedure_type' })
  type!: ProcedureType;

  /** The sub-item (art. 25 lid 1 sub e → "e"), or the covenant's own description. */
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 200, nullable: true })
  item!: string | null;

  @Field() @Column('varchar', { length: 200 }) title!: string;

  /** The request as received: its date and (optionally) the document. */
  @Field() @Column('date') requestReceivedOn!: string;
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 200, nullable: true })
  requestFileName!: string | null;
  @Column('varchar', { length: 100, nullable: true }) requestMediaType!:
    | string
    | null;
  @Column('bytea', { nullable: true, select: false })
  requestContent!: Buffer | null;

  /** The term agreed with the director for the advice or decision, in days from receipt (the law sets none for advice). */
  @Field(() => Int, { nullable: true })
  @Column('smallint', { nullable: true })
  agreedTermDays!: number | null;

  /** Art. 23: the date an overlegvergadering was asked for, which must follow within two weeks. */
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  meetingRequestedOn!: string | null;

  /** The overlegvergadering planned on the matter; its invitation must go out 7 days ahead (art. 14). */
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  plannedMeetingOn!: string | null;

  /** Art. 25 lid 3: the request states reasons, expected consequences for staff, and planned measures. */
  @Field() @Column('boolean', { default: false }) reasonsStated!: boolean;
  @Field() @Column('boolean', { default: false }) consequencesStated!: boolean;
  @Field() @Column('boolean', { default: false }) measuresStated!: boolean;
  @Field() @Column('text', { default: '' }) completenessNotes!: string;

  /** The council's conditions for its advice or consent, as the letter's "Voorwaarden" state them. */
  @Field() @Column('text', { default: '' }) conditions!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  trajectoryId!: string | null;

  /** Art. 20: a confidential procedure's contents are only for the works council. */
  @Field() @Column('boolean', { default: false }) confidential!: boolean;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 200, nullable: true })
  committee!: string | null;

  @Field(() => ProcedureState)
  @Column({
    type: 'enum',
    enum: ProcedureState,
    enumName: 'procedure_state',
    default: ProcedureState.RECEIVED,
  })
  state!: ProcedureState;

  @Field(() => [String])
  @Column('date', {
    array: true,
    default: () => "'{}'",
    transformer: CALENDAR_DATES,
  })
  meetingDates!: string[];

  @Field(() => CouncilResponseKind, { nullable: true })
  @Column({
    type: 'enum',
    enum: CouncilResponseKind,
    enumName: 'council_response',
    nullable: true,
  })
  response!: CouncilResponseKind | null;
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  responseSentOn!: string | null;
  /** What the council advised or decided, in short (shown to employees when not confidential). */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  responseSummary!: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column('boolean', { nullable: true })
  deviates!: boolean | null;
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  noticeOn!: string | null;
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  reasonsReceivedOn!: string | null;
  @Field() @Column('boolean', { default: false }) suspensionWaived!: boolean;
  @Field({
    description:
      'The employees were consulted (recorded as a step, before or after the first overlegvergadering).',
  })
  @Column('boolean', { default: false })
  employeesConsulted!: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** What happened to a procedure, in order. */
@ObjectType()
@Entity()
@Index(['procedureId', 'at'])
export class ProcedureStep extends TenantOwned {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') procedureId!: string;
  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
  @Field() @Column('varchar', { length: 40 }) event!: string;
  @Field(() => ProcedureState)
  @Column({ type: 'enum', enum: ProcedureState, enumName: 'procedure_state' })
  state!: ProcedureState;
  @Field() @Column('varchar', { length: 200 }) actorName!: string;
  @Field() @Column('text', { default: '' }) note!: string;
}

/** A frozen piece of evidence from participation: immutable, with the SHA-256 of its content. */
@ObjectType()
@Entity()
@Index(['procedureId'])
export class ProcedureEvidence extends TenantOwned {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') procedureId!: string;
  @Field(() => EvidenceKind)
  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'evidence_kind' })
  kind!: EvidenceKind;
  @Field(() => ID) @Column('uuid') sourceId!: string;
  /** Dutch, as the council's letter quotes it; titleEn and summaryEn for the English interface. */
  @Field() @Column('varchar', { length: 300 }) title!: string;
  @Field() @Column('varchar', { length: 300 }) titleEn!: string;
  /** A short human summary for lists and the letter. */
  @Field() @Column('text') summary!: string;
  @Field() @Column('text') summaryEn!: string;
  /** The frozen content (JSON), exactly as hashed. */
  @Field() @Column('text') content!: string;
  @Field() @Column('char', { length: 64 }) contentHash!: string;
  @Field() @Column('varchar', { length: 200 }) attachedByName!: string;
  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt!: Date;
}

/** The council's letter: a draft that is edited, then archived as final with its date and hash. */
@ObjectType()
@Entity()
export class ProcedureLetter extends TenantOwned {
  @Field(() => ID) @PrimaryColumn('uuid') procedureId!: string;
  @Field() @Column('text') draft!: string;
  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  finalText!: string | null;
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  finalizedOn!: string | null;
  @Field(() => String, { nullable: true })
  @Column('char', { length: 64, nullable: true })
  finalHash!: string | null;
}

/** Per organisation: the letterhead and whether deadlines move to the next working day. */
@ObjectType()
@Entity()
export class WorSettings {
  @PrimaryColumn('uuid') organisationId!: string;
  /** Whether a deadline ending on a weekend or public holiday moves to the next working day (Algemene termijnenwet: not verified for the WOR). */
  @Field()
  @Column('boolean', { default: false })
  moveDeadlinesToWorkingDay!: boolean;
  @Field()
  @Column('varchar', { length: 200, default: 'Ondernemingsraad' })
  councilName!: string;
  @Field() @Column('text', { default: '' }) letterheadAddress!: string;
  @Field() @Column('varchar', { length: 200, default: '' }) signatory!: string;
}

/** A deadline reminder that went to all its recipients, so it is sent once. */
@Entity()
@Unique(['procedureId', 'kind', 'deadline', 'daysBefore'])
export class DeadlineReminderSent extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') procedureId!: string;
  @Column('varchar', { length: 40 }) kind!: string;
  @Column('date') deadline!: string;
  @Column('smallint') daysBefore!: number;
  @CreateDateColumn({ type: 'timestamptz' }) sentAt!: Date;
}

/**
 * One recipient's copy of a deadline reminder, recorded in the transaction
 * that mails it: a run that fails at one recipient is retried for the rest
 * only, and two workers never mail one person twice.
 */
@Entity()
@Unique(['procedureId', 'kind', 'deadline', 'daysBefore', 'userId'])
export class DeadlineReminderRecipient extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') procedureId!: string;
  @Column('varchar', { length: 40 }) kind!: string;
  @Column('date') deadline!: string;
  @Column('smallint') daysBefore!: number;
  @Column('uuid') userId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) sentAt!: Date;
}

export const PROCEDURE_ENTITIES = [
  Procedure,
  ProcedureStep,
  ProcedureEvidence,
  ProcedureLetter,
  WorSettings,
  DeadlineReminderSent,
  DeadlineReminderRecipient,
];
