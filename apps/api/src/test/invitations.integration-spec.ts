import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Role } from '@inspraak/domain';
import {
  loadConfig,
  MailNotConfiguredError,
  OUTBOX_LINK_PLACEHOLDER,
  QueueName,
} from '@inspraak/api-core';
import {
  AccountInvitation,
  InvitationMailer,
  SetupError,
  setupOrganisation,
} from '@inspraak/api-accounts';
import {
  bootMailingWorker,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  MailingWorker,
  TEST_PASSWORD,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  createDepartment,
  createEmployee,
  csvBase64,
} from './directory-fixtures';
import { eventually, mailText, type SmtpReceiver } from './smtp-receiver';

/** Strong enough for the password policy, and no test person's name in it. */
const NEW_PASSWORD = 'Kapstok-Lentezon-Rivier-42';
const LINK = /https:\/\/inspraak\.example\.nl\/invite\/([A-Za-z0-9_-]{43})/;

const RUN_FIELDS =
  'id createdAt invitationCount pending sent failed accepted revoked';
const VIEWER_FIELDS = 'userId email displayName roles organisation { id name }';

interface Run {
  id: string;
  invitationCount: number;
  pending: number;
  sent: number;
  failed: number;
  accepted: number;
  revoked: number;
}

/**
 * Account invitations end to end: GraphQL over HTTP, the real worker through
 * Redis, mail to a real SMTP receiver, the link accepted in a new browser.
 */
