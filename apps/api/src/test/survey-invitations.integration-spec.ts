import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@inspraak/domain';
import {
  InvitationStatus,
  newSurveyToken,
  SurveyInvitation,
  SurveyMailer,
  SurveyResponseInbox,
  surveyTokenHash,
} from '@inspraak/api-surveys';
import {
  bootMailingWorker,
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  MailingWorker,
  TestApp,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import {
  answer,
  createSurvey,
  submitByToken,
  departmentsAudience,
} from './survey-fixtures';
import { eventually, mailText, type SmtpReceiver } from './smtp-receiver';

/** Publishing queues the invitations in Redis; the worker sends them by SMTP to a real receiver; the links work. */
describe('survey invitations through Redis, the worker and SMTP', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let mailing: MailingWorker;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    testApp = await bootTestApp({ PUBLIC_URL: 'https://inspraak.example.nl' });
    mailing = await bootMailingWorker();
    ({ worker, smtp } = mailing);
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  it('delivers one personal link per person, which answers once', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'smtp-survey',
    );
    const hr = (await callersFor(testApp.url, organisation))[Role.HR];
    const first = await createDepartment(hr, 'Zorg');
    const second = await createDepartment(hr, 'Facilitair');
    const emails: string[] = [];
    for (const department of [first, first, second, second, second])
      emails.push(
        (await createEmployee(hr, { departmentId: department })).email,
      );
    const { id } = await createSurvey(hr, {
      audience: departmentsAudience(first, second),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });

    const received = await eventually(() => {
      const mails = smtp.received.filter((m) =>
        m.to.some((to) => emails.includes(to)),
      );
      return mails.length === emails.length ? mails : null;
    });
    expect(received.map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    const tokens = received.map(
      (m) =>
        /https:\/\/inspraak\.example\.nl\/s\/([A-Za-z0-9_-]{43})/.exec(
          mailText(m),
        )?.[1],
    );
    expect(new Set(tokens).size).toBe(emails.length);
    expect(mailText(received[0]!)).toContain(
      'Anoniem: je antwoord wordt zonder je naam',
    );

    const caller = new GraphqlCaller(testApp.url);
    expect(
      (await submitByToken(caller, tokens[0]!, [answer('mood', 4)])).data,
    ).toEqual({ submitSurveyByToken: true });
    // The database never saw the token itself, only its hash.
    const stored = await testApp.dataSource
      .getRepository(SurveyInvitation)
      .find({ where: { surveyId: id } });
    expect(
      stored.every((i) => i.tokenHash && !tokens.includes(i.tokenHash)),
    ).toBe(true);
    // A rerun of the sweep sends nothing more.
    await worker.get(SurveyMailer).sweep();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      smtp.received.filter((m) => m.to.some((to) => emails.includes(to))),
    ).toHaveLength(emails.length);
    // The answer waits in the inbox until a group of them can be added to the results.
    expect(
      await testApp.dataSource
        .getRepository(SurveyResponseInbox)
        .count({ where: { surveyId: id } }),
    ).toBe(1);
    const view = (
      await hr.request<{ survey: { sentCount: number } }>(
        'query($id: ID!) { survey(id: $id) { sentCount } }',
        { id },
      )
    ).data!.survey;
    expect(view).toEqual({ sentCount: 5 });
  });
});

