import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AppError,
  assertPasswordPolicy,
  AuthService,
  badInput,
  conflict,
  notFound,
  QueueName,
  recordAudit,
  RequestWithActor,
  SignInMethod,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  InviteEmployeesInput,
  InvitationDetailsModel,
  InvitationRunModel,
} from './invitation.models';
import {
  enqueuePendingInvitations,
  invitationTokenHash,
} from './invitation-queue';

const EMPLOYEE = { nl: 'Medewerker', en: 'Employee' };
const DEPARTMENT = { nl: 'Afdeling', en: 'Department' };
const RUN = { nl: 'Uitnodigingsronde', en: 'Invitation run' };
const INVITATION = { nl: 'Uitnodiging', en: 'Invitation' };

const invitationUsed = () =>
  conflict('INVITATION_USED', {
    nl: 'Deze uitnodiging is al gebruikt of vervangen door een nieuwere.',
    en: 'This invitation was used already or replaced by a newer one.',
  });
const invitationExpired = () =>
  conflict('INVITATION_EXPIRED', {
    nl: 'Deze uitnodiging is verlopen. Vraag een nieuwe aan.',
    en: 'This invitation has expired. Ask for a new one.',
  });
const noLongerEmployed = () =>
  conflict('EMPLOYEE_LEFT', {
    nl: 'Deze uitnodiging geldt niet meer: je staat niet meer als medewerker geregistreerd.',
    en: 'This invitation no longer applies: you are no longer registered as an employee.',
  });
const accountBlocked = () =>
  conflict('ACCOUNT_BLOCKED', {
    nl: 'Dit account is geblokkeerd.',
    en: 'This account is blocked.',
  });

const singleSignOnRequired = () =>
  new AppError('FORBIDDEN', 'SINGLE_SIGN_ON_REQUIRED', {
    nl: 'Je organisatie laat je alleen inloggen via haar eigen inlogdienst. Gebruik "Inloggen via je organisatie".',
    en: 'Your organisation lets you sign in only through its own identity provider. Use "Sign in through your organisation".',
  });

interface InvitationRow {
  id: string;
  organisationId: string;
  membershipId: string;
  status: string;
  expiresAt: Date | null;
  organisationName: string;
  userId: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  employeeStatus: string | null;
  blockedAt: Date | null;
  roles: Role[];
  employeeId: string | null;
  passwordLoginAllowed: boolean;
}

const INVITATION_BY_TOKEN = `
  SELECT i.id, i.organisation_id AS "organisationId", i.membership_id AS "membershipId", i.status,
         i.expires_at AS "expiresAt", o.name AS "organisationName",
         u.id AS "userId", u.email, coalesce(e.first_name || ' ' || e.last_name, u.display_name) AS "displayName",
         u.password_hash AS "passwordHash", e.status AS "employeeStatus", m.blocked_at AS "blockedAt",
         m.roles::text[] AS roles, m.employee_id AS "employeeId",
         o.password_login_allowed AS "passwordLoginAllowed"
    FROM account_invitation i
    JOIN membership m ON m.id = i.membership_id
    JOIN user_account u ON u.id = m.user_id
    JOIN organisation o ON o.id = i.organisation_id
    LEFT JOIN employee e ON e.id = m.employee_id
   WHERE i.token_hash = $1`;

