import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, INTERNAL_ERROR_TEXT, LocalisedText } from './app-error';

export type Locale = 'nl' | 'en';

export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'nl';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}

/** PostgreSQL unique_violation (SQLSTATE 23505), as TypeORM's QueryFailedError carries it. */
function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } } | null)
    ?.driverError;
  return (
    error instanceof Error &&
    error.name === 'QueryFailedError' &&
    driverError?.code === '23505'
  );
}

export interface ErrorLogger {
  error(payload: object, message: string): void;
  warn(payload: object, message: string): void;
}

/**
 * PostgreSQL refused a value the caller sent (SQLSTATE class 22, data
 * exception: a character, date, number or id it cannot hold; 54000: an
 * index entry too large). The checks at the door (argument types, input
 * validation, storable text) should stop these first; this is the net
 * behind them, so a value they miss is still bad input and not a 500.
 */
function refusedValueCode(error: unknown): string | null {
  const code = (error as { driverError?: { code?: unknown } } | null)
    ?.driverError?.code;
  if (
    !(error instanceof Error) ||
    error.name !== 'QueryFailedError' ||
    typeof code !== 'string'
  )
    return null;
  return code.startsWith('22') || code === '54000' ? code : null;
}

/**
 * Turns any error into the public shape `{ message, extensions: { code, reason, fields } }`.
 * Messages stay bilingual here (`extensions.localised`) because Apollo's
 * formatError sees no request; `localiseErrors` picks the language later.
 * Nothing of the original error (stack, SQL, class names) leaves the server.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger?: ErrorLogger,
): GraphQLFormattedError {
  const original =
    error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const path = formatted.path;
  const locations = formatted.locations;

  if (original instanceof AppError) {
    return publicError(
      original.text,
      {
        code: original.code,
        reason: original.reason,
        fields: original.fields.map((f) => ({
          field: f.field,
          localised: f.message,
        })),
      },
      path,
      locations,
    );
  }
  if (isUniqueViolation(original)) {
    // Two requests raced past the service's own check; the database's unique index decided.
    return publicError(
      {
        nl: 'Dit bestaat al: iemand anders legde het zojuist vast. Vernieuw de pagina en probeer het opnieuw.',
        en: 'This already exists: someone else just recorded it. Refresh the page and try again.',
      },
      { code: 'CONFLICT', reason: 'ALREADY_EXISTS', fields: [] },
      path,
      locations,
    );
  }
  const refused = refusedValueCode(original);
  if (refused) {
    // Worth a look (a check at the door is missing), but the caller's doing: no stack trace.
    logger?.warn({ sqlState: refused, path }, 'database refused a value');
    return publicError(
      {
        nl: 'Een waarde kan niet bewaard worden. Controleer de invoer.',
        en: 'A value cannot be stored. Check the input.',
      },
      { code: 'BAD_USER_INPUT', reason: 'VALUE_NOT_STORABLE', fields: [] },
      path,
      locations,
    );
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    if (status === 400) {
      return publicError(
        { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [] },
        path,
        locations,
      );
    }
  }
  if (original instanceof GraphQLError) {
    // Raised by the engine before any resolver ran (parse, validation, variable
    // coercion, depth and cost limits): the caller sent an unusable operation.
    const engineCode =
      original.extensions?.['code'] ?? formatted.extensions?.['code'];
    return {
      message: formatted.message,
      locations,
      path,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason:
          typeof engineCode === 'string' ? engineCode : 'INVALID_OPERATION',
      },
    };
  }
  logger?.error(
    {
      err:
        original instanceof Error
          ? {
              name: original.name,
              message: original.message,
              stack: original.stack,
            }
          : original,
      path,
    },
    'unhandled error in GraphQL operation',
  );
  return publicError(
    INTERNAL_ERROR_TEXT,
    { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', fields: [] },
    path,
    locations,
  );
}

function publicError(
  text: LocalisedText,
  extensions: {
    code: string;
    reason: string;
    fields: { field: string; localised: LocalisedText }[];
  },
  path: GraphQLFormattedError['path'],
  locations: GraphQLFormattedError['locations'],
): GraphQLFormattedError {
  return {
    message: text.en,
    locations,
    path,
    extensions: { ...extensions, localised: text },
  };
}

/** Picks the request's language for every error message and removes the bilingual scaffolding. */
export function localiseErrors(
  errors: readonly GraphQLFormattedError[],
  locale: Locale,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const extensions = { ...(error.extensions ?? {}) } as Record<
      string,
      unknown
    >;
    const localised = extensions['localised'] as LocalisedText | undefined;
    delete extensions['localised'];
    const fields = extensions['fields'] as
      | { field: string; localised: LocalisedText }[]
      | undefined;
    if (fields)
      extensions['fields'] = fields.map((f) => ({
        field: f.field,
        message: f.localised[locale],
      }));
    return {
      ...error,
      message: localised ? localised[locale] : error.message,
      extensions,
    };
  });
}
