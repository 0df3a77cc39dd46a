import {
  Field,
  Float,
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

export enum CallStatus {
  /** Employees can apply until the closing date. */
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum MembershipStatus {
  APPLIED = 'APPLIED',
  /** Asked by the regie team (e.g. suggested by the matcher); the employee answers. */
  INVITED = 'INVITED',
  MEMBER = 'MEMBER',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  /** Was a member; ended by leaving the workgroup or the participant pool. */
  ENDED = 'ENDED',
}

registerEnumType(CallStatus, { name: 'CallStatus' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** A workgroup of a trajectory, recruited through an open call. */
@ObjectType()
@Entity()
@Index(['organisationId', 'trajectoryId'])
export class Workgroup extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field() @Column('varchar', { length: 200 }) name!: string;
  @Field() @Column('text') goal!: string;

  /** Skills from the pool's catalogue the workgroup looks for. */
  @Field(() => [ID])
  @Column('uuid', { array: true, default: () => "'{}'" })
  skillIds!: string[];

  @Field(() => Int) @Column('smallint') size!: number;
  @Field(() => Int) @Column('smallint') hoursPerMonth!: number;
  @Field() @Column('date') closesOn!: string;

  @Field(() => CallStatus)
  @Column({
    type: 'enum',
    enum: CallStatus,
    enumName: 'call_status',
    default: CallStatus.OPEN,
  })
  callStatus!: CallStatus;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  leadUserId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  finalReport!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  reportSubmittedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field() trajectoryTitle!: string;
  @Field(() => Int) memberCount!: number;
  @Field(() => [String]) skillNames!: string[];
  /** The caller's own application, invitation or membership, if any. */
  @Field(() => MembershipStatus, { nullable: true })
  myStatus!: MembershipStatus | null;
}

/** An employee's relation to a workgroup: application, invitation, membership and how it ended. */
@ObjectType()
@Entity()
@Unique(['workgroupId', 'userId'])
export class WorkgroupMembership extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  workgroupId!: string;

  @Field(() => ID)
  @Column('uuid')
  userId!: string;

  @Field(() => MembershipStatus)
  @Column({
    type: 'enum',
    enum: MembershipStatus,
    enumName: 'membership_status',
  })
  status!: MembershipStatus;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 1000, nullable: true })
  motivation!: string | null;

  /** What the regie team told the employee with its decision. */
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 1000, nullable: true })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Field() displayName!: string;
}

/** How well an applicant or suggested person fits the call, from the participant pool's matcher. */
@ObjectType()
export class PoolFitModel {
  @Field() inPool!: boolean;
  @Field() eligible!: boolean;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field() explanationNl!: string;
  @Field() explanationEn!: string;
}

@ObjectType()
export class Applicant {
  @Field(() => WorkgroupMembership) membership!: WorkgroupMembership;
  @Field(() => PoolFitModel) fit!: PoolFitModel;
}

@ObjectType()
export class Suggestion {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => PoolFitModel) fit!: PoolFitModel;
}

/** A file kept with a workgroup or a meeting's agenda item. */
@ObjectType()
@Entity()
@Index(['organisationId', 'workgroupId'])
@Index(['organisationId', 'agendaItemId'])
export class TrajectoryDocument extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  trajectoryId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  workgroupId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  agendaItemId!: string | null;

  @Field() @Column('varchar', { length: 200 }) fileName!: string;
  @Field() @Column('varchar', { length: 100 }) mediaType!: string;
  @Field(() => Int) @Column('integer') sizeBytes!: number;

  @Column('bytea')
  content!: Buffer;

  @Column('uuid')
  uploadedByUserId!: string;

  @Field() @Column('varchar', { length: 200 }) uploadedByName!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
