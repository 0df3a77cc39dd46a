import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { Role } from '@inspraak/domain';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError, notFound, unauthenticated } from '../errors/app-error';
import type { Actor } from './actor';
import {
  LoginFailure,
  Organisation,
  Session,
  SignInMethod,
  UserAccount,
} from './auth.entities';
import {
  readCookie,
  RequestWithActor,
  SESSION_COOKIE,
} from './session-cookies';

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The email address or password is not correct.',
  });

const tooManyAttempts = (minutes: number) =>
  new AppError('TOO_MANY_REQUESTS', 'LOGIN_RATE_LIMITED', {
    nl: `Te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`,
    en: `Too many failed attempts. Try again in ${minutes} minutes.`,
  });

export const hashToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/**
 * SQL condition on a membership `m`: it may be used. Accepted (not a waiting
 * invitation), not blocked, and its directory entry has not left.
 */
export const MEMBERSHIP_HAS_ACCESS = `m.activated_at IS NOT NULL AND m.blocked_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM employee e WHERE e.id = m.employee_id AND e.status = 'LEFT')`;

/**
 * SQL condition on a session `s` in an organisation `o`: the organisation
 * accepts the way the session signed in. A password session needs password
 * sign-in allowed; a single sign-on session needs an enabled identity
 * provider of that organisation with the very issuer that signed it in, so an
 * identity provider one organisation controls never opens another (which
 * uses another provider, or passwords), and turning single sign-on off or
 * changing the issuer ends the sessions it started.
 */
export const SESSION_ACCEPTED_BY_ORGANISATION = `((s.sign_in_method = 'PASSWORD' AND o.password_login_allowed)
  OR (s.sign_in_method = 'OIDC' AND EXISTS (SELECT 1 FROM identity_provider p
        WHERE p.organisation_id = o.id AND p.enabled AND p.issuer = s.signed_in_issuer)))`;

/** Every employee holds MEDEWERKER; the advisor gives the other roles. */
export function withEmployeeRole(roles: readonly Role[]): Role[] {
  return roles.includes(Role.MEDEWERKER)
    ? [...roles]
    : [...roles, Role.MEDEWERKER];
}

/** What `viewer` answers (the GraphQL model lives in the resolver). */
export interface ViewerData {
  userId: string;
  email: string;
  displayName: string;
  roles: Role[];
  signInMethod: SignInMethod;
  organisation: { id: string; name: string };
  organisations: { id: string; name: string; roles: Role[] }[];
}

/** The token of a session started during this request, before the browser sends its cookie back. */
type RequestWithSessionToken = RequestWithActor & { sessionToken?: string };

@Injectable()
export class AuthService {
  /** Verified against when the account does not exist, so both answers take as long. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = argon2.hash(randomBytes(16).toString('hex'));
  }

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(
    emailInput: string,
    password: string,
    ipAddress: string,
    req: RequestWithActor,
    res: Response,
  ): Promise<Actor> {
    const email = emailInput.trim().toLowerCase();
    await this.assertNotRateLimited(email, ipAddress);
    const user = await this.dataSource
      .getRepository(UserAccount)
      .findOne({ where: { email } });
    const passwordOk = await argon2
      .verify(user?.passwordHash ?? (await this.dummyHash), password)
      .catch(() => false);
    const organisationId =
      user && passwordOk
        ? await this.firstOrganisationFor(user.id)
        : null;
    if (!user || !passwordOk || !organisationId) {
      await this.recordFailure(email, ipAddress);
      throw invalidCredentials();
    }
    await this.dataSource
      .getRepository(LoginFailure)
      .delete({ emailKey: email });
    await this.startSession(this.dataSource.manager, {
      userId: user.id,
      organisationId,
      method: SignInMethod.PASSWORD,
      req,
      res,
    });
    const actor = await this.actorFromRequest(req);
    if (!actor) throw invalidCredentials();
    return actor;
  }

  /**
   * Checks a password of a known account (changing it, accepting an
   * invitation with an existing one) under the same limit as logging in: too
   * many recent failures refuse, and a wrong password counts as one.
   */
  async verifyPassword(
    user: Pick<UserAccount, 'email' | 'passwordHash'>,
    password: string,
    ipAddress: string,
  ): Promise<boolean> {
    await this.assertNotRateLimited(user.email, ipAddress);
    const ok =
      user.passwordHash !== null &&
      (await argon2.verify(user.passwordHash, password).catch(() => false));
    if (!ok) await this.recordFailure(user.email, ipAddress);
    return ok;
  }

  private async assertNotRateLimited(
    email: string,
    ipAddress: string,
  ): Promise<void> {
    const windowStart = new Date(
      Date.now() - this.config.LOGIN_WINDOW_MINUTES * 60_000,
    );
    const failures = this.dataSource.getRepository(LoginFailure);
    const [byEmail, byIp] = await Promise.all([
      failures.count({
        // Per account *and* address: someone elsewhere cannot lock a colleague out by guessing wrong on purpose.
        where: {
          emailKey: email,
          ipAddress,
          attemptedAt: MoreThan(windowStart),
        },
      }),
      failures.count({
        where: { ipAddress, attemptedAt: MoreThan(windowStart) },
      }),
    ]);
    if (
      byEmail >= this.config.LOGIN_MAX_FAILURES ||
      byIp >= this.config.LOGIN_MAX_FAILURES_PER_IP
    )
      throw tooManyAttempts(this.config.LOGIN_WINDOW_MINUTES);
  }

