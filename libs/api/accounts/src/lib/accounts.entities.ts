import { TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export enum AccountInvitationStatus {
  /** Waiting for the worker. */
  PENDING = 'PENDING',
  /** Claimed by a worker that is sending it; taken back after 15 minutes. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** The mail server refused it three times. */
  FAILED = 'FAILED',
  /** Its link was used to choose a password. */
  ACCEPTED = 'ACCEPTED',
  /** A newer invitation replaced it, or the account became active otherwise. */
  REVOKED = 'REVOKED',
}

/**
 * One invitation e-mail to one membership. The link's token exists only in
 * the mail; the worker records its SHA-256 in the transaction that marks the
 * invitation sent, so a retried job never mails the same invitation twice.
 */
@Entity()
@Index(['organisationId', 'runId'])
// At most one invitation per person waits for the worker (the migration makes this a partial unique index).
@Index('UQ_account_invitation_waiting', ['membershipId'], {
  unique: true,
  where: `status IN ('PENDING', 'SENDING')`,
})
export class AccountInvitation extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  membershipId!: string;

  /** The request ("invite this department") it came from, for progress in the app. */
  @Column('uuid')
  runId!: string;

  @Column({
    type: 'enum',
    enum: AccountInvitationStatus,
    enumName: 'account_invitation_status',
    default: AccountInvitationStatus.PENDING,
  })
  status!: AccountInvitationStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { nullable: true })
  claimedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Index({ unique: true })
  @Column('char', { length: 64, nullable: true })
  tokenHash!: string | null;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One request to invite people (one person, a selection, a department, everyone without an account). */
@Entity()
@Index(['organisationId', 'createdAt'])
export class AccountInvitationRun extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  createdByUserId!: string;

  /** How many invitations the request created. */
  @Column('int')
  invitationCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { SSO_ENTITIES } from './sso/sso.providers';

export const ACCOUNTS_ENTITIES = [
  AccountInvitation,
  AccountInvitationRun,
  ...SSO_ENTITIES,
];
