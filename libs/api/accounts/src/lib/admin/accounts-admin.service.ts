import { Injectable } from '@nestjs/common';
import { ASSIGNABLE_ROLES, Role } from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  diffFields,
  Membership,
  notFound,
  Notification,
  NotificationCenter,
  Organisation,
  PageInput,
  recordAudit,
  TenantDb,
  TenantScope,
  withEmployeeRole,
} from '@inspraak/api-core';
import {
  AccountFilter,
  AccountModel,
  AccountPageModel,
  OrganisationSettingsInput,
  OrganisationSettingsModel,
} from './accounts-admin.models';

/** The account's status as the accounts page shows it: leaving the directory outranks blocking, blocking outranks a waiting invitation. */
const STATUS_SQL = `CASE WHEN e.status = 'LEFT' THEN 'LEFT'
  WHEN m.blocked_at IS NOT NULL THEN 'BLOCKED'
  WHEN m.activated_at IS NULL THEN 'INVITED'
  ELSE 'ACTIVE' END`;

const ACCOUNT_NOT_FOUND = () => notFound({ nl: 'Account', en: 'Account' });

const DOMAIN =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

@Injectable()
export class AccountsAdminService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly notifications: NotificationCenter,
  ) {}

  async accounts(
    actor: Actor,
    filter: AccountFilter,
    page: PageInput,
  ): Promise<AccountPageModel> {
    const params: unknown[] = [actor.organisationId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['m.organisation_id = $1'];
    const search = filter.search?.trim();
    if (search) {
      const pattern = param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(u.display_name ILIKE ${pattern} OR u.email ILIKE ${pattern}
          OR (e.first_name || ' ' || e.last_name) ILIKE ${pattern})`,
      );
    }
    if (filter.role && filter.role !== Role.MEDEWERKER)
      where.push(`${param(filter.role)}::role = ANY(m.roles)`);
    if (filter.status) where.push(`(${STATUS_SQL}) = ${param(filter.status)}`);
    const from = `FROM membership m
      JOIN user_account u ON u.id = m.user_id
      LEFT JOIN employee e ON e.id = m.employee_id AND e.organisation_id = m.organisation_id
      LEFT JOIN department d ON d.id = e.department_id
      WHERE ${where.join(' AND ')}`;
    const manager = this.tenantDb.scope(actor).manager;
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const items: AccountModel[] = await manager.query(
      `SELECT ${ACCOUNT_COLUMNS} ${from}
        ORDER BY lower(u.display_name), u.email
        OFFSET ${param(page.offset)} LIMIT ${param(page.limit)}`,
      params,
    );
    return { total, items: items.map(withAllRoles) };
  }

  /**
   * Gives and takes roles. MEDEWERKER stays (it is every employee's); the
   * last advisor keeps ADVISEUR. Audited and told to the person.
   */
  async setRoles(
    actor: Actor,
    membershipId: string,
    roles: Role[],
  ): Promise<AccountModel> {
    const unknown = roles.filter(
      (role) => role !== Role.MEDEWERKER && !ASSIGNABLE_ROLES.includes(role),
    );
    if (unknown.length > 0)
      throw badInput('ROLE_NOT_ASSIGNABLE', {
        nl: 'Deze rol kan niet worden toegekend.',
        en: 'This role cannot be assigned.',
      });
    return this.tenantDb.transaction(actor, async (scope) => {
      const membership = await this.lockedMembership(scope, membershipId);
      const next = withEmployeeRole(
        ASSIGNABLE_ROLES.filter((role) => roles.includes(role)),
      );
      if (
        membership.roles.includes(Role.ADVISEUR) &&
        !next.includes(Role.ADVISEUR)
      )
        await this.assertAnotherAdvisor(scope, membership.id);
      const changes = diffFields(
        { roles: [...membership.roles].sort() },
        { roles: [...next].sort() },
        ['roles'],
      );
      if (Object.keys(changes).length > 0) {
        await scope.repo(Membership).save({ ...membership, roles: next });
        await recordAudit(scope, {
          action: 'account.roles-changed',
          entityType: 'Membership',
          entityId: membership.id,
          changes,
        });
        await this.tell(scope, membership.userId, 'account.roles-changed', {
          titleNl: 'Je rollen zijn gewijzigd',
          titleEn: 'Your roles have changed',
          bodyNl: `${actor.displayName} heeft je rollen gewijzigd. Je rollen: ${next.join(', ')}.`,
          bodyEn: `${actor.displayName} changed your roles. Your roles: ${next.join(', ')}.`,
        });
      }
      return this.account(scope, membership.id);
    });
  }

  /** Stops access at once (sessions end) without touching the directory; the last advisor cannot be blocked. */
  async setBlocked(
    actor: Actor,
    membershipId: string,
    blocked: boolean,
  ): Promise<AccountModel> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const membership = await this.lockedMembership(scope, membershipId);
      if (blocked && membership.userId === actor.userId)
        throw conflict('CANNOT_BLOCK_SELF', {
          nl: 'Je kunt je eigen account niet blokkeren.',
          en: 'You cannot block your own account.',
        });
      if (blocked === (membership.blockedAt !== null))
        return this.account(scope, membership.id);
      if (blocked && membership.roles.includes(Role.ADVISEUR))
        await this.assertAnotherAdvisor(scope, membership.id);
      await scope
        .repo(Membership)
        .save({ ...membership, blockedAt: blocked ? new Date() : null });
      if (blocked)
        await scope.manager.query(
          `DELETE FROM session WHERE user_id = $1 AND organisation_id = $2`,
          [membership.userId, scope.organisationId],
        );
      await recordAudit(scope, {
        action: blocked ? 'account.blocked' : 'account.unblocked',
        entityType: 'Membership',
        entityId: membership.id,
      });
      await this.tell(
        scope,
        membership.userId,
        blocked ? 'account.blocked' : 'account.unblocked',
        blocked
          ? {
              titleNl: 'Je account is geblokkeerd',
              titleEn: 'Your account has been blocked',
              bodyNl: `${actor.displayName} heeft je account in deze organisatie geblokkeerd.`,
              bodyEn: `${actor.displayName} blocked your account in this organisation.`,
            }
          : {
              titleNl: 'Je account is weer actief',
              titleEn: 'Your account is active again',
              bodyNl: `${actor.displayName} heeft de blokkade van je account opgeheven.`,
              bodyEn: `${actor.displayName} lifted the block on your account.`,
            },
      );
      return this.account(scope, membership.id);
    });
  }

  async settings(actor: Actor): Promise<OrganisationSettingsModel> {
    const organisation = await this.tenantDb
      .scope(actor)
      .manager.findOneOrFail(Organisation, {
        where: { id: actor.organisationId },
      });
    return toSettings(organisation);
  }

  async updateSettings(
    actor: Actor,
    input: OrganisationSettingsInput,
  ): Promise<OrganisationSettingsModel> {
    const emailDomains = [
      ...new Set(input.emailDomains.map((d) => d.trim().toLowerCase())),
    ].filter((d) => d.length > 0);
    const badDomain = emailDomains.find((d) => !DOMAIN.test(d));
    if (badDomain !== undefined)
      throw badInput(
        'INVALID_DOMAIN',
        { nl: 'Geen geldig domein.', en: 'Not a valid domain.' },
        [
          {
            field: 'emailDomains',
            message: {
              nl: `"${badDomain}" is geen domein zoals zorggroep.nl.`,
              en: `"${badDomain}" is not a domain such as zorggroep.nl.`,
            },
          },
        ],
      );
    return this.tenantDb.transaction(actor, async (scope) => {
      const organisation = await scope.manager.findOneOrFail(Organisation, {
        where: { id: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      // A domain belongs to one organisation: another could otherwise route its people's
      // single sign-on (which starts from the address's domain) to a provider of its own.
      const taken: { domain: string }[] = await scope.manager.query(
        `SELECT DISTINCT d AS domain FROM organisation o, unnest(o.email_domains) d
          WHERE o.id <> $1 AND d = ANY($2::varchar[])`,
        [actor.organisationId, emailDomains],
      );
      if (taken.length > 0)
        throw conflict('DOMAIN_TAKEN', {
          nl: `Het domein ${taken[0]?.domain} hoort al bij een andere organisatie in Inspraak. Neem contact op met de beheerder van deze installatie als dat niet klopt.`,
          en: `The domain ${taken[0]?.domain} already belongs to another organisation in Inspraak. Contact the administrator of this installation if that is wrong.`,
        });
      if (!input.passwordLoginAllowed) {
        // Without a working identity provider nobody, the advisor included, could sign in any more.
        const [{ ready }]: { ready: boolean }[] = await scope.manager.query(
          `SELECT EXISTS (SELECT 1 FROM identity_provider WHERE organisation_id = $1 AND enabled) AS ready`,
          [actor.organisationId],
        );
        if (!ready)
          throw conflict('SINGLE_SIGN_ON_NOT_READY', {
            nl: 'Zet eerst single sign-on aan voordat je inloggen met een wachtwoord uitzet.',
            en: 'Turn on single sign-on before you turn off password sign-in.',
          });
      }
      const before = toSettings(organisation);
      const after: OrganisationSettingsModel = {
        name: input.name.trim(),
        emailDomains,
        passwordLoginAllowed: input.passwordLoginAllowed,
        idleTimeoutMinutes: input.idleTimeoutMinutes,
      };
      await scope.manager.update(Organisation, { id: organisation.id }, after);
      await recordAudit(scope, {
        action: 'organisation.settings-changed',
        entityType: 'Organisation',
        entityId: organisation.id,
        changes: diffFields(before, after, [
          'name',
          'emailDomains',
          'passwordLoginAllowed',
          'idleTimeoutMinutes',
        ]),
      });
      return after;
    });
  }

  /**
   * Locks the organisation's advisors (in id order, so two requests always
   * take the locks in the same order and cannot deadlock) and then the
   * membership being changed: the last-advisor check sees a settled picture.
   */
  private async lockedMembership(
    scope: TenantScope,
    membershipId: string,
  ): Promise<Membership> {
    await scope.manager.query(
      `SELECT id FROM membership WHERE organisation_id = $1 AND 'ADVISEUR' = ANY(roles)
        ORDER BY id FOR UPDATE`,
      [scope.organisationId],
    );
    const membership = await scope.manager.findOne(Membership, {
      where: { id: membershipId, organisationId: scope.organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw ACCOUNT_NOT_FOUND();
    return membership;
  }

  /** Refuses when no other usable advisor remains (the advisors' rows are locked by lockedMembership). */
  private async assertAnotherAdvisor(
    scope: TenantScope,
    membershipId: string,
  ): Promise<void> {
    const others: { id: string }[] = await scope.manager.query(
      `SELECT m.id FROM membership m
        WHERE m.organisation_id = $1 AND m.id <> $2 AND 'ADVISEUR' = ANY(m.roles)
          AND m.activated_at IS NOT NULL AND m.blocked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM employee e WHERE e.id = m.employee_id AND e.status = 'LEFT')
        LIMIT 1`,
      [scope.organisationId, membershipId],
    );
    if (others.length === 0)
      throw conflict('LAST_ADVISOR', {
        nl: 'Dit is de laatste adviseur van de organisatie. Geef eerst iemand anders de rol adviseur.',
        en: 'This is the last advisor of the organisation. Give someone else the advisor role first.',
      });
  }

  private async tell(
    scope: TenantScope,
    userId: string,
    kind: string,
    text: Pick<Notification, 'titleNl' | 'titleEn' | 'bodyNl' | 'bodyEn'>,
  ): Promise<void> {
    if (userId === scope.actor.userId) return;
    await this.notifications.notify(scope.manager, {
      organisationId: scope.organisationId,
      userId,
      kind,
      link: '/account',
      ...text,
    });
  }

  private async account(
    scope: TenantScope,
    membershipId: string,
  ): Promise<AccountModel> {
    const [row]: AccountModel[] = await scope.manager.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM membership m
         JOIN user_account u ON u.id = m.user_id
         LEFT JOIN employee e ON e.id = m.employee_id AND e.organisation_id = m.organisation_id
         LEFT JOIN department d ON d.id = e.department_id
        WHERE m.organisation_id = $1 AND m.id = $2`,
      [scope.organisationId, membershipId],
    );
    if (!row) throw ACCOUNT_NOT_FOUND();
    return withAllRoles(row);
  }
}

const ACCOUNT_COLUMNS = `m.id AS "membershipId", m.user_id AS "userId", m.employee_id AS "employeeId",
  u.display_name AS "displayName", u.email, d.name AS "departmentName", m.roles::text[] AS roles,
  ${STATUS_SQL} AS status, m.last_sign_in_at AS "lastSignInAt",
  (SELECT max(i.created_at) FROM account_invitation i WHERE i.membership_id = m.id) AS "invitedAt"`;

function withAllRoles(account: AccountModel): AccountModel {
  return { ...account, roles: withEmployeeRole(account.roles) };
}

function toSettings(organisation: Organisation): OrganisationSettingsModel {
  return {
    name: organisation.name,
    emailDomains: organisation.emailDomains,
    passwordLoginAllowed: organisation.passwordLoginAllowed,
    idleTimeoutMinutes: organisation.idleTimeoutMinutes,
  };
}
