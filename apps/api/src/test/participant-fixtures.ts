import { GraphqlCaller } from './test-app';

export const PARTICIPANT_FIELDS =
  'id status pausedUntil skillIds tags themes hoursPerMonth waysOfTakingPart languages about consents deletionScheduledOn visibility { skills themes availability about }';

export function profile(overrides: Record<string, unknown> = {}) {
  return {
    skillIds: [],
    tags: ['excel'],
    themes: ['Roosters'],
    hoursPerMonth: 6,
    waysOfTakingPart: ['WORKGROUP'],
    languages: ['nl'],
    about: 'Ik werk graag mee aan betere roosters.',
    visibility: {
      skills: 'COLLEAGUES',
      themes: 'COLLEAGUES',
      availability: 'ADVISOR_ONLY',
      about: 'ADVISOR_ONLY',
    },
    ...overrides,
  };
}

export async function addSkill(
  advisor: GraphqlCaller,
  name: string,
): Promise<string> {
  const response = await advisor.request<{ addSkill: { id: string } }>(
    'mutation($n: String!) { addSkill(name: $n) { id } }',
    { n: name },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.addSkill.id;
}

export async function joinPool(
  caller: GraphqlCaller,
  profileOverrides: Record<string, unknown> = {},
  consents: string[] = ['SURVEY_PANEL'],
) {
  return caller.request<{ joinPool: Record<string, unknown> }>(
    `mutation($i: JoinPoolInput!) { joinPool(input: $i) { ${PARTICIPANT_FIELDS} } }`,
    {
      i: { profile: profile(profileOverrides), consents },
    },
  );
}

/** Saves and publishes an agreement version as the advisor; returns it with its hash. */
export async function publishAgreement(
  advisor: GraphqlCaller,
  title: string,
  options: {
    termMonths?: number;
    previousVersionsValidUntil?: string | null;
  } = {},
) {
  const saved = await advisor.request(
    'mutation($i: AgreementDraftInput!) { saveAgreementDraft(input: $i) { id } }',
    {
      i: {
        title,
        markdown: `# ${title}\n\nJe doet vrijwillig mee en kunt altijd stoppen.`,
        termMonths: options.termMonths ?? 12,
      },
    },
  );
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  const published = await advisor.request<{
    publishAgreementDraft: { id: string; version: number; contentHash: string };
  }>(
    'mutation($d: String) { publishAgreementDraft(previousVersionsValidUntil: $d) { id version contentHash } }',
    { d: options.previousVersionsValidUntil ?? null },
  );
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  return published.data.publishAgreementDraft;
}
