import type { SurveyToAnswer } from '../data-access/answering-api';
import type { QuestionResult } from '../data-access/results-api';
import type { Survey, SurveySection } from '../data-access/surveys-api';

/** Test data for the survey specs: a short survey with a condition and a ranking. */
export function sections(): SurveySection[] {
  return [
    {
      key: 's1',
      title: { nl: 'Werk', en: 'Work' },
      questions: [
        {
          key: 'q1',
          kind: 'AGREEMENT_5',
          required: true,
          text: { nl: 'Mijn werkdruk is goed.', en: 'My workload is fine.' },
          options: [],
          condition: null,
        },
        {
          key: 'q2',
          kind: 'LONG_TEXT',
          required: false,
          text: { nl: 'Wat drukt er?', en: 'What weighs on you?' },
          options: [],
          condition: { questionKey: 'q1', anyOf: ['1', '2'] },
        },
        {
          key: 'q3',
          kind: 'RANKING',
          required: false,
          text: { nl: 'Wat is belangrijk?', en: 'What matters?' },
          options: [
            { key: 'o1', label: { nl: 'Rust', en: 'Calm' } },
            { key: 'o2', label: { nl: 'Loon', en: 'Pay' } },
            { key: 'o3', label: { nl: 'Team', en: 'Team' } },
          ],
          condition: null,
        },
      ],
    },
  ];
}

export function surveyToAnswer(
  overrides: Partial<SurveyToAnswer> = {},
): SurveyToAnswer {
  return {
    surveyId: 'sv1',
    title: 'Pulsmeting',
    introduction: 'Hoe gaat het?',
    mode: 'ANONYMOUS',
    open: true,
    alreadyAnswered: false,
    protection: { nl: 'Anoniem: niemand ziet wie.', en: 'Anonymous.' },
    sections: sections(),
    ...overrides,
  };
}

export function survey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: 'sv1',
    title: 'Pulsmeting',
    status: 'DRAFT',
    run: 1,
    mode: 'ANONYMOUS',
    seriesId: 'series-1',
    previousRunId: null,
    invitedCount: 0,
    sentCount: 0,
    failedCount: 0,
    responseCount: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    publishedAt: null,
    closesAt: null,
    closedAt: null,
    introduction: 'Hoe gaat het?',
    threshold: 5,
    reportBy: 'DEPARTMENT',
    trajectoryId: null,
    remindAt: null,
    remindedAt: null,
    audience: {
      kind: 'DEPARTMENTS',
      departmentIds: ['d1', 'd2'],
      includeSubDepartments: false,
      trajectoryId: null,
      emails: [],
    },
    sections: sections(),
    ...overrides,
  };
}

/** One question's results, an agreement question with nothing shown. */
export function questionResult(
  overrides: Partial<QuestionResult> = {},
): QuestionResult {
  return {
    key: 'q1',
    kind: 'AGREEMENT_5',
    text: { nl: 'Vraag', en: 'Question' },
    options: [],
    overall: null,
    previous: null,
    byUnit: [],
    texts: [],
    ...overrides,
  };
}
