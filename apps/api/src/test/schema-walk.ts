import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';

export interface Operation {
  /** e.g. `Query.employees` */
  key: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const list: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      list.push({
        key: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
        kind,
        field,
      });
  }
  return list;
}

/** A value of the right GraphQL type, so the call reaches the resolver (and its guard) rather than failing validation. */
export function sampleValue(
  type: GraphQLInputType,
  overrides: Record<string, unknown> = {},
): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, overrides);
  if (isListType(type)) return [sampleValue(type.ofType, overrides)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.name in overrides) value[field.name] = overrides[field.name];
      else if (isNonNullType(field.type))
        value[field.name] = sampleValue(field.type, overrides);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'x';
    }
  }
  return null;
}

/** `query Op($a: T!) { field(a: $a) { __typename } }` with sample variables. */
export function callFor(
  operation: Operation,
  argValues: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const args: readonly GraphQLArgument[] = operation.field.args;
  const declarations = args
    .map((arg) => `$${arg.name}: ${arg.type.toString()}`)
    .join(', ');
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(operation.field.type))
    ? ' { __typename }'
    : '';
  const query = `${operation.kind}${declarations ? `(${declarations})` : ''} { ${operation.field.name}${passing ? `(${passing})` : ''}${selection} }`;
  const variables: Record<string, unknown> = {};
  for (const arg of args)
    variables[arg.name] =
      arg.name in argValues ? argValues[arg.name] : sampleValue(arg.type);
  return { query, variables };
}
