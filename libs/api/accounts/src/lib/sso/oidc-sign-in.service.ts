import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import type { Request, Response } from 'express';
import { Role } from '@inspraak/domain';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AuthService,
  hashToken,
  Membership,
  MEMBERSHIP_HAS_ACCESS,
  Organisation,
  readCookie,
  recordAudit,
  RequestWithActor,
  SignInMethod,
  TenantScope,
  UserAccount,
  withEmployeeRole,
} from '@inspraak/api-core';
import { IdentityProvider, OidcSignInAttempt } from './sso.entities';
import { OidcClients, ProviderUnavailable } from './oidc-client';
import { CALLBACK_PATH } from './sso-settings.service';

/** Stable codes the login page shows (`/login?sso_error=<code>`). */
export type SsoErrorCode =
  | 'NO_PROVIDER'
  | 'PROVIDER_ERROR'
  | 'INVALID_STATE'
  | 'TOKEN_REJECTED'
  | 'EMAIL_NOT_VERIFIED'
  | 'DOMAIN_NOT_ALLOWED'
  | 'NOT_IN_DIRECTORY'
  | 'NO_ACCOUNT'
  | 'ACCOUNT_BLOCKED'
  | 'NO_ACCESS';

export class SsoRefused extends Error {
  constructor(
    readonly code: SsoErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** The browser that started a sign-in must be the one that finishes it. */
export const OIDC_BROWSER_COOKIE = 'inspraak_oidc';
const ATTEMPT_MINUTES = 10;

const EMAIL = /^[^\s@]{1,200}@([a-z0-9.-]{1,253})$/;

/**
 * Sign-in through the organisation's OpenID Connect provider: authorization
 * code flow with PKCE (S256), state and nonce; openid-client checks the ID
 * token's signature, issuer, audience, expiry and nonce. The verified e-mail
 * claim is matched to the organisation's directory entry, then our own
 * session cookie follows: no provider token reaches the browser.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: OidcClients,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The provider's authorization URL for this address (or organisation); sets the browser-binding cookie. */
  async start(
    query: { email?: string; organisation?: string },
    req: Request,
    res: Response,
  ): Promise<string> {
    const provider = await this.providerFor(query);
    if (!provider) throw new SsoRefused('NO_PROVIDER');
    let configuration: client.Configuration;
    try {
      configuration = await this.clients.configurationFor(provider);
    } catch (error) {
      throw new SsoRefused('PROVIDER_ERROR', describe(error));
    }
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const browser = randomBytes(24).toString('base64url');
    const redirectUri = new URL(CALLBACK_PATH, requestOrigin(req)).toString();
    const repository = this.dataSource.getRepository(OidcSignInAttempt);
    await repository
      .createQueryBuilder()
      .delete()
      .where(`expires_at < now() - interval '1 hour'`)
      .execute();
    await repository.insert({
      organisationId: provider.organisationId,
      stateHash: hashToken(state),
      browserHash: hashToken(browser),
      nonce,
      codeVerifier,
      redirectUri,
      expiresAt: new Date(Date.now() + ATTEMPT_MINUTES * 60_000),
    });
    res.cookie(OIDC_BROWSER_COOKIE, browser, {
      httpOnly: true,
      secure: this.config.COOKIE_SECURE,
      // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
      sameSite: 'lax',
      path: '/auth/oidc',
      maxAge: ATTEMPT_MINUTES * 60_000,
    });
    const parameters: Record<string, string> = {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    };
    if (query.email && EMAIL.test(query.email.trim().toLowerCase()))
      parameters['login_hint'] = query.email.trim().toLowerCase();
    return client.buildAuthorizationUrl(configuration, parameters).toString();
  }

  /** Finishes the sign-in: our session cookie, then `/`; or throws SsoRefused. */
  async callback(req: RequestWithActor, res: Response): Promise<void> {
    const state =
      typeof req.query['state'] === 'string' ? req.query['state'] : '';
    const browser = readCookie(req, OIDC_BROWSER_COOKIE);
    res.clearCookie(OIDC_BROWSER_COOKIE, { path: '/auth/oidc' });
    if (!state) throw new SsoRefused('INVALID_STATE', 'no state');
    // Single use: whoever marks it used first owns it, on any replica.
    const used: [OidcSignInAttempt[], number] = await this.dataSource.query(
      `UPDATE oidc_sign_in_attempt SET used_at = now()
        WHERE state_hash = $1 AND used_at IS NULL
        RETURNING id, organisation_id AS "organisationId", browser_hash AS "browserHash",
                  nonce, code_verifier AS "codeVerifier", redirect_uri AS "redirectUri",
                  expires_at AS "expiresAt"`,
      [hashToken(state)],
    );
    const attempt = used[0]?.[0];
    if (!attempt) throw new SsoRefused('INVALID_STATE', 'unknown or used');
    if (new Date(attempt.expiresAt).getTime() < Date.now())
      throw new SsoRefused('INVALID_STATE', 'expired');
    if (!browser || hashToken(browser) !== attempt.browserHash)
      throw new SsoRefused('INVALID_STATE', 'another browser');

    const provider = await this.dataSource
      .getRepository(IdentityProvider)
      .findOne({
        where: { organisationId: attempt.organisationId, enabled: true },
      });
    if (!provider) throw new SsoRefused('NO_PROVIDER');
    let claims: client.IDToken;
    try {
      const configuration = await this.clients.configurationFor(provider);
      const currentUrl = new URL(attempt.redirectUri);
      currentUrl.search = new URL(req.originalUrl, 'http://x').search;
      const tokens = await client.authorizationCodeGrant(
        configuration,
        currentUrl,
        {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        },
      );
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      claims = idClaims;
    } catch (error) {
      throw new SsoRefused(classify(error), describe(error));
    }

    const emailClaim =
      typeof claims['email'] === 'string'
        ? claims['email'].trim().toLowerCase()
        : '';
    const match = EMAIL.exec(emailClaim);
    // Only an address the provider says it verified identifies a person (a provider that does not say, does not).
    if (!match || claims['email_verified'] !== true)
      throw new SsoRefused('EMAIL_NOT_VERIFIED');
    await this.signIn(
      attempt.organisationId,
      provider,
      emailClaim,
      match[1]!,
      req,
      res,
    );
  }

  /** Refusals of a sign-in that reached a known organisation, in its audit trail. */
  async auditRefusal(
    state: string | undefined,
    code: SsoErrorCode,
    detail: string,
  ): Promise<void> {
    // The log keeps the reason, not the person: the address only in the organisation's audit trail.
    this.logger.warn(
      `single sign-on refused: ${detail.replace(/[^\s@:]+@/g, '…@')}`,
    );
    if (!state) return;
    const rows: { organisationId: string }[] = await this.dataSource.query(
      `SELECT organisation_id AS "organisationId" FROM oidc_sign_in_attempt WHERE state_hash = $1`,
      [hashToken(state)],
    );
    const organisationId = rows[0]?.organisationId;
    if (!organisationId) return;
    await recordAudit(
      new TenantScope(this.dataSource.manager, systemActor(organisationId)),
      {
        action: 'sign_in.oidc_refused',
        entityType: 'Organisation',
        entityId: organisationId,
        changes: { code, detail: detail.slice(0, 300) },
      },
    );
  }

  private async signIn(
    organisationId: string,
    provider: IdentityProvider,
    email: string,
    domain: string,
    req: RequestWithActor,
    res: Response,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneByOrFail(Organisation, {
        id: organisationId,
      });
      if (!organisation.emailDomains.includes(domain))
        throw new SsoRefused('DOMAIN_NOT_ALLOWED', email);
      const employees: {
        id: string;
        status: string;
        displayName: string;
      }[] = await manager.query(
        `SELECT id, status, first_name || ' ' || last_name AS "displayName"
           FROM employee WHERE organisation_id = $1 AND lower(email) = $2`,
        [organisationId, email],
      );
      const employee = employees[0];
      if (!employee) throw new SsoRefused('NOT_IN_DIRECTORY', email);
      if (employee.status === 'LEFT') throw new SsoRefused('NO_ACCESS', email);

      let membership = await manager.findOne(Membership, {
        where: { organisationId, employeeId: employee.id },
        lock: { mode: 'pessimistic_write' },
      });
      let created = false;
      if (!membership) {
        if (!provider.createAccounts) throw new SsoRefused('NO_ACCOUNT', email);
        membership = await this.createMembership(
          manager,
          organisationId,
          employee,
          email,
        );
        created = true;
      }
      if (membership.blockedAt) throw new SsoRefused('ACCOUNT_BLOCKED', email);
      const activated = !membership.activatedAt;
      if (activated) {
        membership.activatedAt = new Date();
        await manager.update(
          Membership,
          { id: membership.id, organisationId },
          { activatedAt: membership.activatedAt },
        );
      }
      const access: unknown[] = await manager.query(
        `SELECT 1 FROM membership m WHERE m.id = $1 AND ${MEMBERSHIP_HAS_ACCESS}`,
        [membership.id],
      );
      if (access.length === 0) throw new SsoRefused('NO_ACCESS', email);
      const user = await manager.findOneByOrFail(UserAccount, {
        id: membership.userId,
      });
      await this.auth.startSession(manager, {
        userId: user.id,
        organisationId,
        method: SignInMethod.OIDC,
        issuer: provider.issuer,
        req,
        res,
      });
      const actor: Actor = {
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        organisationId,
        roles: withEmployeeRole(membership.roles),
        employeeId: employee.id,
        sessionId: null,
      };
      await recordAudit(new TenantScope(manager, actor), {
        action: 'sign_in.oidc',
        entityType: 'Membership',
        entityId: membership.id,
        changes: {
          issuer: provider.issuer,
          ...(created ? { accountCreated: true } : {}),
          ...(activated ? { activated: true } : {}),
        },
      });
    });
  }

  /** A directory employee's first sign-in (createAccounts on): the person's account (global, by address) and an active membership. */
  private async createMembership(
    manager: EntityManager,
    organisationId: string,
    employee: { id: string; displayName: string },
    email: string,
  ): Promise<Membership> {
    let user = await manager.findOneBy(UserAccount, { email });
    if (!user)
      user = await manager.save(
        manager.create(UserAccount, {
          email,
          displayName: employee.displayName.slice(0, 200),
          passwordHash: null,
        }),
      );
    const existing = await manager.findOneBy(Membership, {
      organisationId,
      userId: user.id,
    });
    if (existing) {
      // An account made before accounts were linked to the directory: link it now.
      if (existing.employeeId) throw new SsoRefused('NO_ACCESS', email);
      existing.employeeId = employee.id;
      await manager.update(
        Membership,
        { id: existing.id, organisationId },
        { employeeId: employee.id },
      );
      return existing;
    }
    return manager.save(
      manager.create(Membership, {
        organisationId,
        userId: user.id,
        employeeId: employee.id,
        roles: [Role.MEDEWERKER],
        activatedAt: new Date(),
        blockedAt: null,
      }),
    );
  }

  private async providerFor(query: {
    email?: string;
    organisation?: string;
  }): Promise<IdentityProvider | null> {
    const repository = this.dataSource.getRepository(IdentityProvider);
    if (query.organisation && /^[0-9a-f-]{36}$/i.test(query.organisation))
      return repository.findOne({
        where: { organisationId: query.organisation, enabled: true },
      });
    const match = EMAIL.exec(query.email?.trim().toLowerCase() ?? '');
    if (!match) return null;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM identity_provider p JOIN organisation o ON o.id = p.organisation_id
        WHERE p.enabled AND $1 = ANY(o.email_domains)`,
      [match[1]],
    );
    // A domain shared by two organisations is ambiguous: they start with ?organisation=<id>.
    if (rows.length !== 1) return null;
    return repository.findOneBy({ id: rows[0]!.id });
  }
}

/** Where the browser reached us (behind a proxy: X-Forwarded-Proto/Host, as `trust proxy` allows). */
function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Not the provider's fault (unreachable, an error answer) or the token's (signature, issuer, audience, expiry, nonce). */
function classify(error: unknown): SsoErrorCode {
  if (error instanceof ProviderUnavailable) return 'PROVIDER_ERROR';
  if (
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.ResponseBodyError ||
    error instanceof client.WWWAuthenticateChallengeError
  )
    return 'PROVIDER_ERROR';
  if (error instanceof TypeError) return 'PROVIDER_ERROR'; // fetch failed
  return 'TOKEN_REJECTED';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`;
}

function systemActor(organisationId: string): Actor {
  return {
    userId: null as unknown as string,
    email: null as unknown as string,
    displayName: 'system',
    organisationId,
    roles: [],
    employeeId: null,
    sessionId: null,
  };
}
