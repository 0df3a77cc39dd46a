/**
 * Pure configuration helpers of the dev stack launcher: no processes, no I/O.
 * Everything here is covered by `config.spec.ts`.
 */

import { StackError } from './errors';

export type Profile = 'dev' | 'test' | 'e2e' | 'bench';

export const PROFILES: readonly Profile[] = ['dev', 'test', 'e2e', 'bench'];

/** Default ports of the embedded servers (one server per service, shared by all profiles). */
export const DEFAULT_PG_PORT = 54329;
export const DEFAULT_REDIS_PORT = 63799;

/** Database name per profile on the embedded PostgreSQL. */
export const PROFILE_DATABASE: Record<Profile, string> = {
  dev: 'inspraak',
  test: 'inspraak_test',
  e2e: 'inspraak_e2e',
  bench: 'inspraak_bench',
};

/** Redis logical database index per profile (same redis-server, separate keyspaces). */
export const PROFILE_REDIS_DB: Record<Profile, number> = { dev: 0, test: 1, e2e: 2, bench: 3 };

/** Credentials of the embedded PostgreSQL (local development only). */
export const EMBEDDED_PG_USER = 'postgres';
export const EMBEDDED_PG_PASSWORD = 'inspraak';

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** Parses a port from an environment variable, falling back to a default. Throws a readable error. */
export function parsePort(raw: string | undefined, envName: string, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StackError(`${envName}=${JSON.stringify(raw)} is not a valid TCP port (1-65535).`);
  }
  return port;
}

export function databaseNameFromUrl(url: string): string {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.pathname.replace(/^\//, ''));
}

/**
 * For an externally given DATABASE_URL: the dev profile uses it as is, the
 * test and e2e profiles use a sibling database `<name>_test` / `<name>_e2e`
 * on the same server (never the developer's own data).
 */
export function deriveDatabaseUrl(url: string, profile: Profile): string {
  if (profile === 'dev') return url;
  const parsed = new URL(url);
  const name = databaseNameFromUrl(url) || PROFILE_DATABASE.dev;
  const suffix = `_${profile}`;
  const derived = name.endsWith(suffix) ? name : `${name}${suffix}`;
  parsed.pathname = `/${encodeURIComponent(derived)}`;
  return parsed.toString();
}

/**
 * For an externally given REDIS_URL: dev uses it as is; test and e2e select
 * their own logical database (1 and 2), so queues never mix with dev data.
 */
export function deriveRedisUrl(url: string, profile: Profile): string {
  if (profile === 'dev') return url;
  const parsed = new URL(url);
  parsed.pathname = `/${PROFILE_REDIS_DB[profile]}`;
  return parsed.toString();
}

export function embeddedDatabaseUrl(port: number, profile: Profile): string {
  return `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${PROFILE_DATABASE[profile]}`;
}

export function embeddedRedisUrl(port: number, profile: Profile): string {
  return `redis://127.0.0.1:${port}/${PROFILE_REDIS_DB[profile]}`;
}

/** The URL with its password replaced, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** The message shown when a port we need is taken by something that is not ours. */
export function portInUseMessage(what: string, port: number, envVar: string): string {
  return (
    `Port ${port} is already in use by another program, so ${what} cannot start there.\n` +
    `  Stop that program, or choose another port: ${envVar}=<free port> (for example ${envVar}=${port + 1}).\n` +
    `  To see who holds it: ss -ltnp 'sport = :${port}'`
  );
}

/** Quotes a PostgreSQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
