import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwned } from '../database/tenant-owned';

/** A message for one person inside the app (the bell), in both languages. */
@ObjectType()
@Entity()
@Index(['organisationId', 'userId', 'createdAt'])
export class Notification extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  /** Stable kind, e.g. `agreement.expires-soon`. */
  @Field()
  @Column('varchar', { length: 80 })
  kind!: string;

  @Field() @Column('varchar', { length: 200 }) titleNl!: string;
  @Field() @Column('varchar', { length: 200 }) titleEn!: string;
  @Field() @Column('text') bodyNl!: string;
  @Field() @Column('text') bodyEn!: string;

  /** Path inside the web app, e.g. `/participation`. */
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 300, nullable: true })
  link!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}

/** E-mail that was not sent because no SMTP server is configured: the development outbox. */
@ObjectType()
@Entity()
@Index(['organisationId', 'createdAt'])
export class OutboxMessage extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field() @Column('varchar', { length: 320 }) toAddress!: string;
  @Field() @Column('varchar', { length: 300 }) subject!: string;
  @Field() @Column('text') body!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
