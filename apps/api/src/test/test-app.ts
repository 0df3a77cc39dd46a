import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agent, setGlobalDispatcher } from 'undici';
import { Role } from '@inspraak/domain';
import {
  AuthService,
  loadConfig,
  Membership,
  Organisation,
  UserAccount,
} from '@inspraak/api-core';
import { AccountsWorkerModule } from '@inspraak/api-accounts';
import { DirectoryWorkerModule } from '@inspraak/api-directory';
import { ParticipantsWorkerModule } from '@inspraak/api-participants';
import { TrajectoriesWorkerModule } from '@inspraak/api-trajectories';
import { SurveysWorkerModule } from '@inspraak/api-surveys';
import { ProceduresWorkerModule } from '@inspraak/api-procedures';
import { WorkerCoreModule } from '@inspraak/api-core';
import { Module } from '@nestjs/common';
import { AppModule } from '../app/app.module';
import { configureHttp } from '../app/http';
import { SmtpReceiver, startSmtpReceiver } from './smtp-receiver';
import {
  migrate,
  migrationDataSource,
} from '../database/migration-data-source';

/**
 * The one way integration tests boot the platform: the real AppModule on a
 * random port against the PostgreSQL and Redis that `npm test` started (see
 * tools/dev-stack), talking GraphQL over HTTP. Every test file makes its own
 * organisations with unique names, so files and tests do not depend on each
 * other's data or order.
 */
export const TEST_PASSWORD = 'Test-wachtwoord-123!';

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

process.env['LOG_LEVEL'] ??= 'silent';
// Callers pose as their own client addresses through X-Forwarded-For (GraphqlCaller), as a proxy on
// this machine would tell them; production trusts no proxy unless TRUST_PROXY names it.
process.env['TRUST_PROXY'] ??= 'loopback';

/*
 * The server closes an idle keep-alive connection after HTTP_KEEP_ALIVE_SECONDS
 * (65 s); fetch's pool would otherwise keep one for up to its own idle time and
 * may pick it in the very moment the server closes it, and the request fails
 * with ECONNRESET (seen after a slow LibreOffice conversion on a busy
 * machine). With the client letting go of idle connections after one second,
 * far inside the server's time, it is always the client that closes first: no
 * race remains. setGlobalDispatcher also sets the dispatcher of Node's own fetch.
 */
setGlobalDispatcher(
  new Agent({ keepAliveTimeout: 1000, keepAliveMaxTimeout: 1000 }),
);
// The API and worker refuse to start without a mail server unless the development outbox is
// asked for; tests that read mail boot a worker with a real SMTP receiver (bootMailingWorker).
process.env['DEV_OUTBOX'] ??= 'true';

let migrated: Promise<void> | undefined;
function migrateOnce(): Promise<void> {
  migrated ??= (async () => {
    const dataSource = await migrationDataSource(loadConfig()).initialize();
    try {
      await migrate(dataSource);
    } finally {
      await dataSource.destroy();
    }
  })();
  return migrated;
}

/**
 * Runs `start` with `env` overriding the environment. Configuration is read
 * while the app boots, so the previous values come back right after: all test
 * files share one process.
 */
