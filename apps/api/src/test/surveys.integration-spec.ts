import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { unzipSync, strFromU8 } from 'fflate';
import { Role } from '@inspraak/domain';
import {
  InvitationStatus,
  resultRows,
  SurveyAnswer,
  SurveyInvitation,
  SurveyInbox,
  SurveyMailer,
  SurveyResponse,
  SurveyResponseInbox,
  SurveyTokenUse,
  toCsv,
} from '@inspraak/api-surveys';
import {
  addMember,
  bootTestApp,
  bootMailingWorker,
  MailingWorker,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import {
  answer,
  createSurvey,
  sendAndCollectTokens as collectTokens,
  SURVEY_FIELDS,
  submitByToken,
  surveyInput,
  departmentsAudience,
} from './survey-fixtures';
import { eventually, receivedMessages } from './smtp-receiver';

const TOKEN = /\/s\/([A-Za-z0-9_-]{43})/;

describe('surveys: building, publishing, answering once, anonymity', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let mailing: MailingWorker;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  const anonymous = () => new GraphqlCaller(testApp.url);

  beforeAll(async () => {
    testApp = await bootTestApp({ PUBLIC_URL: 'https://inspraak.example.nl' });
    // Links reach people by SMTP (the development outbox never keeps a usable one).
    mailing = await bootMailingWorker();
    worker = mailing.worker;
    organisation = await createOrganisation(testApp.dataSource, 'surveys');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  const sendAndCollectTokens = (surveyId: string) =>
    collectTokens(testApp, mailing, organisation.id, surveyId);

  async function employeesIn(
    departmentId: string,
    count: number,
    location = 'Zwolle',
  ): Promise<string[]> {
    const emails: string[] = [];
    for (let i = 0; i < count; i++)
      emails.push((await createEmployee(hr, { departmentId, location })).email);
    return emails;
  }

  /** A survey published to a new department of `count` employees. */
  async function publishedToNewDepartment(
    name: string,
    count: number,
  ): Promise<{ id: string; department: string }> {
    const department = await createDepartment(hr, name);
    await employeesIn(department, count);
    const { id } = await createSurvey(hr, {
      audience: departmentsAudience(department),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    return { id, department };
  }

  it('builds from a template, refuses an incomplete survey, and publishes to two departments', async () => {
    const templates = (
      await hr.request<{ surveyTemplates: { key: string }[] }>(
        '{ surveyTemplates { key } }',
      )
    ).data!.surveyTemplates;
    expect(templates.map((t) => t.key)).toEqual([
      'PULSE',
      'CHANGE_READINESS',
      'EVALUATION',
    ]);

    const a = await createDepartment(hr, 'Sjabloon A');
    const b = await createDepartment(hr, 'Sjabloon B');
    await employeesIn(a, 2);
    await employeesIn(b, 3);
    await createEmployee(hr, {}); // outside both departments: not invited
    const { id } = await createSurvey(
      hr,
      {
        audience: {
          kind: 'DEPARTMENTS',
          departmentIds: [a, b],
          includeSubDepartments: true,
          emails: [],
        },
      },
      { templateKey: 'PULSE' },
    );
    const survey = await hr.request<{
      survey: { sections: { questions: { key: string }[] }[]; status: string };
    }>(`query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`, { id });
    expect(
      survey.data!.survey.sections[0]!.questions.map((q) => q.key),
    ).toEqual(['workload', 'informed', 'heard', 'enps', 'remarks']);

    const published = await hr.request<{
      publishSurvey: { status: string; invitedCount: number };
    }>(`mutation($id: ID!) { publishSurvey(id: $id) { ${SURVEY_FIELDS} } }`, {
      id,
    });
    expect(published.data!.publishSurvey).toMatchObject({
      status: 'PUBLISHED',
      invitedCount: 5,
    });
    expect(
      errorReason(
        await hr.request(
          'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
          { id },
        ),
      ),
    ).toBe('ALREADY_PUBLISHED');

    const bad = await hr.request(
      'mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }',
      {
        i: surveyInput({
          sections: [
            {
              key: 's',
              title: { nl: 'X', en: 'X' },
              questions: [
                {
                  key: 'q',
                  kind: 'SINGLE_CHOICE',
                  text: { nl: 'Kies', en: '' },
                  required: true,
                  options: [],
                },
              ],
            },
          ],
        }),
      },
    );
    expect(errorReason(bad)).toBe('INVALID_SURVEY');
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual([
      'sections.0.questions.0.text',
      'sections.0.questions.0.options',
    ]);
    expect(
      errorCode(
        await hr.request(
          'mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }',
          { i: surveyInput({ threshold: 3 }) },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    // A draft without questions is saved, but not published; the field message is text, not a code.
    const empty = await createSurvey(hr, { sections: [] });
    const refused = await hr.request(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id: empty.id },
    );
    expect(errorReason(refused)).toBe('INVALID_SURVEY');
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      { field: 'sections', message: 'Voeg minstens één vraag toe.' },
    ]);
  });

  it('takes one answer per link, tells a reused link clearly, and stores an anonymous answer without person or time', async () => {
    const { id } = await publishedToNewDepartment('Eenmalig', 5);
    const tokens = [...(await sendAndCollectTokens(id)).values()];
    expect(tokens).toHaveLength(5);

    const shown = await anonymous().request<{
      surveyByToken: {
        title: string;
        protection: { nl: string };
        alreadyAnswered: boolean;
        open: boolean;
      };
    }>(
      'query($t: String!) { surveyByToken(token: $t) { title protection { nl } alreadyAnswered open } }',
      { t: tokens[0] },
    );
    expect(shown.data!.surveyByToken).toMatchObject({
      title: 'Pulsmeting najaar',
      alreadyAnswered: false,
      open: true,
    });
    expect(shown.data!.surveyByToken.protection.nl).toMatch(/^Anoniem: /);

    const missing = await submitByToken(anonymous(), tokens[0]!, [
      answer('enps', 8),
    ]);
    expect(errorReason(missing)).toBe('INVALID_RESPONSE');
    expect(missing.errors![0]!.extensions!.fields).toEqual([
      { field: 'mood', message: 'Deze vraag is verplicht.' },
    ]);
    const wrong = await submitByToken(anonymous(), tokens[0]!, [
      answer('mood', 9),
    ]);
    expect(wrong.errors![0]!.extensions!.fields).toEqual([
      { field: 'mood', message: 'Dit antwoord past niet bij de vraag.' },
    ]);

    const first = anonymous();
    expect(
      (
        await submitByToken(first, tokens[0]!, [
          answer('mood', 4),
          answer('remark', 'Fijn team'),
        ])
      ).data,
    ).toEqual({ submitSurveyByToken: true });
    // Twice at once, and again later: stored once.
    const [x, y] = await Promise.all([
      submitByToken(anonymous(), tokens[1]!, [answer('mood', 5)]),
      submitByToken(anonymous(), tokens[1]!, [answer('mood', 5)]),
    ]);
    expect(
      [x, y].filter((r) => r.data?.submitSurveyByToken === true),
    ).toHaveLength(1);
    expect([x, y].map(errorReason).filter(Boolean)).toEqual([
      'ALREADY_ANSWERED',
    ]);
    expect(
      errorReason(await submitByToken(first, tokens[0]!, [answer('mood', 1)])),
    ).toBe('ALREADY_ANSWERED');
    expect(
      errorCode(
        await submitByToken(first, 'x'.repeat(43), [answer('mood', 1)]),
      ),
    ).toBe('NOT_FOUND');
    // Two answers wait in the inbox; closing moves them into the results.
    expect(
      await testApp.dataSource
        .getRepository(SurveyResponseInbox)
        .count({ where: { surveyId: id } }),
    ).toBe(2);
    await hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
    expect(
      await testApp.dataSource
        .getRepository(SurveyResponse)
        .count({ where: { surveyId: id } }),
    ).toBe(2);

    // Nothing links an anonymous answer to a person: no invitation, no time finer than the day.
    const responses = await testApp.dataSource
      .getRepository(SurveyResponse)
      .find({ where: { surveyId: id } });
    expect(responses.every((r) => r.respondentInvitationId === null)).toBe(
      true,
    );
    const columns = async (table: string) =>
      (
        (await testApp.dataSource.query(
          'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1',
          [table],
        )) as { column_name: string; data_type: string }[]
      ).map((c) => `${c.column_name}:${c.data_type}`);
    expect(
      (await columns('survey_response')).filter((c) =>
        /timestamp|time/.test(c),
      ),
    ).toEqual([]);
    for (const table of ['survey_token_use', 'survey_response_inbox'])
      expect(
        (await columns(table)).filter((c) => /timestamp|time/.test(c)),
      ).toEqual([]);
    expect(await columns('survey_answer')).not.toContain(
      expect.stringMatching(/invitation|user|email/),
    );
    expect(
      await testApp.dataSource
        .getRepository(SurveyTokenUse)
        .count({ where: { surveyId: id } }),
    ).toBe(2);
    expect(
      await testApp.dataSource
        .getRepository(SurveyAnswer)
        .count({ where: { surveyId: id } }),
    ).toBe(3);
  });

  it('lets a logged-in employee answer inside the app, once', async () => {
    const department = await createDepartment(hr, 'In de app');
    const member = await addMember(testApp, organisation, 'Ans App');
    await createEmployee(hr, { departmentId: department, email: member.email });
    const { id } = await createSurvey(hr, {
      mode: 'CONFIDENTIAL',
      audience: departmentsAudience(department),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const mine = (
      await member.caller.request<{
        mySurveys: { surveyId: string; protection: { nl: string } }[];
      }>('{ mySurveys { surveyId protection { nl } } }')
    ).data!.mySurveys;
    expect(mine.map((s) => s.surveyId)).toEqual([id]);
    expect(mine[0]!.protection.nl).toMatch(/^Vertrouwelijk: /);
    const submit = () =>
      member.caller.request(
        'mutation($id: ID!, $a: [AnswerInput!]!) { submitMySurvey(id: $id, answers: $a) }',
        { id, a: [answer('mood', 3)] },
      );
    expect((await submit()).data).toEqual({ submitMySurvey: true });
    expect(errorReason(await submit())).toBe('ALREADY_ANSWERED');
    // Confidential: the system knows who answered (and still reports only aggregates).
    const response = await testApp.dataSource
      .getRepository(SurveyResponseInbox)
      .findOneByOrFail({ surveyId: id });
    expect(response.respondentInvitationId).not.toBeNull();
    // Someone not invited finds nothing.
    expect(
      errorCode(
        await hr.request('query($id: ID!) { mySurvey(id: $id) { surveyId } }', {
          id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('keeps published questions comparable, and a new version is a new run compared with the last', async () => {
    const department = await createDepartment(hr, 'Versies');
    await employeesIn(department, 5);
    const input = surveyInput({
      audience: departmentsAudience(department),
    });
    const { id } = await createSurvey(hr, input);
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const reworded = structuredClone(input);
    reworded.sections[0]!.questions[0]!.text = {
      nl: 'Ik werk hier met veel plezier.',
      en: 'I really enjoy working here.',
    };
    expect(
      (
        await hr.request<{ updateSurvey: { id: string } }>(
          'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
          { id, i: reworded },
        )
      ).data,
    ).toBeDefined();
    const changed = structuredClone(input);
    changed.sections[0]!.questions[0]!.kind = 'SCALE_0_10';
    expect(
      errorReason(
        await hr.request(
          'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
          { id, i: changed },
        ),
      ),
    ).toBe('NEEDS_NEW_VERSION');

    const tokens = [...(await sendAndCollectTokens(id)).values()];
    for (const token of tokens)
      await submitByToken(anonymous(), token, [answer('mood', 2)]);
    await hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
    expect(
      errorReason(
        await submitByToken(anonymous(), tokens[0]!, [answer('mood', 2)]),
      ),
    ).toBe('SURVEY_CLOSED');

    const next = (
      await hr.request<{
        newSurveyVersion: {
          id: string;
          run: number;
          status: string;
          previousRunId: string;
        };
      }>(
        `mutation($id: ID!) { newSurveyVersion(id: $id) { ${SURVEY_FIELDS} } }`,
        { id },
      )
    ).data!.newSurveyVersion;
    expect(next).toMatchObject({ run: 2, status: 'DRAFT', previousRunId: id });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id: next.id,
    });
    const nextTokens = [...(await sendAndCollectTokens(next.id)).values()];
    for (const token of nextTokens)
      await submitByToken(anonymous(), token, [answer('mood', 4)]);
    // Five answers are one group, shown only once the survey closes (a running one keeps a group back).
    await hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id: next.id,
    });
    const resultsResponse = await hr.request<{
      surveyResults: {
        previousRunId: string;
        questions: {
          key: string;
          overall: { mean: number };
          previous: { mean: number } | null;
        }[];
      };
    }>(
      'query($id: ID!) { surveyResults(id: $id, breakdown: "NONE") { previousRunId questions { key overall { mean } previous { mean } } } }',
      { id: next.id },
    );
    const results = resultsResponse.data!.surveyResults;
    expect(results.previousRunId).toBe(id);
    expect(results.questions[0]).toEqual({
      key: 'mood',
      overall: { mean: 4 },
      previous: { mean: 2 },
    });
  });

  it('reminds only those who have not answered, with a new link, once; closes itself at its end time', async () => {
    const { id, department } = await publishedToNewDepartment('Herinnering', 3);
    const tokens = await sendAndCollectTokens(id);
    const [answeredEmail, answeredToken] = [...tokens.entries()][0]!;
    await submitByToken(anonymous(), answeredToken, [answer('mood', 5)]);
    await hr.request('mutation($id: ID!) { remindSurveyNow(id: $id) { id } }', {
      id,
    });
    const mailer = worker.get(SurveyMailer);
    // Scheduled once (twice asked, and the worker's own housekeeping may ask too), then sent through the queue.
    const scheduled =
      (await mailer.scheduleDueReminders()) +
      (await mailer.scheduleDueReminders());
    expect(scheduled).toBeLessThanOrEqual(2);
    const remindersSent = async () =>
      receivedMessages(mailing.smtp).filter(
        (m) => tokens.has(m.toAddress) && m.subject.startsWith('Herinnering'),
      );
    const notAnswered = [...tokens.keys()]
      .filter((e) => e !== answeredEmail)
      .sort();
    await eventually(
      async () => (await remindersSent()).length === notAnswered.length,
    );
    // The mail server has a reminder a moment before its claim is recorded as sent.
    const invitations = await eventually(async () => {
      const all = await testApp.dataSource
        .getRepository(SurveyInvitation)
        .find({ where: { surveyId: id } });
      return all.every((i) => i.reminderStatus !== 'SENDING') ? all : null;
    });
    // The same batch again (a retried job) sends nobody a second reminder.
    expect(
      await mailer.sendBatch({
        organisationId: organisation.id,
        surveyId: id,
        invitationIds: invitations.map((i) => i.id),
        kind: 'remind',
      }),
    ).toEqual({ sent: 0, failed: 0 });
    const reminders = await remindersSent();
    expect(reminders.map((m) => m.toAddress).sort()).toEqual(notAnswered);
    expect(
      invitations
        .filter((i) => i.email !== answeredEmail)
        .map((i) => i.reminderStatus),
    ).toEqual(['SENT', 'SENT']);
    expect(
      invitations.find((i) => i.email === answeredEmail)!.reminderStatus,
    ).toBeNull();
    // The reminder's link replaces the first one.
    const [remindedEmail, oldToken] = [...tokens.entries()].find(
      ([e]) => e !== answeredEmail,
    )!;
    expect(
      errorCode(
        await submitByToken(anonymous(), oldToken, [answer('mood', 1)]),
      ),
    ).toBe('NOT_FOUND');
    const newToken = TOKEN.exec(
      reminders.find((m) => m.toAddress === remindedEmail)!.body,
    )![1]!;
    expect(
      (await submitByToken(anonymous(), newToken, [answer('mood', 1)])).data,
    ).toEqual({ submitSurveyByToken: true });
    expect(
      errorReason(
        await hr.request(
          'mutation($id: ID!) { remindSurveyNow(id: $id) { id } }',
          { id },
        ),
      ),
    ).toBe('ALREADY_REMINDED');

    await hr.request(
      'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
      {
        id,
        i: surveyInput({
          audience: departmentsAudience(department),
          closesAt: new Date(Date.now() + 60_000).toISOString(),
        }),
      },
    );
    expect(
      await worker.get(SurveyInbox).closeDue(new Date(Date.now() + 120_000)),
    ).toBeGreaterThanOrEqual(1);
    expect(
      (
        await hr.request<{ survey: { status: string } }>(
          'query($id: ID!) { survey(id: $id) { status } }',
          { id },
        )
      ).data!.survey.status,
    ).toBe('CLOSED');
  });

  it('sends an invitation at most once, also when the batch is retried, and retries a refused mail', async () => {
    const { id } = await publishedToNewDepartment('Idempotent', 2);
    const invitations = await testApp.dataSource
      .getRepository(SurveyInvitation)
      .find({ where: { surveyId: id } });
    const job = {
      organisationId: organisation.id,
      surveyId: id,
      invitationIds: invitations.map((i) => i.id),
    };
    // The queued job, and the same batch twice more (a retry): each invitation is claimed once.
    await worker.get(SurveyMailer).sendBatch(job);
    await worker.get(SurveyMailer).sendBatch(job);
    await eventually(
      async () =>
        (await testApp.dataSource.getRepository(SurveyInvitation).count({
          where: { surveyId: id, status: InvitationStatus.SENT },
        })) === invitations.length,
    );
    const sent = receivedMessages(mailing.smtp).filter((m) =>
      invitations.some((i) => i.email === m.toAddress),
    );
    expect(sent).toHaveLength(2);
  });

  it('takes back an invitation and a reminder a stopped worker left half-sent, and sends them once', async () => {
    const { id } = await publishedToNewDepartment('Onderbroken', 3);
    await sendAndCollectTokens(id);
    const repo = testApp.dataSource.getRepository(SurveyInvitation);
    const [inviting, reminding, busy] = await repo.find({
      where: { surveyId: id },
      order: { email: 'ASC' },
    });
    // A worker stopped an hour ago while sending one invitation and one reminder;
    // another is busy with a third right now.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await repo.update(inviting!.id, {
      status: InvitationStatus.SENDING,
      tokenHash: null,
      claimedAt: anHourAgo,
    });
    await repo.update(reminding!.id, {
      reminderStatus: InvitationStatus.SENDING,
      reminderAttempts: 1,
      claimedAt: anHourAgo,
    });
    await repo.update(busy!.id, {
      reminderStatus: InvitationStatus.SENDING,
      reminderAttempts: 1,
      claimedAt: new Date(),
    });
    await worker.get(SurveyMailer).sweep();
    await eventually(async () => {
      const [a, b] = await Promise.all([
        repo.findOneByOrFail({ id: inviting!.id }),
        repo.findOneByOrFail({ id: reminding!.id }),
      ]);
      return a.status === 'SENT' && b.reminderStatus === 'SENT';
    });
    const mails = receivedMessages(mailing.smtp).filter((m) =>
      [inviting!.email, reminding!.email, busy!.email].includes(m.toAddress),
    );
    const count = (to: string, reminder: boolean) =>
      mails.filter(
        (m) =>
          m.toAddress === to &&
          m.subject.startsWith('Herinnering') === reminder,
      ).length;
    // The interrupted invitation went again (its first link was never recorded), the reminder once.
    expect(count(inviting!.email, false)).toBe(2);
    expect(count(reminding!.email, true)).toBe(1);
    expect((await repo.findOneByOrFail({ id: inviting!.id })).attempts).toBe(2);
    // A claim that is not stale stays with its worker.
    expect(count(busy!.email, true)).toBe(0);
    expect((await repo.findOneByOrFail({ id: busy!.id })).reminderStatus).toBe(
      'SENDING',
    );
  });
});
