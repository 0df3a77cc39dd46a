import type { RegieTeamRole } from '@inspraak/shared';
import type { TranslationKey } from '@inspraak/web-core';

/** The four perspectives every regie team holds, in the domain's order. */
export const REGIE_TEAM_ROLES: readonly RegieTeamRole[] = [
  'MEDEZEGGENSCHAP',
  'HRM',
  'BESTUURDER',
  'ADVISEUR_PARTICIPATIE',
];

export function regieTeamRoleKey(role: RegieTeamRole): TranslationKey {
  return `trajectories.roles.${role}`;
}
