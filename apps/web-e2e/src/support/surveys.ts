import type { BrowserContext } from '@playwright/test';
import { graphql } from './graphql';

export interface SurveyAudience {
  kind: 'EVERYONE' | 'LIST';
  emails?: string[];
}

/**
 * An anonymous survey (threshold 5) with one required agreement question,
 * key `mood` ("Het gaat goed." / "All is well."), created through the API by
 * the logged-in author of `context`; returns its id.
 */
export async function createOneQuestionSurvey(
  context: BrowserContext,
  survey: { title: string; introduction?: string; audience?: SurveyAudience },
): Promise<string> {
  const audience = survey.audience ?? { kind: 'EVERYONE' };
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    context,
    `
      mutation ($input: SurveyInput!) {
        createSurvey(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: survey.title,
        introduction: survey.introduction ?? '',
        mode: 'ANONYMOUS',
        threshold: 5,
        audience: {
          kind: audience.kind,
          departmentIds: [],
          includeSubDepartments: true,
          emails: audience.emails ?? [],
        },
        sections: [
          {
            key: 's1',
            title: { nl: 'Vandaag', en: 'Today' },
            questions: [
              {
                key: 'mood',
                kind: 'AGREEMENT_5',
                text: { nl: 'Het gaat goed.', en: 'All is well.' },
                required: true,
                options: [],
              },
            ],
          },
        ],
      },
    },
  );
  return createSurvey.id;
}
