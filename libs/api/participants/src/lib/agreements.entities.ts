import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

export enum AgreementVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(AgreementVersionStatus, { name: 'AgreementVersionStatus' });

/**
 * One version of the organisation's participant agreement (deelnemersovereenkomst),
 * written in Markdown by the advisor. A published version never changes: its
 * content hash is what acceptances point at.
 */
@ObjectType()
@Entity()
@Index(['organisationId', 'status'])
// One draft per organisation and one row per version number: partial unique indexes, created in the migration.
@Index('UQ_agreement_one_draft', { synchronize: false })
@Index('UQ_agreement_version_number', { synchronize: false })
export class AgreementVersion extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 1, 2, 3 … per organisation; null while a draft. */
  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  version!: number | null;

  @Field(() => AgreementVersionStatus)
  @Column({
    type: 'enum',
    enum: AgreementVersionStatus,
    enumName: 'agreement_version_status',
    default: AgreementVersionStatus.DRAFT,
  })
  status!: AgreementVersionStatus;

  @Field()
  @Column('varchar', { length: 200 })
  title!: string;

  @Field()
  @Column('text')
  markdown!: string;

  /** SHA-256 of the Markdown, hex; fixed at publication. */
  @Field(() => String, { nullable: true })
  @Column('char', { length: 64, nullable: true })
  contentHash!: string | null;

  /** How long an acceptance of this version holds, in months (the agreement's end date). */
  @Field(() => Int)
  @Column('smallint')
  termMonths!: number;

  /** Acceptances of earlier versions stay valid until this date (inclusive); null: until their own end date. */
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  previousVersionsValidUntil!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  /** Filled by the advisor's overview: how many active participants accepted this version. */
  @Field(() => Int)
  acceptedCount = 0;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A participant's acceptance of one published version: who, which text (hash), when, and until when it holds. */
@ObjectType()
@Entity()
@Unique(['participantId', 'versionId'])
@Index(['organisationId', 'versionId'])
export class AgreementAcceptance extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  participantId!: string;

  @Field(() => ID)
  @Column('uuid')
  versionId!: string;

  @Field(() => Int)
  @Column('int')
  version!: number;

  @Field()
  @Column('char', { length: 64 })
  contentHash!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  acceptedAt!: Date;

  /** Last day (inclusive) this acceptance holds: acceptance day + the version's term. */
  @Field()
  @Column('date')
  validUntil!: string;
}

/** Where a participant stands with the agreement, as shown to them and used for eligibility. */
@ObjectType()
export class AgreementStanding {
  /** The version last accepted, for downloading its text. */
  @Field(() => ID, { nullable: true }) acceptedVersionId!: string | null;
  @Field(() => Int, { nullable: true }) acceptedVersion!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
  /** Last day the accepted agreement holds. */
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field(() => Int, { nullable: true }) currentVersion!: number | null;
  /** A newer version waits for acceptance (the old one may still hold until `previousVersionValidUntil`). */
  @Field() needsAcceptance!: boolean;
  @Field(() => String, { nullable: true }) previousVersionValidUntil!:
    | string
    | null;
  /** The accepted agreement still holds today. */
  @Field() valid!: boolean;
}

/** An accepted (or not yet accepted) agreement, for the advisor's overview of a version. */
@ObjectType()
export class AgreementAcceptanceRow {
  @Field(() => ID) participantId!: string;
  @Field() displayName!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
}

export const AGREEMENT_ENTITIES = [AgreementVersion, AgreementAcceptance];
