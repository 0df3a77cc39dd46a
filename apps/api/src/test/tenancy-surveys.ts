import { errorCode, GraphqlCaller } from './test-app';
import { createEmployee } from './directory-fixtures';
import { createSurvey, surveyInput } from './survey-fixtures';

/** What organisation B has in surveys, for A to aim at. */
export interface SurveyWorld {
  draftId: string;
  publishedId: string;
  trajectoryId: string;
}

export async function surveyWorld(
  b: GraphqlCaller,
  trajectoryId: string,
): Promise<SurveyWorld> {
  const draftId = (await createSurvey(b, { title: 'Concept B' })).id;
  const publishedId = (await createSurvey(b, { title: 'Lopend B' })).id;
  await createEmployee(b, { firstName: 'Uitgenodigd' });
  const published = await b.request(
    'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
    { id: publishedId },
  );
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  return { draftId, publishedId, trajectoryId };
}

/** Organisation A's advisor (a survey author) aims every survey operation at B's surveys. */
export function surveyTenancyAttempts(
  a: () => GraphqlCaller,
  world: () => SurveyWorld,
): Record<string, () => Promise<void>> {
  const notFound = async (
    query: string,
    variables: Record<string, unknown>,
  ) => {
    expect(errorCode(await a().request(query, variables))).toBe('NOT_FOUND');
  };
  const w = world;
  return {
    'Query.surveyTemplates': async () => {
      const response = await a().request<{
        surveyTemplates: { key: string }[];
      }>('{ surveyTemplates { key } }');
      expect(response.data!.surveyTemplates).toHaveLength(3);
    },
    'Query.surveyAudienceDepartments': async () => {
      const response = await a().request<{
        surveyAudienceDepartments: { name: string }[];
      }>('{ surveyAudienceDepartments { name } }');
      expect(response.data).toBeDefined();
      expect(
        response.data!.surveyAudienceDepartments.map((d) => d.name),
      ).not.toContain('Geheim B');
    },
    'Query.surveys': async () => {
      const response = await a().request<{ surveys: { id: string }[] }>(
        '{ surveys { id } }',
      );
      expect(response.data!.surveys.map((s) => s.id)).not.toEqual(
        expect.arrayContaining([w().draftId]),
      );
      expect(response.data!.surveys.map((s) => s.id)).not.toContain(
        w().publishedId,
      );
    },
    'Query.survey': () =>
      notFound('query($id: ID!) { survey(id: $id) { id } }', {
        id: w().publishedId,
      }),
    'Query.surveyPreview': async () => {
      for (const id of [w().draftId, w().publishedId])
        await notFound('query($id: ID!) { surveyPreview(id: $id) { title } }', {
          id,
        });
    },
    'Mutation.checkSurveyPreviewAnswers': () =>
      notFound(
        'mutation($id: ID!, $a: [AnswerInput!]!) { checkSurveyPreviewAnswers(id: $id, answers: $a) }',
        { id: w().draftId, a: [{ questionKey: 'mood', number: 3 }] },
      ),
    'Mutation.createSurvey': async () => {
      await notFound(
        'mutation($i: SurveyInput!, $c: ID) { createSurvey(input: $i, copyOf: $c) { id } }',
        { i: surveyInput(), c: w().publishedId },
      );
      await notFound(
        'mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }',
        { i: surveyInput({ trajectoryId: w().trajectoryId }) },
      );
    },
    'Mutation.updateSurvey': () =>
      notFound(
        'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
        { id: w().draftId, i: surveyInput({ title: 'Gekaapt' }) },
      ),
    'Mutation.newSurveyVersion': () =>
      notFound('mutation($id: ID!) { newSurveyVersion(id: $id) { id } }', {
        id: w().publishedId,
      }),
    'Mutation.publishSurvey': () =>
      notFound('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
        id: w().draftId,
      }),
    'Mutation.closeSurvey': () =>
      notFound('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
        id: w().publishedId,
      }),
    'Mutation.remindSurveyNow': () =>
      notFound('mutation($id: ID!) { remindSurveyNow(id: $id) { id } }', {
        id: w().publishedId,
      }),
    'Query.surveyResults': () =>
      notFound('query($id: ID!) { surveyResults(id: $id) { respondents } }', {
        id: w().publishedId,
      }),
    'Query.surveyResultsCsv': () =>
      notFound('query($id: ID!) { surveyResultsCsv(id: $id) }', {
        id: w().publishedId,
      }),
    'Query.surveyResultsXlsx': () =>
      notFound('query($id: ID!) { surveyResultsXlsx(id: $id) }', {
        id: w().publishedId,
      }),
    'Mutation.snapshotSurveyResults': async () => {
      await notFound(
        'mutation($id: ID!) { snapshotSurveyResults(id: $id) { id } }',
        { id: w().publishedId },
      );
      // Nor can A attach its own survey's results to B's trajectory.
      const own = await createSurvey(a(), { title: 'Eigen A' });
      const response = await a().request(
        'mutation($id: ID!, $t: ID) { snapshotSurveyResults(id: $id, trajectoryId: $t) { id } }',
        { id: own.id, t: w().trajectoryId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.surveyResultSnapshots': () =>
      notFound('query($id: ID!) { surveyResultSnapshots(id: $id) { id } }', {
        id: w().publishedId,
      }),
    'Query.surveyByToken': () =>
      notFound('query($t: String!) { surveyByToken(token: $t) { surveyId } }', {
        t: 'A'.repeat(43),
      }),
    'Mutation.submitSurveyByToken': () =>
      notFound(
        'mutation($t: String!) { submitSurveyByToken(token: $t, answers: []) }',
        { t: 'A'.repeat(43) },
      ),
    'Query.mySurveys': async () => {
      const response = await a().request<{ mySurveys: { surveyId: string }[] }>(
        '{ mySurveys { surveyId } }',
      );
      expect(response.data!.mySurveys.map((s) => s.surveyId)).not.toContain(
        w().publishedId,
      );
    },
    'Query.mySurvey': () =>
      notFound('query($id: ID!) { mySurvey(id: $id) { surveyId } }', {
        id: w().publishedId,
      }),
    'Mutation.submitMySurvey': () =>
      notFound('mutation($id: ID!) { submitMySurvey(id: $id, answers: []) }', {
        id: w().publishedId,
      }),
  };
}

/** B's surveys after all of A's attempts: unchanged. */
export async function expectSurveyWorldIntact(
  b: GraphqlCaller,
  world: SurveyWorld,
  snapshotsByB: number,
): Promise<void> {
  const surveys = await b.request<{
    surveys: {
      id: string;
      title: string;
      status: string;
      responseCount: number | null;
      run: number;
    }[];
  }>('{ surveys { id title status responseCount run } }');
  const byId = new Map(surveys.data!.surveys.map((s) => [s.id, s]));
  expect(byId.get(world.draftId)).toMatchObject({
    title: 'Concept B',
    status: 'DRAFT',
  });
  expect(byId.get(world.publishedId)).toMatchObject({
    title: 'Lopend B',
    status: 'PUBLISHED',
    // Fewer than the threshold answered (none did): no count is shown.
    responseCount: null,
  });
  expect([...byId.values()].every((s) => s.run === 1)).toBe(true);
  const snapshots = await b.request<{ surveyResultSnapshots: unknown[] }>(
    'query($id: ID!) { surveyResultSnapshots(id: $id) { id } }',
    { id: world.publishedId },
  );
  expect(snapshots.data!.surveyResultSnapshots).toHaveLength(snapshotsByB);
}
