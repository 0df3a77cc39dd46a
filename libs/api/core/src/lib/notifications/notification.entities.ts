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
// The mail job's look-up of what waits to be mailed: an index of those rows only.
@Index('IDX_notification_waiting_for_mail', ['organisationId', 'userId'], {
  where: `"mailed_at" IS NULL AND "mail" <> 'NONE'`,
})
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

  /**
   * What happens by mail, decided when it was made from the person's
   * preferences: `IMMEDIATE` (mailed at once), `DIGEST` (waits for the
   * digest), `NONE` (the bell only).
   */
  @Column('varchar', { length: 10, default: 'NONE' })
  mail!: 'IMMEDIATE' | 'DIGEST' | 'NONE';

  /** When it went out by mail (at once or in a digest). */
  @Column('timestamptz', { nullable: true })
  mailedAt!: Date | null;
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
