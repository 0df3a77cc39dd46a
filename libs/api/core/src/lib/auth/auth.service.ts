import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource, MoreThan } from 'typeorm';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor';
import {
  LoginFailure,
  Membership,
  Organisation,
  Session,
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
    res: Response,
  ): Promise<Actor> {
    const email = emailInput.trim().toLowerCase();
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
    ) {
      throw tooManyAttempts(this.config.LOGIN_WINDOW_MINUTES);
    }

    const user = await this.dataSource
      .getRepository(UserAccount)
      .findOne({ where: { email } });
    const passwordOk = await argon2
      .verify(user?.passwordHash ?? (await this.dummyHash), password)
      .catch(() => false);
    const membership =
      user && passwordOk
        ? await this.dataSource.getRepository(Membership).findOne({
            where: { userId: user.id },
            order: { createdAt: 'ASC' },
          })
        : null;
    if (!user || !passwordOk || !membership) {
      await failures.insert({ emailKey: email, ipAddress });
      throw invalidCredentials();
    }
    await failures.delete({ emailKey: email });

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000,
    );
    await this.dataSource.getRepository(Session).insert({
      tokenHash: hashToken(token),
      userId: user.id,
      organisationId: membership.organisationId,
      expiresAt,
    });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: this.config.COOKIE_SECURE,
      sameSite: 'lax',
      path: '/',
      expires: expiresAt,
    });
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      organisationId: membership.organisationId,
      roles: membership.roles,
    };
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
    const token = readCookie(req, SESSION_COOKIE);
    req.actor = token ? await this.actorForToken(token) : null;
    return req.actor;
  }

  private async actorForToken(token: string): Promise<Actor | null> {
    const row = await this.dataSource
      .createQueryBuilder(Session, 's')
      .innerJoin(UserAccount, 'u', 'u.id = s.userId')
      .innerJoin(
        Membership,
        'm',
        'm.userId = s.userId AND m.organisationId = s.organisationId',
      )
      .select([
        's.userId AS "userId"',
        's.organisationId AS "organisationId"',
        'u.email AS "email"',
        'u.displayName AS "displayName"',
        'm.roles::text[] AS "roles"',
      ])
      .where('s.tokenHash = :hash AND s.expiresAt > now()', {
        hash: hashToken(token),
      })
      .getRawOne<Actor>();
    return row ?? null;
  }

  organisation(organisationId: string): Promise<Organisation | null> {
    return this.dataSource
      .getRepository(Organisation)
      .findOne({ where: { id: organisationId } });
  }
}
