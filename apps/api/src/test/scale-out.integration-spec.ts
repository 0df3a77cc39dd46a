import { Queue } from 'bullmq';
import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import {
  ALL_QUEUES,
  loadConfig,
  QueueName,
  redisConnection,
} from '@inspraak/api-core';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorReason,
  GraphqlCaller,
  TEST_PASSWORD,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  eventually,
  mailsWith,
  SmtpReceiver,
  startSmtpReceiver,
} from './smtp-receiver';
import { registerProcedure } from './procedure-fixtures';
import {
  AppProcess,
  buildAppsOnce,
  startApiProcess,
  startWorkerProcess,
} from './app-processes';

/**
 * Two API processes and two workers on one PostgreSQL and one Redis behave as
 * one of each: whatever a request leaves behind (a session, a CSRF cookie, a
 * failed login) the other API sees, and each job runs once.
 */
describe('two APIs and two workers', () => {
  let fixtures: TestApp;
  let smtp: SmtpReceiver;
  let apis: AppProcess[] = [];
  let workers: AppProcess[] = [];
  let organisation: TestOrganisation;

  beforeAll(async () => {
    await buildAppsOnce();
    fixtures = await bootTestApp();
    smtp = await startSmtpReceiver();
    const config = loadConfig();
    const env = {
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      LOGIN_MAX_FAILURES: '3',
      // The test's callers each tell their own address (X-Forwarded-For), as clients behind a proxy do:
      // otherwise every caller is 127.0.0.1 and the per-address login limit stops the later ones.
      TRUST_PROXY: 'loopback',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'https://inspraak.example.nl',
      SCHEDULE_CHECK_SECONDS: '2',
    };
    apis = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    workers = await Promise.all([
      startWorkerProcess(env),
      startWorkerProcess(env),
    ]);
    organisation = await createOrganisation(fixtures.dataSource, 'scaled');
  }, 600_000);
  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((p) => p.stop()));
    await smtp?.close();
    await fixtures?.close();
  });

  const [a, b] = [0, 1];

  /** The same browser (cookies, address) talking to another API process. */
  async function graphqlOn(
    api: number,
    caller: GraphqlCaller,
    query: string,
    options: { csrf?: boolean } = {},
  ) {
    const csrf = /inspraak_csrf=([^;]+)/.exec(caller.cookieHeader)?.[1] ?? '';
    const response = await fetch(`${apis[api]!.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: caller.cookieHeader,
        'x-forwarded-for': caller.clientAddress,
        ...(options.csrf === false ? {} : { 'x-csrf-token': csrf }),
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      ...((await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { reason?: string } }[];
      }),
    };
  }

  it('keeps a session made on one API valid on the other, and a logout on either ends it on both', async () => {
    const caller = new GraphqlCaller(apis[a]!.url);
    expect((await caller.login(organisation.emails[Role.HR])).errors).toBe(
      undefined,
    );
    const onB = await graphqlOn(b, caller, '{ viewer { email } }');
    expect(onB.data).toEqual({
      viewer: { email: organisation.emails[Role.HR] },
    });

    // The CSRF cookie A handed out is checked by B too; without the header B refuses.
    const withoutToken = await graphqlOn(b, caller, '{ viewer { email } }', {
      csrf: false,
    });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.errors?.[0]?.extensions?.reason).toBe(
      'CSRF_TOKEN_INVALID',
    );

    await graphqlOn(b, caller, 'mutation { logout }');
    const afterLogout = await graphqlOn(a, caller, '{ viewer { email } }');
    expect(afterLogout.data?.['viewer'] ?? null).toBeNull();
  });

  it('counts failed logins on both APIs together', async () => {
    const email = organisation.emails[Role.ADVISEUR];
    const onA = new GraphqlCaller(apis[a]!.url);
    const onB = new GraphqlCaller(apis[b]!.url, 'nl', onA.clientAddress);
    // LOGIN_MAX_FAILURES is 3: two wrong passwords on A and one on B reach it.
    await onA.login(email, 'wrong-1');
    await onA.login(email, 'wrong-2');
    await onB.login(email, 'wrong-3');
    expect(errorReason(await onB.login(email, TEST_PASSWORD))).toBe(
      'LOGIN_RATE_LIMITED',
    );
    expect(errorReason(await onA.login(email, TEST_PASSWORD))).toBe(
      'LOGIN_RATE_LIMITED',
    );
  });

  it('runs each job once: two workers, one reminder per person, one scheduler each', async () => {
    const secretary = (await callersFor(apis[a]!.url, organisation))[
      Role.OR_SECRETARIS
    ];
    const second = await addMember(fixtures, organisation, 'Tweede Adviseur', [
      Role.ADVISEUR,
    ]);
    const procedure = await registerProcedure(secretary, {
      title: 'Termijn voor twee workers',
      requestReceivedOn: addDays(todayInAmsterdam(), -30),
      agreedTermDays: 37,
    });
    const queue = new Queue(QueueName.DeadlineReminders, {
      connection: redisConnection(loadConfig().REDIS_URL, 'worker'),
    });
    try {
      // Four runs at once, for two workers to take at the same time.
      const jobs = await Promise.all(
        [1, 2, 3, 4].map(() => queue.add('send-due-deadline-reminders', {})),
      );
      await eventually(async () => {
        const states = await Promise.all(jobs.map((job) => job.getState()));
        return states.every((state) => state === 'completed');
      }, 120_000);
    } finally {
      await queue.close();
    }
    const link = `https://inspraak.example.nl/procedures/${procedure.id}`;
    const received = (email: string) => mailsWith(smtp, email, link);
    const recipients = [
      organisation.emails[Role.OR_SECRETARIS],
      organisation.emails[Role.ADVISEUR],
      second.email,
    ];
    await eventually(() => recipients.every((r) => received(r) > 0));
    expect(recipients.map(received)).toEqual([1, 1, 1]);

    // Both workers registered the same schedulers: one of each in Redis.
    for (const name of ALL_QUEUES) {
      const probe = new Queue(name, {
        connection: redisConnection(loadConfig().REDIS_URL, 'worker'),
      });
      try {
        const keys = (await probe.getJobSchedulers()).map((s) => s.key);
        expect(keys).toEqual([...new Set(keys)]);
      } finally {
        await probe.close();
      }
    }
    for (const worker of workers) expect(worker.alive()).toBe(true);
  });
});
