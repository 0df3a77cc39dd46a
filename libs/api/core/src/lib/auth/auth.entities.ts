import { Role } from '@inspraak/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { TenantOwned } from '../database/tenant-owned';

@Entity()
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  @Index({ unique: true })
  @Column('varchar', { length: 80 })
  slug!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A person who can log in. Global (one account may serve several organisations); access comes from memberships. */
@Entity()
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased so that look-ups are exact. */
  @Index({ unique: true })
  @Column('varchar', { length: 320 })
  email!: string;

  @Column('varchar', { length: 200 })
  displayName!: string;

  @Column('varchar', { length: 255 })
  passwordHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity()
@Unique(['organisationId', 'userId'])
export class Membership extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles!: Role[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A login session. Only a hash of the cookie token is stored, so a database leak does not hand out sessions. */
@Entity()
export class Session extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  tokenHash!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;
}

/** Failed logins, kept in PostgreSQL so the limit holds across any number of API replicas. */
@Entity()
@Index(['emailKey', 'attemptedAt'])
@Index(['ipAddress', 'attemptedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 320 })
  emailKey!: string;

  @Column('varchar', { length: 64 })
  ipAddress!: string;

  @Column('timestamptz', { default: () => 'now()' })
  attemptedAt!: Date;
}
