import { createHash, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { gunzipSync, brotliDecompressSync, inflateSync } from 'node:zlib';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { Role } from '@inspraak/domain';
import { AuthService } from '@inspraak/api-core';
import {
  DepartmentsDocument,
  DevOutboxInUseDocument,
  LoginDocument,
  MyActionsDocument,
  MyNotificationsDocument,
  MyPostsDocument,
  MySessionsDocument,
  MyWorkgroupsDocument,
  OpenCallsDocument,
  OverdueActionsDocument,
  PoolDocument,
  PoolRepresentationDocument,
  ProcedureDeadlinesDocument,
  ProceduresDocument,
  RegisterProcedureDocument,
  CreateTrajectoryDocument,
  SkillsDocument,
  SubmitSurveyByTokenDocument,
  SurveyByTokenDocument,
  SurveysDocument,
  TrajectoriesDocument,
  TrajectoriesWithoutProcedureDocument,
  ViewerDocument,
} from '@inspraak/shared';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  TEST_PASSWORD,
  TestApp,
} from '../test/test-app';
import { procedureInput } from '../test/procedure-fixtures';
import { poolOrganisation } from './pool-organisation';
import {
  benchResponse,
  benchSurveyDefinition,
  insertPublishedSurvey,
} from './survey-fixture';

/**
 * Issue 14, item 1: mixed load. In the 50,000-participant organisation,
 * BROWSERS advisors browse the web app's main pages (each page sends the
 * GraphQL operations its Angular page sends when it opens, all at once, as
 * the page does) with a pause between pages, while SUBMITTERS people answer
 * a survey of 20 questions through one-time links (open the link, submit,
 * next link, no pause), for BENCH_MIXED_SECONDS (default 300). Every simulated
 * user is its own browser: its own keep-alive connections (at most six, as a
 * browser keeps per host), its own cookies and CSRF token, its own address.
 *
 * Printed: p50/p95/p99 of a page (until its last answer) and of a submission,
 * and the errors (any HTTP status but 200, any GraphQL error, any network
 * error), next to the same pages browsed and links answered by one user alone
 * in the same run (the baseline), with the ratio. Nothing here asserts a
 * time; the run fails on an error or on a submission not stored exactly once.
 */
const BROWSERS = 100;
const SUBMITTERS = 32;
const SECONDS = numberFromEnv('BENCH_MIXED_SECONDS', 300);
/** Mean pause of a browsing user between two pages (uniform between half and one and a half times it). */
const THINK_MS = numberFromEnv('BENCH_MIXED_THINK_MS', 1000);
/** Rounds over all pages by the lone user (the baseline). */
const BASELINE_ROUNDS = 20;
const BASELINE_SUBMISSIONS = 50;
/** One-time links made for the run; more than 32 clients submit in the time (about 25–100/s on the development machine). */
const LINKS = Math.max(5_000, Math.ceil(SECONDS * 120));
const POOL_PAGE_SIZE = 25; // libs/web/participants pool-page.ts
const CONTENT_PREFIX = 'Gemengde belasting';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number of at least 0, got "${raw}"`);
  return value;
}

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');
const tokenFor = (run: string, n: number) =>
  createHash('sha256').update(`mixed:${run}:${n}`).digest('base64url');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Operation {
  name: string;
  query: string;
}

/** The operation as the web client sends it (GraphqlClient prints the generated document). */
function operation(document: DocumentNode): Operation {
  return {
    name: getOperationAST(document)?.name?.value ?? 'anonymous',
    query: print(document),
  };
}

type Call = [Operation, Record<string, unknown>];

/** What a page sends when it opens (read from its component in libs/web and apps/web). */
interface Page {
  name: string;
  calls: Call[];
}

const PAGES: Page[] = [
  {
    // The shell: the session (SessionService) and, for the advisor, whether the outbox link shows.
    name: 'start (viewer, outbox link)',
    calls: [
      [operation(ViewerDocument), {}],
      [operation(DevOutboxInUseDocument), {}],
    ],
  },
  {
    name: 'my participation (overview)',
    calls: [
      [operation(TrajectoriesDocument), {}],
      [operation(OpenCallsDocument), {}],
      [operation(MyWorkgroupsDocument), {}],
      [operation(MyPostsDocument), {}],
      [operation(MyActionsDocument), {}],
      [operation(MyNotificationsDocument), {}],
    ],
  },
  {
    name: 'trajectories',
    calls: [
      [operation(TrajectoriesDocument), {}],
      [operation(OverdueActionsDocument), {}],
    ],
  },
  {
    name: 'participant pool',
    calls: [
      [operation(SkillsDocument), {}],
      [operation(DepartmentsDocument), {}],
      [operation(PoolRepresentationDocument), {}],
      [
        operation(PoolDocument),
        { filter: {}, page: { offset: 0, limit: POOL_PAGE_SIZE } },
      ],
    ],
  },
  { name: 'surveys', calls: [[operation(SurveysDocument), {}]] },
  {
    name: 'procedures',
    calls: [
      [operation(ProceduresDocument), {}],
      [operation(ProcedureDeadlinesDocument), {}],
      [operation(TrajectoriesWithoutProcedureDocument), {}],
    ],
  },
  { name: 'my account', calls: [[operation(MySessionsDocument), {}]] },
];

const OPEN_LINK = operation(SurveyByTokenDocument);
const SUBMIT = operation(SubmitSurveyByTokenDocument);
const LOGIN = operation(LoginDocument);

interface Outcome {
  /** Why it failed; undefined when it did not. */
  error?: string;
  data?: Record<string, unknown>;
}

/** The error with its code and where it happened, to tell a closed kept-alive connection from the rest. */
function networkError(error: unknown): string {
  const e = error as NodeJS.ErrnoException & {
    onKeptAlive?: boolean;
    answered?: boolean;
    resent?: boolean;
  };
  const where = [
    e.onKeptAlive ? 'on a kept-alive connection' : 'on a new connection',
    e.answered ? 'while the answer came in' : 'before any answer',
    ...(e.resent ? ['sent for the second time'] : []),
  ];
  return `${e.message} (${[e.code ?? 'no code', ...where].join(', ')})`;
}

const randomAddress = () =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 254) + 1).join('.')}`;

