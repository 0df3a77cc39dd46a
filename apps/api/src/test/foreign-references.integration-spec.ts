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
import { bootTestApp, TestApp } from './test-app';
import { callFor, Operation, operationsOf } from './schema-walk';
import {
  kindOfId,
  OrganisationWorld,
  organisationWorld,
} from './organisation-world';
import { surveyInput } from './survey-fixtures';
import { procedureInput } from './procedure-fixtures';
import { callInput } from './trajectory-fixtures';

/**
 * Organisation A may never store a reference to organisation B's rows: not
 * in a draft, not in a list of ids, not as an e-mail address, not only at
 * the last step. Generated from the schema: every mutation, called by A's
 * member who holds every role, with B's ids (and B's addresses) in its
 * arguments and input fields, one argument at a time for the top-level ones.
 * After every call no row of A may contain an id or address of B.
 */

/** Inputs the resolvers check deeply before reaching the references: start from valid ones. */
const VALID_INPUTS: Record<string, () => Record<string, unknown>> = {
  SurveyInput: () => surveyInput(),
  ProcedureInput: () => procedureInput(),
  CallInput: () => callInput(),
};

/** An ID, or a text that names a person by address: both point at something of one organisation. */
const isReference = (typeName: string, fieldName: string) =>
  typeName === 'ID' || (typeName === 'String' && /emails?$/i.test(fieldName));

/** An optional argument that names no row (a template key, a filter): left out, so the call takes its plain path. */
const optionalChoice = (arg: { type: GraphQLInputType; name: string }) =>
  !isNonNullType(arg.type) &&
  getNamedType(arg.type).name !== 'ID' &&
  !/emails?$/i.test(arg.name);

