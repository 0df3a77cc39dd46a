import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './smtp-receiver';

/**
 * Servers a fault test may kill and restart without disturbing the shared
 * test stack: each on its own free port, owned by the test that started it.
 */

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on the port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** Sends SIGKILL and waits until the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  child.kill('SIGKILL');
  await exited;
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** Kills the server (no goodbye to clients) and starts an empty one on the same port. */
  restartEmpty(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server that keeps nothing on disk, like the embedded one of the dev stack. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    await eventually(() => listening(port), 60_000);
  };
  const stop = async () => {
    if (server) await killHard(server);
    await eventually(async () => !(await listening(port)), 60_000);
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    restartEmpty: async () => {
      await stop();
      await start();
    },
    stop,
  };
}

export interface PrivatePostgres {
  url: string;
  /** `pg_ctl stop -m immediate`: as a crash, no checkpoint, every connection cut. */
  crash(): void;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops the server for good and removes its data. */
  stop(): Promise<void>;
}

/** Runs a PostgreSQL program as the `postgres` user (the server refuses to run as root). */
function asPostgres(program: string, args: string[]): void {
  const result = spawnSync(
    'runuser',
    ['-u', 'postgres', '--', program, ...args],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(
      `${program} ${args.join(' ')} failed: ${result.stderr}${result.stdout}`,
    );
}

/** A PostgreSQL cluster of its own in a temporary folder (the machine's PostgreSQL binaries), trust authentication on 127.0.0.1. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'inspraak-pg-'));
  spawnSync('chown', ['postgres:', dir]);
  const data = join(dir, 'data');
  asPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
  ]);
  const start = async () => {
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '120',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
    await eventually(() => listening(port), 60_000);
  };
  const stopNow = () =>
    asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    crash: stopNow,
    stop: async () => {
      try {
        stopNow();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
