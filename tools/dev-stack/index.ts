import {
  DEFAULT_PG_PORT,
  DEFAULT_REDIS_PORT,
  PROFILE_DATABASE,
  type Profile,
  deriveDatabaseUrl,
  deriveRedisUrl,
  embeddedDatabaseUrl,
  embeddedRedisUrl,
  isProfile,
  parsePort,
} from './config';
import { StackError } from './errors';
import { ensureDatabase, startEmbeddedPostgres, type RunningService } from './postgres';
import { startRedis } from './redis';

export { StackError } from './errors';
export type { Profile } from './config';

export interface StackOptions {
  profile: Profile;
  /** Progress messages; defaults to stderr with a "[stack]" prefix. */
  log?: (message: string) => void;
  /** Environment to read DATABASE_URL, REDIS_URL and the port overrides from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface Stack {
  databaseUrl: string;
  redisUrl: string;
  /** Stops what this call started (servers shared with another running launcher stay up). Idempotent. */
  stop(): Promise<void>;
}

const defaultLog = (message: string) => process.stderr.write(`[stack] ${message}\n`);

/**
 * Starts PostgreSQL and Redis for a profile, or uses DATABASE_URL / REDIS_URL
 * when they are set. See docs/running.md.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { profile } = options;
  if (!isProfile(profile)) throw new StackError(`Unknown profile ${JSON.stringify(profile)}: use dev, test or e2e.`);
  const env = options.env ?? process.env;
  const log = options.log ?? defaultLog;
  const started: RunningService[] = [];

  const stopAll = async () => {
    const errors: string[] = [];
    // Redis first (fast), PostgreSQL last.
    for (const service of [...started].reverse()) {
      try {
        await service.stop();
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
    started.length = 0;
    if (errors.length) throw new StackError(errors.join('\n'));
  };

  try {
    let databaseUrl: string;
    if (env.DATABASE_URL) {
      databaseUrl = deriveDatabaseUrl(env.DATABASE_URL, profile);
      log(`PostgreSQL: using DATABASE_URL (profile ${profile}).`);
    } else {
      const pgPort = parsePort(env.INSPRAAK_PG_PORT, 'INSPRAAK_PG_PORT', DEFAULT_PG_PORT);
      started.push(await startEmbeddedPostgres(pgPort, log));
      databaseUrl = embeddedDatabaseUrl(pgPort, profile);
    }
    await ensureDatabase(databaseUrl);
    log(`PostgreSQL: database ${new URL(databaseUrl).pathname.slice(1) || PROFILE_DATABASE[profile]} ready.`);

    let redisUrl: string;
    if (env.REDIS_URL) {
      redisUrl = deriveRedisUrl(env.REDIS_URL, profile);
      log(`Redis: using REDIS_URL (profile ${profile}).`);
    } else {
      const redisPort = parsePort(env.INSPRAAK_REDIS_PORT, 'INSPRAAK_REDIS_PORT', DEFAULT_REDIS_PORT);
      started.push(await startRedis(redisPort, log));
      redisUrl = embeddedRedisUrl(redisPort, profile);
    }

    let stopping: Promise<void> | undefined;
    return {
      databaseUrl,
      redisUrl,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
}
