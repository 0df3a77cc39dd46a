import { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '../config/app-config';
import {
  formatGraphqlError,
  localeFromAcceptLanguage,
  localiseErrors,
  ErrorLogger,
} from '../errors/format-graphql-error';
import type { GraphqlContext } from '../auth/session-cookies';
import { MAX_DOCUMENT_TOKENS, queryLimitRules } from './query-limits';
import { argumentChecksPlugin } from './argument-checks';
import { introspectionAccessPlugin } from './introspection-access';
import type { Actor } from '../auth/actor';

/** Errors leave in the caller's language (Accept-Language: nl or en; Dutch by default). */
const localiseErrorsPlugin: ApolloServerPlugin<GraphqlContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (
          response.body.kind !== 'single' ||
          !response.body.singleResult.errors
        )
          return;
        const locale = localeFromAcceptLanguage(
          contextValue.req?.header('accept-language'),
        );
        response.body.singleResult.errors = localiseErrors(
          response.body.singleResult.errors,
          locale,
        );
      },
    };
  },
};

export function graphqlOptions(
  config: AppConfig,
  logger: ErrorLogger,
  actorOf: (req: GraphqlContext['req']) => Promise<Actor | null>,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // On for signed-in advisors only (introspectionAccessPlugin); code generation prints the schema in-process.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
    // Validation takes time with the size of the document (thousands of repeats of one alias
    // take seconds): a document is refused while parsing once it is far larger than any the web app sends.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    validationRules: queryLimitRules(
      config.GRAPHQL_MAX_DEPTH,
      config.GRAPHQL_MAX_COST,
    ),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, logger),
    plugins: [
      localiseErrorsPlugin,
      introspectionAccessPlugin(actorOf),
      argumentChecksPlugin,
    ],
  };
}
