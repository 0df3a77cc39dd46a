import { PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';

/** GraphQL's `@Args` (GqlParamtype.ARGS, not exported by @nestjs/graphql) and HTTP bodies and queries. */
const ARGUMENT_TYPES = new Set(['3', 'body', 'query', 'param']);

/** Where in a string PostgreSQL would refuse it: a NUL character, or half of a UTF-16 surrogate pair. */
function unstorableAt(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

function firstUnstorable(value: unknown, path: string): string | null {
  if (typeof value === 'string') return unstorableAt(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstUnstorable(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstUnstorable(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses text no database column can hold (NUL, lone surrogates) in any
 * argument of any operation, as bad input on its field, before a service
 * or PostgreSQL sees it.
 */
export const storableTextPipe: PipeTransform = {
  transform(value: unknown, metadata) {
    // Only what the caller sent: GraphQL arguments (and HTTP bodies and queries), never the
    // request context or a custom decorator's value such as the actor.
    if (!ARGUMENT_TYPES.has(String(metadata.type))) return value;
    const field = firstUnstorable(value, metadata.data ?? '');
    if (field !== null)
      throw badInput(
        'UNSUPPORTED_CHARACTERS',
        {
          nl: 'De tekst bevat tekens die niet bewaard kunnen worden.',
          en: 'The text contains characters that cannot be stored.',
        },
        [
          {
            field: field || 'input',
            message: {
              nl: 'Bevat een ongeldig teken (zoals een nul-teken).',
              en: 'Contains an invalid character (such as a null character).',
            },
          },
        ],
      );
    return value;
  },
};
