import { InjectQueue } from '@nestjs/bullmq';
import type { AuditAction } from '@inspraak/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AppError,
  assertPasswordPolicy,
  AuthService,
  badInput,
  hashToken,
  LoginFailure,
  MailService,
  MEMBERSHIP_HAS_ACCESS,
  PasswordResetToken,
  QueueName,
  recordAudit,
  TenantScope,
  UserAccount,
  withTimeout,
  PersonalParts,
} from '@inspraak/api-core';

/** A reset link works for one hour. */
const RESET_TTL_MS = 3_600_000;
/** At most this many reset mails per person per hour, whoever asks. */
const RESETS_PER_PERSON_PER_HOUR = 3;
/** Requests from one client address per login window, before TOO_MANY_REQUESTS. */
const RESET_REQUESTS_PER_ADDRESS = 10;
/** Reset requests are counted with the failed logins, under their own key, so one limit store serves both. */
const RESET_ATTEMPT_KEY = 'password-reset-request';
const ENQUEUE_TIMEOUT_MS = 2_000;

export interface PasswordResetJob {
  email: string;
}

const linkInvalid = () =>
  badInput('RESET_LINK_INVALID', {
    nl: 'Deze link om je wachtwoord opnieuw in te stellen is ongeldig. Vraag een nieuwe aan.',
    en: 'This password reset link is not valid. Ask for a new one.',
  });

