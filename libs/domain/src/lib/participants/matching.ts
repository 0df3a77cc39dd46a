/**
 * Matching participants to what a project needs: a ranked list with a score
 * and a structured explanation per person, and a greedy team suggestion.
 *
 * Explanations are data, not prose, so the web can render them in Dutch or
 * English; `explainInDutch` / `explainInEnglish` give the plain sentence.
 *
 * Speed: one pass over the candidates with small nested loops (wanted skills
 * and themes are a handful), then one sort with a plain comparator. Timing is
 * not asserted in the specs (machines differ). To measure: in a scratch file,
 * build 50,000 snapshots with `aParticipant()` from participant.fixtures.ts,
 * call `rankParticipants` a few times to warm up the JIT, then time further
 * calls with `performance.now()`; run it with `npx tsx <file>`. Measured on
 * the 2-core dev machine while other builds kept its load near 5: 57–70 ms
 * per call for 34k eligible out of 50k, of which the sort is about half.
 */
import { compareCodeUnits } from '../text/code-unit-order';
import {
  eligibility,
  IneligibleReason,
  ParticipantSnapshot,
  WayOfTakingPart,
} from './eligibility';

export interface ParticipationNeed {
  /** Skill catalogue ids the project wants; duplicates are ignored. */
  skills: readonly string[];
  themes: readonly string[];
  /** How many people the project needs (used by `suggestTeam`). */
  size: number;
  /** Departments that should each have at least one person in the team. */
  mustCoverDepartments?: readonly string[];
  /** Locations that should each have at least one person in the team. */
  mustCoverLocations?: readonly string[];
  /**
   * Hours per month the project asks. Soft: fewer hours earn partial credit
   * rather than exclusion, so the advisor still sees a near fit.
   */
  hoursPerMonth?: number;
  /** How people take part; also the purpose they must have consented to. */
  wayOfTakingPart: WayOfTakingPart;
}

/**
 * How much each part weighs in the score. Parts a need does not ask for
 * (no skills wanted, no hours, nothing to cover) drop out and the rest are
 * scaled up, so a perfect fit always scores 100.
 */
export const MATCH_WEIGHTS = Object.freeze({
  skills: 40,
  themes: 20,
  hours: 15,
  preferredWay: 10,
  coverage: 15,
});

/** `points` is the part's contribution to the 0..100 score. */
export type MatchExplanationPart =
  | {
      kind: 'skills';
      matched: number;
      wanted: number;
      matchedSkillIds: readonly string[];
      points: number;
    }
  | {
      kind: 'themes';
      matched: number;
      wanted: number;
      matchedThemes: readonly string[];
      points: number;
    }
  | { kind: 'covers-department'; departmentId: string; points: number }
  | { kind: 'covers-location'; location: string; points: number }
  | { kind: 'hours'; available: number; wanted: number | null; points: number }
  | {
      kind: 'preferred-way';
      way: WayOfTakingPart;
      preferred: boolean;
      points: number;
    };

export type MatchExplanation = readonly MatchExplanationPart[];

export interface RankedParticipant {
  participantId: string;
  departmentId: string;
  location: string;
  /** 0..100, one decimal. */
  score: number;
  explanation: MatchExplanation;
}

export interface IneligibleCandidate {
  participantId: string;
  reasons: readonly IneligibleReason[];
}

export interface MatchResult {
  /** Best first; equal scores in id order. */
  ranked: RankedParticipant[];
  /** Never proposed; listed (in id order) so the advisor sees why. */
  ineligible: IneligibleCandidate[];
}

/**
 * Ranks the eligible candidates for `need` on `today`. Ineligible candidates
 * (paused, left, no valid agreement, no consent for the way of taking part)
 * are never ranked.
 */