describe('no organisation stores a reference to another organisation', () => {
  let testApp: TestApp;
  let operations: Operation[];
  let a: OrganisationWorld;
  let b: OrganisationWorld;
  let kinds: string[];
  let tables: string[];
  let foreignPattern: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
    operations = operationsOf(testApp.app.get(GraphQLSchemaHost).schema).filter(
      (o) =>
        o.kind === 'mutation' &&
        // These end or switch the caller's own session; they store no references.
        ![
          'logout',
          'endOtherSessions',
          'endSession',
          'switchOrganisation',
        ].includes(o.field.name),
    );
    // Operations that remove or block A's rows go last: the others still find them.
    const destructive =
      /^(delete|block|markEmployeeLeft|leave|remove|mergeSkills|handleErasure)/;
    operations.sort(
      (x, y) =>
        Number(destructive.test(x.field.name)) -
        Number(destructive.test(y.field.name)),
    );
    a = await organisationWorld(testApp, 'eigen');
    b = await organisationWorld(testApp, 'vreemd');
    kinds = Object.keys(a.ids);
    tables = (
      (await testApp.dataSource.query(
        `SELECT table_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organisation_id'
          ORDER BY table_name`,
      )) as { name: string }[]
    ).map((t) => t.name);
    const escape = (text: string) =>
      text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    foreignPattern = [
      ...Object.entries(b.ids)
        // A's rows name organisation B's id only through B's rows, never; its own user ids are A's.
        .map(([, id]) => id),
      ...b.emails,
    ]
      .map(escape)
      .join('|');
  }, 600_000);
  afterAll(() => testApp.close());

  /** How many of A's rows, per table, hold an id or address of B. */
  async function leaks(): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const table of tables) {
      const [row] = (await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM "${table}" t WHERE organisation_id = $1 AND lower(t::text) ~ lower($2)`,
        [a.organisation.id, foreignPattern],
      )) as { n: number }[];
      if (row && row.n > 0) found.set(table, row.n);
    }
    return found;
  }

  /** A value for an argument whose every reference points at A's own rows. */
  function ownValue(
    type: GraphQLInputType,
    name: string,
    operationName: string,
    depth = 0,
    base?: unknown,
  ): unknown {
    if (isNonNullType(type))
      return ownValue(type.ofType, name, operationName, depth, base);
    if (isListType(type)) {
      const items = Array.isArray(base) && base.length > 0 ? base : [undefined];
      return items.map((item) =>
        ownValue(type.ofType, name, operationName, depth, item),
      );
    }
    if (isEnumType(type))
      return base !== undefined ? base : type.getValues()[0]?.value;
    if (isInputObjectType(type)) {
      // Start from a valid value where there is one; fill in every reference it leaves out.
      const valid = VALID_INPUTS[type.name]?.() ?? base;
      const value: Record<string, unknown> = {
        ...((valid as Record<string, unknown> | undefined) ?? {}),
      };
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const present = field.name in value;
        // A valid value keeps its other fields as they are; a generated one gets every field.
        if (
          valid !== undefined &&
          !isReference(named.name, field.name) &&
          !(present && isInputObjectType(named))
        )
          continue;
        if (depth > 3 && !isNonNullType(field.type) && !present) continue;
        value[field.name] = ownValue(
          field.type,
          field.name,
          operationName,
          depth + 1,
          value[field.name],
        );
      }
      return value;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return referenceTo(a, name, operationName);
        case 'Int':
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        case 'DateTime':
          return new Date(Date.now() + 14 * 86_400_000).toISOString();
        default:
          if (/emails?$/i.test(name))
            return referenceTo(a, name, operationName);
          return /(date|day|on|until|from)$/i.test(name)
            ? '2099-03-01'
            : 'Tekst';
      }
    }
    return null;
  }

  /** The row (or address) of `world` that an argument of this name points at. */
  function referenceTo(
    world: OrganisationWorld,
    name: string,
    operationName: string,
  ): string {
    if (/emails?$/i.test(name)) return world.emails[1]!;
    const kind = kindOfId(name, operationName, kinds);
    return world.ids[kind ?? 'department']!;
  }

  /** Where in the arguments a reference stands, with the name that says what it points at. */
  function referencePaths(
    type: GraphQLInputType,
    value: unknown,
    path: (string | number)[],
    name: string,
    out: { path: (string | number)[]; name: string }[],
  ): void {
    if (value === null || value === undefined) return;
    if (isNonNullType(type))
      return referencePaths(type.ofType, value, path, name, out);
    if (isListType(type)) {
      if (Array.isArray(value))
        value.forEach((item, index) =>
          referencePaths(type.ofType, item, [...path, index], name, out),
        );
      return;
    }
    if (isInputObjectType(type)) {
      const fields = type.getFields();
      for (const [key, item] of Object.entries(
        value as Record<string, unknown>,
      )) {
        const field = fields[key];
        if (field) referencePaths(field.type, item, [...path, key], key, out);
      }
      return;
    }
    // `input.id` names the row being changed: A's own, walked by the tenancy test.
    if (
      isReference(getNamedType(type).name, name) &&
      !(name === 'id' && path.length > 1)
    )
      out.push({ path, name });
  }

  it('refuses or ignores every foreign id and address a mutation is given', async () => {
    const findings: string[] = [];
    let before = await leaks();
    expect([...before.keys()]).toEqual([]);
    for (const operation of operations) {
      const name = operation.field.name;
      const own: Record<string, unknown> = Object.fromEntries(
        operation.field.args.map((arg) => [
          arg.name,
          optionalChoice(arg) ? null : ownValue(arg.type, arg.name, name),
        ]),
      );
      // One reference at a time points at B, so the others (all A's) let the call reach it.
      const paths: { path: (string | number)[]; name: string }[] = [];
      for (const arg of operation.field.args)
        referencePaths(arg.type, own[arg.name], [arg.name], arg.name, paths);
      const variants = paths.map(({ path, name: leaf }) => {
        const variables = structuredClone(own);
        let target = variables as Record<string | number, unknown>;
        for (const key of path.slice(0, -1))
          target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]!] = referenceTo(b, leaf, name);
        return variables;
      });
      for (const variables of variants) {
        const { query } = callFor(operation, variables);
        const caller = a.caller;
        const response = await caller.request(query, variables);
        if (
          response.errors?.some(
            (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
          )
        )
          findings.push(`${operation.key}: INTERNAL_SERVER_ERROR`);
        const after = await leaks();
        const grown = [...after].filter(
          ([table, n]) => n > (before.get(table) ?? 0),
        );
        if (grown.length > 0)
          findings.push(
            `${operation.key} stored B's reference in ${grown.map(([t]) => t).join(', ')} (${JSON.stringify(variables).slice(0, 300)})`,
          );
        before = after;
        // A mutation may have ended A's session (a password change): sign in again.
        const viewer = await caller.request('{ viewer { email } }');
        if (!viewer.data?.['viewer']) await caller.login(a.email);
      }
    }
    expect(findings).toEqual([]);
  }, 3_600_000);
});
