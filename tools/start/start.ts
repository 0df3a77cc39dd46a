/**
 * `npm start`: dev stack (embedded PostgreSQL + Redis) → build → migrate →
 * seed-demo → API + worker on PORT (default 3000). Ctrl-C stops everything.
 * `npm start -- --no-demo` (or INSPRAAK_DEMO=false) skips the demo: set up a
 * real organisation with `node dist/apps/api/cli.js setup-organisation …`.
 * `npm start -- --empty` (or INSPRAAK_DEMO=empty) seeds the demo organisation
 * with its directory and six logins only, without the pool, trajectories,
 * surveys and procedures the demo otherwise shows.
 */
import { parsePort } from '../dev-stack/config';
import { StackError, startStack, type Stack } from '../dev-stack/index';
import { isPortInUse } from '../dev-stack/net';
import {
  apiCli,
  buildApps,
  killAllChildren,
  startApps,
  type RunningApps,
} from './processes';

const say = (message: string) => process.stdout.write(`[start] ${message}\n`);

let stack: Stack | undefined;
let apps: RunningApps | undefined;
let stopping = false;

async function shutdown(reason: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`${reason}: stopping ...`);
  killAllChildren('SIGTERM'); // a build or migration still running
  try {
    await apps?.stop();
    await stack?.stop();
    say('Stopped; ports are free.');
  } catch (err) {
    process.stderr.write(
      `[start] stopping failed: ${(err as Error).message}\n`,
    );
    code = code || 1;
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT, 'PORT', 3000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(signal, 0));
  }

  // Fail fast on a taken app port, before the slow steps.
  if (await isPortInUse(port)) {
    throw new StackError(
      `Port ${port} is already in use by another program, so the API cannot start there.\n` +
        `  Stop that program, or choose another port: PORT=<free port> (for example PORT=${port + 1}).`,
    );
  }

  say('Starting PostgreSQL and Redis (profile dev) ...');
  stack = await startStack({ profile: 'dev' });

  const fail = async (message: string) => {
    process.stderr.write(`\n[start] ${message}\n`);
    await shutdown('error', 1);
  };

  if (process.argv.includes('--skip-build')) {
    say('Skipping the build (--skip-build): using what is in dist/.');
  } else {
    say('Building api, worker and web (nx run-many -t build) ...');
    const build = await buildApps();
    if (stopping) return;
    if (build.code !== 0)
      return fail(
        `The build failed (exit ${build.code}); see the output above.`,
      );
  }

  const demo = wantsDemo(process.argv, process.env);
  const mail = mailEnv(demo, process.env);
  if (mail.refused) return fail(mail.refused);
  if (mail.env.DEV_OUTBOX)
    say(
      'No SMTP_URL: mail for the demo is kept in the development outbox (DEV_OUTBOX=true; /outbox, without one-time links).',
    );
  const appOptions = {
    databaseUrl: stack.databaseUrl,
    redisUrl: stack.redisUrl,
    port,
    extraEnv: {
      // Plain http on this machine: production sends cookies only over HTTPS unless told otherwise,
      // and some browsers (Safari) refuse such cookies from http://localhost. Serving it over HTTPS? Set COOKIE_SECURE=true.
      COOKIE_SECURE: process.env['COOKIE_SECURE'] || 'false',
      ...mail.env,
    },
  };
  say('Running migrations ...');
  const migrate = await apiCli('migrate', appOptions);
  if (stopping) return;
  if (migrate.code !== 0)
    return fail(`Migrations failed (exit ${migrate.code}).`);

  if (demo) {
    const empty = process.argv.includes('--empty');
    say(
      empty
        ? 'Seeding the empty demo: directory and logins only (--empty) ...'
        : 'Seeding demo data (only the directory and logins with --empty or INSPRAAK_DEMO=empty; skip with --no-demo or INSPRAAK_DEMO=false) ...',
    );
    // The command reads INSPRAAK_DEMO=empty itself; --empty passes it on.
    const seed = await apiCli(
      'seed-demo',
      empty
        ? {
            ...appOptions,
            extraEnv: { ...appOptions.extraEnv, INSPRAAK_DEMO: 'empty' },
          }
        : appOptions,
    );
    if (stopping) return;
    if (seed.code !== 0)
      return fail(`Seeding the demo data failed (exit ${seed.code}).`);
  } else {
    say('Not seeding the demo (--no-demo / INSPRAAK_DEMO=false).');
  }

  say(`Starting the API (port ${port}) and the worker ...`);
  apps = await startApps(appOptions);
  if (stopping) return;

  const line = '='.repeat(64);
  process.stdout.write(`\n${line}\n  Inspraak is running: ${apps.url}\n  `);
  if (demo) await apiCli('demo-logins', appOptions);
  else
    process.stdout.write(
      'No demo. Set up an organisation and invite its first advisor (the link is printed, and kept in the outbox without SMTP_URL):\n' +
        '    node dist/apps/api/cli.js setup-organisation \\\n' +
        '      --name "<organisation>" --advisor-email <e-mail> --advisor-first-name <name> --advisor-last-name <name>\n',
    );
  process.stdout.write(
    `  GraphQL: ${apps.url}/graphql   Health: ${apps.url}/health\n` +
      `  Data: .data/ (PostgreSQL ${stack.databaseUrl.replace(/:[^:@/]*@/, ':***@')}, Redis ${stack.redisUrl})\n` +
      `  Press Ctrl-C to stop.\n${line}\n\n`,
  );
}

/**
 * How the started processes send mail. With SMTP_URL: through it. For the
 * demo without SMTP_URL: the development outbox, switched on explicitly
 * (DEV_OUTBOX=true), since the API and worker refuse to start without one of
 * the two. Without the demo the outbox is only used when DEV_OUTBOX is set
 * already; otherwise the launcher stops with what to set.
 */
export function mailEnv(
  demo: boolean,
  env: NodeJS.ProcessEnv,
): { env: NodeJS.ProcessEnv; refused?: string } {
  if (env['SMTP_URL']) return { env: {} };
  const outbox = env['DEV_OUTBOX']?.trim().toLowerCase();
  if (outbox === 'true' || outbox === '1') return { env: {} };
  if (demo && outbox === undefined) return { env: { DEV_OUTBOX: 'true' } };
  return {
    env: {},
    refused:
      'No SMTP_URL, and the development outbox is not switched on: the API and worker would not start. ' +
      'Set SMTP_URL=smtp://user:password@host:port to send mail, or DEV_OUTBOX=true to keep it in the development outbox on this machine.',
  };
}

/** The demo is seeded unless `--no-demo` is given or INSPRAAK_DEMO is false/0/no. */
export function wantsDemo(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): boolean {
  if (argv.includes('--no-demo')) return false;
  const value = env['INSPRAAK_DEMO']?.trim().toLowerCase();
  return !(value === 'false' || value === '0' || value === 'no');
}

main().catch(async (err: unknown) => {
  if (err instanceof StackError)
    process.stderr.write(`\n[start] ${err.message}\n`);
  else
    process.stderr.write(
      `\n[start] ${err instanceof Error ? err.stack : String(err)}\n`,
    );
  await shutdown('error', 1);
});