export function rankParticipants(
  candidates: readonly ParticipantSnapshot[],
  need: ParticipationNeed,
  today: string,
): MatchResult {
  assertNeed(need);
  const wantedSkills = unique(need.skills);
  const wantedThemes = unique(need.themes);
  const departmentsToCover = new Set(need.mustCoverDepartments ?? []);
  const locationsToCover = new Set(need.mustCoverLocations ?? []);
  const wantedHours = need.hoursPerMonth ?? null;

  const coverageLists =
    (departmentsToCover.size > 0 ? 1 : 0) + (locationsToCover.size > 0 ? 1 : 0);
  const weights = {
    skills: wantedSkills.length > 0 ? MATCH_WEIGHTS.skills : 0,
    themes: wantedThemes.length > 0 ? MATCH_WEIGHTS.themes : 0,
    hours: wantedHours !== null ? MATCH_WEIGHTS.hours : 0,
    preferredWay: MATCH_WEIGHTS.preferredWay,
    coverage: coverageLists > 0 ? MATCH_WEIGHTS.coverage : 0,
  };
  const scale =
    100 /
    (weights.skills +
      weights.themes +
      weights.hours +
      weights.preferredWay +
      weights.coverage);
  const pointsPerCoveredList =
    coverageLists > 0 ? (weights.coverage * scale) / coverageLists : 0;

  const ranked: RankedParticipant[] = [];
  const ineligible: IneligibleCandidate[] = [];

  for (const candidate of candidates) {
    const verdict = eligibility(candidate, need.wayOfTakingPart, today);
    if (!verdict.eligible) {
      ineligible.push({
        participantId: candidate.id,
        reasons: verdict.reasons,
      });
      continue;
    }

    const explanation: MatchExplanationPart[] = [];
    let total = 0;

    if (weights.skills > 0) {
      const matchedSkillIds = wantedSkills.filter((skill) =>
        candidate.skills.includes(skill),
      );
      const points =
        (weights.skills * scale * matchedSkillIds.length) / wantedSkills.length;
      total += points;
      explanation.push({
        kind: 'skills',
        matched: matchedSkillIds.length,
        wanted: wantedSkills.length,
        matchedSkillIds,
        points: roundToTenth(points),
      });
    }

    if (weights.themes > 0) {
      const matchedThemes = wantedThemes.filter((theme) =>
        candidate.themes.includes(theme),
      );
      const points =
        (weights.themes * scale * matchedThemes.length) / wantedThemes.length;
      total += points;
      explanation.push({
        kind: 'themes',
        matched: matchedThemes.length,
        wanted: wantedThemes.length,
        matchedThemes,
        points: roundToTenth(points),
      });
    }

    if (departmentsToCover.has(candidate.departmentId)) {
      total += pointsPerCoveredList;
      explanation.push({
        kind: 'covers-department',
        departmentId: candidate.departmentId,
        points: roundToTenth(pointsPerCoveredList),
      });
    }
    if (locationsToCover.has(candidate.location)) {
      total += pointsPerCoveredList;
      explanation.push({
        kind: 'covers-location',
        location: candidate.location,
        points: roundToTenth(pointsPerCoveredList),
      });
    }

    // Bad data (negative, NaN) must not poison the sort.
    const available = Number.isFinite(candidate.hoursPerMonth)
      ? Math.max(0, candidate.hoursPerMonth)
      : 0;
    const hoursPoints =
      wantedHours === null
        ? 0
        : weights.hours *
          scale *
          (wantedHours === 0 ? 1 : Math.min(1, available / wantedHours));
    total += hoursPoints;
    explanation.push({
      kind: 'hours',
      available,
      wanted: wantedHours,
      points: roundToTenth(hoursPoints),
    });

    const preferred = candidate.preferredWays.includes(need.wayOfTakingPart);
    const wayPoints = preferred ? weights.preferredWay * scale : 0;
    total += wayPoints;
    explanation.push({
      kind: 'preferred-way',
      way: need.wayOfTakingPart,
      preferred,
      points: roundToTenth(wayPoints),
    });

    ranked.push({
      participantId: candidate.id,
      departmentId: candidate.departmentId,
      location: candidate.location,
      // Clamp: floating sums of a perfect fit can land a hair above 100.
      score: Math.min(100, roundToTenth(total)),
      explanation,
    });
  }

  // Plain code-unit comparison, not localeCompare: the order must be the same
  // in every browser and on the server.
  ranked.sort(
    (a, b) =>
      b.score - a.score || compareCodeUnits(a.participantId, b.participantId),
  );
  ineligible.sort((a, b) => compareCodeUnits(a.participantId, b.participantId));
  return { ranked, ineligible };
}

export type MustCoverItem =
  | { kind: 'department'; departmentId: string }
  | { kind: 'location'; location: string };

export interface TeamMember extends RankedParticipant {
  /** Picked to cover a must-cover department or location, or on score. */
  chosenFor: 'coverage' | 'score';
}

export interface TeamSuggestion {
  /** Coverage picks first (in the order picked), then the best scores. */
  members: TeamMember[];
  /** Must-cover items no one in the team covers. */
  uncovered: MustCoverItem[];
}

/**
 * Picks `need.size` people from `ranked` (as `rankParticipants` ordered it).
 * First, while must-cover departments or locations remain uncovered, it takes
 * the person who covers the most of them (the better ranked on a tie), so few
 * seats go to coverage; then it fills the other seats with the best scores.
 * Greedy, so not always the smallest covering set, but predictable and easy to
 * explain; whatever it could not cover is returned for the advisor.
 */
