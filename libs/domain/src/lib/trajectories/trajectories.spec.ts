import {
  DEFAULT_PHASES,
  holdsSeat,
  isShortNotice,
  MAX_PHASES,
  missingRegieTeamRoles,
  noticeDays,
  phaseListProblem,
  phaseMoveRefusal,
  RegieTeamRole,
  RegieTeamSeat,
} from './index';

const fullTeam: RegieTeamSeat[] = [
  { userId: 'or', role: RegieTeamRole.MEDEZEGGENSCHAP },
  { userId: 'hr', role: RegieTeamRole.HRM },
  { userId: 'dir', role: RegieTeamRole.BESTUURDER },
  { userId: 'adv', role: RegieTeamRole.ADVISEUR_PARTICIPATIE },
];

describe('regie team composition', () => {
  it('names every role nobody holds, in a fixed order', () => {
    expect(missingRegieTeamRoles([])).toEqual([
      'MEDEZEGGENSCHAP',
      'HRM',
      'BESTUURDER',
      'ADVISEUR_PARTICIPATIE',
    ]);
    expect(missingRegieTeamRoles(fullTeam.slice(1))).toEqual([
      'MEDEZEGGENSCHAP',
    ]);
    expect(
      missingRegieTeamRoles([
        ...fullTeam,
        { userId: 'x', role: RegieTeamRole.HRM },
      ]),
    ).toEqual([]);
  });

  it('knows whether a person already holds a seat', () => {
    expect(holdsSeat(fullTeam, 'hr')).toBe(true);
    expect(holdsSeat(fullTeam, 'someone')).toBe(false);
  });
});

describe('moving between phases', () => {
  it('refuses to leave the first phase while a role is missing, and says which', () => {
    expect(phaseMoveRefusal(0, 1, 5, fullTeam.slice(0, 2))).toEqual({
      reason: 'REGIE_TEAM_INCOMPLETE',
      missing: ['BESTUURDER', 'ADVISEUR_PARTICIPATIE'],
    });
    expect(phaseMoveRefusal(0, 1, 5, fullTeam)).toBeNull();
  });

  it('lets later phases move on with an incomplete team (the rule guards the start)', () => {
    expect(phaseMoveRefusal(2, 3, 5, [])).toBeNull();
    expect(phaseMoveRefusal(1, 0, 5, [])).toBeNull();
  });

  it('moves one phase at a time, within the list', () => {
    expect(phaseMoveRefusal(0, 2, 5, fullTeam)).toEqual({
      reason: 'SKIPS_PHASES',
    });
    expect(phaseMoveRefusal(3, 1, 5, fullTeam)).toEqual({
      reason: 'SKIPS_PHASES',
    });
    expect(phaseMoveRefusal(4, 5, 5, fullTeam)).toEqual({
      reason: 'NO_SUCH_PHASE',
    });
    expect(phaseMoveRefusal(0, -1, 5, fullTeam)).toEqual({
      reason: 'NO_SUCH_PHASE',
    });
    expect(phaseMoveRefusal(0, 0.5, 5, fullTeam)).toEqual({
      reason: 'NO_SUCH_PHASE',
    });
    expect(phaseMoveRefusal(2, 2, 5, fullTeam)).toEqual({
      reason: 'SAME_PHASE',
    });
  });
});

describe('phase lists', () => {
  it('starts from the five phases of the brief', () => {
    expect(DEFAULT_PHASES.map((phase) => phase.nl)).toEqual([
      'Verkenning',
      'Ontwerp',
      'Besluitvorming',
      'Implementatie',
      'Evaluatie',
    ]);
    expect(phaseListProblem(DEFAULT_PHASES)).toBeNull();
  });

  it('marks Besluitvorming, and only it, as the decision phase by default', () => {
    expect(
      DEFAULT_PHASES.filter((phase) => phase.decision).map((p) => p.nl),
    ).toEqual(['Besluitvorming']);
  });

  it('refuses empty, blank, too long, duplicate and too many phases', () => {
    expect(phaseListProblem([])).toBe('EMPTY');
    expect(phaseListProblem([{ nl: ' ', en: 'x' }])).toBe('BLANK_NAME');
    expect(phaseListProblem([{ nl: 'x'.repeat(61), en: 'x' }])).toBe(
      'NAME_TOO_LONG',
    );
    expect(
      phaseListProblem([
        { nl: 'Ontwerp', en: 'a' },
        { nl: 'ontwerp ', en: 'b' },
      ]),
    ).toBe('DUPLICATE_NAME');
    expect(
      phaseListProblem(
        Array.from({ length: MAX_PHASES + 1 }, (_, i) => ({
          nl: `F${i}`,
          en: `P${i}`,
        })),
      ),
    ).toBe('TOO_MANY');
  });
});

describe('meeting notice (art. 14 WOR)', () => {
  it.each([
    ['2026-11-22', '2026-11-29', 7, false],
    ['2026-11-22', '2026-11-28', 6, true],
    ['2026-11-22', '2026-11-22', 0, true],
    ['2026-03-25', '2026-04-01', 7, false], // across the change to summer time
    ['2026-12-28', '2027-01-04', 7, false],
  ])(
    'invited %s for %s: %i days, short: %s',
    (invited, meeting, days, short) => {
      expect(noticeDays(invited, meeting)).toBe(days);
      expect(isShortNotice(invited, meeting)).toBe(short);
    },
  );
});