/**
 * One simulated browser: keep-alive connections of its own (six at most, as a
 * browser per host), a cookie jar, the CSRF token echoed from its cookie as
 * GraphqlClient does, and an address of its own (X-Forwarded-For, which the
 * API trusts from loopback, as from the proxy in front of it).
 */
class BrowserSession {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 6 });
  private readonly cookies = new Map<string, string>();
  private readonly address = randomAddress();

  constructor(private readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(setCookie: string[] | undefined): void {
    for (const header of setCookie ?? []) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header))
        this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  private send(
    method: 'GET' | 'POST',
    path: string,
    body?: string,
  ): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'nl',
      'x-forwarded-for': this.address,
      cookie: this.cookieHeader(),
    };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
      headers['x-csrf-token'] = this.cookies.get('inspraak_csrf') ?? '';
    }
    return this.exchange(method, path, headers, body).catch(
      (error: NodeJS.ErrnoException & { reusedConnection?: boolean }) => {
        // What a browser does too: a request sent on a kept-alive connection that the server closed
        // just then (its idle timeout) never reached it, so it is sent once more on a new one.
        if (!error.reusedConnection) throw error;
        BrowserSession.resentOnClosedConnection++;
        return this.exchange(method, path, headers, body, true).catch(
          (again: Error) => {
            throw Object.assign(again, { resent: true });
          },
        );
      },
    );
  }

  /** Requests sent again because the kept-alive connection they went out on had just been closed by the server. */
  static resentOnClosedConnection = 0;

  private exchange(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body: string | undefined,
    /** On a connection of its own: the browser's other idle connections may have been closed just as well. */
    fresh = false,
  ): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = request(
        `${this.baseUrl}${path}`,
        { method, agent: fresh ? false : this.agent, headers },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) =>
            reject(
              Object.assign(error, {
                onKeptAlive: req.reusedSocket,
                answered: true,
              }),
            ),
          );
          res.on('end', () => {
            this.remember(res.headers['set-cookie']);
            try {
              const raw = Buffer.concat(chunks);
              const encoding = res.headers['content-encoding'];
              const decoded =
                encoding === 'gzip'
                  ? gunzipSync(raw)
                  : encoding === 'br'
                    ? brotliDecompressSync(raw)
                    : encoding === 'deflate'
                      ? inflateSync(raw)
                      : raw;
              resolve({
                status: res.statusCode ?? 0,
                text: decoded.toString('utf8'),
              });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        const closedUnderIt =
          req.reusedSocket &&
          !answered &&
          (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        reject(
          Object.assign(error, {
            reusedConnection: closedUnderIt,
            onKeptAlive: req.reusedSocket,
            answered,
          }),
        );
      });
      req.end(body);
    });
  }

  /** Answers of /health other than 200 (it reports 503 when its database probe takes over 1.5 s). */
  static healthNot200 = 0;

  /**
   * The CSRF cookie, as the web client gets it before its first request: a GET of /health whose
   * status it ignores (GraphqlClient.csrfToken), so only a missing cookie is an error here.
   */
  async open(): Promise<Outcome> {
    try {
      const { status } = await this.send('GET', '/health');
      if (status !== 200) BrowserSession.healthNot200++;
      if (!this.cookies.has('inspraak_csrf'))
        return { error: `no CSRF cookie (/health answered ${status})` };
      return {};
    } catch (error) {
      return { error: `network: ${networkError(error)}` };
    }
  }

  async graphql(
    op: Operation,
    variables: Record<string, unknown>,
  ): Promise<Outcome> {
    let reply: { status: number; text: string };
    try {
      reply = await this.send(
        'POST',
        '/graphql',
        JSON.stringify({ query: op.query, operationName: op.name, variables }),
      );
    } catch (error) {
      return { error: `${op.name}: network: ${networkError(error)}` };
    }
    if (reply.status !== 200)
      return { error: `${op.name}: HTTP ${reply.status}` };
    let body: {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    try {
      body = JSON.parse(reply.text) as typeof body;
    } catch {
      return { error: `${op.name}: answer is not JSON` };
    }
    if (body.errors?.length)
      return {
        error: `${op.name}: GraphQL ${body.errors[0]!.extensions?.code ?? ''} ${body.errors[0]!.message}`,
      };
    if (!body.data) return { error: `${op.name}: no data` };
    return { data: body.data };
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Latencies and errors of one kind of work. */
class Tally {
  readonly ms: number[] = [];
  readonly errors = new Map<string, number>();
  requests = 0;

  record(ms: number, outcomes: Outcome[]): void {
    this.ms.push(ms);
    this.requests += outcomes.length;
    for (const { error } of outcomes)
      if (error) this.errors.set(error, (this.errors.get(error) ?? 0) + 1);
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }

  percentile(p: number): number {
    if (this.ms.length === 0) return NaN;
    const sorted = [...this.ms].sort((a, b) => a - b);
    return sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ]!;
  }
}

async function visit(
  session: BrowserSession,
  page: Page,
  tally: Tally,
): Promise<void> {
  const started = performance.now();
  const outcomes = await Promise.all(
    page.calls.map(([op, variables]) => session.graphql(op, variables)),
  );
  tally.record(performance.now() - started, outcomes);
}

/** Opens the link (the public answer page's query) and submits 20 answers; true when acknowledged. */
async function answer(
  session: BrowserSession,
  token: string,
  n: number,
  opening: Tally,
  submitting: Tally,
): Promise<boolean> {
  let started = performance.now();
  const opened = await session.graphql(OPEN_LINK, { token });
  opening.record(performance.now() - started, [opened]);
  started = performance.now();
  const submitted = await session.graphql(SUBMIT, {
    token,
    answers: benchResponse(n),
  });
  const outcome =
    submitted.error || submitted.data?.['submitSurveyByToken'] === true
      ? submitted
      : { error: 'SubmitSurveyByToken: not acknowledged' };
  submitting.record(performance.now() - started, [outcome]);
  return !outcome.error;
}

/** A published survey of 20 questions with `links` invitations whose one-time links are known. */
async function publishedSurvey(
  client: Client,
  organisationId: string,
  authorId: string,
  run: string,
  links: number,
): Promise<string> {
  const surveyId = await insertPublishedSurvey(
    client,
    organisationId,
    authorId,
    `${CONTENT_PREFIX} ${run.slice(0, 8)}`,
  );
  const departments = (
    await client.query<{ id: string }>(
      'SELECT id FROM department WHERE organisation_id = $1 ORDER BY name',
      [organisationId],
    )
  ).rows.map((r) => r.id);
  for (let first = 1; first <= links; first += 2000) {
    const batch = Array.from(
      { length: Math.min(2000, links - first + 1) },
      (_, i) => first + i,
    ).map((n) => ({
      email: `m${n}.${run.slice(0, 8)}@mixed.bench.test`,
      department_id: departments[n % departments.length],
      hash: sha256(tokenFor(run, n)),
    }));
    await client.query(
      `INSERT INTO survey_invitation (organisation_id, survey_id, email, display_name, department_id, location, contract_type, token_hash, status, sent_at)
       SELECT $1, $2, e.email, e.email, e.department_id, 'Utrecht', 'VAST', e.hash, 'SENT', now()
       FROM jsonb_to_recordset($3::jsonb) AS e(email text, department_id uuid, hash text)`,
      [organisationId, surveyId, JSON.stringify(batch)],
    );
  }
  await client.query('ANALYZE survey_invitation');
  return surveyId;
}

const fmt = (ms: number) =>
  Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0);

