import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import {
  bootTestApp,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { callFor, Operation, operationsOf } from './schema-walk';
import { surveyInput } from './survey-fixtures';
import { procedureInput } from './procedure-fixtures';
import {
  kindOfId,
  OrganisationWorld,
  organisationWorld,
} from './organisation-world';

/**
 * Hostile input, generated from the schema: every operation, for an anonymous
 * caller and for one who holds every role, gets hostile values in each of its
 * arguments (and each field of its input objects), one at a time, with
 * plausible values elsewhere so the hostile one reaches the resolver. No
 * answer may be an HTTP 500, an INTERNAL_SERVER_ERROR or carry a stack
 * trace, and a refused call leaves the database as it was. A new operation is
 * covered without anyone listing it.
 */

/** Text of 70,000 characters: longer than any column or index entry takes. */
const LONG_TEXT = 'x'.repeat(70_000);
/** One request per operation carries a string of a megabyte. */
const MEGABYTE_TEXT = 'y'.repeat(1_000_000);

const STRING_VALUES = ['a\u0000b', 'ok\ud800ok', LONG_TEXT];
const DATE_TEXT_VALUES = ['0000-01-01', '275760-09-13', '2027-02-30'];
const DATE_TIME_VALUES = [
  '0000-01-01T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  'geen datum',
];
const ID_VALUES = ['not-a-uuid', "' OR 1=1 --"];
const INT_VALUES = [2_147_483_647, -2_147_483_648, -1];
const FLOAT_VALUES = [1e308, -1e308];
const HUGE_LIST_LENGTH = 1_000;

/** Strings whose name says they hold a `YYYY-MM-DD` date. */
const DATE_NAME = /(date|day|on|from|until|since|start|end)s?$/i;

interface Leaf {
  /** Path inside the variables, e.g. ['input', 'sections', 0, 'title']. */
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

/** A filled value for every field (also the optional ones), so each can be made hostile. */
function fullValue(
  type: GraphQLInputType,
  name: string,
  base: BaseValues,
  depth = 0,
): unknown {
  if (isNonNullType(type)) return fullValue(type.ofType, name, base, depth);
  if (isListType(type)) return [fullValue(type.ofType, name, base, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const known = base.inputs[type.name];
    if (known) return known();
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (depth > 4 && !isNonNullType(field.type)) continue;
      value[field.name] = fullValue(field.type, field.name, base, depth + 1);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return base.idFor(name);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.now() + 7 * 86_400_000).toISOString();
      default:
        return DATE_NAME.test(name) ? '2027-03-01' : 'tekst';
    }
  }
  return null;
}

/** Every scalar position in a value, with its GraphQL type. */
function leavesOf(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
  name: string,
  out: Leaf[],
): void {
  if (isNonNullType(type)) return leavesOf(type.ofType, value, path, name, out);
  if (isListType(type)) {
    out.push({ path, type, name });
    if (Array.isArray(value) && value.length > 0)
      leavesOf(type.ofType, value[0], [...path, 0], name, out);
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [key, item] of Object.entries(
      (value ?? {}) as Record<string, unknown>,
    )) {
      const field = fields[key];
      if (field) leavesOf(field.type, item, [...path, key], key, out);
    }
    return;
  }
  out.push({ path, type, name });
}

function hostileValuesFor(leaf: Leaf, base: unknown[]): unknown[] {
  const type = isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type;
  if (isListType(type)) {
    const item = base[0];
    return [Array.from({ length: HUGE_LIST_LENGTH }, () => item)];
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return ['NOT_A_VALUE', 'a\u0000b'];
  if (isInputObjectType(named)) return [];
  switch (named.name) {
    case 'ID':
      return ID_VALUES;
    case 'Int':
      return INT_VALUES;
    case 'Float':
      return FLOAT_VALUES;
    case 'Boolean':
      return ['ja'];
    case 'DateTime':
      return DATE_TIME_VALUES;
    default:
      return DATE_NAME.test(leaf.name)
        ? [...STRING_VALUES, ...DATE_TEXT_VALUES]
        : STRING_VALUES;
  }
}

function withValueAt(
  variables: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1))
    target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
  return copy;
}

