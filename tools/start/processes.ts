import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { isPortInUse, waitForPortFree } from '../dev-stack/net';
import { DATA_DIR, REPO_ROOT } from '../dev-stack/paths';
import { StackError } from '../dev-stack/errors';

export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

export interface RunResult {
  code: number;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/** Runs a command to completion with inherited output (or a custom stdio), with an optional timeout. */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { timeoutMs?: number; label?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...NX_ENV, ...(options.env ?? {}) },
      detached: true, // own process group so a timeout can end the whole tree
    });
    trackChild(child);
    let timedOut = false;
    const timeoutMs = options.timeoutMs;
    const timer =
      timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            process.stderr.write(`\n[${options.label ?? command}] timed out after ${Math.round(timeoutMs / 1000)} s; stopping it.\n`);
            killTree(child, 'SIGTERM');
            setTimeout(() => killTree(child, 'SIGKILL'), 5000).unref();
          }, timeoutMs)
        : undefined;
    child.on('error', (err) => {
      process.stderr.write(`[${options.label ?? command}] could not start: ${err.message}\n`);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), signal, timedOut });
    });
  });
}

const children = new Set<ChildProcess>();

function trackChild(child: ChildProcess): void {
  children.add(child);
  child.on('exit', () => children.delete(child));
}

export function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* gone */
    }
  }
}

// Last resort: never leave servers behind when this process exits.
process.on('exit', () => {
  for (const child of children) killTree(child, 'SIGKILL');
});

export interface AppOptions {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  /** Where output goes: 'inherit' (terminal) or a prefixer. */
  extraEnv?: NodeJS.ProcessEnv;
  /**
   * The API's and worker's whole log (JSON lines) goes to this file as well;
   * the terminal then shows only warnings, errors and what is not JSON.
   */
  logFile?: string;
}

export interface RunningApps {
  url: string;
  stop(): Promise<void>;
}

export const DIST = {
  apiMain: 'dist/apps/api/main.js',
  apiCli: 'dist/apps/api/cli.js',
  workerMain: 'dist/apps/worker/main.js',
  webDist: 'dist/apps/web/browser',
};

/**
 * The key that seals survey answers waiting in the inbox, for the stack this
 * machine runs: ANSWER_SEAL_KEY when set, otherwise one made once and kept
 * beside the local data (`.data/answer-seal.key`, outside the database), so
 * after a restart the worker can still open what waits.
 */
export function localAnswerSealKey(): string {
  const given = process.env['ANSWER_SEAL_KEY']?.trim();
  if (given) return given;
  const file = join(DATA_DIR, 'answer-seal.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export function appEnv(options: AppOptions): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    ANSWER_SEAL_KEY: localAnswerSealKey(),
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    PORT: String(options.port),
    WEB_DIST_DIR: join(REPO_ROOT, DIST.webDist),
    ...options.extraEnv,
  };
}

export function requireDist(file: string): void {
  if (!existsSync(join(REPO_ROOT, file))) {
    throw new StackError(`${file} does not exist: the build did not produce it.`);
  }
}

/** Builds api, worker and web with Nx. */
export function buildApps(timeoutMs?: number): Promise<RunResult> {
  return run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--outputStyle=static'], {
    timeoutMs,
    label: 'build',
  });
}

/**
 * Runs `node dist/apps/api/cli.js <command>` against the stack. No time limit unless one is given: a
 * migration or seed on a busy machine is slow, not broken (a hang is stopped by the caller's limit or Ctrl-C).
 */
export function apiCli(command: string, options: AppOptions, timeoutMs?: number): Promise<RunResult> {
  requireDist(DIST.apiCli);
  return run(process.execPath, [DIST.apiCli, command], { env: appEnv(options), timeoutMs, label: command });
}

/** How long one /health probe may take before it counts as not answered (the loop then asks again). */
const HEALTH_PROBE_MS = 30_000;

/**
 * Waits until `url` answers 200. An API that exits fails at once (isAlive); one that is alive but slow
 * to boot, as on a busy machine, is waited for up to `timeoutMs`, which callers keep in minutes.
 */
export async function waitForHealth(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new StackError(`The API exited before ${url} answered.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(HEALTH_PROBE_MS) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new StackError(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last}).`);
}

/**
 * Starts the built API and worker as child processes and waits for /health: by default up to ten
 * minutes, since an API that booted in seconds on a quiet machine can take minutes on a busy one.
 */
export async function startApps(options: AppOptions, healthTimeoutMs = 10 * 60_000): Promise<RunningApps> {
  if (await isPortInUse(options.port)) {
    throw new StackError(
      `Port ${options.port} is already in use by another program, so the API cannot start there.\n` +
        `  Stop that program, or choose another port: PORT=<free port> (for example PORT=${options.port + 1}).\n` +
        `  To see who holds it: ss -ltnp 'sport = :${options.port}'`,
    );
  }
  requireDist(DIST.apiMain);
  requireDist(DIST.workerMain);
  const env = { ...process.env, ...appEnv(options) };
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const spawnApp = (file: string) => {
    const child = spawn(process.execPath, [file], {
      cwd: REPO_ROOT,
      env,
      stdio: log ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      detached: true,
    });
    trackChild(child);
    if (log && child.stdout) teeLog(child.stdout, log);
    return child;
  };
  const api = spawnApp(DIST.apiMain);
  const worker = spawnApp(DIST.workerMain);
  const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

  const stopChild = async (child: ChildProcess) => {
    if (!alive(child)) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killTree(child, 'SIGTERM');
    const timer = setTimeout(() => killTree(child, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all([stopChild(worker), stopChild(api)]);
      log?.end();
      if (!(await waitForPortFree(options.port, 5000))) {
        throw new StackError(`The API was stopped but port ${options.port} is still in use.`);
      }
    })());

  const url = `http://localhost:${options.port}`;
  try {
    await waitForHealth(`${url}/health`, healthTimeoutMs, () => alive(api));
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { url, stop };
}

/** Copies every line to the log file; echoes to the terminal what is not an ordinary pino line below warn (level 40). */
function teeLog(output: Readable, log: WriteStream): void {
  createInterface({ input: output, crlfDelay: Infinity }).on('line', (line) => {
    log.write(`${line}\n`);
    let level = Number.POSITIVE_INFINITY;
    try {
      level = Number((JSON.parse(line) as { level?: unknown }).level ?? level);
    } catch {
      /* not JSON: show it */
    }
    if (!(level < 40)) process.stdout.write(`${line}\n`);
  });
}

/** Sends a signal to every command and app started through this module. */
export function killAllChildren(signal: NodeJS.Signals): void {
  for (const child of children) killTree(child, signal);
}