  private async recordFailure(email: string, ipAddress: string) {
    await this.dataSource
      .getRepository(LoginFailure)
      .insert({ emailKey: email, ipAddress });
  }

  /**
   * The organisation a password sign-in lands in: the one used last, else the
   * oldest membership, among those that allow signing in with a password.
   * (Single sign-on lands in the organisation whose provider signed in.)
   */
  async firstOrganisationFor(userId: string): Promise<string | null> {
    const rows: { organisationId: string }[] = await this.dataSource.query(
      `SELECT m.organisation_id AS "organisationId"
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND ${MEMBERSHIP_HAS_ACCESS} AND o.password_login_allowed
        ORDER BY (SELECT max(s.last_used_at) FROM session s
                   WHERE s.user_id = m.user_id AND s.organisation_id = m.organisation_id) DESC NULLS LAST,
                 m.created_at
        LIMIT 1`,
      [userId],
    );
    return rows[0]?.organisationId ?? null;
  }

  /** Signs the person in: a new session row (its token only as a hash) and the httpOnly cookie. */
  async startSession(
    manager: EntityManager,
    input: {
      userId: string;
      organisationId: string;
      method: SignInMethod;
      /** For single sign-on: the issuer whose ID token signed the person in. */
      issuer?: string;
      req: RequestWithActor;
      res: Response;
    },
  ): Promise<void> {
    if ((input.method === SignInMethod.OIDC) !== (input.issuer !== undefined))
      throw new Error('A single sign-on session needs its issuer, and only it');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000,
    );
    const userAgent = input.req.get?.('user-agent')?.slice(0, 300) ?? null;
    await manager.getRepository(Session).insert({
      tokenHash: hashToken(token),
      userId: input.userId,
      organisationId: input.organisationId,
      expiresAt,
      signInMethod: input.method,
      signedInIssuer: input.issuer ?? null,
      userAgent,
    });
    await manager.query(
      `UPDATE membership SET last_sign_in_at = now() WHERE user_id = $1 AND organisation_id = $2`,
      [input.userId, input.organisationId],
    );
    input.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: this.config.COOKIE_SECURE,
      sameSite: 'lax',
      path: '/',
      expires: expiresAt,
    });
    // The rest of this request acts as the new session.
    input.req.actor = undefined;
    (input.req as RequestWithSessionToken).sessionToken = token;
  }

  async logout(req: RequestWithActor, res: Response): Promise<void> {
    const token = readCookie(req, SESSION_COOKIE);
    if (token)
      await this.dataSource
        .getRepository(Session)
        .delete({ tokenHash: hashToken(token) });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    req.actor = null;
  }

  /** Resolves (once per request) who is calling, from the session cookie. */
  async actorFromRequest(req: RequestWithActor): Promise<Actor | null> {
    if (req.actor !== undefined) return req.actor;
    const token =
      (req as RequestWithSessionToken).sessionToken ??
      readCookie(req, SESSION_COOKIE);
    req.actor = token ? await this.actorForToken(token) : null;
    return req.actor;
  }

  /**
   * The session's person in the session's organisation, or null when the
   * session expired, sat idle longer than the organisation allows, or the
   * membership lost access (blocked, left in the directory, not accepted).
   */
  private async actorForToken(token: string): Promise<Actor | null> {
    const rows: (Omit<Actor, 'roles'> & {
      roles: Role[];
      stale: boolean;
    })[] = await this.dataSource.query(
      `SELECT s.id AS "sessionId", s.user_id AS "userId", s.organisation_id AS "organisationId",
              u.email, u.display_name AS "displayName", m.roles::text[] AS roles,
              m.employee_id AS "employeeId",
              s.last_used_at < now() - interval '1 minute' AS stale
         FROM session s
         JOIN user_account u ON u.id = s.user_id
         JOIN membership m ON m.user_id = s.user_id AND m.organisation_id = s.organisation_id
         JOIN organisation o ON o.id = s.organisation_id
        WHERE s.token_hash = $1 AND s.expires_at > now()
          AND s.last_used_at > now() - make_interval(mins => o.idle_timeout_minutes)
          AND ${SESSION_ACCEPTED_BY_ORGANISATION}
          AND ${MEMBERSHIP_HAS_ACCESS}`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale)
      // At most one write a minute per session, not one per request.
      await this.dataSource.query(
        `UPDATE session SET last_used_at = now() WHERE id = $1`,
        [row.sessionId],
      );
    return {
      userId: row.userId,
      email: row.email,
      displayName: row.displayName,
      organisationId: row.organisationId,
      roles: withEmployeeRole(row.roles),
      employeeId: row.employeeId,
      sessionId: row.sessionId,
    };
  }

  /** What `viewer` answers: the person, the current organisation and every organisation they may switch to. */
  async viewerFor(actor: Actor): Promise<ViewerData> {
    if (!actor.sessionId) throw unauthenticated();
    // Every organisation this session may switch to: the person's, where their way of signing in is accepted.
    const organisations: (ViewerData['organisations'][number] & {
      signInMethod: SignInMethod;
    })[] = await this.dataSource.query(
      `SELECT o.id, o.name, m.roles::text[] AS roles, s.sign_in_method AS "signInMethod"
         FROM session s
         JOIN membership m ON m.user_id = s.user_id
         JOIN organisation o ON o.id = m.organisation_id
        WHERE s.id = $1 AND ${MEMBERSHIP_HAS_ACCESS}
          AND (${SESSION_ACCEPTED_BY_ORGANISATION} OR o.id = s.organisation_id)
        ORDER BY o.name, o.id`,
      [actor.sessionId],
    );
    const current = organisations.find((o) => o.id === actor.organisationId);
    if (!current) throw notFound({ nl: 'Organisatie', en: 'Organisation' });
    return {
      userId: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      roles: actor.roles,
      signInMethod: current.signInMethod,
      organisation: { id: current.id, name: current.name },
      organisations: organisations.map((o) => ({
        id: o.id,
        name: o.name,
        roles: withEmployeeRole(o.roles),
      })),
    };
  }

  /**
   * Points the caller's session at another organisation where the same person
   * has access. The organisation must accept the way this session signed in
   * (SESSION_ACCEPTED_BY_ORGANISATION): a password session does not open an
   * organisation that signs in only through its identity provider, and a
   * single sign-on session opens only organisations trusting the same issuer.
   */
  async switchOrganisation(
    actor: Actor,
    organisationId: string,
    req: RequestWithActor,
  ): Promise<Actor> {
    if (!actor.sessionId) throw unauthenticated();
    const member: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM membership m WHERE m.user_id = $1 AND m.organisation_id = $2 AND ${MEMBERSHIP_HAS_ACCESS}`,
      [actor.userId, organisationId],
    );
    if (member.length === 0)
      throw notFound({ nl: 'Organisatie', en: 'Organisation' });
    // TypeORM answers an UPDATE with [rows, count].
    const [moved]: [unknown[], number] = await this.dataSource.query(
      `UPDATE session s SET organisation_id = o.id, last_used_at = now()
         FROM organisation o
        WHERE s.id = $1 AND o.id = $2 AND ${SESSION_ACCEPTED_BY_ORGANISATION}
        RETURNING s.id`,
      [actor.sessionId, organisationId],
    );
    if (moved.length === 0)
      throw new AppError('FORBIDDEN', 'SIGN_IN_AGAIN', {
        nl: 'Deze organisatie vraagt je op haar eigen manier in te loggen (met haar inlogdienst of met een wachtwoord). Log uit en log opnieuw in voor deze organisatie.',
        en: 'This organisation asks you to sign in its own way (through its identity provider or with a password). Log out and sign in again for this organisation.',
      });
    req.actor = undefined;
    const switched = await this.actorFromRequest(req);
    if (!switched) throw unauthenticated();
    return switched;
  }

  organisation(organisationId: string): Promise<Organisation | null> {
    return this.dataSource
      .getRepository(Organisation)
      .findOne({ where: { id: organisationId } });
  }
}

/**
 * Ends every session of the accounts linked to these directory entries, in the
 * caller's transaction: someone marked as left loses access at once, not when
 * their cookie expires. (The session look-up refuses them too; this removes
 * the sessions so nothing is left to revive when they are re-hired.)
 */
export async function endSessionsOfEmployees(
  manager: EntityManager,
  organisationId: string,
  employeeIds: readonly string[],
): Promise<void> {
  if (employeeIds.length === 0) return;
  await manager.query(
    `DELETE FROM session s USING membership m
      WHERE m.organisation_id = $1 AND m.employee_id = ANY($2::uuid[])
        AND s.user_id = m.user_id AND s.organisation_id = m.organisation_id`,
    [organisationId, employeeIds],
  );
}

/**
 * Links accounts that have no directory entry yet to these new entries when
 * the entry carries the account's address: the moment HR adds someone who
 * already had an account (made before accounts were linked). From then on the
 * link, not the address, says whose entry it is. In the caller's transaction.
 */
export async function linkAccountsToNewEmployees(
  manager: EntityManager,
  organisationId: string,
  employeeIds: readonly string[],
): Promise<void> {
  if (employeeIds.length === 0) return;
  await manager.query(
    `UPDATE membership m SET employee_id = e.id
       FROM employee e, user_account u
      WHERE e.organisation_id = $1 AND e.id = ANY($2::uuid[])
        AND m.organisation_id = $1 AND m.employee_id IS NULL
        AND u.id = m.user_id AND u.email = e.email
        AND NOT EXISTS (SELECT 1 FROM membership taken
                         WHERE taken.organisation_id = $1 AND taken.employee_id = e.id)`,
    [organisationId, employeeIds],
  );
}
