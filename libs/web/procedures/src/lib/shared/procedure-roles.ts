import type { Role } from '@inspraak/shared';

/** Who keeps the procedures (registers, records steps, attaches evidence, drafts letters): the API's PROCEDURE_KEEPERS. */
export const PROCEDURE_KEEPER_ROLES: Role[] = ['OR_SECRETARIS', 'OR_LID'];