@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.PasswordResets)
    private readonly queue: Queue<PasswordResetJob>,
  ) {}

  /**
   * Changes the caller's own password; the current one is required (and a
   * wrong one counts as a failed login). Every other session of the person
   * ends; this one stays.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    ipAddress: string,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserAccount)
      .findOneOrFail({ where: { id: actor.userId } });
    const currentOk = await this.auth.verifyPassword(
      user,
      currentPassword,
      ipAddress,
    );
    if (!currentOk)
      throw badInput(
        'WRONG_PASSWORD',
        {
          nl: 'Je huidige wachtwoord klopt niet.',
          en: 'Your current password is not correct.',
        },
        [
          {
            field: 'currentPassword',
            message: {
              nl: 'Dit is niet je huidige wachtwoord.',
              en: 'This is not your current password.',
            },
          },
        ],
      );
    assertPasswordPolicy(newPassword, user, 'newPassword');
    if (await argon2.verify(user.passwordHash as string, newPassword))
      throw badInput(
        'PASSWORD_UNCHANGED',
        {
          nl: 'Kies een ander wachtwoord dan je huidige.',
          en: 'Choose a password other than your current one.',
        },
        [
          {
            field: 'newPassword',
            message: {
              nl: 'Dit is je huidige wachtwoord.',
              en: 'This is your current password.',
            },
          },
        ],
      );
    const passwordHash = await AuthService.hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserAccount,
        { id: user.id },
        { passwordHash, passwordChangedAt: new Date() },
      );
      await manager.query(
        `DELETE FROM session WHERE user_id = $1 AND id <> $2`,
        [user.id, actor.sessionId],
      );
      await recordAudit(new TenantScope(manager, actor), {
        action: 'account.password-changed',
        entityType: 'UserAccount',
        entityId: user.id,
      });
    });
  }

  /**
   * "Wachtwoord vergeten": always the same answer, as fast whether or not the
   * address exists, because the worker looks the person up and mails. Limited
   * per client address here and per person in the worker.
   */
  async requestReset(email: string, ipAddress: string): Promise<void> {
    const failures = this.dataSource.getRepository(LoginFailure);
    const recent = await failures.count({
      where: {
        emailKey: RESET_ATTEMPT_KEY,
        ipAddress,
        attemptedAt: MoreThan(this.windowStart()),
      },
    });
    if (recent >= RESET_REQUESTS_PER_ADDRESS)
      throw new AppError('TOO_MANY_REQUESTS', 'RESET_RATE_LIMITED', {
        nl: `Te veel aanvragen. Probeer het over ${this.config.LOGIN_WINDOW_MINUTES} minuten opnieuw.`,
        en: `Too many requests. Try again in ${this.config.LOGIN_WINDOW_MINUTES} minutes.`,
      });
    await failures.insert({ emailKey: RESET_ATTEMPT_KEY, ipAddress });
    try {
      await withTimeout(
        this.queue.add('reset', { email: email.trim().toLowerCase() }),
        ENQUEUE_TIMEOUT_MS,
        'Redis',
      );
    } catch (error) {
      // Nothing to catch up later: the person can ask again.
      this.logger.warn(
        `Password reset not queued: ${(error as Error).message}`,
      );
    }
  }

  /** The worker's half of a reset request: a single-use link by e-mail, to people who may sign in with a password. */
  async sendReset(job: PasswordResetJob): Promise<'SENT' | 'SKIPPED'> {
    const rows: {
      userId: string;
      organisationId: string;
      displayName: string;
    }[] = await this.dataSource.query(
      `SELECT u.id AS "userId", m.organisation_id AS "organisationId", u.display_name AS "displayName"
           FROM user_account u
           JOIN membership m ON m.user_id = u.id
           JOIN organisation o ON o.id = m.organisation_id
          WHERE u.email = $1 AND ${MEMBERSHIP_HAS_ACCESS} AND o.password_login_allowed
          ORDER BY m.created_at LIMIT 1`,
      [job.email],
    );
    const person = rows[0];
    if (!person) return 'SKIPPED';
    return this.dataSource.transaction(async (manager) => {
      // Serialises requests for one person, so the hourly limit holds under concurrency.
      await manager.query(
        `SELECT 1 FROM user_account WHERE id = $1 FOR UPDATE`,
        [person.userId],
      );
      const lastHour = await manager.count(PasswordResetToken, {
        where: {
          userId: person.userId,
          createdAt: MoreThan(new Date(Date.now() - 3_600_000)),
        },
      });
      if (lastHour >= RESETS_PER_PERSON_PER_HOUR) return 'SKIPPED';
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + RESET_TTL_MS);
      await manager.insert(PasswordResetToken, {
        userId: person.userId,
        tokenHash: hashToken(token),
        expiresAt,
      });
      const link = `${this.mail.publicUrl}/reset-password/${token}`;
      await this.mail.send(
        {
          organisationId: person.organisationId,
          to: job.email,
          recipientName: person.displayName,
          oneTimeLink: link,
          subject: 'Nieuw wachtwoord instellen / Set a new password',
          text: resetMailText,
        },
        manager,
      );
      return 'SENT';
    });
  }

  /** Sets a new password with a reset link: single use, one hour; every session of the person ends. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordResetToken, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset) throw linkInvalid();
      if (reset.usedAt)
        throw new AppError('CONFLICT', 'RESET_LINK_USED', {
          nl: 'Deze link is al gebruikt. Vraag een nieuwe aan als je je wachtwoord opnieuw wilt instellen.',
          en: 'This link has been used already. Ask for a new one to set your password again.',
        });
      if (reset.expiresAt.getTime() <= Date.now())
        throw badInput('RESET_LINK_EXPIRED', {
          nl: 'Deze link is verlopen (hij werkt een uur). Vraag een nieuwe aan.',
          en: 'This link has expired (it works for one hour). Ask for a new one.',
        });
      const user = await manager.findOneOrFail(UserAccount, {
        where: { id: reset.userId },
      });
      assertPasswordPolicy(newPassword, user, 'newPassword');
      await manager.update(
        UserAccount,
        { id: user.id },
        {
          passwordHash: await AuthService.hashPassword(newPassword),
          passwordChangedAt: new Date(),
        },
      );
      // This link and every other open one of the person stop working.
      await manager.update(
        PasswordResetToken,
        { userId: user.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      await manager.query(`DELETE FROM session WHERE user_id = $1`, [user.id]);
      await this.auditInEveryOrganisation(
        manager,
        user,
        'account.password-reset',
      );
    });
  }

  /** A person-level change is recorded in each organisation the person belongs to, as done by themselves. */
  private async auditInEveryOrganisation(
    manager: EntityManager,
    user: UserAccount,
    action: AuditAction,
  ): Promise<void> {
    const organisations: { organisationId: string }[] = await manager.query(
      `SELECT organisation_id AS "organisationId" FROM membership WHERE user_id = $1`,
      [user.id],
    );
    for (const { organisationId } of organisations)
      await recordAudit(
        new TenantScope(manager, {
          userId: user.id,
          email: user.email,
          displayName: user.displayName,
          organisationId,
          roles: [],
          employeeId: null,
          sessionId: null,
        }),
        { action, entityType: 'UserAccount', entityId: user.id },
      );
  }

  private windowStart(): Date {
    return new Date(Date.now() - this.config.LOGIN_WINDOW_MINUTES * 60_000);
  }
}

function resetMailText({ name, link }: PersonalParts): string {
  return [
    `Beste ${name},`,
    '',
    'Je hebt gevraagd om een nieuw wachtwoord voor Inspraak. Kies het via deze link (één keer te gebruiken, een uur geldig):',
    link,
    '',
    'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.',
    '',
    '---',
    '',
    `Dear ${name},`,
    '',
    'You asked for a new Inspraak password. Choose it through this link (single use, valid for one hour):',
    link,
    '',
    'Did not ask for this? Then ignore this e-mail; your password stays the same.',
  ].join('\n');
}
