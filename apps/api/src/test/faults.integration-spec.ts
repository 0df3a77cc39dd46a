import { Queue } from 'bullmq';
import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import { loadConfig, QueueName, redisConnection } from '@inspraak/api-core';
import {
  SurveyResponse,
  SurveyResponseInbox,
  SurveyTokenUse,
} from '@inspraak/api-surveys';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  eventually,
  mailsWith,
  SmtpReceiver,
  startSmtpReceiver,
} from './smtp-receiver';
import {
  createDepartment,
  createEmployee,
  csvBase64,
} from './directory-fixtures';
import { answer, surveyWithLinks } from './survey-fixtures';
import { registerProcedure } from './procedure-fixtures';
import {
  AppProcess,
  buildAppsOnce,
  startApiProcess,
  startWorkerProcess,
} from './app-processes';
import { freePort, startPrivatePostgres } from './private-services';
import {
  migrate,
  migrationDataSource,
} from '../database/migration-data-source';

const CLIENTS = 32;
const IMPORT_ROWS = 3000;

/**
 * Faults with real processes (the built API and worker): kill -9, which
 * leaves no time to clean up, and a database that goes away. Nothing the
 * platform acknowledged may be lost or stored twice, and nothing may be left
 * half-done. (Redis restarted empty: schedules.integration-spec.ts.)
 */
describe('kill -9 of the API and the worker while answers come in and an import runs', () => {
  let fixtures: TestApp;
  let smtp: SmtpReceiver;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  let api: AppProcess | undefined;
  let worker: AppProcess | undefined;
  let env: { DATABASE_URL: string; REDIS_URL: string; [key: string]: string };
  let apiPort: number;

  beforeAll(async () => {
    await buildAppsOnce();
    fixtures = await bootTestApp();
    smtp = await startSmtpReceiver();
    organisation = await createOrganisation(fixtures.dataSource, 'faults');
    hr = (await callersFor(fixtures.url, organisation))[Role.HR];
    const config = loadConfig();
    env = {
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://inspraak.example.nl',
      SCHEDULE_CHECK_SECONDS: '2',
      // The test's callers each tell their own address (X-Forwarded-For), as clients behind a proxy do:
      // otherwise every caller is 127.0.0.1 and the per-address login limit stops the later ones.
      TRUST_PROXY: 'loopback',
    };
    apiPort = await freePort();
  }, 600_000);
  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await smtp?.close();
    await fixtures?.close();
  });

  type Outcome = 'acknowledged' | 'refused';

  /**
   * One respondent: sends the answer until the API answers. A refusal after
   * an attempt that got no answer means that attempt was stored (the link
   * works once); it is checked below, not assumed.
   */
  async function respond(token: string, index: number): Promise<Outcome> {
    const until = Date.now() + 300_000;
    for (;;) {
      try {
        const caller = new GraphqlCaller(`http://127.0.0.1:${apiPort}`);
        const response = await caller.request<{
          submitSurveyByToken: boolean;
        }>(
          'mutation($t: String!, $a: [AnswerInput!]!) { submitSurveyByToken(token: $t, answers: $a) }',
          {
            t: token,
            a: [answer('mood', 1 + (index % 5)), answer('enps', index % 11)],
          },
        );
        if (response.data?.submitSurveyByToken === true) return 'acknowledged';
        if (response.errors && response.status < 500) return 'refused';
      } catch {
        // The API is down (killed): try again, as a browser would.
      }
      if (Date.now() > until) throw new Error(`respondent ${index} gave up`);
      await new Promise((resolve) => setTimeout(resolve, 200 + index * 5));
    }
  }

  it('stores every acknowledged answer once, lands the import whole or not at all, and mails no reminder twice', async () => {
    const survey = await surveyWithLinks(fixtures, hr, CLIENTS);
    expect(survey.tokens).toHaveLength(CLIENTS);
    const secretary = (await callersFor(fixtures.url, organisation))[
      Role.OR_SECRETARIS
    ];
    const advisor = await addMember(fixtures, organisation, 'Adviseur Twee', [
      Role.ADVISEUR,
    ]);
    const procedure = await registerProcedure(secretary, {
      title: 'Termijn tijdens een storing',
      requestReceivedOn: addDays(todayInAmsterdam(), -30),
      agreedTermDays: 37,
    });

    api = await startApiProcess(env, apiPort);
    worker = await startWorkerProcess(env);

    const lines = ['personeelsnummer;voornaam;achternaam;email;afdeling'];
    for (let i = 1; i <= IMPORT_ROWS; i++)
      lines.push(
        `F${i};Voor${i};Storing${i};f${i}@storing.example.nl;Storing / Team ${i % 7}`,
      );
    const started = await new GraphqlCaller(api.url).request('{ __typename }');
    expect(started.status).toBe(200);
    const importer = (await callersFor(api.url, organisation))[Role.HR];
    const importStart = await importer.request<{
      startEmployeeImport: { id: string };
    }>(
      'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id } }',
      {
        i: {
          fileName: 'storing.csv',
          mode: 'PARTIAL',
          contentBase64: csvBase64(lines),
        },
      },
    );
    const importId = importStart.data!.startEmployeeImport.id;

    const reminders = new Queue(QueueName.DeadlineReminders, {
      connection: redisConnection(env.REDIS_URL, 'worker'),
    });
    const answered = Promise.all(survey.tokens.map((t, i) => respond(t, i)));
    try {
      await reminders.add('send-due-deadline-reminders', {});
      // Kill both while the import runs (or as soon as it runs) and answers come in.
      await eventually(async () => {
        const [row] = (await fixtures.dataSource.query(
          'SELECT status FROM employee_import WHERE id = $1',
          [importId],
        )) as { status: string }[];
        return row?.status !== 'QUEUED';
      }, 120_000);
      await Promise.all([worker.kill(), api.kill()]);
      api = await startApiProcess(env, apiPort);
      await reminders.add('send-due-deadline-reminders', {});
      worker = await startWorkerProcess(env);
      // And the API once more while the rest of the answers arrive.
      await api.kill();
      api = await startApiProcess(env, apiPort);
    } finally {
      await reminders.close();
    }

    const outcomes = await answered;
    const uses = (await fixtures.dataSource
      .getRepository(SurveyTokenUse)
      .find({ where: { surveyId: survey.id } })) as SurveyTokenUse[];
    // Every link was used exactly once: each respondent's answer is in.
    expect(uses).toHaveLength(CLIENTS);
    expect(new Set(uses.map((u) => u.invitationId)).size).toBe(CLIENTS);
    // One stored answer per use, waiting in the inbox or already moved.
    const stored =
      (await fixtures.dataSource
        .getRepository(SurveyResponseInbox)
        .count({ where: { surveyId: survey.id } })) +
      (await fixtures.dataSource
        .getRepository(SurveyResponse)
        .count({ where: { surveyId: survey.id } }));
    expect(stored).toBe(CLIENTS);
    expect(outcomes.filter((o) => o === 'acknowledged').length).toBeGreaterThan(
      0,
    );

    // The import: completed with every row, or failed with none of them.
    const finished = await eventually(async () => {
      const [row] = (await fixtures.dataSource.query(
        'SELECT status FROM employee_import WHERE id = $1',
        [importId],
      )) as { status: string }[];
      return row && ['COMPLETED', 'FAILED'].includes(row.status)
        ? row.status
        : null;
    }, 600_000);
    const [{ count }] = (await fixtures.dataSource.query(
      `SELECT count(*)::int AS count FROM employee WHERE organisation_id = $1 AND email LIKE '%@storing.example.nl'`,
      [organisation.id],
    )) as [{ count: number }];
    expect(count).toBe(finished === 'COMPLETED' ? IMPORT_ROWS : 0);

    // The deadline reminder: each of the three recipients once.
    const link = `https://inspraak.example.nl/procedures/${procedure.id}`;
    const received = (email: string) => mailsWith(smtp, email, link);
    const recipients = [
      organisation.emails[Role.OR_SECRETARIS],
      organisation.emails[Role.ADVISEUR],
      advisor.email,
    ];
    await eventually(() => recipients.every((r) => received(r) > 0), 300_000);
    expect(recipients.map(received)).toEqual([1, 1, 1]);
  }, 1_500_000);
});

