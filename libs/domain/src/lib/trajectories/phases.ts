import {
  missingRegieTeamRoles,
  RegieTeamRole,
  RegieTeamSeat,
} from './regie-team';

export interface PhaseName {
  nl: string;
  en: string;
  /**
   * The phase in which the director decides: a trajectory in it should have a
   * WOR procedure (advice or consent). Marked, not recognised by name, because
   * each organisation names its phases itself.
   */
  decision: boolean;
}

/** The phases a new organisation starts with; each organisation can edit its own list. */
export const DEFAULT_PHASES: readonly PhaseName[] = [
  { nl: 'Verkenning', en: 'Exploration', decision: false },
  { nl: 'Ontwerp', en: 'Design', decision: false },
  { nl: 'Besluitvorming', en: 'Decision-making', decision: true },
  { nl: 'Implementatie', en: 'Implementation', decision: false },
  { nl: 'Evaluatie', en: 'Evaluation', decision: false },
];

export const MAX_PHASES = 12;
export const MAX_PHASE_NAME_LENGTH = 60;

export type PhaseListProblem =
  | 'EMPTY'
  | 'TOO_MANY'
  | 'BLANK_NAME'
  | 'NAME_TOO_LONG'
  | 'DUPLICATE_NAME';

/** Checks an organisation's list of phases; returns the first problem, or null. */
export function phaseListProblem(
  phases: readonly Pick<PhaseName, 'nl' | 'en'>[],
): PhaseListProblem | null {
  if (phases.length === 0) return 'EMPTY';
  if (phases.length > MAX_PHASES) return 'TOO_MANY';
  const seen = new Set<string>();
  for (const phase of phases) {
    for (const name of [phase.nl, phase.en]) {
      if (name.trim() === '') return 'BLANK_NAME';
      if (name.length > MAX_PHASE_NAME_LENGTH) return 'NAME_TOO_LONG';
    }
    const key = phase.nl.trim().toLocaleLowerCase('nl');
    if (seen.has(key)) return 'DUPLICATE_NAME';
    seen.add(key);
  }
  return null;
}

export type PhaseMoveRefusal =
  | { reason: 'NO_SUCH_PHASE' }
  | { reason: 'SAME_PHASE' }
  /** A trajectory moves one phase at a time, forward or back: skipping would skip the participation of a phase. */
  | { reason: 'SKIPS_PHASES' }
  /** The regie team must hold all four roles before the trajectory leaves its first phase. */
  | { reason: 'REGIE_TEAM_INCOMPLETE'; missing: RegieTeamRole[] };

/**
 * Whether a trajectory in phase `from` may move to phase `to` (0-based indexes
 * into its `phaseCount` phases), given its regie team. Returns why not, or null.
 */
export function phaseMoveRefusal(
  from: number,
  to: number,
  phaseCount: number,
  team: readonly RegieTeamSeat[],
): PhaseMoveRefusal | null {
  if (!Number.isInteger(to) || to < 0 || to >= phaseCount)
    return { reason: 'NO_SUCH_PHASE' };
  if (to === from) return { reason: 'SAME_PHASE' };
  if (Math.abs(to - from) > 1) return { reason: 'SKIPS_PHASES' };
  const missing = missingRegieTeamRoles(team);
  if (from === 0 && to > 0 && missing.length > 0)
    return { reason: 'REGIE_TEAM_INCOMPLETE', missing };
  return null;
}
