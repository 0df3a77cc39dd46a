import { TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An organisation's OpenID Connect identity provider (at most one). The
 * client secret is either encrypted at rest (AES-256-GCM, key SSO_SECRET_KEY)
 * or read from a named environment variable (SSO_CLIENT_SECRET_…); never both.
 */
@Entity()
@Index('UQ_identity_provider_organisation', ['organisationId'], {
  unique: true,
})
export class IdentityProvider extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  @Column('varchar', { length: 500 })
  issuer!: string;

  @Column('varchar', { length: 200 })
  clientId!: string;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url), or null. */
  @Column('text', { nullable: true })
  clientSecretEncrypted!: string | null;

  /** Name of the environment variable holding the secret, or null. */
  @Column('varchar', { length: 100, nullable: true })
  clientSecretEnv!: string | null;

  @Column('boolean', { default: false })
  enabled!: boolean;

  /**
   * Whether a directory employee without an account gets one (activated) on
   * the first sign-in. Off: only people with an account (invited or active) may sign in.
   */
  @Column('boolean', { default: false })
  createAccounts!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One sign-in through the identity provider, between the redirect there and
 * the callback: kept in the database so any API replica can finish it.
 * Single use, ten minutes. The state and the browser binding only as hashes.
 */
@Entity()
export class OidcSignInAttempt extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  stateHash!: string;

  /** Hash of the random value in the browser's `inspraak_oidc` cookie: the callback must come from the browser that started. */
  @Column('char', { length: 64 })
  browserHash!: string;

  @Column('varchar', { length: 100 })
  nonce!: string;

  @Column('varchar', { length: 200 })
  codeVerifier!: string;

  @Column('varchar', { length: 600 })
  redirectUri!: string;

  @Index()
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
