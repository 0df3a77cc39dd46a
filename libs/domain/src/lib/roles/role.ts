/**
 * Roles a person can hold within one organisation. Names stay Dutch: they are
 * the words the organisation itself uses.
 */
export enum Role {
  /** Adviseur dialoog en participatie: runs the platform for the organisation. */
  ADVISEUR = 'ADVISEUR',
  HR = 'HR',
  /** Member of the works council (ondernemingsraad). */
  OR_LID = 'OR_LID',
  /** Council secretary (ambtelijk secretaris). */
  OR_SECRETARIS = 'OR_SECRETARIS',
  /** Director: takes the decisions the council advises on. */
  BESTUURDER = 'BESTUURDER',
  MEDEWERKER = 'MEDEWERKER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The roles the advisor gives and takes; MEDEWERKER is every employee's and is not given. */
export const ASSIGNABLE_ROLES: readonly Role[] = [
  Role.ADVISEUR,
  Role.HR,
  Role.OR_LID,
  Role.OR_SECRETARIS,
  Role.BESTUURDER,
];

/** Who may manage the employee directory (departments, employees, imports). */
export const DIRECTORY_MANAGERS: readonly Role[] = [Role.ADVISEUR, Role.HR];

/** Who builds surveys, publishes them and reads their (suppressed) results. */
export const SURVEY_AUTHORS: readonly Role[] = [
  Role.ADVISEUR,
  Role.HR,
  Role.OR_SECRETARIS,
  Role.BESTUURDER,
];

/** Who keeps the works council's procedures: registers requests, records steps, attaches evidence, drafts letters. */
export const PROCEDURE_KEEPERS: readonly Role[] = [
  Role.OR_SECRETARIS,
  Role.OR_LID,
];

/** Who reads procedures and their deadlines (confidential ones' contents only the keepers). */
export const PROCEDURE_READERS: readonly Role[] = [
  Role.OR_SECRETARIS,
  Role.OR_LID,
  Role.ADVISEUR,
  Role.BESTUURDER,
];

export function hasAnyRole(
  held: readonly Role[],
  allowed: readonly Role[],
): boolean {
  return held.some((role) => allowed.includes(role));
}