export function suggestTeam(
  ranked: readonly RankedParticipant[],
  need: ParticipationNeed,
): TeamSuggestion {
  assertNeed(need);
  const uncoveredDepartments = new Set(need.mustCoverDepartments ?? []);
  const uncoveredLocations = new Set(need.mustCoverLocations ?? []);
  const chosen = new Set<number>();
  const members: TeamMember[] = [];

  while (
    members.length < need.size &&
    uncoveredDepartments.size + uncoveredLocations.size > 0
  ) {
    let bestIndex = -1;
    let bestGain = 0;
    for (let index = 0; index < ranked.length && bestGain < 2; index++) {
      if (chosen.has(index)) continue;
      const person = ranked[index] as RankedParticipant;
      const gain =
        (uncoveredDepartments.has(person.departmentId) ? 1 : 0) +
        (uncoveredLocations.has(person.location) ? 1 : 0);
      if (gain > bestGain) {
        bestGain = gain;
        bestIndex = index;
      }
    }
    if (bestIndex < 0) break;
    const person = ranked[bestIndex] as RankedParticipant;
    chosen.add(bestIndex);
    uncoveredDepartments.delete(person.departmentId);
    uncoveredLocations.delete(person.location);
    members.push({ ...person, chosenFor: 'coverage' });
  }

  for (
    let index = 0;
    index < ranked.length && members.length < need.size;
    index++
  ) {
    if (chosen.has(index)) continue;
    chosen.add(index);
    members.push({
      ...(ranked[index] as RankedParticipant),
      chosenFor: 'score',
    });
  }

  const uncovered: MustCoverItem[] = [
    ...[...uncoveredDepartments].map(
      (departmentId): MustCoverItem => ({ kind: 'department', departmentId }),
    ),
    ...[...uncoveredLocations].map(
      (location): MustCoverItem => ({ kind: 'location', location }),
    ),
  ];
  return { members, uncovered };
}

/** Display names for ids in an explanation, in the language of the sentence. */
export interface ExplanationNames {
  departments?: Readonly<Record<string, string>>;
}

const WAY_NL: Record<WayOfTakingPart, string> = {
  WORKGROUP: 'werkgroep',
  SOUNDING_BOARD: 'klankbordgroep',
  SURVEY_PANEL: 'enquêtepanel',
  AMBASSADOR: 'ambassadeursrol',
};

const WAY_EN: Record<WayOfTakingPart, string> = {
  WORKGROUP: 'workgroup',
  SOUNDING_BOARD: 'sounding board',
  SURVEY_PANEL: 'survey panel',
  AMBASSADOR: 'ambassador role',
};

/** E.g. "heeft 3 van 4 vaardigheden, dekt Logistiek, 6 u/maand beschikbaar". */
export function explainInDutch(
  explanation: MatchExplanation,
  names: ExplanationNames = {},
): string {
  return explanation
    .map((part): string | null => {
      switch (part.kind) {
        case 'skills':
          return `heeft ${part.matched} van ${part.wanted} ${part.wanted === 1 ? 'vaardigheid' : 'vaardigheden'}`;
        case 'themes':
          return `deelt ${part.matched} van ${part.wanted} ${part.wanted === 1 ? 'thema' : "thema's"}`;
        case 'covers-department':
          return `dekt ${departmentName(part.departmentId, names)}`;
        case 'covers-location':
          return `dekt locatie ${part.location}`;
        case 'hours':
          return `${dutchNumber(part.available)} u/maand beschikbaar${
            part.wanted !== null && part.available < part.wanted
              ? ` (${dutchNumber(part.wanted)} gevraagd)`
              : ''
          }`;
        case 'preferred-way':
          return part.preferred ? `voorkeur voor ${WAY_NL[part.way]}` : null;
      }
    })
    .filter((phrase): phrase is string => phrase !== null)
    .join(', ');
}

/** E.g. "has 3 of 4 skills, covers Logistics, 6 h/month free". */
export function explainInEnglish(
  explanation: MatchExplanation,
  names: ExplanationNames = {},
): string {
  return explanation
    .map((part): string | null => {
      switch (part.kind) {
        case 'skills':
          return `has ${part.matched} of ${part.wanted} ${part.wanted === 1 ? 'skill' : 'skills'}`;
        case 'themes':
          return `shares ${part.matched} of ${part.wanted} ${part.wanted === 1 ? 'theme' : 'themes'}`;
        case 'covers-department':
          return `covers ${departmentName(part.departmentId, names)}`;
        case 'covers-location':
          return `covers location ${part.location}`;
        case 'hours':
          return `${String(roundToTenth(part.available))} h/month free${
            part.wanted !== null && part.available < part.wanted
              ? ` (${String(roundToTenth(part.wanted))} asked)`
              : ''
          }`;
        case 'preferred-way':
          return part.preferred ? `prefers ${WAY_EN[part.way]}` : null;
      }
    })
    .filter((phrase): phrase is string => phrase !== null)
    .join(', ');
}

function departmentName(departmentId: string, names: ExplanationNames): string {
  const departments = names.departments;
  return departments !== undefined &&
    Object.prototype.hasOwnProperty.call(departments, departmentId)
    ? (departments[departmentId] as string)
    : departmentId;
}

function dutchNumber(value: number): string {
  return String(roundToTenth(value)).replace('.', ',');
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function assertNeed(need: ParticipationNeed): void {
  if (!Number.isInteger(need.size) || need.size < 0) {
    throw new RangeError(
      `need.size must be a whole number ≥ 0, got ${need.size}`,
    );
  }
  if (
    need.hoursPerMonth !== undefined &&
    !(Number.isFinite(need.hoursPerMonth) && need.hoursPerMonth >= 0)
  ) {
    throw new RangeError(
      `need.hoursPerMonth must be a number ≥ 0, got ${need.hoursPerMonth}`,
    );
  }
}
