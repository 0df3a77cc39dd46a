import { GraphQLError } from 'graphql';
import { AppError, badInput } from './app-error';
import {
  formatGraphqlError,
  localeFromAcceptLanguage,
  localiseErrors,
} from './format-graphql-error';

const wrap = (original: Error) =>
  new GraphQLError(original.message, {
    originalError: original,
    path: ['field'],
  });

describe('the public error format', () => {
  it('keeps code, reason and both languages of an AppError, and picks the language later', () => {
    const error = badInput('SOMETHING', { nl: 'Fout', en: 'Wrong' }, [
      { field: 'email', message: { nl: 'Ongeldig', en: 'Invalid' } },
    ]);
    const formatted = formatGraphqlError(
      { message: error.message, path: ['field'] },
      wrap(error),
    );
    const [dutch] = localiseErrors([formatted], 'nl');
    const [english] = localiseErrors([formatted], 'en');
    expect(dutch).toEqual({
      message: 'Fout',
      path: ['field'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'SOMETHING',
        fields: [{ field: 'email', message: 'Ongeldig' }],
      },
    });
    expect(english?.message).toBe('Wrong');
  });

  it('hides everything about an unexpected error and logs it', () => {
    const logged: object[] = [];
    const crash = new Error('relation "secret_table" does not exist');
    const formatted = localiseErrors(
      [
        formatGraphqlError({ message: crash.message }, wrap(crash), {
          error: (payload) => logged.push(payload),
          warn: () => undefined,
        }),
      ],
      'en',
    )[0]!;
    expect(JSON.stringify(formatted)).not.toContain('secret_table');
    expect(formatted.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      fields: [],
    });
    expect(logged).toHaveLength(1);
  });

  it.each([
    ['22P02', 'invalid input syntax for type uuid: "x"'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22008', 'date/time field value out of range: "0000-01-01"'],
    ['22003', 'value "99999999999" is out of range for type integer'],
    ['54000', 'index row size 9000 exceeds btree version 4 maximum 2704'],
  ])(
    'turns a value the database refuses (%s) into bad input, logged without a stack trace',
    (code, message) => {
      const warned: object[] = [];
      const errors: object[] = [];
      const refused = Object.assign(new Error(message), {
        name: 'QueryFailedError',
        driverError: { code },
      });
      const formatted = localiseErrors(
        [
          formatGraphqlError({ message }, wrap(refused), {
            error: (payload) => errors.push(payload),
            warn: (payload) => warned.push(payload),
          }),
        ],
        'en',
      )[0]!;
      expect(formatted.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'VALUE_NOT_STORABLE',
      });
      expect(JSON.stringify(formatted)).not.toContain(message);
      expect(errors).toEqual([]);
      expect(JSON.stringify(warned)).not.toContain('stack');
      expect(warned).toHaveLength(1);
    },
  );

  it('turns a unique-key race in the database into a conflict', () => {
    const race = Object.assign(
      new Error('duplicate key value violates unique constraint "UQ_x"'),
      { name: 'QueryFailedError', driverError: { code: '23505' } },
    );
    const formatted = localiseErrors(
      [formatGraphqlError({ message: race.message }, wrap(race))],
      'en',
    )[0]!;
    expect(formatted.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_EXISTS',
    });
    expect(formatted.message).not.toContain('UQ_x');
  });

  it('reports an operation the engine refused as bad input', () => {
    const engine = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatGraphqlError(
      {
        message: engine.message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      engine,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('reads the language from Accept-Language, Dutch by default', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE')).toBe('nl');
    expect(new AppError('CONFLICT', 'X', { nl: 'a', en: 'b' }).message).toBe(
      'b',
    );
  });
});
