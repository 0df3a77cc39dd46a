import { badInput, TenantScope } from '@inspraak/api-core';
import { AudienceKind, SurveyAudience } from './survey.entities';

export interface Invitee {
  email: string;
  displayName: string;
  departmentId: string | null;
  location: string | null;
  contractType: string | null;
}

/**
 * The people a survey goes to, from the directory (active employees with an
 * e-mail address) and, for a trajectory's participants or a list, members
 * that the directory does not know (without groups).
 */
export async function resolveAudience(
  scope: TenantScope,
  audience: SurveyAudience,
): Promise<Invitee[]> {
  const org = scope.organisationId;
  const employees = async (where: string, params: unknown[]) =>
    (await scope.manager.query(
      `SELECT lower(e.email) AS email, e.first_name || ' ' || e.last_name AS "displayName", e.department_id AS "departmentId", e.location, e.contract_type::text AS "contractType"
       FROM employee e WHERE e.organisation_id = $1 AND e.status = 'ACTIVE' AND e.email <> '' AND ${where}`,
      [org, ...params],
    )) as Invitee[];
  switch (audience.kind) {
    case AudienceKind.EVERYONE:
      return employees('true', []);
    case AudienceKind.DEPARTMENTS: {
      if (audience.departmentIds.length === 0) throw noDepartments();
      const known = (await scope.manager.query(
        'SELECT count(*)::int AS n FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
        [org, audience.departmentIds],
      )) as { n: number }[];
      if (known[0]!.n !== new Set(audience.departmentIds).size)
        throw noDepartments();
      const ids = audience.includeSubDepartments
        ? (
            (await scope.manager.query(
              `WITH RECURSIVE tree AS (SELECT id FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])
             UNION SELECT d.id FROM department d JOIN tree ON d.parent_id = tree.id WHERE d.organisation_id = $1)
             SELECT id FROM tree`,
              [org, audience.departmentIds],
            )) as { id: string }[]
          ).map((r) => r.id)
        : audience.departmentIds;
      return employees('e.department_id = ANY($2::uuid[])', [ids]);
    }
    case AudienceKind.TRAJECTORY: {
      if (!audience.trajectoryId)
        throw badInput('TRAJECTORY_REQUIRED', {
          nl: 'Kies het traject.',
          en: 'Choose the trajectory.',
        });
      // Read through the tables: contexts stay independent libraries.
      const members = (await scope.manager.query(
        `SELECT lower(u.email) AS email, u.display_name AS "displayName" FROM user_account u
         WHERE u.id IN (
           SELECT m.user_id FROM regie_team_member m WHERE m.organisation_id = $1 AND m.trajectory_id = $2
           UNION SELECT wm.user_id FROM workgroup_membership wm JOIN workgroup w ON w.id = wm.workgroup_id
             WHERE wm.organisation_id = $1 AND w.trajectory_id = $2 AND wm.status = 'MEMBER')`,
        [org, audience.trajectoryId],
      )) as { email: string; displayName: string }[];
      if (members.length === 0)
        throw badInput('EMPTY_AUDIENCE', {
          nl: 'Dit traject heeft (nog) geen deelnemers.',
          en: 'This trajectory has no participants (yet).',
        });
      return withDirectory(members);
    }
    case AudienceKind.LIST: {
      const emails = [
        ...new Set(audience.emails.map((e) => e.trim().toLowerCase())),
      ];
      const found = await employees('lower(e.email) = ANY($2::text[])', [
        emails,
      ]);
      const members = await membersByEmail(scope, emails);
      assertAllKnown(emails, [...found, ...members]);
      return withDirectory(members, found);
    }
  }

  async function withDirectory(
    members: { email: string; displayName: string }[],
    alreadyFound?: Invitee[],
  ): Promise<Invitee[]> {
    const found =
      alreadyFound ??
      (await employees('lower(e.email) = ANY($2::text[])', [
        members.map((m) => m.email),
      ]));
    const byEmail = new Map(found.map((f) => [f.email, f]));
    for (const member of members)
      if (!byEmail.has(member.email))
        byEmail.set(member.email, {
          email: member.email,
          displayName: member.displayName,
          departmentId: null,
          location: null,
          contractType: null,
        });
    return [...byEmail.values()];
  }
}

/**
 * Refuses an audience that names anything outside the organisation (a
 * department, a trajectory or an address it does not know), also in a draft:
 * a survey never stores another organisation's references, even unused ones.
 */
export async function assertAudienceReferences(
  scope: TenantScope,
  audience: SurveyAudience,
): Promise<void> {
  const org = scope.organisationId;
  const departmentIds = [...new Set(audience.departmentIds)];
  if (departmentIds.length > 0) {
    const [known] = (await scope.manager.query(
      'SELECT count(*)::int AS n FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
      [org, departmentIds],
    )) as { n: number }[];
    if (known!.n !== departmentIds.length) throw noDepartments();
  }
  if (audience.trajectoryId) {
    const found = (await scope.manager.query(
      'SELECT 1 FROM trajectory WHERE organisation_id = $1 AND id = $2',
      [org, audience.trajectoryId],
    )) as unknown[];
    if (found.length === 0)
      throw badInput(
        'UNKNOWN_TRAJECTORY',
        {
          nl: 'Kies een bestaand traject.',
          en: 'Choose an existing trajectory.',
        },
        [
          {
            field: 'audience.trajectoryId',
            message: { nl: 'Onbekend traject.', en: 'Unknown trajectory.' },
          },
        ],
      );
  }
  const emails = [
    ...new Set(audience.emails.map((e) => e.trim().toLowerCase())),
  ];
  if (emails.length > 0) {
    const employees = (await scope.manager.query(
      `SELECT lower(email) AS email FROM employee WHERE organisation_id = $1 AND lower(email) = ANY($2::text[])`,
      [org, emails],
    )) as { email: string }[];
    assertAllKnown(emails, [
      ...employees,
      ...(await membersByEmail(scope, emails)),
    ]);
  }
}

/** The organisation's accounts with these addresses. */
async function membersByEmail(
  scope: TenantScope,
  emails: string[],
): Promise<{ email: string; displayName: string }[]> {
  return (await scope.manager.query(
    `SELECT lower(u.email) AS email, u.display_name AS "displayName" FROM membership m JOIN user_account u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND lower(u.email) = ANY($2::text[])`,
    [scope.organisationId, emails],
  )) as { email: string; displayName: string }[];
}

/** UNKNOWN_RECIPIENTS for the addresses among `emails` that no one `known` has. */
function assertAllKnown(emails: string[], known: { email: string }[]): void {
  const knownEmails = new Set(known.map((k) => k.email));
  const unknown = emails.filter((e) => !knownEmails.has(e));
  if (unknown.length > 0)
    throw badInput('UNKNOWN_RECIPIENTS', {
      nl: `Deze adressen zijn niet bekend in de organisatie: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}`,
      en: `These addresses are not known in the organisation: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}`,
    });
}

const noDepartments = () =>
  badInput(
    'UNKNOWN_DEPARTMENT',
    {
      nl: 'Kies een of meer bestaande afdelingen.',
      en: 'Choose one or more existing departments.',
    },
    [
      {
        field: 'audience.departmentIds',
        message: {
          nl: 'Onbekende of geen afdeling.',
          en: 'Unknown or no department.',
        },
      },
    ],
  );