function valueAt(
  variables: Record<string, unknown>,
  path: (string | number)[],
): unknown {
  let target: unknown = variables;
  for (const key of path)
    target = (target as Record<string | number, unknown>)[key];
  return target;
}

interface BaseValues {
  inputs: Record<string, () => unknown>;
  idFor(argumentName: string, operationName?: string): string;
}

interface Finding {
  operation: string;
  caller: string;
  at: string;
  value: string;
  problem: string;
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length})` : text;
};

/** Tables whose rows change on every request whatever it asks (the session's last use). */
const VOLATILE_TABLES = new Set(['session', 'login_failure']);

describe('hostile input, generated from the schema, never reaches a 500', () => {
  let testApp: TestApp;
  let operations: Operation[];
  let organisation: TestOrganisation;
  let everyRoleEmail: string;
  let world: OrganisationWorld;
  let tables: { name: string; tenant: boolean }[];

  beforeAll(async () => {
    testApp = await bootTestApp();
    operations = operationsOf(testApp.app.get(GraphQLSchemaHost).schema)
      // Ending one's own sessions is walked by the access test; here it would log the caller out.
      .filter(
        (o) =>
          !['Mutation.logout', 'Mutation.endOtherSessions'].includes(o.key),
      );
    world = await organisationWorld(testApp, 'hostile');
    organisation = world.organisation;
    everyRoleEmail = world.email;
    tables = (
      (await testApp.dataSource.query(
        `SELECT table_name AS name, bool_or(column_name = 'organisation_id') AS tenant
           FROM information_schema.columns WHERE table_schema = 'public'
          GROUP BY table_name ORDER BY table_name`,
      )) as { name: string; tenant: boolean }[]
    ).filter((t) => !VOLATILE_TABLES.has(t.name));
  }, 600_000);
  afterAll(() => testApp.close());

  /** What the organisation's rows (and the global tables) hold, as one comparable text. */
  async function fingerprint(): Promise<string> {
    const parts: string[] = [];
    for (const table of tables) {
      const [row] = (await testApp.dataSource.query(
        `SELECT count(*)::text AS n, coalesce(sum(hashtext(t::text)::bigint), 0)::text AS h
           FROM "${table.name}" t ${table.tenant ? 'WHERE organisation_id = $1' : ''}`,
        table.tenant ? [organisation.id] : [],
      )) as { n: string; h: string }[];
      parts.push(`${table.name}:${row?.n}:${row?.h}`);
    }
    return parts.join('\n');
  }

  function baseValues(operation: Operation): BaseValues {
    const opName = operation.field.name;
    const idFor = (argumentName: string) => {
      const kind = kindOfId(argumentName, opName, Object.keys(world.ids));
      return kind ? world.ids[kind]! : randomUUID();
    };
    return {
      idFor,
      inputs: {
        SurveyInput: () => surveyInput(),
        ProcedureInput: () => procedureInput(),
      },
    };
  }

  /** Sends one call and returns what is wrong with the answer, if anything. */
  async function problemWith(
    caller: GraphqlCaller,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ problem: string | null; refused: boolean }> {
    let response: Response;
    try {
      response = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: headersOf(caller),
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      return { problem: `no answer: ${String(error)}`, refused: true };
    }
    const text = await response.text();
    if (response.status >= 500)
      return { problem: `HTTP ${response.status}`, refused: true };
    if (/\n\s+at |stacktrace|QueryFailedError|node_modules/i.test(text))
      return { problem: `stack trace: ${text.slice(0, 200)}`, refused: true };
    let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return {
        problem: `not JSON (HTTP ${response.status}): ${text.slice(0, 100)}`,
        refused: true,
      };
    }
    const internal = body.errors?.find(
      (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
    );
    if (internal) return { problem: `INTERNAL_SERVER_ERROR`, refused: true };
    return { problem: null, refused: (body.errors?.length ?? 0) > 0 };
  }

  async function walk(
    callerName: string,
    newCaller: () => Promise<GraphqlCaller>,
  ): Promise<Finding[]> {
    const findings: Finding[] = [];
    let caller = await newCaller();
    for (const operation of operations) {
      // A mutation earlier in the walk may have ended the session (a password reset): sign in again.
      if (callerName !== 'anonymous') {
        const viewer = await caller.request('{ viewer { email } }');
        if (!viewer.data?.['viewer']) caller = await newCaller();
      }
      const base = baseValues(operation);
      const variables: Record<string, unknown> = {};
      for (const arg of operation.field.args)
        variables[arg.name] = fullValue(arg.type, arg.name, base);
      const { query } = callFor(operation, variables);
      const leaves: Leaf[] = [];
      for (const arg of operation.field.args)
        leavesOf(arg.type, variables[arg.name], [arg.name], arg.name, leaves);
      const started = Date.now();
      const before = await fingerprint();
      let everyCallRefused = true;
      let megabyteSent = false;
      for (const leaf of leaves) {
        const current = valueAt(variables, leaf.path);
        const values = hostileValuesFor(
          leaf,
          Array.isArray(current) ? current : [current],
        );
        if (
          !megabyteSent &&
          isScalarType(getNamedType(leaf.type)) &&
          getNamedType(leaf.type).name === 'String' &&
          !isListType(isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type)
        ) {
          values.push(MEGABYTE_TEXT);
          megabyteSent = true;
        }
        for (const value of values) {
          const { problem, refused } = await problemWith(
            caller,
            query,
            withValueAt(variables, leaf.path, value),
          );
          if (!refused) everyCallRefused = false;
          if (problem)
            findings.push({
              operation: operation.key,
              caller: callerName,
              at: leaf.path.join('.'),
              value: shown(value),
              problem,
            });
        }
      }
      // HOSTILE_TIMING=1 prints what each operation's walk took, to find the slow ones.
      if (process.env['HOSTILE_TIMING'])
        console.log(
          `${operation.key} ${callerName}: ${leaves.length} leaves, ${Date.now() - started} ms`,
        );
      if (leaves.length > 0 && everyCallRefused) {
        const after = await fingerprint();
        if (after !== before)
          findings.push({
            operation: operation.key,
            caller: callerName,
            at: '(database)',
            value: '',
            problem: `refused calls changed the database:\n${diff(before, after)}`,
          });
      }
    }
    return findings;
  }

  it('anonymous callers', async () => {
    const findings = await walk('anonymous', async () => {
      const caller = new GraphqlCaller(testApp.url);
      await caller.get('/health');
      return caller;
    });
    expect(findings).toEqual([]);
  }, 3_600_000);

  it('a caller holding every role', async () => {
    const findings = await walk('every role', async () => {
      const caller = new GraphqlCaller(testApp.url);
      const result = await caller.login(everyRoleEmail);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return caller;
    });
    expect(findings).toEqual([]);
  }, 3_600_000);
});

/** What the caller would send: its cookies, the CSRF token it echoes, its client address. */
function headersOf(caller: GraphqlCaller): Record<string, string> {
  const csrf = /(?:^|; )inspraak_csrf=([^;]*)/.exec(caller.cookieHeader)?.[1];
  return {
    'content-type': 'application/json',
    'x-forwarded-for': caller.clientAddress,
    cookie: caller.cookieHeader,
    'x-csrf-token': csrf ?? '',
  };
}

function diff(before: string, after: string): string {
  const old = new Set(before.split('\n'));
  return after
    .split('\n')
    .filter((line) => !old.has(line))
    .join('\n');
}
