import { isCalendarDate } from '@inspraak/domain';
import { badInput, notFound, LocalisedText } from '../errors/app-error';
import type { TenantScope } from '../tenancy/tenant-scope';

/** A `YYYY-MM-DD` date that exists (not 2027-02-30), or null when left empty; otherwise INVALID_DATE on `field`. */
export function checkedCalendarDate(
  value: string | null | undefined,
  field: string,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isCalendarDate(value))
    throw badInput(
      'INVALID_DATE',
      {
        nl: 'Dat is geen bestaande datum.',
        en: 'That is not an existing date.',
      },
      [
        {
          field,
          message: { nl: 'Geen bestaande datum.', en: 'Not an existing date.' },
        },
      ],
    );
  return value;
}

/** Tables other contexts may point at by id (read through the table: contexts stay independent libraries). */
export type ReferencedTable =
  | 'trajectory'
  | 'department'
  | 'survey'
  | 'workgroup'
  | 'meeting';

/** Refuses a reference to a row that is not in the caller's organisation (NOT_FOUND, named `what`). */
export async function assertReferenced(
  scope: TenantScope,
  table: ReferencedTable,
  id: string,
  what: LocalisedText,
): Promise<void> {
  const found = (await scope.manager.query(
    `SELECT 1 FROM ${table} WHERE organisation_id = $1 AND id = $2`,
    [scope.organisationId, id],
  )) as unknown[];
  if (found.length === 0) throw notFound(what);
}
