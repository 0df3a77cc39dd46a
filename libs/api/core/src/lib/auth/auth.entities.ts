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

  /** Lower-cased domains (`zorggroep.nl`) whose addresses may sign in through single sign-on. */
  @Column('varchar', { length: 253, array: true, default: () => "'{}'" })
  emailDomains!: string[];

  /** False once an organisation signs in only through its identity provider. */
  @Column('boolean', { default: true })
  passwordLoginAllowed!: boolean;

  /** A session unused this long ends, besides its absolute lifetime. */
  @Column('int', { default: 120 })
  idleTimeoutMinutes!: number;

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

  /** Argon2id; null until an invited person chooses a password, and for people who only sign in through single sign-on. */
  @Column('varchar', { length: 255, nullable: true })
  passwordHash!: string | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A person's account in one organisation. It belongs to their directory entry
 * (`employeeId`), so leaving the organisation in the directory ends access.
 */
@Entity()
@Unique(['organisationId', 'userId'])
@Unique(['organisationId', 'employeeId'])
export class Membership extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  /** The directory entry; null only for accounts made before accounts were linked (and in tests that need no directory). */
  @Column('uuid', { nullable: true })
  employeeId!: string | null;

  /** Always holds MEDEWERKER, the role of every employee, besides the roles the advisor gives. */
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles!: Role[];

  /** Null while an invitation waits to be accepted. */
  @Column('timestamptz', { nullable: true, default: () => 'now()' })
  activatedAt!: Date | null;

  /** The latest sign-in (password, invitation or single sign-on) into this organisation. */
  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;

  /** Set by the advisor to stop access without touching the directory. */
  @Column('timestamptz', { nullable: true })
  blockedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export enum SignInMethod {
  PASSWORD = 'PASSWORD',
  OIDC = 'OIDC',
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

  /** Moved forward at most once a minute; the organisation's idle timeout counts from it. */
  @Column('timestamptz', { default: () => 'now()' })
  lastUsedAt!: Date;

  /** The browser's User-Agent, shortened, so people recognise their devices. */
  @Column('varchar', { length: 300, nullable: true })
  userAgent!: string | null;

  /** PASSWORD or OIDC: whether switching into an organisation that allows only single sign-on is possible. */
  @Column('varchar', { length: 20, default: 'PASSWORD' })
  signInMethod!: SignInMethod;

  /** For single sign-on: the issuer that signed the person in; only organisations trusting that issuer accept the session. */
  @Column('varchar', { length: 500, nullable: true })
  signedInIssuer!: string | null;
}

/** A single-use "wachtwoord vergeten" link; only its hash is stored. */
@Entity()
export class PasswordResetToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
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
