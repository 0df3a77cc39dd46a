import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { BoundedList, TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum PostKind {
  PRO = 'PRO',
  CON = 'CON',
  IDEA = 'IDEA',
  QUESTION = 'QUESTION',
}
registerEnumType(PostKind, { name: 'PostKind' });

/** A post on a trajectory's pros-and-cons board (voor- en nadelen) in one phase. */
@ObjectType()
@Entity()
@Index(['organisationId', 'trajectoryId', 'phase'])
@Index(['organisationId', 'authorUserId'])
export class BoardPost extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field(() => Int)
  @Column('smallint')
  phase!: number;

  @Field(() => PostKind)
  @Column({ type: 'enum', enum: PostKind, enumName: 'post_kind' })
  kind!: PostKind;

  @Field() @Column('varchar', { length: 2000 }) text!: string;

  @Column('uuid')
  authorUserId!: string;

  /** The author's department when posting, for counts per department (shown only above the threshold). */
  @Column('uuid', { nullable: true })
  authorDepartmentId!: string | null;

  /** Name hidden from everyone but the moderators. */
  @Field() @Column('boolean', { default: false }) nameHidden!: boolean;

  /** Hidden by a moderator; the author still sees the post and the reason. */
  @Field() @Column('boolean', { default: false }) hidden!: boolean;
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  hiddenReason!: string | null;

  /** The regie team's answer ("you said, we did"). */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  response!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  themeId!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The author's name, or null when hidden from the caller. */
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field() trajectoryTitle!: string;
  @Field() mine!: boolean;
  @Field(() => Int) supportCount!: number;
  @Field() supportedByMe!: boolean;
}

@Entity()
@Unique(['postId', 'userId'])
export class BoardSupport extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  postId!: string;

  @Column('uuid')
  userId!: string;
}

/** A theme the regie team groups posts under. */
@ObjectType()
@Entity()
@Unique(['trajectoryId', 'phase', 'name'])
export class BoardTheme extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  trajectoryId!: string;

  @Column('smallint')
  phase!: number;

  @Field() @Column('varchar', { length: 120 }) name!: string;
}

/** The regie team's summary of a board in one phase: evidence for procedures later. */
@Entity()
@Unique(['trajectoryId', 'phase'])
export class BoardSummary extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  trajectoryId!: string;

  @Column('smallint')
  phase!: number;

  @Column('text')
  text!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType()
export class KindCount {
  @Field(() => PostKind) kind!: PostKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class DepartmentCount {
  @Field() departmentName!: string;
  @Field(() => Int) authors!: number;
}

/** Who posted, per department, with the anonymity threshold applied. */
@ObjectType()
export class BoardParticipation {
  @Field(() => Int) threshold!: number;
  /** Distinct authors, or null when fewer than the threshold. */
  @Field(() => Int, { nullable: true }) totalAuthors!: number | null;
  @BoundedList(6)
  @Field(() => [DepartmentCount])
  departments!: DepartmentCount[];
  /** Authors in departments not shown (together at least the threshold, or zero). */
  @Field(() => Int) otherAuthors!: number;
}

@ObjectType()
export class Board {
  @Field(() => ID) trajectoryId!: string;
  @Field(() => Int) phase!: number;
  /** Posting is open in the trajectory's current phase while it is active. */
  @Field() open!: boolean;
  @Field() canModerate!: boolean;
  @Field(() => [BoardPost]) posts!: BoardPost[];
  @BoundedList(6) @Field(() => [BoardTheme]) themes!: BoardTheme[];
  @Field(() => String, { nullable: true }) summary!: string | null;
  @BoundedList(4) @Field(() => [KindCount]) counts!: KindCount[];
  @Field(() => BoardParticipation) participation!: BoardParticipation;
}
