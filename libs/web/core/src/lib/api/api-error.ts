export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  /** Client side: the server could not be reached. */
  | 'NETWORK_ERROR';

export interface ApiFieldError {
  field: string;
  message: string;
}

/** The one error shape the web app handles; every failed API call ends up as this. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly reason: string | null = null,
    readonly fields: readonly ApiFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server message for a field, if the server reported one. */
  fieldMessage(field: string): string | null {
    return this.fields.find((f) => f.field === field)?.message ?? null;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
]);

/** Apollo's own codes for requests it rejects before our resolvers run. */
const REQUEST_REJECTED_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export function normaliseErrorCode(code: unknown): ApiErrorCode {
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  if (KNOWN_CODES.has(code)) return code as ApiErrorCode;
  if (REQUEST_REJECTED_CODES.has(code)) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

/** Reason on the ApiError for an HTTP 413: the request body was refused before GraphQL saw it. */
export const PAYLOAD_TOO_LARGE_REASON = 'PAYLOAD_TOO_LARGE';

export function errorCodeForHttpStatus(status: number): ApiErrorCode {
  switch (status) {
    case 0:
      return 'NETWORK_ERROR';
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'BAD_USER_INPUT';
    case 429:
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL_SERVER_ERROR';
  }
}
