import {
  DEFAULT_PG_PORT,
  deriveDatabaseUrl,
  deriveRedisUrl,
  embeddedDatabaseUrl,
  embeddedRedisUrl,
  isProfile,
  parsePort,
  portInUseMessage,
  quoteIdent,
  redactUrl,
} from './config';

describe('deriveDatabaseUrl', () => {
  const base = 'postgres://app:secret@db.example:5432/inspraak';

  it('keeps the URL for the dev profile', () => {
    expect(deriveDatabaseUrl(base, 'dev')).toBe(base);
  });

  it('appends _test and _e2e to the database name', () => {
    expect(deriveDatabaseUrl(base, 'test')).toBe('postgres://app:secret@db.example:5432/inspraak_test');
    expect(deriveDatabaseUrl(base, 'e2e')).toBe('postgres://app:secret@db.example:5432/inspraak_e2e');
  });

  it('keeps query parameters and does not double the suffix', () => {
    expect(deriveDatabaseUrl('postgres://u@h/app?sslmode=require', 'test')).toBe('postgres://u@h/app_test?sslmode=require');
    expect(deriveDatabaseUrl('postgres://u@h/app_test', 'test')).toBe('postgres://u@h/app_test');
  });

  it('uses inspraak as the base name when the URL names no database', () => {
    expect(deriveDatabaseUrl('postgres://u@h:5432', 'e2e')).toBe('postgres://u@h:5432/inspraak_e2e');
  });
});

describe('deriveRedisUrl', () => {
  it('selects the profile database index', () => {
    expect(deriveRedisUrl('redis://r:6379', 'dev')).toBe('redis://r:6379');
    expect(deriveRedisUrl('redis://r:6379', 'test')).toBe('redis://r:6379/1');
    expect(deriveRedisUrl('redis://:pw@r:6379/0', 'e2e')).toBe('redis://:pw@r:6379/2');
  });
});

describe('embedded URLs', () => {
  it('uses one server per service with a database per profile', () => {
    expect(embeddedDatabaseUrl(DEFAULT_PG_PORT, 'dev')).toMatch(/@127\.0\.0\.1:54329\/inspraak$/);
    expect(embeddedDatabaseUrl(DEFAULT_PG_PORT, 'test')).toMatch(/\/inspraak_test$/);
    expect(embeddedDatabaseUrl(DEFAULT_PG_PORT, 'e2e')).toMatch(/\/inspraak_e2e$/);
    expect(embeddedRedisUrl(63799, 'dev')).toBe('redis://127.0.0.1:63799/0');
    expect(embeddedRedisUrl(63799, 'test')).toBe('redis://127.0.0.1:63799/1');
    expect(embeddedRedisUrl(63799, 'e2e')).toBe('redis://127.0.0.1:63799/2');
  });
});

describe('parsePort', () => {
  it('falls back when unset or empty', () => {
    expect(parsePort(undefined, 'X', 1234)).toBe(1234);
    expect(parsePort(' ', 'X', 1234)).toBe(1234);
  });

  it('accepts a valid port and rejects nonsense with the variable name', () => {
    expect(parsePort('5555', 'INSPRAAK_PG_PORT', 1)).toBe(5555);
    expect(() => parsePort('abc', 'INSPRAAK_PG_PORT', 1)).toThrow(/INSPRAAK_PG_PORT/);
    expect(() => parsePort('70000', 'INSPRAAK_PG_PORT', 1)).toThrow(/not a valid TCP port/);
  });
});

describe('portInUseMessage', () => {
  it('names the port and the variable to change', () => {
    const message = portInUseMessage('the API', 3000, 'PORT');
    expect(message).toContain('Port 3000 is already in use');
    expect(message).toContain('PORT=<free port>');
    expect(message).toContain('PORT=3001');
  });
});

describe('helpers', () => {
  it('recognises profiles', () => {
    expect(isProfile('dev')).toBe(true);
    expect(isProfile('prod')).toBe(false);
  });

  it('quotes identifiers and redacts passwords', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(redactUrl('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db');
  });
});
