import { GraphqlCaller } from './test-app';

export const SURVEY_FIELDS =
  'id title status mode threshold run seriesId invitedCount sentCount failedCount responseCount previousRunId sections { key questions { key kind required options { key } } }';

export function surveyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Pulsmeting najaar',
    introduction: 'Fijn dat je meedoet.',
    mode: 'ANONYMOUS',
    threshold: 5,
    audience: {
      kind: 'EVERYONE',
      departmentIds: [],
      includeSubDepartments: true,
      emails: [],
    },
    sections: [
      {
        key: 's1',
        title: { nl: 'Algemeen', en: 'General' },
        questions: [
          {
            key: 'mood',
            kind: 'AGREEMENT_5',
            text: {
              nl: 'Ik werk hier met plezier.',
              en: 'I enjoy working here.',
            },
            required: true,
            options: [],
          },
          {
            key: 'enps',
            kind: 'SCALE_0_10',
            text: {
              nl: 'Zou je ons aanbevelen?',
              en: 'Would you recommend us?',
            },
            required: false,
            options: [],
          },
          {
            key: 'remark',
            kind: 'LONG_TEXT',
            text: { nl: 'Opmerkingen?', en: 'Remarks?' },
            required: false,
            options: [],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export async function createSurvey(
  author: GraphqlCaller,
  overrides: Record<string, unknown> = {},
  from: { templateKey?: string; copyOf?: string } = {},
): Promise<{ id: string }> {
  const response = await author.request<{ createSurvey: { id: string } }>(
    'mutation($i: SurveyInput!, $t: String, $c: ID) { createSurvey(input: $i, templateKey: $t, copyOf: $c) { id } }',
    {
      i: surveyInput(overrides),
      t: from.templateKey ?? null,
      c: from.copyOf ?? null,
    },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createSurvey;
}

export function answer(questionKey: string, value: number | string[] | string) {
  return typeof value === 'number'
    ? { questionKey, number: value }
    : Array.isArray(value)
      ? { questionKey, options: value }
      : { questionKey, text: value };
}

export function submitByToken(
  caller: GraphqlCaller,
  token: string,
  answers: ReturnType<typeof answer>[],
) {
  return caller.request<{ submitSurveyByToken: boolean }>(
    'mutation($t: String!, $a: [AnswerInput!]!) { submitSurveyByToken(token: $t, answers: $a) }',
    { t: token, a: answers },
  );
}
