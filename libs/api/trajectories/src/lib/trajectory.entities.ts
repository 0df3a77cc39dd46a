import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import { type PhaseName, RegieTeamRole } from '@inspraak/domain';
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

export enum TrajectoryStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(TrajectoryStatus, { name: 'TrajectoryStatus' });
registerEnumType(RegieTeamRole, { name: 'RegieTeamRole' });

@ObjectType()
export class Phase {
  @Field() nl!: string;
  @Field() en!: string;
  @Field({
    description:
      'The phase in which the director decides; a trajectory in it should have a WOR procedure.',
  })
  decision!: boolean;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
}

/** An organisation's own list of phases for new trajectories (default: the five of the brief). */
@Entity()
export class PhaseSettings {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @Column('jsonb')
  phases!: PhaseName[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A verandertraject: an organisational change with its phases, steered by its regie team. */
@ObjectType()
@Entity()
@Index(['organisationId', 'createdAt'])
export class Trajectory extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field() @Column('varchar', { length: 200 }) title!: string;
  @Field() @Column('text') description!: string;
  /** The decision the trajectory leads to (e.g. "besluit over de nieuwe teamindeling"). */
  @Field() @Column('text') decision!: string;

  @Field(() => ID)
  @Column('uuid')
  ownerUserId!: string;

  @Field(() => [ID])
  @Column('uuid', { array: true, default: () => "'{}'" })
  departmentIds!: string[];

  /** The phases, copied from the organisation's list when the trajectory was created. */
  @Field(() => [Phase])
  @Column('jsonb')
  phases!: Phase[];

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  currentPhase!: number;

  @Field(() => TrajectoryStatus)
  @Column({
    type: 'enum',
    enum: TrajectoryStatus,
    enumName: 'trajectory_status',
    default: TrajectoryStatus.ACTIVE,
  })
  status!: TrajectoryStatus;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  endsOn!: string | null;

  /** Where the costs are booked (and, for experts, that the director was told: art. 22 WOR). */
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 200, nullable: true })
  budgetLine!: string | null;

  /** Published trajectories are visible to every employee; others only to the regie team and the advisor. */
  @Field()
  @Column('boolean', { default: false })
  published!: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A seat in a trajectory's regie team: one role per person per team. */
@ObjectType()
@Entity()
@Unique(['trajectoryId', 'userId'])
export class RegieTeamMember extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field(() => ID)
  @Column('uuid')
  userId!: string;

  @Field(() => RegieTeamRole)
  @Column({ type: 'enum', enum: RegieTeamRole, enumName: 'regie_team_role' })
  role!: RegieTeamRole;

  @Field() displayName!: string;
  @Field() email!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}

/** One line of a trajectory's timeline ("what happened"), in both languages. */
@ObjectType()
@Entity()
@Index(['trajectoryId', 'at'])
export class TrajectoryEvent extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  trajectoryId!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Stable kind, e.g. `phase.moved`. */
  @Field() @Column('varchar', { length: 60 }) kind!: string;
  @Field() @Column('text') textNl!: string;
  @Field() @Column('text') textEn!: string;
  @Field() @Column('varchar', { length: 200 }) actorName!: string;
  /** Shown to employees too (e.g. a phase change of a published trajectory), or only to the regie team. */
  @Field() @Column('boolean', { default: false }) public!: boolean;
}