/** The only worker here has a mail server that refuses. */
describe('survey invitations the mail server refuses', () => {
  let testApp: TestApp;
  let broken: INestApplicationContext;

  beforeAll(async () => {
    testApp = await bootTestApp({ PUBLIC_URL: 'https://inspraak.example.nl' });
    // Port 9 (discard): nothing listens, every connection is refused.
    broken = await bootTestWorker({
      SMTP_URL: 'smtp://127.0.0.1:9',
      PUBLIC_URL: 'https://inspraak.example.nl',
    });
  });
  afterAll(async () => {
    await broken.close();
    await testApp.close();
  });

  it('puts an invitation the mail server refused back for a retry, and gives up after three attempts', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'smtp-refused',
    );
    const hr = (await callersFor(testApp.url, organisation))[Role.HR];
    const department = await createDepartment(hr, 'Onbereikbaar');
    await createEmployee(hr, { departmentId: department });
    const { id } = await createSurvey(hr, {
      audience: departmentsAudience(department),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const invitations = testApp.dataSource.getRepository(SurveyInvitation);
    const invitation = await invitations.findOneByOrFail({ surveyId: id });
    // The queued job and its retries (BullMQ, with backoff) and these calls share the three attempts.
    const mailer = broken.get(SurveyMailer);
    const job = {
      organisationId: organisation.id,
      surveyId: id,
      invitationIds: [invitation.id],
    };
    await eventually(async () => {
      await mailer.sendBatch(job).catch(() => undefined);
      return (
        (await invitations.findOneByOrFail({ id: invitation.id })).status ===
        'FAILED'
      );
    });
    const after = await invitations.findOneByOrFail({ id: invitation.id });
    expect(after.attempts).toBe(3);
    expect(after.tokenHash).toBeNull();
    expect(after.lastError).toMatch(/ECONNREFUSED|connect/i);
    const view = (
      await hr.request<{ survey: { failedCount: number; sentCount: number } }>(
        'query($id: ID!) { survey(id: $id) { failedCount sentCount } }',
        { id },
      )
    ).data!.survey;
    expect(view).toEqual({ failedCount: 1, sentCount: 0 });
  });

  it('keeps a refused reminder for a retry, and the earlier link working, until it gives up', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'smtp-refused-reminder',
    );
    const hr = (await callersFor(testApp.url, organisation))[Role.HR];
    const department = await createDepartment(hr, 'Herinnering onbereikbaar');
    const { email } = await createEmployee(hr, { departmentId: department });
    const { id } = await createSurvey(hr, {
      audience: departmentsAudience(department),
    });
    // Published, with its invitation already sent before the mail server went away.
    const token = newSurveyToken();
    await testApp.dataSource.query(
      `UPDATE survey SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
      [id],
    );
    await testApp.dataSource.getRepository(SurveyInvitation).insert({
      organisationId: organisation.id,
      surveyId: id,
      email: email.toLowerCase(),
      displayName: 'Onbereikbaar',
      status: InvitationStatus.SENT,
      attempts: 1,
      tokenHash: surveyTokenHash(token),
      sentAt: new Date(),
    });
    await hr.request('mutation($id: ID!) { remindSurveyNow(id: $id) { id } }', {
      id,
    });
    const mailer = broken.get(SurveyMailer);
    expect(await mailer.scheduleDueReminders()).toBe(1);
    const invitations = testApp.dataSource.getRepository(SurveyInvitation);
    const linkWorks = async () =>
      (
        await new GraphqlCaller(testApp.url).request<{
          surveyByToken: { alreadyAnswered: boolean };
        }>(
          'query($t: String!) { surveyByToken(token: $t) { alreadyAnswered } }',
          {
            t: token,
          },
        )
      ).data?.surveyByToken.alreadyAnswered === false;
    // The queued job fails and BullMQ retries it; the reminder waits, and the invitation's link still works.
    await eventually(
      async () =>
        (await invitations.findOneByOrFail({ surveyId: id }))
          .reminderAttempts >= 1,
    );
    expect(await linkWorks()).toBe(true);
    const job = {
      organisationId: organisation.id,
      surveyId: id,
      invitationIds: [(await invitations.findOneByOrFail({ surveyId: id })).id],
      kind: 'remind' as const,
    };
    await eventually(async () => {
      await mailer.sendBatch(job).catch(() => undefined);
      return (
        (await invitations.findOneByOrFail({ surveyId: id })).reminderStatus ===
        'FAILED'
      );
    });
    const after = await invitations.findOneByOrFail({ surveyId: id });
    expect(after.reminderAttempts).toBe(3);
    expect(after.status).toBe('SENT');
    expect(after.tokenHash).toBe(surveyTokenHash(token));
    expect(after.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await linkWorks()).toBe(true);
  });
});
