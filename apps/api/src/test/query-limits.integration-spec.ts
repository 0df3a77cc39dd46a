import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, queryLimitRules } from '@inspraak/api-core';
import {
  bootTestApp,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
} from './test-app';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/** Every operation the web app sends, with the fragments it uses. */
function webDocuments(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(join(REPO_ROOT, 'libs', 'web'), {
    recursive: true,
    encoding: 'utf8',
  })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => join('libs', 'web', file));
  const parsed = files.map((file) =>
    parse(readFileSync(join(REPO_ROOT, file), 'utf8')),
  );
  const fragments = parsed.flatMap((d) =>
    d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION),
  );
  return parsed.flatMap((d) =>
    d.definitions
      .filter(
        (x): x is OperationDefinitionNode =>
          x.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation) => ({
        name: operation.name?.value ?? '(anonymous)',
        document: {
          kind: Kind.DOCUMENT,
          definitions: [operation, ...fragments],
        },
      })),
  );
}

/** A chain of fragments that each spread the next one twice: 2^levels fields. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Viewer { email }`
      : `fragment F${i} on Viewer { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ viewer { ...F0 } } ${fragments.join(' ')}`;
}

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const caller = new GraphqlCaller(url);
  await caller.get('/health');
  const csrf = /(?:^|; )inspraak_csrf=([^;]*)/.exec(caller.cookieHeader)?.[1];
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: caller.cookieHeader,
      'x-csrf-token': csrf ?? '',
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('query cost matches the work', () => {
  let testApp: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    testApp = await bootTestApp();
    schema = testApp.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => testApp.close());

  it('lets every query and mutation of the web app through the limits', () => {
    const config = loadConfig();
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    const refused = documents.flatMap(({ name, document }) =>
      validate(
        schema,
        document,
        queryLimitRules(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COST),
      ).map((error) => `${name}: ${error.message}`),
    );
    expect(refused).toEqual([]);
  });

  it('gives the expensive resolvers their declared cost', () => {
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    for (const field of [
      query['myPersonalData'],
      query['surveyResultsXlsx'],
      query['surveyResultsCsv'],
      query['poolCsv'],
      mutation['login'],
    ])
      expect(field?.extensions?.['cost']).toBeGreaterThanOrEqual(2000);
    for (const field of [query['surveyResults'], query['matchParticipants']])
      expect(field?.extensions?.['cost']).toBeGreaterThanOrEqual(500);
  });

  it('refuses a fragment bomb as too costly, with HTTP 400, for an anonymous caller', async () => {
    // 2^40 fields: expanded per spread, checking it would not end.
    const answer = await post(testApp.url, { query: fragmentBomb(40) });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].extensions.reason).toBe(
      'QUERY_TOO_COSTLY',
    );
  });

  it('refuses a fragment cycle with HTTP 400, not 500', async () => {
    const answer = await post(testApp.url, {
      query:
        '{ viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }',
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/within itself/);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('does not let aliases repeat an export or a personal-data download', async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'querycost',
    );
    const caller = new GraphqlCaller(testApp.url);
    await caller.login(organisation.emails.MEDEWERKER);
    const personalData = await caller.request(
      `{ ${Array.from({ length: 100 }, (_, i) => `d${i}: myPersonalData`).join(' ')} }`,
    );
    expect(errorReason(personalData)).toBe('QUERY_TOO_COSTLY');
    expect(personalData.data ?? null).toBeNull();
    const twice = await caller.request(
      '{ a: myPersonalData b: myPersonalData c: myPersonalData }',
    );
    expect(errorReason(twice)).toBe('QUERY_TOO_COSTLY');
    const once = await caller.request('{ myPersonalData }');
    expect(once.errors).toBeUndefined();
  });

  it('does not let aliases repeat a cheap root field hundreds of times', async () => {
    const caller = new GraphqlCaller(testApp.url);
    const viewers = (n: number) =>
      caller.request(
        `{ ${Array.from({ length: n }, (_, i) => `v${i}: viewer { __typename }`).join(' ')} }`,
      );
    // 200 × (25 + 1) = 5,200: over the cost limit, though the document is small.
    const costly = await viewers(200);
    expect(errorReason(costly)).toBe('QUERY_TOO_COSTLY');
    expect(costly.data ?? null).toBeNull();
    // 2,000 repeats: refused while parsing, before validation spends time on it.
    const huge = await viewers(2000);
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(errorReason(huge)).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(huge.errors)).toMatch(/token/i);
    expect(huge.data ?? null).toBeNull();
    const fine = await viewers(3);
    expect(fine.errors).toBeUndefined();
  });

  it('answers a body larger than any request needs with 413, and malformed JSON with 400', async () => {
    const tooLarge = await post(testApp.url, {
      query: '{ viewer { email } }',
      variables: { padding: 'x'.repeat(40 * 1024 * 1024) },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.text).not.toMatch(/\n\s+at /);
    const caller = new GraphqlCaller(testApp.url);
    await caller.get('/health');
    const csrf = /(?:^|; )inspraak_csrf=([^;]*)/.exec(caller.cookieHeader)?.[1];
    const malformed = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: caller.cookieHeader,
        'x-csrf-token': csrf ?? '',
      },
      body: '{"query": "{ viewer { email } }", ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/\n\s+at /);
  });
});
