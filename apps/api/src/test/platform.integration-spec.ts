import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@inspraak/domain';
import { loadConfig } from '@inspraak/api-core';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TEST_PASSWORD,
  TestApp,
} from './test-app';
import {
  migrationDataSource,
  pendingSchemaChanges,
} from '../database/migration-data-source';

describe('platform: sessions, CSRF, limits, errors, health, schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await bootTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => testApp.close());

  it('logs in with an httpOnly session cookie, shows the viewer, and logs out for good', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'session',
    );
    const caller = new GraphqlCaller(testApp.url);
    const response = await fetch(`${testApp.url}/health`);
    const csrf = /inspraak_csrf=([^;]+)/.exec(
      response.headers.get('set-cookie') ?? '',
    )![1]!;
    const login = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': csrf,
        cookie: `inspraak_csrf=${csrf}`,
      },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${organisation.emails[Role.HR]}", password: "${TEST_PASSWORD}" }) { roles } }`,
      }),
    });
    const sessionCookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('inspraak_session='))!;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);

    await caller.login(organisation.emails[Role.HR]);
    const viewer = await caller.request<{
      viewer: { email: string; roles: string[]; organisation: { id: string } };
    }>('{ viewer { email roles organisation { id } } }');
    expect(viewer.data?.viewer).toEqual({
      email: organisation.emails[Role.HR],
      // Every employee holds MEDEWERKER besides the roles given.
      roles: ['HR', 'MEDEWERKER'],
      organisation: { id: organisation.id },
    });

    const stolen = caller.cookieHeader;
    expect((await caller.request('mutation { logout }')).data).toEqual({
      logout: true,
    });
    expect((await caller.request('{ viewer { email } }')).data).toEqual({
      viewer: null,
    });
    // The old cookie no longer opens anything: the session is gone on the server too.
    const replay = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: stolen,
        'x-csrf-token': /inspraak_csrf=([^;]+)/.exec(stolen)![1]!,
      },
      body: JSON.stringify({ query: '{ departments { id } }' }),
    });
    expect(
      ((await replay.json()) as { errors: { extensions: { code: string } }[] })
        .errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown account in exactly the same way', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'same-answer',
    );
    const wrongPassword = await new GraphqlCaller(testApp.url).login(
      organisation.emails[Role.ADVISEUR],
      'wrong-password',
    );
    const unknownAccount = await new GraphqlCaller(testApp.url).login(
      `nobody.${organisation.id}@example.nl`,
      'wrong-password',
    );
    expect(wrongPassword.errors).toEqual(unknownAccount.errors);
    expect(errorReason(wrongPassword)).toBe('INVALID_CREDENTIALS');
  });

  it('rate-limits failed logins per account and address, even when the right password follows', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'ratelimit',
    );
    const email = organisation.emails[Role.MEDEWERKER];
    const attacker = '10.251.1.1';
    for (let i = 0; i < 3; i += 1)
      expect(
        errorReason(
          await new GraphqlCaller(testApp.url, 'nl', attacker).login(
            email,
            'wrong',
          ),
        ),
      ).toBe('INVALID_CREDENTIALS');
    const blocked = await new GraphqlCaller(testApp.url, 'nl', attacker).login(
      email,
    );
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(errorReason(blocked)).toBe('LOGIN_RATE_LIMITED');
    // The employee at their own desk is not locked out by someone guessing elsewhere.
    expect(
      (await new GraphqlCaller(testApp.url, 'nl', '10.251.2.2').login(email))
        .errors,
    ).toBeUndefined();
    // Unknown accounts are limited the same way, so the limit does not reveal who exists.
    const ghost = `ghost.${organisation.id}@example.nl`;
    for (let i = 0; i < 3; i += 1)
      await new GraphqlCaller(testApp.url, 'nl', attacker).login(
        ghost,
        'wrong',
      );
    expect(
      errorCode(
        await new GraphqlCaller(testApp.url, 'nl', attacker).login(
          ghost,
          'wrong',
        ),
      ),
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('rate-limits failed logins per client address across accounts', async () => {
    const limited = await bootTestApp({ LOGIN_MAX_FAILURES_PER_IP: '4' });
    try {
      const address = `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const organisation = await createOrganisation(
        limited.dataSource,
        'ip-limit',
      );
      const roles = [Role.HR, Role.OR_LID, Role.BESTUURDER, Role.MEDEWERKER];
      for (const role of roles) {
        expect(
          errorReason(
            await new GraphqlCaller(limited.url, 'nl', address).login(
              organisation.emails[role],
              'wrong',
            ),
          ),
        ).toBe('INVALID_CREDENTIALS');
      }
      const fromSameAddress = await new GraphqlCaller(
        limited.url,
        'nl',
        address,
      ).login(organisation.emails[Role.ADVISEUR]);
      expect(errorReason(fromSameAddress)).toBe('LOGIN_RATE_LIMITED');
      const fromElsewhere = await new GraphqlCaller(limited.url).login(
        organisation.emails[Role.ADVISEUR],
      );
      expect(fromElsewhere.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses a POST without the CSRF token', async () => {
    const organisation = await createOrganisation(testApp.dataSource, 'csrf');
    const caller = (await callersFor(testApp.url, organisation))[Role.ADVISEUR];
    const response = await caller.request(
      'mutation { createDepartment(input: { name: "Via een andere site" }) { id } }',
      {},
      { csrf: false },
    );
    expect(response.status).toBe(403);
    expect(errorReason(response)).toBe('CSRF_TOKEN_INVALID');
    const departments = await caller.request<{ departments: unknown[] }>(
      '{ departments { id } }',
    );
    expect(departments.data?.departments).toEqual([]);
  });

  it('refuses a query that is too costly before running it (depth: see query-limits.spec.ts)', async () => {
    const organisation = await createOrganisation(testApp.dataSource, 'limits');
    const caller = (await callersFor(testApp.url, organisation))[Role.HR];
    expect(
      (
        await caller.request(
          '{ employees(page: { limit: 100 }) { items { id email department { id name } } } }',
        )
      ).errors,
    ).toBeUndefined();
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `e${i}: employees(page: { limit: 100 }) { items { id email fullName } }`,
    ).join(' ');
    const costly = await caller.request(`{ ${aliases} }`);
    expect(errorCode(costly)).toBe('BAD_USER_INPUT');
    expect(errorReason(costly)).toBe('QUERY_TOO_COSTLY');
  });

  it('turns unexpected input into a clear error without internals', async () => {
    const organisation = await createOrganisation(testApp.dataSource, 'errors');
    const caller = (await callersFor(testApp.url, organisation))[Role.ADVISEUR];
    const notUuid = await caller.request(
      '{ employee(id: "not-a-uuid") { id } }',
    );
    const body = JSON.stringify(notUuid);
    expect(body).not.toMatch(
      /stack|QueryFailedError|at .*\.js|invalid input syntax/i,
    );
    expect(notUuid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const english = new GraphqlCaller(testApp.url, 'en');
    expect(
      (await english.request('{ departments { id } }')).errors?.[0]?.message,
    ).toBe('You are not logged in.');
    expect(
      (
        await new GraphqlCaller(testApp.url, 'nl').request(
          '{ departments { id } }',
        )
      ).errors?.[0]?.message,
    ).toBe('Je bent niet ingelogd.');
  });

  it('reports database, Redis and the worker schedules on /health and tags responses with a request id', async () => {
    const response = await fetch(`${testApp.url}/health`, {
      headers: { 'x-request-id': 'test-request-123' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('test-request-123');
    const health = (await response.json()) as {
      status: string;
      checks: Record<string, { status: string }>;
    };
    expect(health).toMatchObject({
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
    // This file runs no worker: the schedules are up only while another test file's worker confirms them.
    expect(health.status).toBe(
      health.checks['schedules']?.status === 'up' ? 'ok' : 'degraded',
    );
    expect(Object.keys(health.checks).sort()).toEqual([
      'database',
      'redis',
      'schedules',
    ]);
  });

  it('has migrations that match the entities exactly', async () => {
    const dataSource = await migrationDataSource(loadConfig()).initialize();
    try {
      expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('publishes the schema the web app is generated from (run `npm run codegen` when this fails)', () => {
    const live = printSchema(
      lexicographicSortSchema(testApp.app.get(GraphQLSchemaHost).schema),
    );
    const committed = readFileSync(
      join(__dirname, '../../../../libs/shared/src/schema.graphql'),
      'utf8',
    );
    expect(committed.trim()).toBe(live.trim());
  });
});
