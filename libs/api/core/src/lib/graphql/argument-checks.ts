import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { badInput, LocalisedText } from '../errors/app-error';

/**
 * Checks every argument value by its GraphQL type before any resolver runs,
 * whatever operation it belongs to, so that no value the database cannot
 * take reaches a service: an `ID` is a UUID (every row's key), a `DateTime`
 * lies in the years 1000–9999. One check for the whole schema, so a new
 * operation cannot forget it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Problem {
  reason: 'INVALID_ID' | 'INVALID_DATE_TIME';
  field: string;
}

const TEXT: Record<
  Problem['reason'],
  { whole: LocalisedText; field: LocalisedText }
> = {
  INVALID_ID: {
    whole: {
      nl: 'Een verwijzing is niet geldig.',
      en: 'A reference is not valid.',
    },
    field: { nl: 'Geen geldige verwijzing.', en: 'Not a valid reference.' },
  },
  INVALID_DATE_TIME: {
    whole: {
      nl: 'Een tijdstip is niet geldig.',
      en: 'A date and time is not valid.',
    },
    field: {
      nl: 'Geen geldig tijdstip (jaar 1000 tot 9999).',
      en: 'Not a valid date and time (year 1000 to 9999).',
    },
  },
};

function scalarProblem(
  typeName: string,
  value: unknown,
  field: string,
): Problem | null {
  if (value === null || value === undefined) return null;
  if (typeName === 'ID')
    return typeof value === 'string' && UUID.test(value)
      ? null
      : { reason: 'INVALID_ID', field };
  if (typeName === 'DateTime') {
    const date =
      typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
    const year = date?.getUTCFullYear() ?? Number.NaN;
    return year >= 1000 && year <= 9999
      ? null
      : { reason: 'INVALID_DATE_TIME', field };
  }
  return null;
}

/** A variable's value (JSON), walked by its declared type. */
function valueProblem(
  type: GraphQLInputType,
  value: unknown,
  field: string,
): Problem | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return valueProblem(type.ofType, value, field);
  if (isListType(type)) {
    // A single value stands for a list of one (input coercion allows it).
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const problem = valueProblem(type.ofType, item, `${field}.${index}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return null;
    const fields = type.getFields();
    for (const [key, item] of Object.entries(
      value as Record<string, unknown>,
    )) {
      const definition = fields[key];
      if (!definition) continue;
      const problem = valueProblem(definition.type, item, `${field}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  return scalarProblem(getNamedType(type).name, value, field);
}

/** A literal in the document, walked by its type; variables inside it are checked with the variables. */
function literalProblem(
  type: GraphQLInputType,
  node: ValueNode,
  field: string,
): Problem | null {
  if (isNonNullType(type)) return literalProblem(type.ofType, node, field);
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return null;
  if (isListType(type)) {
    const items = node.kind === Kind.LIST ? node.values : [node];
    for (const [index, item] of items.entries()) {
      const problem = literalProblem(type.ofType, item, `${field}.${index}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return null;
    const fields = type.getFields();
    for (const item of node.fields) {
      const definition = fields[item.name.value];
      if (!definition) continue;
      const problem = literalProblem(
        definition.type,
        item.value,
        `${field}.${item.name.value}`,
      );
      if (problem) return problem;
    }
    return null;
  }
  const scalar =
    node.kind === Kind.STRING
      ? node.value
      : node.kind === Kind.INT
        ? Number(node.value)
        : undefined;
  if (scalar === undefined) return null;
  return scalarProblem(getNamedType(type).name, scalar, field);
}

export function argumentProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Problem | null {
  let found: Problem | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition(node) {
        if (found) return false;
        const type = typeFromAST(schema, node.type) as
          | GraphQLInputType
          | undefined;
        const name = node.variable.name.value;
        if (type) found = valueProblem(type, variables[name], name);
        return false;
      },
      Argument(node) {
        if (found) return false;
        const argument = typeInfo.getArgument();
        if (argument)
          found = literalProblem(argument.type, node.value, node.name.value);
        return false;
      },
    }),
  );
  return found;
}

/** Refuses an operation whose arguments hold an id or a date and time the database cannot take (HTTP 400). */
export const argumentChecksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        const problem = argumentProblem(
          schema,
          document,
          (request.variables ?? {}) as Record<string, unknown>,
        );
        if (!problem) return;
        const text = TEXT[problem.reason];
        throw new GraphQLError(text.whole.en, {
          originalError: badInput(problem.reason, text.whole, [
            { field: problem.field, message: text.field },
          ]),
          extensions: { http: { status: 400 } },
        });
      },
    };
  },
};
