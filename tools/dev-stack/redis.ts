import { spawn, spawnSync } from 'node:child_process';
import { openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isPidAlive, isPortInUse, redisCommand, waitForPidExit, waitForPortFree, waitForPortOpen } from './net';
import {
  LOG_DIR,
  REDIS_DATA_DIR,
  REDIS_PID_FILE,
  clearOwner,
  ensureDir,
  processName,
  readOwner,
  readText,
  writeOwner,
} from './paths';
import { StackError } from './errors';
import type { RunningService } from './postgres';

function findRedisServer(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/** Installs a Debian package when running as root; otherwise explains what to do. */
export function ensureDebianPackage(pkg: string, binary: string, hint: string): void {
  const has = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' });
  if (has.status === 0 && has.stdout.trim()) return;
  if (process.getuid?.() !== 0) {
    throw new StackError(`${binary} is not installed. Install the Debian package: sudo apt-get install -y ${pkg}${hint ? `\n  ${hint}` : ''}`);
  }
  process.stdout.write(`Installing Debian package ${pkg} (apt-get) ...\n`);
  const result = spawnSync(
    'sh',
    ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new StackError(`Installing ${pkg} with apt-get failed (exit ${result.status}).${hint ? `\n  ${hint}` : ''}`);
  }
}

function runningRedis(): number | undefined {
  const pid = Number(readText(REDIS_PID_FILE)?.trim());
  if (!isPidAlive(pid)) return undefined;
  const name = processName(pid);
  if (name && !name.startsWith('redis')) return undefined;
  return pid;
}

async function shutdown(port: number, pid: number | undefined): Promise<void> {
  try {
    await redisCommand(port, ['SHUTDOWN', 'NOSAVE']);
  } catch {
    /* the connection drops on shutdown */
  }
  // Long waits that end as soon as Redis is gone: on a busy machine it takes longer to exit.
  if (pid !== undefined && !(await waitForPidExit(pid, 30_000))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    await waitForPidExit(pid, 10_000);
  }
  if (!(await waitForPortFree(port, 30_000))) {
    throw new StackError(`Redis was stopped but port ${port} is still in use.`);
  }
  rmSync(REDIS_PID_FILE, { force: true });
}

/** Starts (or joins) the project's redis-server on the given port. */
export async function startRedis(port: number, log: (m: string) => void): Promise<RunningService> {
  const existing = runningRedis();
  if (existing !== undefined) {
    let pong: string | null = null;
    try {
      pong = await redisCommand(port, ['PING']);
    } catch {
      pong = null;
    }
    if (pong !== '+PONG') {
      throw new StackError(
        `The project's redis-server (pid ${existing}, .data/redis/redis.pid) is running but does not answer on port ${port}.\n` +
          `  Use its port via INSPRAAK_REDIS_PORT, or stop it: kill ${existing}`,
      );
    }
    const owner = readOwner('redis');
    if (owner !== undefined && owner.pid !== process.pid && isPidAlive(owner.pid)) {
      log(`Redis: sharing the server on port ${port} started by launcher pid ${owner.pid}.`);
      return { owned: false, stop: async () => undefined };
    }
    log(`Redis: adopting the server left running on port ${port} (pid ${existing}).`);
    writeOwner('redis', port);
    return {
      owned: true,
      stop: async () => {
        await shutdown(port, existing);
        clearOwner('redis');
      },
    };
  }

  if (await isPortInUse(port)) {
    throw new StackError(
      `Redis: port ${port} is already in use by another program, so the project's redis-server cannot start there.\n` +
        `  Stop that program, or choose another port: INSPRAAK_REDIS_PORT=<free port> (for example INSPRAAK_REDIS_PORT=${port + 1}),\n` +
        `  or use your own server: REDIS_URL=redis://host:6379\n` +
        `  To see who holds it: ss -ltnp 'sport = :${port}'`,
    );
  }

  if (!findRedisServer()) {
    ensureDebianPackage('redis-server', 'redis-server', 'Or point the app at an existing Redis: REDIS_URL=redis://host:6379');
  }
  const binary = findRedisServer();
  if (!binary) throw new StackError('redis-server is still not on PATH after installing it.');

  ensureDir(REDIS_DATA_DIR);
  ensureDir(LOG_DIR);
  const out = openSync(join(LOG_DIR, 'redis.log'), 'a');
  const child = spawn(
    binary,
    [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--save', '',
      '--appendonly', 'no',
      '--daemonize', 'no',
      '--dir', REDIS_DATA_DIR,
      '--pidfile', REDIS_PID_FILE,
    ],
    // Own process group: a Ctrl-C at the terminal reaches the launcher, which then shuts Redis down in order.
    { stdio: ['ignore', out, out], detached: true },
  );
  child.unref();
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  // A minute for each wait: redis-server starts in milliseconds on a quiet machine, but a busy one may
  // not schedule it for a while; the waits end as soon as it answers.
  const open = await waitForPortOpen(port, 60_000);
  if (!open || exited) {
    throw new StackError(`redis-server did not start on port ${port}. See .data/logs/redis.log.`);
  }
  // Wait until it answers (it accepts connections slightly before it is ready).
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    const pong = await redisCommand(port, ['PING']).catch(() => null);
    if (pong === '+PONG') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  writeOwner('redis', port);
  const pid = child.pid;
  log(`Redis: started redis-server on port ${port} (pid ${pid}).`);
  return {
    owned: true,
    stop: async () => {
      await shutdown(port, pid);
      clearOwner('redis');
    },
  };
}
