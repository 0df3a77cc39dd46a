import { Role } from '@inspraak/domain';
import {
  SurveyInbox,
  SurveyResponse,
  SurveyResponseInbox,
  SurveyTokenUse,
  type MoveOrder,
} from '@inspraak/api-surveys';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  answer,
  createSurvey,
  submitByToken,
  surveyWithLinks as linkedSurvey,
} from './survey-fixtures';

/**
 * The inbox between a submit and the results, with the API only: no worker
 * runs in this file, so answers move only when the test (or closing) moves
 * them. Links are given out directly (surveyWithLinks), since sending is not
 * what is tested here.
 */
describe('survey answers: the link’s use and the answer stay apart', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'inbox');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
  });
  afterAll(async () => {
    await testApp.close();
  });

  const count = (
    entity:
      | typeof SurveyResponse
      | typeof SurveyResponseInbox
      | typeof SurveyTokenUse,
    surveyId: string,
  ) => testApp.dataSource.getRepository(entity).count({ where: { surveyId } });

  const surveyWithLinks = (
    people: number,
    overrides: Record<string, unknown> = {},
  ) => linkedSurvey(testApp, hr, people, overrides);

  const xmins = async (table: string, surveyId: string) =>
    new Set(
      (
        (await testApp.dataSource.query(
          `SELECT xmin::text AS xmin FROM ${table} WHERE survey_id = $1`,
          [surveyId],
        )) as { xmin: string }[]
      ).map((r) => r.xmin),
    );

  /** The eNPS answers of the survey's stored responses, in the order the rows lie on disk. */
  const enpsOnDisk = async (surveyId: string) =>
    (
      (await testApp.dataSource.query(
        `SELECT a.number_value AS value FROM survey_response r
         JOIN survey_answer a ON a.response_id = r.id AND a.question_key = 'enps'
         WHERE r.survey_id = $1 ORDER BY r.ctid`,
        [surveyId],
      )) as { value: number }[]
    ).map((r) => r.value);

  const enpsOf = (w: Parameters<MoveOrder>[0][number]) => {
    const value = w.answers['enps'];
    return value && 'number' in value ? value.number : -1;
  };
  /** An order the test knows: highest eNPS first, the reverse of how they were submitted. */
  const highestFirst: MoveOrder = (waiting) =>
    [...waiting].sort((a, b) => enpsOf(b) - enpsOf(a));

  it('moves answers in groups of at least the threshold, in an order of its own, in transactions no link’s use shares', async () => {
    const { id, tokens } = await surveyWithLinks(10);
    // Submitted in the order 0, 1, …, 9 (the eNPS answer tells them apart).
    for (const [index, token] of tokens.entries()) {
      const submitted = await submitByToken(
        new GraphqlCaller(testApp.url),
        token,
        [answer('mood', 3), answer('enps', index)],
      );
      expect(submitted.data).toEqual({ submitSurveyByToken: true });
    }
    expect(await count(SurveyTokenUse, id)).toBe(10);
    expect(await count(SurveyResponseInbox, id)).toBe(10);
    // Nothing reaches the results before a move.
    expect(await count(SurveyResponse, id)).toBe(0);

    const inbox = testApp.app.get(SurveyInbox);
    await inbox.release(highestFirst);
    // Ten waiting (twice the threshold): five move, five stay behind.
    expect(await count(SurveyResponse, id)).toBe(5);
    expect(await count(SurveyResponseInbox, id)).toBe(5);
    const moved = await enpsOnDisk(id);
    expect([...moved].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9]);
    // On disk in the move's order, not the order people answered in.
    expect(moved).not.toEqual([5, 6, 7, 8, 9]);

    // Five waiting is not enough for another group while the survey runs.
    await inbox.release();
    expect(await count(SurveyResponse, id)).toBe(5);

    // Closing moves the rest at once.
    await hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
    expect(await count(SurveyResponseInbox, id)).toBe(0);
    expect([...(await enpsOnDisk(id))].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);

    // Closing wrote every response's unit and rewrote every link use: they
    // share one transaction id, the close's; the answers keep their group's.
    const uses = await xmins('survey_token_use', id);
    const responses = await xmins('survey_response', id);
    const answers = await xmins('survey_answer', id);
    expect(responses.size).toBe(1);
    expect([...uses]).toEqual([...responses]);
    expect(answers.size).toBe(2);
  });

  it('keeps a small survey’s answers out of the results until it closes', async () => {
    const { id, tokens } = await surveyWithLinks(9);
    for (const token of tokens)
      await submitByToken(new GraphqlCaller(testApp.url), token, [
        answer('mood', 4),
      ]);
    // Nine is fewer than twice the threshold: a move would leave a group of four.
    await testApp.app.get(SurveyInbox).release();
    expect(await count(SurveyResponse, id)).toBe(0);
    // Past its end time nothing moves by itself (an end time moved back and forth must not let a small group out)…
    await testApp.dataSource.query(
      `UPDATE survey SET closes_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    await testApp.app.get(SurveyInbox).release();
    expect(await count(SurveyResponse, id)).toBe(0);
    // …until the minute job closes it: then everything moves, in the closing transaction.
    expect(
      await testApp.app.get(SurveyInbox).closeDue(),
    ).toBeGreaterThanOrEqual(1);
    expect(await count(SurveyResponse, id)).toBe(9);
    expect(await count(SurveyResponseInbox, id)).toBe(0);
  });

  it('keeps a confidential answer linked while it waits: the person’s export shows it, and it is linked once moved', async () => {
    const member = await addMember(testApp, organisation, 'Vera Vertrouwelijk');
    const { id } = await createSurvey(hr, {
      mode: 'CONFIDENTIAL',
      audience: {
        kind: 'LIST',
        departmentIds: [],
        includeSubDepartments: false,
        emails: [member.email],
      },
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    expect(
      (
        await member.caller.request(
          'mutation($id: ID!, $a: [AnswerInput!]!) { submitMySurvey(id: $id, answers: $a) }',
          { id, a: [answer('mood', 2), answer('remark', 'Meer rust')] },
        )
      ).data,
    ).toEqual({ submitMySurvey: true });
    const waiting = await testApp.dataSource
      .getRepository(SurveyResponseInbox)
      .findOneByOrFail({ surveyId: id });
    expect(waiting.respondentInvitationId).not.toBeNull();
    const exported = JSON.parse(
      (
        await member.caller.request<{ myPersonalData: string }>(
          '{ myPersonalData }',
        )
      ).data!.myPersonalData,
    ) as { surveyInvitations: { answers: unknown }[] };
    expect(exported.surveyInvitations).toEqual([
      expect.objectContaining({
        mode: 'CONFIDENTIAL',
        answers: [
          // Each answer under its question as the survey asked it, not its key.
          expect.objectContaining({
            question: {
              nl: 'Ik werk hier met plezier.',
              en: 'I enjoy working here.',
            },
            number: 2,
          }),
          expect.objectContaining({
            question: { nl: 'Opmerkingen?', en: 'Remarks?' },
            text: 'Meer rust',
          }),
        ],
      }),
    ]);
    await hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
    const stored = await testApp.dataSource
      .getRepository(SurveyResponse)
      .findOneByOrFail({ surveyId: id });
    expect(stored.respondentInvitationId).toBe(waiting.respondentInvitationId);
  });
});
