import { Role } from '@inspraak/domain';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  GraphqlResponse,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import { answer, createSurvey, departmentsAudience } from './survey-fixtures';

const PREVIEW =
  'query($id: ID!) { surveyPreview(id: $id) { surveyId title mode alreadyAnswered open protection { nl } sections { key questions { key kind required } } } }';
const CHECK =
  'mutation($id: ID!, $a: [AnswerInput!]!) { checkSurveyPreviewAnswers(id: $id, answers: $a) }';
const SUBMIT =
  'mutation($id: ID!, $a: [AnswerInput!]!) { submitMySurvey(id: $id, answers: $a) }';

/** Every table an answer or a link's use could leave a row in. */
const TABLES = [
  'survey_token_use',
  'survey_response_inbox',
  'survey_response',
  'survey_answer',
  'audit_entry',
];

describe('survey preview: the respondent page for authors, storing nothing', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'preview');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
  });
  afterAll(() => testApp.close());

  const rows = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ n }] = (await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`,
        [organisation.id],
      )) as [{ n: number }];
      counts[table] = n;
    }
    return counts;
  };
  const problems = (response: GraphqlResponse) => ({
    code: errorCode(response),
    reason: errorReason(response),
    fields: response.errors?.[0]?.extensions?.fields,
  });

  it('shows a draft as the respondent sees it and checks answers without storing anything', async () => {
    const { id } = await createSurvey(hr, { title: 'Concept voorbeeld' });
    const before = await rows();

    const preview = await hr.request<{
      surveyPreview: {
        surveyId: string;
        title: string;
        alreadyAnswered: boolean;
        open: boolean;
        protection: { nl: string };
        sections: { questions: { key: string }[] }[];
      };
    }>(PREVIEW, { id });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.surveyPreview).toMatchObject({
      surveyId: id,
      title: 'Concept voorbeeld',
      alreadyAnswered: false,
      open: true,
    });
    expect(preview.data!.surveyPreview.protection.nl).toMatch(/^Anoniem/);
    expect(
      preview.data!.surveyPreview.sections[0]!.questions.map((q) => q.key),
    ).toEqual(['mood', 'enps', 'remark']);

    // Good answers are accepted, as often as the author likes.
    for (let i = 0; i < 2; i++)
      expect(
        (
          await hr.request(CHECK, {
            id,
            a: [answer('mood', 4), answer('remark', 'Prima')],
          })
        ).data,
      ).toEqual({ checkSurveyPreviewAnswers: true });
    // A missing required answer and a value outside the scale are refused per field.
    const refused = await hr.request(CHECK, {
      id,
      a: [answer('enps', 11)],
    });
    expect(problems(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RESPONSE',
    });
    expect(
      problems(refused)
        .fields?.map((f) => f.field)
        .sort(),
    ).toEqual(['enps', 'mood']);

    expect(await rows()).toEqual(before);
  });

  it('refuses exactly what a real submit refuses, and still stores nothing', async () => {
    const department = await createDepartment(hr, 'Voorbeeld');
    const member = await addMember(testApp, organisation, 'Piet Proef');
    await createEmployee(hr, { departmentId: department, email: member.email });
    const { id } = await createSurvey(hr, {
      mode: 'CONFIDENTIAL',
      audience: departmentsAudience(department),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const before = await rows();
    const wrong = [
      [answer('mood', 9)],
      [answer('mood', 3), answer('mood', 4)],
      [{ questionKey: 'mood', number: 3, text: 'twee waarden' }],
      [answer('mood', 3), answer('unknown', 'x')],
      [answer('mood', 3), answer('remark', 'x'.repeat(5001))],
    ];
    for (const answers of wrong) {
      const previewed = problems(await hr.request(CHECK, { id, a: answers }));
      const submitted = problems(
        await member.caller.request(SUBMIT, { id, a: answers }),
      );
      expect(previewed.code).toBe('BAD_USER_INPUT');
      expect(previewed).toEqual(submitted);
    }
    expect(await rows()).toEqual(before);
    // The preview of a running survey takes answers without counting one.
    expect(
      (await hr.request(CHECK, { id, a: [answer('mood', 3)] })).data,
    ).toEqual({ checkSurveyPreviewAnswers: true });
    expect(await rows()).toEqual(before);
    // A real submit does store (the tables counted are the right ones).
    expect(
      (await member.caller.request(SUBMIT, { id, a: [answer('mood', 3)] }))
        .data,
    ).toEqual({ submitMySurvey: true });
    const after = await rows();
    expect(after['survey_token_use']).toBe(before['survey_token_use']! + 1);
  });

  it('is for survey authors, and an unknown survey is not found', async () => {
    const { id } = await createSurvey(hr, { title: 'Alleen voor auteurs' });
    const employee = (await callersFor(testApp.url, organisation))[
      Role.MEDEWERKER
    ];
    expect(errorCode(await employee.request(PREVIEW, { id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await employee.request(CHECK, { id, a: [answer('mood', 3)] })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await hr.request(PREVIEW, {
          id: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
