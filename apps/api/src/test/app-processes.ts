import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './smtp-receiver';
import { freePort, killHard } from './private-services';

/**
 * The built API and worker as real processes (as `npm start` and production
 * run them), for tests that kill them or run two of each: what one process
 * keeps in memory another cannot see, and kill -9 gives no chance to clean up.
 */

const REPO_ROOT = join(__dirname, '../../../..');
const API_MAIN = join(REPO_ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = join(REPO_ROOT, 'dist/apps/worker/main.js');

let built: Promise<void> | undefined;

/**
 * Builds the API and the worker once per test file. Always through Nx (a
 * cache hit when nothing changed): a dist left over from other sources would
 * test other code.
 */
export function buildAppsOnce(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(
      'npx',
      [
        'nx',
        'run-many',
        '-t',
        'build',
        '-p',
        'api',
        'worker',
        '--outputStyle=static',
      ],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NX_DAEMON: 'false',
          NX_NO_CLOUD: 'true',
          NX_TUI: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => {
      if (code === 0 && existsSync(API_MAIN) && existsSync(WORKER_MAIN))
        resolve();
      else
        reject(
          new Error(
            `nx build api worker failed (${code}):\n${output.join('').slice(-4000)}`,
          ),
        );
    });
  });
  return built;
}

export interface AppProcess {
  /** `http://127.0.0.1:<port>` for an API; empty for a worker. */
  url: string;
  /** The last output lines, for a failure message. */
  output(): string;
  alive(): boolean;
  /** SIGKILL: no shutdown hooks, open transactions are cut off. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it does not end within 30 seconds. */
  stop(): Promise<void>;
}

export interface AppEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  [key: string]: string;
}

function spawnApp(
  main: string,
  env: Record<string, string>,
): {
  child: ChildProcess;
  output: () => string;
  started: () => boolean;
} {
  const lines: string[] = [];
  let started = false;
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEV_OUTBOX: 'true',
      COOKIE_SECURE: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    if (chunk.toString().includes('Inspraak worker started')) started = true;
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => lines.join('\n'), started: () => started };
}

function handle(
  child: ChildProcess,
  output: () => string,
  url: string,
): AppProcess {
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    output,
    alive,
    kill: () => killHard(child),
    stop: async () => {
      if (!alive()) return;
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => resolve()),
      );
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts `node dist/apps/api/main.js` on a free port and waits until /health answers. */
export async function startApiProcess(
  env: AppEnv,
  port?: number,
): Promise<AppProcess> {
  const listenOn = port ?? (await freePort());
  const { child, output } = spawnApp(API_MAIN, {
    ...env,
    PORT: String(listenOn),
  });
  const api = handle(child, output, `http://127.0.0.1:${listenOn}`);
  try {
    await eventually(async () => {
      if (!api.alive()) throw new Error(`the API exited:\n${output()}`);
      const response = await fetch(`${api.url}/health`).catch(() => null);
      return response?.status === 200;
    }, 120_000);
  } catch (error) {
    await api.kill();
    throw error;
  }
  return api;
}

/** Starts `node dist/apps/worker/main.js` and waits until it says it started. */
export async function startWorkerProcess(env: AppEnv): Promise<AppProcess> {
  const { child, output, started } = spawnApp(WORKER_MAIN, {
    LOG_LEVEL: 'info',
    ...env,
  });
  const worker = handle(child, output, '');
  try {
    await eventually(() => {
      if (!worker.alive()) throw new Error(`the worker exited:\n${output()}`);
      return started();
    }, 120_000);
  } catch (error) {
    await worker.kill();
    throw error;
  }
  return worker;
}
