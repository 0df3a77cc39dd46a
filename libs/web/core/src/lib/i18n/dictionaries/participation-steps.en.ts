import type { Dictionary } from '../dictionary';

/** Pool representation, inviting from Matchen and a draw, the draw's plain-language result, the person picker; part of the English dictionary. */
export const participationStepsEn: Dictionary['participationSteps'] = {
  representation: {
    rule: 'A department should make up about the same part of the pool as of the workforce. Under-represented: fewer than half the expected number of participants and at least one person short. Over-represented: more than one and a half times the expected number and at least one person more.',
    totals:
      'Participants in the pool: {pool}. Employees in the directory: {headcount}.',
    notEnough:
      'No verdict yet: the pool is too small to judge representation (participants: {pool}; needed: at least {min}).',
    headcountShare: 'Part of the workforce',
    poolShare: 'Part of the pool',
    expected: 'Expected number',
    verdicts: {
      NOT_ENOUGH_DATA: 'No verdict yet',
      UNDER: 'Under-represented',
      BALANCED: 'In proportion',
      OVER: 'Over-represented',
    },
  },
  invite: {
    heading: 'Invite to a workgroup or call',
    intro:
      'Choose a trajectory you steer and one of its workgroups or open calls. Whoever you invite gets a notification and can say yes or no.',
    trajectory: 'Change trajectory',
    chooseTrajectory: 'Choose a trajectory',
    workgroup: 'Workgroup or call',
    chooseWorkgroup: 'Choose a workgroup',
    openCall: '{name} (open call)',
    noWorkgroups:
      'This trajectory has no workgroup or call yet. Open a call on the trajectory first.',
    noTrajectories: 'You do not steer a trajectory yet.',
    people: 'Whom to invite',
    submit: 'Invite {count}',
    sending: 'Inviting…',
    chooseFirst: 'Choose a trajectory, a workgroup and at least one person.',
    invited: '{name} has been invited.',
    failed: '{name}: {reason}',
    done: 'Invited to {workgroup}: {count}.',
  },
  draw: {
    trajectory: 'For trajectory',
    noTrajectory: 'No trajectory',
    trajectoryHint:
      'Link the draw to a trajectory to invite the people drawn to its workgroup or call afterwards.',
    forTrajectory: 'For trajectory',
    shortfall:
      'Not every seat is filled: {unfilled} of the {requested} stayed empty because too few people were eligible (eligible: {eligible}).',
    reserveShortfall:
      'Reserves: {unfilled} of the {requested} could not be drawn.',
    allFilled: 'All seats are filled ({requested}).',
    how: 'How the draw was made',
    howText:
      'Everyone eligible had a fair chance. The seats were first shared over the groups by their part of the workforce, then chance chose within each group. Nobody could steer the result: the same data always gives the same result, and anyone can check that.',
    technical: 'Technical details (for verification)',
    seed: 'Starting number of the chance (seed)',
    algorithm: 'Method and version',
    groupKey: 'Group key',
    verifyOk:
      'Check passed: drawing again with the same data gives exactly the same result.',
    verifyFailed:
      'Check failed: drawing again with the same data gives a different result. Differences: {mismatches}',
    nextStep: 'Next step',
    seatedIntro: 'In order of name.',
    reservesIntro: 'In the order they are asked when someone declines.',
  },
  personPicker: {
    hint: 'Type at least 2 letters of the name and choose someone from the list.',
    searching: 'Searching…',
    none: 'Nobody found with “{query}”.',
    results: '{count} found. Choose with the arrow keys and Enter.',
    chosen: 'Chosen: {name}',
    clear: 'Choose another person',
    notChosen: 'Choose someone from the list.',
  },
};
