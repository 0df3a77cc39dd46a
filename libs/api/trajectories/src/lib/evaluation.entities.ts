import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** The reflection at the end of a phase: what went well, what to improve, and the regie team's outcome. */
@ObjectType()
@Entity()
@Unique(['trajectoryId', 'phase'])
export class PhaseEvaluation extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field(() => Int)
  @Column('smallint')
  phase!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** What the regie team concluded; kept on the trajectory. */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Field(() => Int) responseCount!: number;
  /** Shown once at least the threshold answered, so nobody's reflection stands out. */
  @Field(() => [EvaluationAnswer]) answers!: EvaluationAnswer[];
  @Field() answeredByMe!: boolean;
  @Field() canAnswer!: boolean;
}

@ObjectType()
export class EvaluationAnswer {
  @Field() wentWell!: string;
  @Field() toImprove!: string;
}

/** An answer, stored without who gave it. */
@Entity()
export class EvaluationResponse extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  evaluationId!: string;

  @Column('varchar', { length: 2000 })
  wentWell!: string;

  @Column('varchar', { length: 2000 })
  toImprove!: string;
}

/** That someone answered, kept apart from the answer (no time), to allow one answer per person. */
@Entity()
@Unique(['evaluationId', 'userId'])
export class EvaluationRespondent extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  evaluationId!: string;

  @Column('uuid')
  userId!: string;
}
