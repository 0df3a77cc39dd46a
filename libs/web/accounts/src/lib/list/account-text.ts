import type { Role } from '@inspraak/shared';
import { I18nService, isApiError } from '@inspraak/web-core';

/** The roles an advisor assigns; MEDEWERKER is everyone's and never edited. */
export const EDITABLE_ROLES: readonly Role[] = [
  'ADVISEUR',
  'HR',
  'OR_LID',
  'OR_SECRETARIS',
  'BESTUURDER',
];

/** All roles in the order the pages show them. */
export const ALL_ROLES: readonly Role[] = [...EDITABLE_ROLES, 'MEDEWERKER'];

/**
 * What to show when the API refuses a change: our own sentence for a known
 * reason (e.g. LAST_ADVISOR), otherwise the API's message.
 */
export function refusalMessage(i18n: I18nService, error: unknown): string {
  if (isApiError(error) && error.reason) {
    const key = `accounts.refusals.${error.reason}`;
    if (i18n.has(key)) return i18n.translateDynamic(key);
  }
  return i18n.errorMessage(error);
}

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/**
 * An audit record's `changes` (JSON `{ field: [before, after] }`) as readable
 * lines; role lists are shown with their names.
 */
export function describeChanges(
  i18n: I18nService,
  changes: string,
): ChangeLine[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '')
      return i18n.translate('common.none');
    if (Array.isArray(value))
      return value.length
        ? value.map((v) => roleOrText(i18n, v)).join(', ')
        : i18n.translate('common.none');
    return roleOrText(i18n, value);
  };
  return Object.entries(parsed as Record<string, unknown>).map(
    ([field, pair]) => {
      const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
      const key = `accounts.history.fields.${field}`;
      return {
        field: i18n.has(key) ? i18n.translateDynamic(key) : field,
        before: show(before),
        after: show(after),
      };
    },
  );
}

function roleOrText(i18n: I18nService, value: unknown): string {
  const text = String(value);
  return (ALL_ROLES as readonly string[]).includes(text)
    ? i18n.translateDynamic(`roles.${text}`)
    : text;
}
