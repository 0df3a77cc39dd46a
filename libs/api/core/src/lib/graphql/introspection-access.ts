import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import { Role } from '@inspraak/domain';
import type { Actor } from '../auth/actor';
import type { GraphqlContext } from '../auth/session-cookies';
import { AppError } from '../errors/app-error';

/** The fields that read the schema itself; `__typename` is not among them and stays open to everyone. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the operation (or any fragment it carries) reads the schema. */
export function readsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

export const introspectionNotAllowed = () =>
  new GraphQLError('Reading the schema is for signed-in advisors only.', {
    originalError: new AppError('FORBIDDEN', 'INTROSPECTION_NOT_ALLOWED', {
      nl: 'Het schema opvragen kan alleen als adviseur, ingelogd.',
      en: 'Reading the schema is for signed-in advisors only.',
    }),
    extensions: { http: { status: 403 } },
  });

/**
 * Introspection (`__schema`, `__type`) only for a signed-in advisor: the
 * schema is public in the repository, but a map of every operation is no
 * help to anyone else in production. Refused before anything runs, with
 * FORBIDDEN / INTROSPECTION_NOT_ALLOWED. Code generation and the access tests
 * read the schema in-process (print-schema, GraphQLSchemaHost), not over HTTP.
 */
export function introspectionAccessPlugin(
  actorOf: (req: GraphqlContext['req']) => Promise<Actor | null>,
): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!readsSchema(document)) return;
          const actor = contextValue.req
            ? await actorOf(contextValue.req)
            : null;
          if (!actor?.roles.includes(Role.ADVISEUR))
            throw introspectionNotAllowed();
        },
      };
    },
  };
}
