import type { RedisOptions } from 'bullmq';

/**
 * Connection settings from a redis:// URL. Producers in the API fail fast when
 * Redis is away (no offline queue) so a request is never held hostage; work
 * recorded in PostgreSQL is picked up again by the worker once Redis returns.
 */
export function redisConnection(
  url: string,
  role: 'producer' | 'worker',
): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectTimeout: 2_000,
  };
}