/**
 * Account invitations on the API's side: making them (set-based, in one
 * transaction with the accounts, memberships, the run and its audit record),
 * queueing them for the worker, progress, and accepting a link.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @InjectQueue(QueueName.AccountInvitations) private readonly queue: Queue,
  ) {}

  /**
   * Invites the chosen active directory entries: an account per e-mail
   * address (reused when the person has one, also from another
   * organisation), a waiting membership (MEDEWERKER) per entry, and one
   * pending invitation per membership that is not active or blocked. Then
   * queues them. Everyone-without-an-account leaves out those whose
   * invitation still works; a person chosen by name or department gets a
   * fresh link (the older one stops working once it is mailed).
   */
  async invite(
    actor: Actor,
    input: InviteEmployeesInput,
  ): Promise<InvitationRunModel> {
    const employeeIds = [...new Set(input.employeeIds ?? [])];
    const departmentIds = [...new Set(input.departmentIds ?? [])];
    const everyone = input.everyoneWithoutAccount === true;
    if (!everyone && employeeIds.length === 0 && departmentIds.length === 0)
      throw badInput('NOTHING_SELECTED', {
        nl: 'Kies wie je wilt uitnodigen.',
        en: 'Choose whom to invite.',
      });
    const runId = await this.tenantDb.transaction(actor, async (scope) => {
      const organisationId = scope.organisationId;
      const query = <T>(sql: string, params: unknown[]) =>
        scope.manager.query(sql, params) as Promise<T>;
      await this.checkEmployees(scope, employeeIds);
      const departments = await this.expandDepartments(
        scope,
        departmentIds,
        input.includeSubDepartments === true,
      );

      await query(
        `CREATE TEMP TABLE invite_target (employee_id uuid PRIMARY KEY, email varchar(320) NOT NULL,
           display_name varchar(260) NOT NULL, chosen boolean NOT NULL) ON COMMIT DROP`,
        [],
      );
      await query(
        `INSERT INTO invite_target (employee_id, email, display_name, chosen)
         SELECT e.id, e.email, left(e.first_name || ' ' || e.last_name, 200),
                e.id = ANY($2::uuid[]) OR e.department_id = ANY($3::uuid[])
           FROM employee e
          WHERE e.organisation_id = $1 AND e.status = 'ACTIVE'
            AND (e.id = ANY($2::uuid[]) OR e.department_id = ANY($3::uuid[]) OR $4)`,
        [organisationId, employeeIds, departments, everyone],
      );
      // An account of this organisation made before accounts belonged to directory entries joins its entry.
      await query(
        `UPDATE membership m SET employee_id = t.employee_id
           FROM invite_target t JOIN user_account u ON u.email = t.email
          WHERE m.organisation_id = $1 AND m.user_id = u.id AND m.employee_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.organisation_id = $1 AND o.employee_id = t.employee_id)`,
        [organisationId],
      );
      // Active or blocked accounts are not invited; neither, for "everyone", is someone whose link still works.
      await query(
        `DELETE FROM invite_target t
          WHERE EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = $1 AND m.employee_id = t.employee_id
                          AND (m.activated_at IS NOT NULL OR m.blocked_at IS NOT NULL))
             OR (NOT t.chosen AND EXISTS (
                  SELECT 1 FROM membership m JOIN account_invitation i ON i.membership_id = m.id
                   WHERE m.organisation_id = $1 AND m.employee_id = t.employee_id
                     AND (i.status IN ('PENDING', 'SENDING') OR (i.status = 'SENT' AND i.expires_at > now()))))`,
        [organisationId],
      );
      await query(
        `INSERT INTO user_account (email, display_name)
         SELECT email, display_name FROM invite_target
         ON CONFLICT (email) DO NOTHING`,
        [],
      );
      await query(
        `INSERT INTO membership (organisation_id, user_id, employee_id, roles, activated_at)
         SELECT $1, u.id, t.employee_id, '{MEDEWERKER}'::role[], NULL
           FROM invite_target t JOIN user_account u ON u.email = t.email
         ON CONFLICT DO NOTHING`,
        [organisationId],
      );
      const [run] = await query<{ id: string }[]>(
        `INSERT INTO account_invitation_run (organisation_id, created_by_user_id, invitation_count)
         VALUES ($1, $2, 0) RETURNING id`,
        [organisationId, actor.userId],
      );
      const [{ count }] = await query<[{ count: number }]>(
        `WITH made AS (
           INSERT INTO account_invitation (organisation_id, membership_id, run_id)
           SELECT $1, m.id, $2
             FROM invite_target t
             JOIN membership m ON m.organisation_id = $1 AND m.employee_id = t.employee_id
            WHERE m.activated_at IS NULL AND m.blocked_at IS NULL
           ON CONFLICT DO NOTHING
           RETURNING 1)
         SELECT count(*)::int AS count FROM made`,
        [organisationId, run!.id],
      );
      await query(
        `UPDATE account_invitation_run SET invitation_count = $2 WHERE id = $1`,
        [run!.id, count],
      );
      await recordAudit(scope, {
        action: 'account-invitation.run-created',
        entityType: 'AccountInvitationRun',
        entityId: run!.id,
        changes: {
          employeeIds,
          departmentIds,
          includeSubDepartments: input.includeSubDepartments === true,
          everyoneWithoutAccount: everyone,
          invitationCount: count,
        },
      });
      return run!.id;
    });
    await enqueuePendingInvitations(
      this.queue,
      this.dataSource.manager,
      actor.organisationId,
      runId,
    );
    return this.run(actor, runId);
  }

  /** Every chosen entry exists in this organisation and is active. */
  private async checkEmployees(scope: TenantScope, ids: string[]) {
    if (ids.length === 0) return;
    const rows = (await scope.manager.query(
      `SELECT id, status FROM employee WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [scope.organisationId, ids],
    )) as { id: string; status: string }[];
    if (rows.length !== ids.length) throw notFound(EMPLOYEE);
    if (rows.some((r) => r.status !== 'ACTIVE'))
      throw badInput(
        'EMPLOYEE_LEFT',
        {
          nl: 'Iemand die uit dienst is, kan geen uitnodiging krijgen.',
          en: 'Someone who has left cannot be invited.',
        },
        [
          {
            field: 'employeeIds',
            message: { nl: 'Uit dienst.', en: 'Has left.' },
          },
        ],
      );
  }

  /** The chosen departments of this organisation, with those below them when asked. */
  private async expandDepartments(
    scope: TenantScope,
    ids: string[],
    withSubDepartments: boolean,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = (await scope.manager.query(
      `SELECT id FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [scope.organisationId, ids],
    )) as { id: string }[];
    if (found.length !== ids.length) throw notFound(DEPARTMENT);
    if (!withSubDepartments) return ids;
    const rows = (await scope.manager.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])
         UNION
         SELECT d.id FROM department d JOIN tree ON d.parent_id = tree.id WHERE d.organisation_id = $1)
       SELECT id FROM tree`,
      [scope.organisationId, ids],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async run(actor: Actor, id: string): Promise<InvitationRunModel> {
    const [run] = await this.runs(actor, id);
    if (!run) throw notFound(RUN);
    return run;
  }

  /** Runs, newest first, with their progress (sent counts every invitation that was mailed). */
  async runs(actor: Actor, id?: string): Promise<InvitationRunModel[]> {
    return this.dataSource.query(
      `SELECT r.id, r.created_at AS "createdAt", r.invitation_count AS "invitationCount",
              count(i.id) FILTER (WHERE i.status IN ('PENDING', 'SENDING'))::int AS pending,
              count(i.id) FILTER (WHERE i.sent_at IS NOT NULL)::int AS sent,
              count(i.id) FILTER (WHERE i.status = 'FAILED')::int AS failed,
              count(i.id) FILTER (WHERE i.status = 'ACCEPTED')::int AS accepted,
              count(i.id) FILTER (WHERE i.status = 'REVOKED')::int AS revoked
         FROM account_invitation_run r
         LEFT JOIN account_invitation i ON i.run_id = r.id AND i.organisation_id = r.organisation_id
        WHERE r.organisation_id = $1 AND ($2::uuid IS NULL OR r.id = $2::uuid)
        GROUP BY r.id
        ORDER BY r.created_at DESC
        LIMIT 100`,
      [actor.organisationId, id ?? null],
    ) as Promise<InvitationRunModel[]>;
  }

  /** What the invitation page shows; NOT_FOUND for a token that was never sent. */
  async details(token: string): Promise<InvitationDetailsModel> {
    const [row] = (await this.dataSource.query(INVITATION_BY_TOKEN, [
      invitationTokenHash(token),
    ])) as InvitationRow[];
    if (!row || !row.expiresAt) throw notFound(INVITATION);
    return {
      organisationName: row.organisationName,
      displayName: row.displayName,
      email: row.email,
      expiresAt: row.expiresAt,
      expired: row.expiresAt.getTime() <= Date.now(),
      used: row.status !== 'SENT',
      passwordExists: row.passwordHash !== null,
      singleSignOnRequired: !row.passwordLoginAllowed,
    };
  }

  /**
   * Uses the link, once: the person's password (a new one, checked against
   * the policy; or, when they have one from another organisation, that one,
   * verified and limited like a login), the membership activated, the
   * invitation accepted and a session started, in one transaction.
   */
  async accept(
    token: string,
    password: string,
    req: RequestWithActor,
    res: Response,
  ): Promise<Actor> {
    const hash = invitationTokenHash(token);
    const [found] = (await this.dataSource.query(INVITATION_BY_TOKEN, [
      hash,
    ])) as InvitationRow[];
    if (!found || !found.expiresAt) throw notFound(INVITATION);
    this.assertUsable(found);
    if (found.passwordHash)
      await this.verifyExistingPassword(
        found,
        found.passwordHash,
        password,
        req.ip ?? 'unknown',
      );
    else assertPasswordPolicy(password, found);
    const newHash = found.passwordHash
      ? null
      : await AuthService.hashPassword(password);

    await this.dataSource.transaction(async (manager) => {
      // Again under a row lock: two uses at the same moment, one wins.
      const [row] = (await manager.query(
        `${INVITATION_BY_TOKEN} FOR UPDATE OF i, u`,
        [hash],
      )) as InvitationRow[];
      if (!row) throw notFound(INVITATION);
      this.assertUsable(row);
      if (row.passwordHash !== found.passwordHash)
        // The password was set meanwhile (another invitation): ask again.
        throw invitationUsed();
      const actor: Actor = {
        userId: row.userId,
        email: row.email,
        displayName: row.displayName,
        organisationId: row.organisationId,
        roles: row.roles,
        employeeId: row.employeeId,
        sessionId: null,
      };
      await manager.query(
        `UPDATE account_invitation SET status = 'ACCEPTED', accepted_at = now() WHERE id = $1`,
        [row.id],
      );
      await manager.query(
        `UPDATE account_invitation SET status = 'REVOKED'
          WHERE membership_id = $1 AND id <> $2 AND status IN ('PENDING', 'SENT')`,
        [row.membershipId, row.id],
      );
      await manager.query(
        `UPDATE membership SET activated_at = now() WHERE id = $1`,
        [row.membershipId],
      );
      if (newHash)
        await manager.query(
          `UPDATE user_account SET password_hash = $2, password_changed_at = now() WHERE id = $1`,
          [row.userId, newHash],
        );
      await recordAudit(new TenantScope(manager, actor), {
        action: 'account-invitation.accepted',
        entityType: 'Membership',
        entityId: row.membershipId,
        changes: {
          invitationId: row.id,
          password: newHash ? 'chosen' : 'existing',
        },
      });
      await this.auth.startSession(manager, {
        userId: row.userId,
        organisationId: row.organisationId,
        method: SignInMethod.PASSWORD,
        req,
        res,
      });
    });
    const actor = await this.auth.actorFromRequest(req);
    if (!actor) throw invitationUsed();
    return actor;
  }

  private assertUsable(row: InvitationRow) {
    if (row.status !== 'SENT') throw invitationUsed();
    if (!row.expiresAt || row.expiresAt.getTime() <= Date.now())
      throw invitationExpired();
    if (row.employeeStatus !== null && row.employeeStatus !== 'ACTIVE')
      throw noLongerEmployed();
    if (row.blockedAt) throw accountBlocked();
    if (!row.passwordLoginAllowed) throw singleSignOnRequired();
  }

  /** Someone who already has a password proves it, limited like a login so the link cannot be used to guess it. */
  private async verifyExistingPassword(
    row: InvitationRow,
    passwordHash: string,
    password: string,
    ipAddress: string,
  ) {
    const ok = await this.auth.verifyPassword(
      { email: row.email, passwordHash },
      password,
      ipAddress,
    );
    if (!ok) {
      throw badInput(
        'PASSWORD_INCORRECT',
        {
          nl: 'Je hebt al een wachtwoord voor Inspraak; vul dat in.',
          en: 'You already have an Inspraak password; enter that one.',
        },
        [
          {
            field: 'password',
            message: {
              nl: 'Niet je huidige wachtwoord.',
              en: 'Not your current password.',
            },
          },
        ],
      );
    }
  }
}