describe('mixed load: browsing while surveys are answered', () => {
  let testApp: TestApp;
  let client: Client;
  let organisationId: string;
  let surveyId: string;
  const run = randomUUID();
  const browserEmails: string[] = [];

  beforeAll(async () => {
    testApp = await bootTestApp({ LOG_LEVEL: 'silent' });
    client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    organisationId = await poolOrganisation(testApp, client);

    // An advisor and a works council secretary inside the organisation, for the content.
    const helper = await createOrganisation(testApp.dataSource, 'bench-mixed');
    await client.query(
      'UPDATE membership SET organisation_id = $1 WHERE organisation_id = $2',
      [organisationId, helper.id],
    );
    const callers = await callersFor(testApp.url, helper);
    const advisor = callers[Role.ADVISEUR];
    const secretary = callers[Role.OR_SECRETARIS];
    const authorId = (
      await advisor.request<{ viewer: { userId: string } }>(
        '{ viewer { userId } }',
      )
    ).data!.viewer.userId;

    // Lists with something in them (made once per bench database): trajectories, procedures, draft surveys.
    const missing = async (table: 'trajectory' | 'procedure' | 'survey') =>
      (
        await client.query<{ count: number }>(
          `SELECT count(*)::int FROM ${table} WHERE organisation_id = $1 AND title LIKE $2`,
          [organisationId, `${CONTENT_PREFIX} ${table}%`],
        )
      ).rows[0]!.count === 0;
    if (await missing('trajectory'))
      for (let i = 1; i <= 25; i++) {
        const created = await advisor.request(print(CreateTrajectoryDocument), {
          input: {
            title: `${CONTENT_PREFIX} trajectory ${i}`,
            description: 'Voor de gemengde belasting.',
            published: true,
          },
        });
        if (created.errors) throw new Error(JSON.stringify(created.errors));
      }
    if (await missing('procedure'))
      for (let i = 1; i <= 10; i++) {
        const registered = await secretary.request(
          print(RegisterProcedureDocument),
          {
            input: procedureInput({
              title: `${CONTENT_PREFIX} procedure ${i}`,
              requestReceivedOn: new Date(Date.now() - i * 86_400_000)
                .toISOString()
                .slice(0, 10),
            }),
          },
        );
        if (registered.errors)
          throw new Error(JSON.stringify(registered.errors));
      }
    if (await missing('survey'))
      await client.query(
        `INSERT INTO survey (organisation_id, title, introduction, definition, status, mode, threshold, audience, series_id, run, created_by_user_id)
         SELECT $1, $2 || ' survey ' || g, '', $3, 'DRAFT', 'ANONYMOUS', 5, '{"kind":"EVERYONE","departmentIds":[],"includeSubDepartments":true,"trajectoryId":null,"emails":[]}', gen_random_uuid(), 1, $4
         FROM generate_series(1, 20) g`,
        [
          organisationId,
          CONTENT_PREFIX,
          JSON.stringify(benchSurveyDefinition()),
          authorId,
        ],
      );

    // The browsing users: advisors (they see every main page), each with an account of their own.
    const passwordHash = await AuthService.hashPassword(TEST_PASSWORD);
    for (let i = 0; i <= BROWSERS; i++)
      browserEmails.push(`a${i}.${run.slice(0, 8)}@mixed.bench.test`);
    await client.query(
      `WITH users AS (
         INSERT INTO user_account (email, display_name, password_hash)
         SELECT e, 'Adviseur ' || e, $2 FROM unnest($1::text[]) e RETURNING id)
       INSERT INTO membership (organisation_id, user_id, roles) SELECT $3, id, '{ADVISEUR}' FROM users`,
      [browserEmails, passwordHash, organisationId],
    );

    surveyId = await publishedSurvey(
      client,
      organisationId,
      authorId,
      run,
      LINKS,
    );
  }, 30 * 60_000);

  afterAll(async () => {
    await client?.end();
    await testApp?.close();
  });

  async function loggedIn(email: string): Promise<BrowserSession> {
    const session = new BrowserSession(testApp.url);
    const opened = await session.open();
    if (opened.error) throw new Error(opened.error);
    const login = await session.graphql(LOGIN, {
      input: { email, password: TEST_PASSWORD },
    });
    if (login.error) throw new Error(`login ${email}: ${login.error}`);
    return session;
  }

  it('prints page and submission latencies under mixed load next to one user alone', async () => {
    let nextLink = 1;
    const acknowledged: number[] = [];

    // Warm-up (not counted): every page twice and a few answers.
    const lone = await loggedIn(browserEmails[BROWSERS]!);
    const scratch = new Tally();
    for (let round = 0; round < 2; round++)
      for (const page of PAGES) await visit(lone, page, scratch);
    const answering = new BrowserSession(testApp.url);
    await answering.open();
    for (let i = 0; i < 5; i++) {
      const n = nextLink++;
      if (await answer(answering, tokenFor(run, n), n, scratch, scratch))
        acknowledged.push(n);
    }
    expect([...scratch.errors]).toEqual([]);

    // Baseline: the same pages browsed by one user alone, and one person answering alone.
    const alone = new Map(PAGES.map((p) => [p.name, new Tally()]));
    const aloneAll = new Tally();
    for (let round = 0; round < BASELINE_ROUNDS; round++)
      for (const page of PAGES) {
        const started = performance.now();
        await visit(lone, page, alone.get(page.name)!);
        aloneAll.ms.push(performance.now() - started);
      }
    const aloneOpen = new Tally();
    const aloneSubmit = new Tally();
    for (let i = 0; i < BASELINE_SUBMISSIONS; i++) {
      const n = nextLink++;
      if (await answer(answering, tokenFor(run, n), n, aloneOpen, aloneSubmit))
        acknowledged.push(n);
    }
    lone.close();
    answering.close();

    // The users of the mixed load, logged in (eight at a time; not measured).
    const browsers: BrowserSession[] = [];
    for (let i = 0; i < BROWSERS; i += 8)
      browsers.push(
        ...(await Promise.all(
          browserEmails.slice(i, Math.min(i + 8, BROWSERS)).map(loggedIn),
        )),
      );
    const submitters = await Promise.all(
      Array.from({ length: SUBMITTERS }, async () => {
        const session = new BrowserSession(testApp.url);
        const opened = await session.open();
        if (opened.error) throw new Error(opened.error);
        return session;
      }),
    );

    const loaded = new Map(PAGES.map((p) => [p.name, new Tally()]));
    const loadedAll = new Tally();
    const loadedOpen = new Tally();
    const loadedSubmit = new Tally();
    let linksRanOut: number | undefined;
    const loadBefore = loadavg();
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all([
      ...browsers.map(async (session, i) => {
        // Spread the first pages over one pause, then each user walks the pages in order from its own start.
        await sleep(Math.random() * THINK_MS);
        for (let k = i; performance.now() < deadline; k++) {
          const page = PAGES[k % PAGES.length]!;
          const pageStarted = performance.now();
          await visit(session, page, loaded.get(page.name)!);
          loadedAll.ms.push(performance.now() - pageStarted);
          await sleep(THINK_MS * (0.5 + Math.random()));
        }
      }),
      ...submitters.map(async (session) => {
        while (performance.now() < deadline) {
          const n = nextLink++;
          if (n > LINKS) {
            linksRanOut ??= (performance.now() - started) / 1000;
            return;
          }
          if (
            await answer(session, tokenFor(run, n), n, loadedOpen, loadedSubmit)
          )
            acknowledged.push(n);
        }
      }),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    const loadAfter = loadavg();
    for (const session of [...browsers, ...submitters]) session.close();

    const browsingErrors = new Map<string, number>();
    for (const tally of loaded.values())
      for (const [error, count] of tally.errors)
        browsingErrors.set(error, (browsingErrors.get(error) ?? 0) + count);
    const browsingErrorCount = [...browsingErrors.values()].reduce(
      (a, b) => a + b,
      0,
    );
    const browsingRequests = [...loaded.values()].reduce(
      (sum, t) => sum + t.requests,
      0,
    );
    const submissionErrors = new Map<string, number>();
    for (const tally of [loadedOpen, loadedSubmit])
      for (const [error, count] of tally.errors)
        submissionErrors.set(error, (submissionErrors.get(error) ?? 0) + count);

    const row = (
      label: string,
      base: Tally,
      load: Tally,
      errors: number | string,
    ) =>
      [
        label.padEnd(40),
        ...[50, 95, 99].map((p) => fmt(base.percentile(p)).padStart(6)),
        '  ',
        ...[50, 95, 99].map((p) => fmt(load.percentile(p)).padStart(7)),
        String(load.ms.length).padStart(7),
        String(errors).padStart(7),
        `${(load.percentile(50) / base.percentile(50)).toFixed(1)}× / ${(load.percentile(95) / base.percentile(95)).toFixed(1)}×`.padStart(
          14,
        ),
      ].join(' ');
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
    const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
    const topErrors = (errors: Map<string, number>) =>
      [...errors]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([error, count]) => `    ${count} × ${error}`);
    console.log(
      [
        `Mixed load (${machine}): ${BROWSERS} advisors browsing (pause ${THINK_MS} ms on average between pages) while ${SUBMITTERS} people answer a survey of 20 questions through one-time links (no pause), for ${elapsed.toFixed(0)} s.`,
        `Load average (1, 5, 15 min) before ${load(loadBefore)}, after ${load(loadAfter)}. Milliseconds; a page is timed until the last of its operations answered.`,
        `${''.padEnd(40)} ${'one user alone'.padEnd(20)}   ${'under the mixed load'.padEnd(30)}        ${'ratio p50 / p95'.padStart(14)}`,
        `${'what'.padEnd(40)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)}    ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'n'.padStart(7)} ${'errors'.padStart(7)}`,
        row(
          'browsing: a page, all pages',
          aloneAll,
          loadedAll,
          browsingErrorCount,
        ),
        ...PAGES.map((p) =>
          row(
            `  ${p.name}`,
            alone.get(p.name)!,
            loaded.get(p.name)!,
            loaded.get(p.name)!.errorCount,
          ),
        ),
        row(
          'answering: open the link',
          aloneOpen,
          loadedOpen,
          loadedOpen.errorCount,
        ),
        row(
          'answering: submit 20 answers',
          aloneSubmit,
          loadedSubmit,
          loadedSubmit.errorCount,
        ),
        `Throughput under load: ${(loadedAll.ms.length / elapsed).toFixed(1)} pages/s (${(browsingRequests / elapsed).toFixed(0)} GraphQL requests/s), ${(loadedSubmit.ms.length / elapsed).toFixed(1)} submissions/s.` +
          (linksRanOut === undefined
            ? ''
            : ` The ${LINKS} links ran out after ${linksRanOut.toFixed(0)} s.`),
        `Errors: browsing ${browsingErrorCount} of ${browsingRequests} requests, answering ${loadedOpen.errorCount + loadedSubmit.errorCount} of ${loadedOpen.requests + loadedSubmit.requests}.`,
        ...topErrors(browsingErrors),
        ...topErrors(submissionErrors),
        `Sent again on a new connection because the server had just closed the kept-alive one (as a browser does): ${BrowserSession.resentOnClosedConnection} requests.`,
        `While the ${BROWSERS + SUBMITTERS + 2} sessions started (not timed), /health, which the web client asks once for its CSRF cookie, answered other than 200 ${BrowserSession.healthNot200} times.`,
      ].join('\n'),
    );

    // Correctness, not speed: no errors, and every acknowledged submission stored exactly once.
    expect([...browsingErrors]).toEqual([]);
    expect([...submissionErrors]).toEqual([]);
    const stored = await client.query<{ uses: number; duplicates: number }>(
      `SELECT (SELECT count(*)::int FROM survey_token_use WHERE survey_id = $1) AS uses,
              (SELECT count(*)::int FROM (SELECT invitation_id FROM survey_token_use WHERE survey_id = $1 GROUP BY 1 HAVING count(*) > 1) d) AS duplicates`,
      [surveyId],
    );
    expect(stored.rows[0]).toEqual({
      uses: acknowledged.length,
      duplicates: 0,
    });
  });
});
