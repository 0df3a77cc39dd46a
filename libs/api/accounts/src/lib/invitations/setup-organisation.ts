import { DataSource } from 'typeorm';
import { AppConfig, assertMailDelivery, MailService } from '@inspraak/api-core';
import { InvitationMailer } from './invitation.processor';

export interface SetupOrganisationInput {
  name: string;
  advisorEmail: string;
  advisorFirstName: string;
  advisorLastName: string;
  /** The advisor's personeelsnummer in the HR export, so a full import keeps them (default ADVISEUR-1). */
  advisorEmployeeNumber?: string;
  /** Allowed e-mail domain for single sign-on, e.g. `zorggroep.nl`. */
  emailDomain?: string;
}

export interface SetupOrganisationResult {
  organisationId: string;
  slug: string;
  /** The advisor's invitation link (also mailed, or kept in the outbox without SMTP_URL). */
  link: string;
  expiresAt: Date;
  delivery: 'SMTP' | 'OUTBOX';
}

/** A refusal the command line prints as it is (exit code 1). */
export class SetupError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** `Zorggroep Één & Co` → `zorggroep-een-co`. */
export function slugFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return slug || 'organisatie';
}

/**
 * Sets up a real organisation without the demo: the organisation (a unique
 * slug from its name), a directory entry and a waiting account for its first
 * advisor (ADVISEUR and MEDEWERKER), and that advisor's invitation, mailed
 * at once (SMTP, or the development outbox without SMTP_URL). Refused,
 * changing nothing, when an organisation of that name exists.
 */
export async function setupOrganisation(
  dataSource: DataSource,
  config: AppConfig,
  input: SetupOrganisationInput,
): Promise<SetupOrganisationResult> {
  // The invitation must be mailable (SMTP, or the development outbox asked for) before anything is created.
  const delivery = assertMailDelivery(config);
  const name = input.name.trim();
  const email = input.advisorEmail.trim().toLowerCase();
  const firstName = input.advisorFirstName.trim();
  const lastName = input.advisorLastName.trim();
  const employeeNumber = (input.advisorEmployeeNumber ?? 'ADVISEUR-1').trim();
  const domain = input.emailDomain?.trim().toLowerCase().replace(/^@/, '');
  const problems = [
    !name || name.length > 200 ? '--name: 1 to 200 characters' : null,
    !EMAIL.test(email) || email.length > 320
      ? '--advisor-email: not an e-mail address'
      : null,
    !firstName || firstName.length > 100
      ? '--advisor-first-name: 1 to 100 characters'
      : null,
    !lastName || lastName.length > 150
      ? '--advisor-last-name: 1 to 150 characters'
      : null,
    !employeeNumber || employeeNumber.length > 50
      ? '--advisor-employee-number: 1 to 50 characters'
      : null,
    domain !== undefined && !DOMAIN.test(domain)
      ? '--email-domain: not a domain name (e.g. zorggroep.nl)'
      : null,
  ].filter((p): p is string => p !== null);
  if (problems.length) throw new SetupError(problems.join('\n'));

  const created = await dataSource.transaction(async (manager) => {
    // One set-up at a time, so two runs with the same name cannot both pass the check.
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('setup-organisation'))`,
    );
    const [existing] = (await manager.query(
      `SELECT id FROM organisation WHERE lower(name) = lower($1)`,
      [name],
    )) as { id: string }[];
    if (existing)
      throw new SetupError(
        `An organisation named "${name}" exists already (id ${existing.id}); nothing was changed.`,
      );
    if (domain) {
      const [claimed] = (await manager.query(
        `SELECT name FROM organisation WHERE $1 = ANY(email_domains)`,
        [domain],
      )) as { name: string }[];
      if (claimed)
        throw new SetupError(
          `The domain ${domain} belongs to "${claimed.name}" already; nothing was changed.`,
        );
    }
    const base = slugFromName(name);
    const taken = new Set(
      (
        (await manager.query(
          `SELECT slug FROM organisation WHERE slug = $1::text OR slug LIKE $1::text || '-%'`,
          [base],
        )) as { slug: string }[]
      ).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    const [organisation] = (await manager.query(
      `INSERT INTO organisation (name, slug, email_domains) VALUES ($1, $2, $3) RETURNING id`,
      [name, slug, domain ? [domain] : []],
    )) as { id: string }[];
    const organisationId = organisation!.id;
    const [employee] = (await manager.query(
      `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organisationId, employeeNumber, firstName, lastName, email],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO user_account (email, display_name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING`,
      [email, `${firstName} ${lastName}`],
    );
    const [user] = (await manager.query(
      `SELECT id FROM user_account WHERE email = $1`,
      [email],
    )) as { id: string }[];
    const [membership] = (await manager.query(
      `INSERT INTO membership (organisation_id, user_id, employee_id, roles, activated_at)
       VALUES ($1, $2, $3, '{ADVISEUR,MEDEWERKER}'::role[], NULL) RETURNING id`,
      [organisationId, user!.id, employee!.id],
    )) as { id: string }[];
    const [run] = (await manager.query(
      `INSERT INTO account_invitation_run (organisation_id, created_by_user_id, invitation_count)
       VALUES ($1, $2, 1) RETURNING id`,
      [organisationId, user!.id],
    )) as { id: string }[];
    const [invitation] = (await manager.query(
      `INSERT INTO account_invitation (organisation_id, membership_id, run_id) VALUES ($1, $2, $3) RETURNING id`,
      [organisationId, membership!.id, run!.id],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO audit_entry (organisation_id, actor_user_id, actor_email, action, entity_type, entity_id, changes)
       VALUES ($1, NULL, 'setup-organisation (command line)', 'organisation.set-up', 'Organisation', $2, $3)`,
      [
        organisationId,
        organisationId,
        JSON.stringify({
          name,
          slug,
          emailDomains: domain ? [domain] : [],
          firstAdvisor: email,
        }),
      ],
    );
    return { organisationId, slug, invitationId: invitation!.id };
  });

  const mail = new MailService(dataSource, config);
  try {
    const mailer = new InvitationMailer(dataSource, mail, config);
    const outcome = await mailer.sendOne(
      created.invitationId,
      created.organisationId,
    );
    if (outcome.status !== 'SENT' || !outcome.link || !outcome.expiresAt)
      throw new SetupError(
        `The organisation was created (slug ${created.slug}), but the invitation could not be mailed; ` +
          'the worker retries it. Check SMTP_URL.',
      );
    return {
      organisationId: created.organisationId,
      slug: created.slug,
      link: outcome.link,
      expiresAt: outcome.expiresAt,
      delivery,
    };
  } finally {
    mail.onModuleDestroy();
  }
}
