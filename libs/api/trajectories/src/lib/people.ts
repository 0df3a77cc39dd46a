import { badInput, TenantScope } from '@inspraak/api-core';

export interface Person {
  userId: string;
  displayName: string;
  email: string;
}

/** Names and addresses of the organisation's members among `userIds`; others (and other organisations' users) are left out. */
export async function peopleByUserId(
  scope: TenantScope,
  userIds: readonly string[],
): Promise<Map<string, Person>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const rows = (await scope.manager.query(
    `SELECT u.id AS "userId", u.display_name AS "displayName", u.email
     FROM membership m JOIN user_account u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND m.user_id = ANY($2::uuid[])`,
    [scope.organisationId, unique],
  )) as Person[];
  return new Map(rows.map((row) => [row.userId, row]));
}

/** The member of the caller's organisation with this e-mail address. */
export async function memberByEmail(
  scope: TenantScope,
  email: string,
  field = 'email',
): Promise<Person> {
  const rows = (await scope.manager.query(
    `SELECT u.id AS "userId", u.display_name AS "displayName", u.email
     FROM membership m JOIN user_account u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND lower(u.email) = lower($2)`,
    [scope.organisationId, email.trim()],
  )) as Person[];
  const person = rows[0];
  if (!person)
    throw badInput(
      'NO_SUCH_MEMBER',
      {
        nl: `Niemand in deze organisatie heeft het e-mailadres ${email}.`,
        en: `Nobody in this organisation has the e-mail address ${email}.`,
      },
      [
        {
          field,
          message: {
            nl: 'Onbekend e-mailadres in deze organisatie.',
            en: 'Unknown e-mail address in this organisation.',
          },
        },
      ],
    );
  return person;
}

/** The caller's department in the directory (their account's entry), if they have one. */
export async function departmentOfActor(
  scope: TenantScope,
): Promise<string | null> {
  if (!scope.actor.employeeId) return null;
  // Read through the table rather than the directory's entity class: contexts stay independent libraries.
  const rows = (await scope.manager.query(
    'SELECT department_id AS "departmentId" FROM employee WHERE organisation_id = $1 AND id = $2',
    [scope.organisationId, scope.actor.employeeId],
  )) as { departmentId: string | null }[];
  return rows[0]?.departmentId ?? null;
}
