import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs the built API's command line (`node dist/apps/api/cli.js …`) as an
 * operator would, against the database of the app under test (the runner
 * passes DATABASE_URL, REDIS_URL and the SMTP_URL of its mail catcher; links
 * point at BASE_URL); `env` overrides.
 */
export async function apiCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl)
    throw new Error(
      'DATABASE_URL is not set: run the browser tests through npm test',
    );
  const { stdout } = await run(
    process.execPath,
    [
      join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'api', 'cli.js'),
      ...args,
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PUBLIC_URL: process.env['BASE_URL'] ?? 'http://localhost:3100',
        LOG_LEVEL: 'warn',
        ...env,
      },
      // Ten minutes: the command is slow on a busy machine, not broken.
      timeout: 10 * 60_000,
    },
  );
  return stdout;
}
