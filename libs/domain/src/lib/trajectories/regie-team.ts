/**
 * The regie team of a change trajectory. Every team holds the four
 * perspectives of the domain brief: the works council (medezeggenschap), HR,
 * the director and the participation advisor. A person holds one role per team.
 */
export enum RegieTeamRole {
  MEDEZEGGENSCHAP = 'MEDEZEGGENSCHAP',
  HRM = 'HRM',
  BESTUURDER = 'BESTUURDER',
  ADVISEUR_PARTICIPATIE = 'ADVISEUR_PARTICIPATIE',
}

export const REGIE_TEAM_ROLES: readonly RegieTeamRole[] =
  Object.values(RegieTeamRole);

/** How each role is called in the UI and in messages, Dutch first. */
export const REGIE_TEAM_ROLE_NAMES: Record<
  RegieTeamRole,
  { nl: string; en: string }
> = {
  [RegieTeamRole.MEDEZEGGENSCHAP]: {
    nl: 'medezeggenschap',
    en: 'works council',
  },
  [RegieTeamRole.HRM]: { nl: 'HRM', en: 'HR' },
  [RegieTeamRole.BESTUURDER]: { nl: 'bestuurder', en: 'director' },
  [RegieTeamRole.ADVISEUR_PARTICIPATIE]: {
    nl: 'adviseur participatie',
    en: 'participation advisor',
  },
};

export interface RegieTeamSeat {
  userId: string;
  role: RegieTeamRole;
}

/** The roles nobody in the team holds yet, in the order of `REGIE_TEAM_ROLES`. */
export function missingRegieTeamRoles(
  members: readonly RegieTeamSeat[],
): RegieTeamRole[] {
  const held = new Set(members.map((member) => member.role));
  return REGIE_TEAM_ROLES.filter((role) => !held.has(role));
}

/** True when the person already has a seat: a person holds one role per team. */
export function holdsSeat(
  members: readonly RegieTeamSeat[],
  userId: string,
): boolean {
  return members.some((member) => member.userId === userId);
}
