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
} from 'typeorm';
import { TrajectoryDocument } from './workgroup.entities';

export enum MeetingKind {
  REGIE_TEAM = 'REGIE_TEAM',
  WORKGROUP = 'WORKGROUP',
  /** The formal meeting of director and works council. */
  OVERLEGVERGADERING = 'OVERLEGVERGADERING',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

@ObjectType()
export class AgendaItem {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() notes!: string;
  /** Art. 20 WOR: never shown to anyone outside the meeting. */
  @Field() confidential!: boolean;
  @Field(() => String, { nullable: true }) decision!: string | null;
  /** The minutes of this item; a confidential item's reach only the invitees, like the item itself. */
  @Field(() => String, { nullable: true }) minutes!: string | null;
  @BoundedList(2)
  @Field(() => [TrajectoryDocument])
  documents!: TrajectoryDocument[];
}

/** A meeting of a regie team, a workgroup or the overlegvergadering. */
@ObjectType()
@Entity()
@Index(['organisationId', 'trajectoryId', 'startsAt'])
export class Meeting extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  workgroupId!: string | null;

  @Field(() => MeetingKind)
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field() @Column('varchar', { length: 200 }) title!: string;
  @Field(() => GraphQLISODateTime) @Column('timestamptz') startsAt!: Date;
  @Field(() => GraphQLISODateTime) @Column('timestamptz') endsAt!: Date;
  @Field() @Column('varchar', { length: 200, default: '' }) location!: string;

  /** The agenda in order; kept with the meeting (items are edited together with it). */
  @Column('jsonb', { default: () => "'[]'" })
  agenda!: {
    id: string;
    title: string;
    notes: string;
    confidential: boolean;
    decision: string | null;
    /** Absent on items minuted before minutes per item existed. */
    minutes?: string | null;
  }[];

  /**
   * The general minutes, read by everyone who sees the meeting and frozen into
   * procedure evidence; confidential items are minuted with the item instead.
   */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  minutes!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  minutesRecordedAt!: Date | null;

  /** Set when the meeting was called off; it then takes no changes or minutes and leaves the calendar feed. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 1000, nullable: true })
  cancelReason!: string | null;

  /** The Dutch calendar day the invitations went out (again, when the time changed), for the notice rule. */
  @Field() @Column('date') invitedOn!: string;

  @Field() @Column('varchar', { length: 200 }) organiserName!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @BoundedList(6) @Field(() => [AgendaItem]) agendaItems!: AgendaItem[];
  @BoundedList(8)
  @Field(() => [MeetingInviteeModel])
  invitees!: MeetingInviteeModel[];
  /** Less than seven days between invitation and meeting (art. 14 WOR). */
  @Field() shortNotice!: boolean;
  @Field(() => Int) noticeDays!: number;
  /** The caller is invited (and so sees confidential items). */
  @Field() invited!: boolean;
  /** The caller may change or cancel it: the regie team, or the workgroup's lead for its meetings (invited, when it has confidential items). */
  @Field() canEdit!: boolean;
}

@ObjectType('MeetingInvitee')
export class MeetingInviteeModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  /** For those who may change the meeting (to edit the list); null for other readers. */
  @Field(() => String, { nullable: true }) email!: string | null;
}

@Entity()
@Unique(['meetingId', 'userId'])
export class MeetingInvitee extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @Column('uuid')
  userId!: string;
}

/** An afspraak: an action with an owner and a due date, from a meeting or on its own. */
@ObjectType()
@Entity()
@Index(['organisationId', 'ownerUserId', 'status'])
@Index(['organisationId', 'status', 'dueOn'])
export class ActionItem extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  trajectoryId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  meetingId!: string | null;

  /** From a confidential agenda item: shown only to the meeting's invitees and the owner. */
  @Field() @Column('boolean', { default: false }) confidential!: boolean;

  @Field() @Column('varchar', { length: 1000 }) description!: string;

  @Field(() => ID)
  @Column('uuid')
  ownerUserId!: string;

  @Field() @Column('date') dueOn!: string;

  @Field(() => ActionStatus)
  @Column({
    type: 'enum',
    enum: ActionStatus,
    enumName: 'action_status',
    default: ActionStatus.OPEN,
  })
  status!: ActionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;

  /** The last reminder sent (due soon, overdue), so a rerun never reminds twice. */
  @Column('varchar', { length: 20, nullable: true })
  lastReminder!: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field() ownerName!: string;
  @Field() trajectoryTitle!: string;
  @Field() overdue!: boolean;
}

/** A person's secret calendar feed address; only its hash is kept. */
@Entity()
@Unique(['userId', 'organisationId'])
export class CalendarFeedToken extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  tokenHash!: string;
}
