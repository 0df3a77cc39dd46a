import { GraphqlCaller } from './test-app';

export const PROCEDURE_FIELDS =
  'id state type item legalReference meetingDates response deviates noticeOn reasonsReceivedOn suspensionWaived employeesConsulted contentsHidden canEdit possibleSteps deadlines { kind date } nextDeadline { kind date } evidence { id kind title summary contentHash } letter { draft finalText finalizedOn finalHash }';

export function procedureInput(overrides: Record<string, unknown> = {}) {
  return {
    type: 'ADVICE',
    item: 'e',
    title: 'Nieuwe teamindeling Logistiek',
    requestReceivedOn: '2026-01-05',
    agreedTermDays: 42,
    reasonsStated: true,
    consequencesStated: true,
    measuresStated: false,
    completenessNotes: 'Sociaal plan ontbreekt nog.',
    confidential: false,
    ...overrides,
  };
}

export async function registerProcedure(
  secretary: GraphqlCaller,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const response = await secretary.request<{
    registerProcedure: { id: string };
  }>('mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }', {
    i: procedureInput(overrides),
  });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerProcedure;
}

export function step(
  secretary: GraphqlCaller,
  id: string,
  input: Record<string, unknown>,
) {
  return secretary.request<{
    recordProcedureStep: {
      state: string;
      deadlines: { kind: string; date: string }[];
    };
  }>(
    `mutation($id: ID!, $i: ProcedureStepInput!) { recordProcedureStep(id: $id, input: $i) { state deadlines { kind date } } }`,
    { id, i: { note: '', ...input } },
  );
}

/** Takes a procedure through handling, consultation and one overlegvergadering. */
export async function untilMeeting(
  secretary: GraphqlCaller,
  id: string,
  meetingOn = '2026-02-10',
) {
  for (const input of [
    { kind: 'START_HANDLING' },
    { kind: 'RECORD_CONSULTATION' },
    { kind: 'RECORD_MEETING', on: meetingOn },
  ]) {
    const result = await step(secretary, id, input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  }
}
