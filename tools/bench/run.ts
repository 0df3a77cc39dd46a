/**
 * `npm run bench`: starts PostgreSQL and Redis for the bench profile (its own
 * database, `inspraak_bench`), runs the benchmarks in apps/api/src/bench and
 * stops everything. Figures are medians, printed next to a baseline measured
 * in the same run; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startStack } from '../dev-stack/index';
import { REPO_ROOT } from '../dev-stack/paths';

async function main(): Promise<number> {
  const stack = await startStack({ profile: 'bench' });
  try {
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/jest/bin/jest.js',
        '-c',
        'jest.bench.config.ts',
        '--runInBand',
        ...process.argv.slice(2),
      ],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          DATABASE_URL: stack.databaseUrl,
          REDIS_URL: stack.redisUrl,
          LOG_LEVEL: 'silent',
          // The API measured as it runs in production (graphql-js leaves out its development-time checks then).
          NODE_ENV: 'production',
          ANSWER_SEAL_KEY: randomBytes(32).toString('hex'),
        },
      },
    );
    return result.status ?? 1;
  } finally {
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