describe('PostgreSQL restarted', () => {
  it('the API answers 503 while it is away and serves again once it is back, without a restart', async () => {
    await buildAppsOnce();
    const postgres = await startPrivatePostgres();
    let api: AppProcess | undefined;
    try {
      const migrations = await migrationDataSource(
        loadConfig({ ...process.env, DATABASE_URL: postgres.url }),
      ).initialize();
      try {
        await migrate(migrations);
      } finally {
        await migrations.destroy();
      }
      api = await startApiProcess({
        DATABASE_URL: postgres.url,
        REDIS_URL: loadConfig().REDIS_URL,
      });
      const url = api.url;
      const login = async () =>
        errorReason(
          await new GraphqlCaller(url).login(
            'niemand@example.nl',
            'fout-wachtwoord',
          ),
        );
      expect(await login()).toBe('INVALID_CREDENTIALS');

      postgres.crash();
      await eventually(
        async () => (await fetch(`${url}/health`)).status === 503,
        120_000,
      );
      await postgres.start();
      await eventually(async () => {
        const health = await fetch(`${url}/health`);
        const body = (await health.json()) as {
          checks: { database: { status: string } };
        };
        return health.status === 200 && body.checks.database.status === 'up';
      }, 180_000);
      await eventually(
        async () => (await login()) === 'INVALID_CREDENTIALS',
        120_000,
      );
      expect(api.alive()).toBe(true);
    } finally {
      await api?.stop();
      await postgres.stop();
    }
  }, 900_000);
});
