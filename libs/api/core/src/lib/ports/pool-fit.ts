import type { Actor } from '../auth/actor';

/** What a workgroup or project asks of people, in the participant pool's terms. */
export interface PoolNeed {
  skillIds: string[];
  themes: string[];
  size: number;
  hoursPerMonth: number | null;
  wayOfTakingPart:
    | 'WORKGROUP'
    | 'SOUNDING_BOARD'
    | 'SURVEY_PANEL'
    | 'AMBASSADOR';
}

/** How one person fits a need, with the pool's plain explanation. */
export interface PoolFit {
  userId: string;
  displayName: string;
  departmentName: string | null;
  /** In the pool at all (not left). */
  inPool: boolean;
  /** Could be proposed: active, valid agreement, consent for this use. */
  eligible: boolean;
  score: number | null;
  explanationNl: string;
  explanationEn: string;
}

/**
 * The participant pool's matcher, as other contexts (trajectories) use it.
 * Defined here so that contexts stay independent libraries: the pool
 * provides it, others inject it.
 */
export abstract class PoolMatcher {
  /** How each of these people fits the need; everyone asked for gets an answer. */
  abstract fitOf(
    actor: Actor,
    need: PoolNeed,
    userIds: readonly string[],
  ): Promise<Map<string, PoolFit>>;
  /** The best eligible people for the need, best first. */
  abstract suggest(
    actor: Actor,
    need: PoolNeed,
    limit: number,
  ): Promise<PoolFit[]>;
}
