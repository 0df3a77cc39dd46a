import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import { GraphqlCaller, TestOrganisation } from './test-app';

export const TRAJECTORY_FIELDS =
  'id title published status currentPhase steering missingRoles phases { nl en decision } regieTeam { userId role displayName } timeline { kind textNl }';

export async function createTrajectory(
  advisor: GraphqlCaller,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const response = await advisor.request<{ createTrajectory: { id: string } }>(
    'mutation($i: TrajectoryInput!) { createTrajectory(input: $i) { id } }',
    {
      i: {
        title: 'Nieuwe teamindeling Logistiek',
        description: 'Van vijf naar drie teams.',
        decision: 'Besluit over de nieuwe teamindeling',
        published: true,
        ...overrides,
      },
    },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createTrajectory;
}

/** Seats the organisation's OR member, HR, director and advisor in the regie team, one role each. */
export async function completeRegieTeam(
  advisor: GraphqlCaller,
  trajectoryId: string,
  organisation: TestOrganisation,
): Promise<void> {
  const seats: [Role, string][] = [
    [Role.OR_LID, 'MEDEZEGGENSCHAP'],
    [Role.HR, 'HRM'],
    [Role.BESTUURDER, 'BESTUURDER'],
    [Role.ADVISEUR, 'ADVISEUR_PARTICIPATIE'],
  ];
  for (const [role, seat] of seats) {
    const response = await addSeat(
      advisor,
      trajectoryId,
      organisation.emails[role],
      seat,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
}

export function addSeat(
  caller: GraphqlCaller,
  trajectoryId: string,
  email: string,
  role: string,
) {
  return caller.request<{ addRegieTeamMember: { missingRoles: string[] } }>(
    'mutation($i: RegieTeamSeatInput!) { addRegieTeamMember(input: $i) { missingRoles } }',
    { i: { trajectoryId, email, role } },
  );
}

export function callInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Werkgroep roosters',
    goal: 'Een voorstel voor de nieuwe roosters.',
    skillIds: [],
    size: 3,
    hoursPerMonth: 4,
    closesOn: '2099-12-31',
    ...overrides,
  };
}

export async function openCall(
  caller: GraphqlCaller,
  trajectoryId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await caller.request<{ openCall: { id: string } }>(
    'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
    { t: trajectoryId, i: callInput(overrides) },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.openCall.id;
}

export async function post(
  caller: GraphqlCaller,
  trajectoryId: string,
  text: string,
  kind = 'PRO',
  hideName = false,
): Promise<string> {
  const response = await caller.request<{ postToBoard: { id: string } }>(
    'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
    { i: { trajectoryId, kind, text, hideName } },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.postToBoard.id;
}

/**
 * An ISO instant `days` calendar days after today in Amsterdam, at `hour`:00
 * UTC (the same day in Amsterdam). Counted from Amsterdam's date, as the
 * notice rules are: between 23:00 and 24:00 UTC Amsterdam is a day ahead.
 */
export function daysFromNow(days: number, hour = 10): string {
  const day = addDays(todayInAmsterdam(), days);
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

export async function scheduleMeeting(
  caller: GraphqlCaller,
  input: Record<string, unknown>,
) {
  return caller.request<{
    scheduleMeeting: {
      id: string;
      shortNotice: boolean;
      noticeDays: number;
      agendaItems: { id: string; title: string; confidential: boolean }[];
    };
  }>(
    'mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id shortNotice noticeDays agendaItems { id title confidential } } }',
    {
      i: {
        kind: 'REGIE_TEAM',
        title: 'Regieteam overleg',
        startsAt: daysFromNow(10),
        endsAt: daysFromNow(10, 11),
        location: 'Zaal 3',
        inviteeEmails: [],
        agenda: [],
        ...input,
      },
    },
  );
}