describe('account invitations', () => {
  let testApp: TestApp;
  let mailing: MailingWorker;
  let worker: INestApplicationContext;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    // Fast enough for tests: the limiter lets a batch through every 100 ms.
    process.env['INVITATION_MAILS_PER_SECOND'] = '500';
    testApp = await bootTestApp({ PUBLIC_URL: 'https://inspraak.example.nl' });
    mailing = await bootMailingWorker();
    ({ worker, smtp } = mailing);
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
    delete process.env['INVITATION_MAILS_PER_SECOND'];
  });

  async function organisationWithCallers(label = 'invite') {
    const organisation = await createOrganisation(testApp.dataSource, label);
    return { organisation, ...(await callersFor(testApp.url, organisation)) };
  }

  async function invite(
    caller: GraphqlCaller,
    input: Record<string, unknown>,
  ): Promise<Run> {
    const response = await caller.request<{ inviteEmployees: Run }>(
      `mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { ${RUN_FIELDS} } }`,
      { input },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.inviteEmployees;
  }

  const mailsTo = (email: string) =>
    smtp.received.filter((m) => m.to.includes(email));

  /** Waits for `count` mails to the address and returns the last one's token. */
  async function tokenFor(email: string, count = 1): Promise<string> {
    const mails = await eventually(() => {
      const found = mailsTo(email);
      return found.length >= count ? found : null;
    });
    return LINK.exec(mailText(mails[count - 1]!))![1]!;
  }

  const runOf = async (caller: GraphqlCaller, id: string) =>
    (
      await caller.request<{ invitationRun: Run }>(
        `query($id: ID!) { invitationRun(id: $id) { ${RUN_FIELDS} } }`,
        { id },
      )
    ).data!.invitationRun;

  async function waitForRun(caller: GraphqlCaller, id: string) {
    return eventually(async () => {
      const run = await runOf(caller, id);
      return run.pending === 0 ? run : null;
    });
  }

  const accept = (caller: GraphqlCaller, token: string, password: string) =>
    caller.request<{ acceptInvitation: Record<string, unknown> }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${VIEWER_FIELDS} } }`,
      { input: { token, password } },
    );

  const details = (token: string) =>
    new GraphqlCaller(testApp.url).request<{
      invitation: Record<string, unknown>;
    }>(
      'query($token: String!) { invitation(token: $token) { organisationName displayName email expired used passwordExists singleSignOnRequired } }',
      { token },
    );

  it('invites one person: the mail carries a link that sets the password once and signs in; the token is stored only as a hash', async () => {
    const { organisation, HR: hr } = await organisationWithCallers();
    const person = await createEmployee(hr, {
      firstName: 'Anouk',
      lastName: 'de Wit',
    });
    const run = await invite(hr, { employeeIds: [person.id] });
    expect(run).toMatchObject({ invitationCount: 1, accepted: 0 });

    const token = await tokenFor(person.email);
    const text = mailText(mailsTo(person.email)[0]!);
    expect(text).toContain('Beste Anouk de Wit');
    expect(text).toContain(organisation.name);
    expect(text.indexOf('Kies via deze link')).toBeLessThan(
      text.indexOf('Use this link'),
    );
    expect(text).toMatch(/tot \d{1,2} \w+ 20\d\d/);
    expect(await waitForRun(hr, run.id)).toMatchObject({
      invitationCount: 1,
      pending: 0,
      sent: 1,
    });

    // Nowhere in the database: every text column of every table is searched.
    const columns = (await testApp.dataSource.query(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb')`,
    )) as { t: string; c: string }[];
    for (const { t, c } of columns) {
      const [{ n }] = (await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM "${t}" WHERE "${c}"::text LIKE '%' || $1 || '%'`,
        [token],
      )) as [{ n: number }];
      expect({ table: t, column: c, n }).toEqual({ table: t, column: c, n: 0 });
    }

    expect((await details(token)).data?.invitation).toEqual({
      organisationName: organisation.name,
      displayName: 'Anouk de Wit',
      email: person.email,
      expired: false,
      used: false,
      passwordExists: false,
      singleSignOnRequired: false,
    });

    const browser = new GraphqlCaller(testApp.url);
    const weak = await accept(browser, token, 'kort');
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(errorReason(weak)).toBe('PASSWORD_TOO_SHORT');
    const accepted = await accept(browser, token, NEW_PASSWORD);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({
      email: person.email,
      displayName: 'Anouk de Wit',
      roles: [Role.MEDEWERKER],
      organisation: { id: organisation.id },
    });
    // Signed in by the same request.
    expect(
      (
        await browser.request<{ viewer: { email: string } }>(
          '{ viewer { email } }',
        )
      ).data?.viewer,
    ).toEqual({ email: person.email });
    expect(
      (await new GraphqlCaller(testApp.url).login(person.email, NEW_PASSWORD))
        .errors,
    ).toBeUndefined();

    const again = await accept(
      new GraphqlCaller(testApp.url),
      token,
      NEW_PASSWORD,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorReason(again)).toBe('INVITATION_USED');
    expect((await details(token)).data?.invitation).toMatchObject({
      used: true,
    });
    expect(await runOf(hr, run.id)).toMatchObject({ accepted: 1, sent: 1 });
    const audit = (await testApp.dataSource.query(
      `SELECT action FROM audit_entry WHERE organisation_id = $1 AND action LIKE 'account-invitation.%' ORDER BY at`,
      [organisation.id],
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual([
      'account-invitation.run-created',
      'account-invitation.accepted',
    ]);

    // An unknown link is simply not found.
    expect(errorCode(await details(randomUUID() + randomUUID()))).toBe(
      'NOT_FOUND',
    );
  });

  it('invites a selection, a department with and without its sub-departments, and everyone without an account; progress counts each run', async () => {
    const { ADVISEUR: advisor } = await organisationWithCallers();
    const care = await createDepartment(advisor, 'Zorg');
    const homeCare = await createDepartment(advisor, 'Thuiszorg', care);
    const inCare = await createEmployee(advisor, { departmentId: care });
    const inHomeCare = await createEmployee(advisor, {
      departmentId: homeCare,
    });
    const first = await createEmployee(advisor);
    const second = await createEmployee(advisor);
    const leaver = await createEmployee(advisor, { departmentId: care });
    await advisor.request(
      'mutation($id: ID!) { markEmployeeLeft(id: $id, leftOn: "2026-01-31") { status } }',
      { id: leaver.id },
    );

    const careOnly = await invite(advisor, { departmentIds: [care] });
    expect(careOnly.invitationCount).toBe(1);
    await tokenFor(inCare.email);
    const withSubs = await invite(advisor, {
      departmentIds: [care],
      includeSubDepartments: true,
    });
    // Chosen again by department: a fresh link, the first one stops working.
    expect(withSubs.invitationCount).toBe(2);
    const selection = await invite(advisor, {
      employeeIds: [first.id, second.id],
    });
    expect(selection.invitationCount).toBe(2);
    for (const run of [withSubs, selection]) await waitForRun(advisor, run.id);

    const later = await createEmployee(advisor);
    // Everyone with a working link is left out; the leaver is never invited.
    const everyone = await invite(advisor, { everyoneWithoutAccount: true });
    expect(everyone.invitationCount).toBe(1);
    await tokenFor(later.email);
    expect(await waitForRun(advisor, everyone.id)).toMatchObject({
      invitationCount: 1,
      sent: 1,
    });
    expect(mailsTo(inCare.email)).toHaveLength(2);
    expect(mailsTo(inHomeCare.email)).toHaveLength(1);
    expect(mailsTo(leaver.email)).toHaveLength(0);

    const runs = (
      await advisor.request<{ invitationRuns: Run[] }>(
        `{ invitationRuns { ${RUN_FIELDS} } }`,
      )
    ).data!.invitationRuns;
    expect(runs.map((r) => r.id)).toEqual([
      everyone.id,
      selection.id,
      withSubs.id,
      careOnly.id,
    ]);
    expect(runs.find((r) => r.id === careOnly.id)).toMatchObject({
      sent: 1,
      revoked: 1,
      pending: 0,
    });
    expect(runs.find((r) => r.id === withSubs.id)).toMatchObject({
      sent: 2,
      pending: 0,
      failed: 0,
    });
    // The replaced link no longer works.
    const replaced = await accept(
      new GraphqlCaller(testApp.url),
      LINK.exec(mailText(mailsTo(inCare.email)[0]!))![1]!,
      NEW_PASSWORD,
    );
    expect(errorReason(replaced)).toBe('INVITATION_USED');
    // Nothing to do: one run with no invitations, and nothing mailed.
    expect(
      (await invite(advisor, { everyoneWithoutAccount: true })).invitationCount,
    ).toBe(0);
  });

  it('refuses an expired link, a leaver, a blocked account and a password where only single sign-on is allowed', async () => {
    const { organisation, HR: hr } = await organisationWithCallers();
    const expiring = await createEmployee(hr);
    const leaving = await createEmployee(hr);
    const blocked = await createEmployee(hr);
    const ssoOnly = await createEmployee(hr);
    await invite(hr, {
      employeeIds: [expiring.id, leaving.id, blocked.id, ssoOnly.id],
    });
    const expiredToken = await tokenFor(expiring.email);
    const leaverToken = await tokenFor(leaving.email);
    const blockedToken = await tokenFor(blocked.email);
    await testApp.dataSource.query(
      `UPDATE account_invitation i SET expires_at = now() - interval '1 minute'
         FROM membership m JOIN employee e ON e.id = m.employee_id
        WHERE m.id = i.membership_id AND e.id = $1`,
      [expiring.id],
    );
    expect((await details(expiredToken)).data?.invitation).toMatchObject({
      expired: true,
      used: false,
    });
    const expired = await accept(
      new GraphqlCaller(testApp.url),
      expiredToken,
      NEW_PASSWORD,
    );
    expect(errorCode(expired)).toBe('CONFLICT');
    expect(errorReason(expired)).toBe('INVITATION_EXPIRED');

    await hr.request(
      'mutation($id: ID!) { markEmployeeLeft(id: $id, leftOn: "2026-01-31") { status } }',
      { id: leaving.id },
    );
    const left = await accept(
      new GraphqlCaller(testApp.url),
      leaverToken,
      NEW_PASSWORD,
    );
    expect(errorReason(left)).toBe('EMPLOYEE_LEFT');
    await testApp.dataSource.query(
      `UPDATE membership SET blocked_at = now() WHERE employee_id = $1`,
      [blocked.id],
    );
    expect(
      errorReason(
        await accept(
          new GraphqlCaller(testApp.url),
          blockedToken,
          NEW_PASSWORD,
        ),
      ),
    ).toBe('ACCOUNT_BLOCKED');
    // An organisation that signs in only through its identity provider: the link sets no password.
    const ssoToken = await tokenFor(ssoOnly.email);
    await testApp.dataSource.query(
      `UPDATE organisation SET password_login_allowed = false WHERE id = $1`,
      [organisation.id],
    );
    expect((await details(ssoToken)).data?.invitation).toMatchObject({
      singleSignOnRequired: true,
    });
    const sso = await accept(
      new GraphqlCaller(testApp.url),
      ssoToken,
      NEW_PASSWORD,
    );
    expect(errorCode(sso)).toBe('FORBIDDEN');
    expect(errorReason(sso)).toBe('SINGLE_SIGN_ON_REQUIRED');
    const [{ n }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM membership m JOIN employee e ON e.id = m.employee_id
        WHERE e.id = ANY($1::uuid[]) AND m.activated_at IS NOT NULL`,
      [[expiring.id, leaving.id, blocked.id, ssoOnly.id]],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('mails no invitation twice when a batch is retried or two workers take it at once', async () => {
    const { organisation, HR: hr } = await organisationWithCallers();
    const people = [];
    for (let i = 0; i < 6; i += 1) people.push(await createEmployee(hr));
    const run = await invite(hr, { employeeIds: people.map((p) => p.id) });
    const ids = (
      await testApp.dataSource.getRepository(AccountInvitation).find({
        where: { runId: run.id },
      })
    ).map((i) => i.id);
    const mailer = worker.get(InvitationMailer);
    const job = {
      organisationId: organisation.id,
      runId: run.id,
      invitationIds: ids,
    };
    // The queued job and two more senders race for the same invitations.
    await Promise.all([mailer.sendBatch(job), mailer.sendBatch(job)]);
    await waitForRun(hr, run.id);
    // A retry of the finished batch.
    expect(await mailer.sendBatch(job)).toEqual({ sent: 0, failed: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const person of people) expect(mailsTo(person.email)).toHaveLength(1);
    expect(await runOf(hr, run.id)).toMatchObject({ sent: 6, pending: 0 });
  });

  it('queues through the sweep what Redis missed, and takes back a stale claim', async () => {
    const { organisation, HR: hr } = await organisationWithCallers();
    const person = await createEmployee(hr);
    const run = await invite(hr, { employeeIds: [person.id] });
    await tokenFor(person.email);
    // As if Redis had been away: a second invitation recorded but never queued, and one left claimed by a stopped worker.
    const stranded = await createEmployee(hr);
    const claimed = await createEmployee(hr);
    for (const [employee, status] of [
      [stranded, 'PENDING'],
      [claimed, 'SENDING'],
    ] as const) {
      await testApp.dataSource.query(
        `WITH u AS (INSERT INTO user_account (email, display_name) VALUES ($2, 'X') RETURNING id),
              m AS (INSERT INTO membership (organisation_id, user_id, employee_id, roles, activated_at)
                    SELECT $1, u.id, $3, '{MEDEWERKER}', NULL FROM u RETURNING id)
         INSERT INTO account_invitation (organisation_id, membership_id, run_id, status, attempts, claimed_at, created_at)
         SELECT $1, m.id, $4, $5, 1, now() - interval '20 minutes', now() - interval '20 minutes' FROM m`,
        [organisation.id, employee.email, employee.id, run.id, status],
      );
    }
    const queue = worker.get<Queue>(
      getQueueToken(QueueName.AccountInvitations),
    );
    await eventually(async () =>
      (await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active'))
        .active === 0
        ? true
        : null,
    );
    await worker.get(InvitationMailer).sweep(queue);
    await tokenFor(stranded.email);
    await tokenFor(claimed.email);
    expect(await waitForRun(hr, run.id)).toMatchObject({ sent: 3, pending: 0 });
  });

  it('answers while Redis is down, and the sweep queues the invitations once it is back', async () => {
    const withoutRedis = await bootTestApp({
      REDIS_URL: 'redis://127.0.0.1:9/0',
    });
    try {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'no-redis',
      );
      const hr = (await callersFor(withoutRedis.url, organisation))[Role.HR];
      const person = await createEmployee(hr);
      // That it answers at all is the check (a wait on Redis without its enqueue timeout never ends);
      // how fast is not, since a busy machine is slow.
      const run = await invite(hr, { employeeIds: [person.id] });
      expect(run).toMatchObject({ invitationCount: 1, pending: 1, sent: 0 });
      await testApp.dataSource.query(
        `UPDATE account_invitation SET created_at = now() - interval '1 minute' WHERE run_id = $1`,
        [run.id],
      );
      const queue = worker.get<Queue>(
        getQueueToken(QueueName.AccountInvitations),
      );
      await eventually(async () =>
        (await queue.getJobCounts('waiting', 'prioritized', 'active'))
          .active === 0
          ? true
          : null,
      );
      await worker.get(InvitationMailer).sweep(queue);
      await tokenFor(person.email);
      expect(await waitForRun(hr, run.id)).toMatchObject({ sent: 1 });
    } finally {
      await withoutRedis.close();
    }
  });

  it('lets HR and the advisor invite, nobody else, and refuses ids of another organisation without writing anything', async () => {
    const own = await organisationWithCallers();
    const other = await organisationWithCallers('other');
    const person = await createEmployee(own.HR);
    for (const role of [Role.OR_LID, Role.MEDEWERKER, Role.BESTUURDER]) {
      const refused = await own[role].request(
        'mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { id } }',
        { input: { employeeIds: [person.id] } },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(
        errorCode(await own[role].request('{ invitationRuns { id } }')),
      ).toBe('FORBIDDEN');
    }
    const foreignPerson = await createEmployee(other.HR);
    const foreignDepartment = await createDepartment(other.HR, 'Elders');
    const counts = async () =>
      (await testApp.dataSource.query(
        `SELECT (SELECT count(*) FROM membership WHERE organisation_id = ANY($1::uuid[]))::int AS memberships,
                (SELECT count(*) FROM account_invitation_run WHERE organisation_id = ANY($1::uuid[]))::int AS runs,
                (SELECT count(*) FROM user_account WHERE email = ANY($2::text[]))::int AS users`,
        [
          [own.organisation.id, other.organisation.id],
          [person.email, foreignPerson.email],
        ],
      )) as unknown[];
    const before = await counts();
    for (const input of [
      { employeeIds: [person.id, foreignPerson.id] },
      { departmentIds: [foreignDepartment] },
      { employeeIds: [randomUUID()] },
    ]) {
      const refused = await own.ADVISEUR.request(
        'mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { id } }',
        { input },
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }
    expect(
      errorCode(
        await own.HR.request(
          'mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { id } }',
          { input: {} },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    const otherRun = await invite(other.HR, {
      employeeIds: [foreignPerson.id],
    });
    expect(
      errorCode(
        await own.HR.request(
          'query($id: ID!) { invitationRun(id: $id) { id } }',
          {
            id: otherRun.id,
          },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('reuses the account of a person from another organisation, who confirms their existing password', async () => {
    const first: TestOrganisation = await createOrganisation(
      testApp.dataSource,
      'first',
    );
    const { organisation: second, HR: hr } =
      await organisationWithCallers('second');
    const email = first.emails[Role.OR_LID];
    const person = await createEmployee(hr, { email });
    await invite(hr, { employeeIds: [person.id] });
    const token = await tokenFor(email);
    expect((await details(token)).data?.invitation).toMatchObject({
      passwordExists: true,
    });
    const browser = new GraphqlCaller(testApp.url);
    const wrong = await accept(browser, token, NEW_PASSWORD);
    expect(errorReason(wrong)).toBe('PASSWORD_INCORRECT');
    const accepted = await accept(browser, token, TEST_PASSWORD);
    expect(accepted.data?.acceptInvitation).toMatchObject({
      email,
      roles: [Role.MEDEWERKER],
      organisation: { id: second.id },
    });
    const [{ n }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM user_account WHERE email = $1`,
      [email],
    )) as [{ n: number }];
    expect(n).toBe(1);
    // Still a member of the first organisation, with the same password.
    expect(
      (await new GraphqlCaller(testApp.url).login(email, TEST_PASSWORD)).errors,
    ).toBeUndefined();
  });

  it('ends the access of someone a full import marks as left at once, and gives it back when they are re-hired', async () => {
    const { HR: hr } = await organisationWithCallers('leaver');
    const n = Math.floor(Math.random() * 1e8);
    const header =
      'personeelsnummer;voornaam;tussenvoegsel;achternaam;email;afdeling;locatie;functie;contractsoort;datum_in_dienst';
    const staying = `S${n};Bram;;Visser;bram.${n}@example.nl;Zorg;;;vast;2020-01-01`;
    const leaving = `L${n};Lotte;;Bakker;lotte.${n}@example.nl;Zorg;;;vast;2020-01-01`;
    const runImport = async (lines: string[]) => {
      const started = await hr.request<{ startEmployeeImport: { id: string } }>(
        'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id } }',
        {
          i: {
            fileName: 'export.csv',
            mode: 'FULL',
            contentBase64: csvBase64([header, ...lines]),
            allowManyLeavers: true,
          },
        },
      );
      expect(started.errors).toBeUndefined();
      return eventually(async () => {
        const { data } = await hr.request<{
          employeeImport: { status: string; markedLeftCount: number };
        }>(
          'query($id: ID!) { employeeImport(id: $id) { status markedLeftCount } }',
          {
            id: started.data!.startEmployeeImport.id,
          },
        );
        return data?.employeeImport.status === 'COMPLETED'
          ? data.employeeImport
          : null;
      });
    };
    await runImport([staying, leaving]);
    // After the import: everyone without an account.
    const run = await invite(hr, { everyoneWithoutAccount: true });
    expect(run.invitationCount).toBe(2);
    const email = `lotte.${n}@example.nl`;
    const lotte = new GraphqlCaller(testApp.url);
    expect(
      (await accept(lotte, await tokenFor(email), NEW_PASSWORD)).errors,
    ).toBeUndefined();
    const mySurveys = '{ mySurveys { surveyId } }';
    expect((await lotte.request(mySurveys)).errors).toBeUndefined();
    const sessions = async () =>
      (
        (await testApp.dataSource.query(
          `SELECT count(*)::int AS n FROM session s JOIN user_account u ON u.id = s.user_id WHERE u.email = $1`,
          [email],
        )) as [{ n: number }]
      )[0].n;
    expect(await sessions()).toBe(1);

    expect((await runImport([staying])).markedLeftCount).toBe(1);
    expect(errorCode(await lotte.request(mySurveys))).toBe('UNAUTHENTICATED');
    expect(await sessions()).toBe(0);
    expect(
      errorReason(
        await new GraphqlCaller(testApp.url).login(email, NEW_PASSWORD),
      ),
    ).toBe('INVALID_CREDENTIALS');

    // Re-hired: in the file again, the same account works with the same password.
    await runImport([staying, leaving]);
    const back = new GraphqlCaller(testApp.url);
    expect((await back.login(email, NEW_PASSWORD)).errors).toBeUndefined();
    expect((await back.request(mySurveys)).errors).toBeUndefined();
  });

  it('sets up an organisation from the command line: the first advisor gets a link by mail, accepts it and is the advisor', async () => {
    const name = `Zorggroep Noord ${randomUUID().slice(0, 6)}`;
    const domain = `noord-${randomUUID().slice(0, 8)}.example.nl`;
    const email = `adviseur.${randomUUID().slice(0, 8)}@${domain}`;
    const config = loadConfig({
      ...process.env,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://inspraak.example.nl',
    });
    const input = {
      name,
      advisorEmail: email,
      advisorFirstName: 'Noor',
      advisorLastName: 'Jansen',
      emailDomain: domain,
    };
    const result = await setupOrganisation(testApp.dataSource, config, input);
    expect(result.delivery).toBe('SMTP');
    const token = await tokenFor(email);
    expect(result.link).toBe(`https://inspraak.example.nl/invite/${token}`);
    const browser = new GraphqlCaller(testApp.url);
    const accepted = await accept(browser, token, NEW_PASSWORD);
    expect(accepted.data?.acceptInvitation).toMatchObject({
      email,
      displayName: 'Noor Jansen',
      organisation: { id: result.organisationId, name },
    });
    expect((accepted.data?.acceptInvitation['roles'] as Role[]).sort()).toEqual(
      [Role.ADVISEUR, Role.MEDEWERKER],
    );
    // The advisor can invite the next people.
    const colleague = await createEmployee(browser);
    expect(
      (await invite(browser, { employeeIds: [colleague.id] })).invitationCount,
    ).toBe(1);

    await expect(
      setupOrganisation(testApp.dataSource, config, {
        ...input,
        name: name.toUpperCase(),
      }),
    ).rejects.toBeInstanceOf(SetupError);
    const [{ n }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM organisation WHERE lower(name) = lower($1)`,
      [name],
    )) as [{ n: number }];
    expect(n).toBe(1);
    // A domain belongs to one organisation: the next one cannot claim it.
    await expect(
      setupOrganisation(testApp.dataSource, config, {
        ...input,
        name: `${name} Zuid`,
        advisorEmail: `z.${email}`,
      }),
    ).rejects.toThrow(/belongs to/);
    const again = await setupOrganisation(
      testApp.dataSource,
      loadConfig({ ...process.env, SMTP_URL: '' }),
      {
        ...input,
        name: `${name} Zuid`,
        advisorEmail: `z.${email}`,
        emailDomain: undefined,
      },
    );
    expect(again.delivery).toBe('OUTBOX');
    // The command prints the link; the development outbox keeps the mail without it.
    const [outbox] = (await testApp.dataSource.query(
      `SELECT to_address AS "toAddress", body FROM outbox_message WHERE organisation_id = $1`,
      [again.organisationId],
    )) as { toAddress: string; body: string }[];
    expect(outbox!.toAddress).toBe(`z.${email}`);
    expect(outbox!.body).toContain(OUTBOX_LINK_PLACEHOLDER);
    expect(outbox!.body).not.toContain(again.link.split('/invite/')[1]);
    expect(outbox!.body).not.toContain('/invite/');

    // Neither a mail server nor the outbox switched on: refused before anything is created.
    const refusedName = `${name} West`;
    await expect(
      setupOrganisation(
        testApp.dataSource,
        loadConfig({ ...process.env, SMTP_URL: '', DEV_OUTBOX: 'false' }),
        {
          ...input,
          name: refusedName,
          advisorEmail: `w.${email}`,
          emailDomain: undefined,
        },
      ),
    ).rejects.toBeInstanceOf(MailNotConfiguredError);
    const [{ refused }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS refused FROM organisation WHERE name = $1`,
      [refusedName],
    )) as [{ refused: number }];
    expect(refused).toBe(0);
  });
});