async function withEnv<T>(
  env: Record<string, string>,
  start: () => Promise<T>,
): Promise<T> {
  const previous = Object.fromEntries(
    Object.keys(env).map((key) => [key, process.env[key]]),
  );
  Object.assign(process.env, env);
  try {
    return await start();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export async function bootTestApp(
  env: Record<string, string> = {},
): Promise<TestApp> {
  await migrateOnce();
  const app = await withEnv(env, async () => {
    const created = await NestFactory.create<NestExpressApplication>(
      AppModule,
      { logger: false },
    );
    configureHttp(created, loadConfig());
    await created.listen(0, '127.0.0.1');
    return created;
  });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

@Module({
  imports: [
    WorkerCoreModule,
    AccountsWorkerModule,
    DirectoryWorkerModule,
    ParticipantsWorkerModule,
    TrajectoriesWorkerModule,
    SurveysWorkerModule,
    ProceduresWorkerModule,
  ],
})
class TestWorkerModule {}

/** The worker's processors, running for real against the same Redis. `env` as for bootTestApp. */
export async function bootTestWorker(
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  await migrateOnce();
  return withEnv(env, () =>
    NestFactory.createApplicationContext(TestWorkerModule, { logger: false }),
  );
}

export interface MailingWorker {
  worker: INestApplicationContext;
  smtp: SmtpReceiver;
  /** Stops the worker, then the SMTP receiver. */
  close(): Promise<void>;
}

/** The address links in the mailing worker's messages start with. */
const MAIL_PUBLIC_URL = 'https://inspraak.example.nl';

/** The worker sending its mail to a real SMTP receiver, for tests of what reaches people's inboxes. */
export async function bootMailingWorker(): Promise<MailingWorker> {
  const smtp = await startSmtpReceiver();
  const worker = await bootTestWorker({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    PUBLIC_URL: MAIL_PUBLIC_URL,
  });
  return {
    worker,
    smtp,
    close: async () => {
      await worker.close();
      await smtp.close();
    },
  };
}

export interface TestOrganisation {
  id: string;
  name: string;
  /** One account per role, by role. */
  emails: Record<Role, string>;
}

/** A fresh organisation with one account per role (password TEST_PASSWORD). */
export async function createOrganisation(
  dataSource: DataSource,
  label = 'org',
): Promise<TestOrganisation> {
  const suffix = randomUUID().slice(0, 8);
  const organisation = await dataSource.getRepository(Organisation).save({
    name: `${label} ${suffix}`,
    slug: `${label}-${suffix}`.toLowerCase(),
  });
  const passwordHash = await passwordHashOnce();
  const emails = {} as Record<Role, string>;
  for (const role of Object.values(Role)) {
    const email = `${role.toLowerCase()}.${suffix}@${label.toLowerCase()}.test`;
    const user = await dataSource
      .getRepository(UserAccount)
      .save({ email, displayName: `${role} ${suffix}`, passwordHash });
    await dataSource.getRepository(Membership).save({
      organisationId: organisation.id,
      userId: user.id,
      roles: [role],
    });
    emails[role] = email;
  }
  return { id: organisation.id, name: organisation.name, emails };
}

/** One more account in an organisation (for groups larger than one per role); logged in. */
export async function addMember(
  testApp: TestApp,
  organisation: TestOrganisation,
  displayName: string,
  roles: Role[] = [Role.MEDEWERKER],
): Promise<{ caller: GraphqlCaller; email: string; userId: string }> {
  const email = `${randomUUID().slice(0, 8)}@${organisation.id.slice(0, 8)}.test`;
  const user = await testApp.dataSource
    .getRepository(UserAccount)
    .save({ email, displayName, passwordHash: await passwordHashOnce() });
  await testApp.dataSource.getRepository(Membership).save({
    organisationId: organisation.id,
    userId: user.id,
    roles,
  });
  const caller = new GraphqlCaller(testApp.url);
  const result = await caller.login(email);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { caller, email, userId: user.id };
}

let hash: Promise<string> | undefined;
const passwordHashOnce = () =>
  (hash ??= AuthService.hashPassword(TEST_PASSWORD));

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      fields?: { field: string; message: string }[];
    };
  }[];
}

/** A random private address: failed logins are limited per client address, and every caller gets its own. */
const randomClientAddress = () =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 254) + 1).join('.')}`;

/** A browser-like caller: keeps cookies, echoes the CSRF token, speaks a language, comes from its own address. */
export class GraphqlCaller {
  private cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly language: 'nl' | 'en' = 'nl',
    /** Sent as X-Forwarded-For, which the test API trusts from loopback (TRUST_PROXY above, as from a proxy in front of it). */
    readonly clientAddress: string = randomClientAddress(),
  ) {}

  get cookieHeader(): string {
    return [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header))
        this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async get(path: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { cookie: this.cookieHeader },
    });
    this.remember(response);
    return response;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { csrf?: boolean } = {},
  ): Promise<GraphqlResponse<T>> {
    if (!this.cookies.has('inspraak_csrf')) await this.get('/health');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': this.language,
      'x-forwarded-for': this.clientAddress,
      cookie: this.cookieHeader,
    };
    if (options.csrf !== false)
      headers['x-csrf-token'] = this.cookies.get('inspraak_csrf') ?? '';
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    this.remember(response);
    const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  async login(
    email: string,
    password = TEST_PASSWORD,
  ): Promise<GraphqlResponse> {
    return this.request(
      'mutation Login($input: LoginInput!) { login(input: $input) { userId roles } }',
      { input: { email, password } },
    );
  }
}

/** Logged-in callers for every role of an organisation. */
export async function callersFor(
  url: string,
  organisation: TestOrganisation,
): Promise<Record<Role, GraphqlCaller>> {
  const callers = {} as Record<Role, GraphqlCaller>;
  for (const role of Object.values(Role)) {
    const caller = new GraphqlCaller(url);
    const result = await caller.login(organisation.emails[role]);
    if (result.errors)
      throw new Error(
        `login as ${role} failed: ${JSON.stringify(result.errors)}`,
      );
    callers[role] = caller;
  }
  return callers;
}

export const errorCode = (response: GraphqlResponse) =>
  response.errors?.[0]?.extensions?.code;
export const errorReason = (response: GraphqlResponse) =>
  response.errors?.[0]?.extensions?.reason;
