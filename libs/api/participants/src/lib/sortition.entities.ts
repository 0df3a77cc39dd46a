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
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WayOfTakingPart } from './participants.entities';

/**
 * A recorded fair draw (loting) for a sounding board: the exact inputs (pool,
 * headcount, seats, strata, seed) and the result, so anyone can recompute it
 * and check that nobody picked the people by hand.
 */
@ObjectType()
@Entity()
@Index(['organisationId', 'createdAt'])
export class SortitionDraw extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('varchar', { length: 200 })
  title!: string;

  @Field(() => WayOfTakingPart)
  @Column({
    type: 'enum',
    enum: WayOfTakingPart,
    enumName: 'way_of_taking_part',
  })
  wayOfTakingPart!: WayOfTakingPart;

  @Field(() => Int)
  @Column('smallint')
  seats!: number;

  @Field(() => Int)
  @Column('smallint')
  reserves!: number;

  @Field(() => [String])
  @Column('varchar', { length: 20, array: true })
  strataBy!: string[];

  @Field()
  @Column('varchar', { length: 100 })
  seed!: string;

  @Field()
  @Column('varchar', { length: 120 })
  algorithmVersion!: string;

  /** The domain's SortitionInput as drawn (pool with strata values, headcount rows, seats, reserves, strata, seed). */
  @Column('jsonb')
  input!: Record<string, unknown>;

  /** The domain's SortitionResult. */
  @Column('jsonb')
  result!: Record<string, unknown>;

  @Column('uuid')
  createdByUserId!: string;

  /** The trajectory the draw was made for, if any: its workgroups and calls are the next step. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  trajectoryId!: string | null;

  /** Resolved on read (the trajectory's title now); null without a trajectory or when it is gone. */
  @Field(() => String, { nullable: true })
  trajectoryTitle?: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType()
export class DrawnPerson {
  @Field(() => ID) participantId!: string;
  /** Their account, for invitations; null when they have since left the pool and were removed. */
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
}

@ObjectType()
export class DrawStratum {
  /** The domain's stratum key (JSON of its values): for verification only. */
  @Field() key!: string;
  /** The group in words, e.g. "Zorg · Utrecht"; groups are listed by this label. */
  @Field() label!: string;
  @Field(() => Int) headcount!: number;
  @Field(() => Int) eligible!: number;
  @Field(() => Int) target!: number;
  @Field(() => Int) drawn!: number;
  @Field(() => Int) reservesDrawn!: number;
}

@ObjectType()
export class SortitionDrawDetail {
  @Field(() => SortitionDraw) draw!: SortitionDraw;
  @Field(() => [DrawnPerson]) seated!: DrawnPerson[];
  @Field(() => [DrawnPerson]) reserves!: DrawnPerson[];
  /** Sorted by label. */
  @Field(() => [DrawStratum]) strata!: DrawStratum[];
  @Field(() => Int) poolSize!: number;
  @Field(() => Int) seatsRequested!: number;
  /** Seats no eligible person was left for (requested − seated). */
  @Field(() => Int) seatsUnfilled!: number;
  @Field(() => Int) reservesRequested!: number;
  @Field(() => Int) reservesUnfilled!: number;
}

@ObjectType()
export class SortitionVerificationModel {
  /** Recomputing the draw from its recorded inputs gives exactly the recorded result. */
  @Field() matches!: boolean;
  @Field(() => [String]) mismatches!: string[];
  @Field() algorithmVersion!: string;
}

export const SORTITION_ENTITIES = [SortitionDraw];
