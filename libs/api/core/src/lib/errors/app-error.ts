/**
 * The one error format of the API. Every error a caller can cause carries a
 * stable `code` (the GraphQL error class), a stable `reason` (what exactly
 * went wrong, for clients to act on) and a message in Dutch and English; the
 * GraphQL layer picks the language of the request.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  message: LocalisedText;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly text: LocalisedText,
    readonly fields: FieldProblem[] = [],
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

export const badInput = (
  reason: string,
  text: LocalisedText,
  fields: FieldProblem[] = [],
) => new AppError('BAD_USER_INPUT', reason, text, fields);

export const notFound = (what: LocalisedText) =>
  new AppError('NOT_FOUND', 'NOT_FOUND', {
    nl: `${what.nl} niet gevonden.`,
    en: `${what.en} not found.`,
  });

export const conflict = (reason: string, text: LocalisedText) =>
  new AppError('CONFLICT', reason, text);

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'NOT_LOGGED_IN', {
    nl: 'Je bent niet ingelogd.',
    en: 'You are not logged in.',
  });

export const forbidden = () =>
  new AppError('FORBIDDEN', 'ROLE_NOT_ALLOWED', {
    nl: 'Je hebt geen toegang tot deze functie.',
    en: 'You do not have access to this function.',
  });

export const INTERNAL_ERROR_TEXT: LocalisedText = {
  nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  en: 'Something went wrong on our side. Please try again later.',
};
