import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The whole runtime configuration, read once from the environment at start.
 * Defaults run the embedded stack that `npm start` launches; anything that is
 * set but wrong stops the process with one line per bad variable.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Express's `trust proxy` values we accept: false, a hop count, or addresses/subnets/names separated by commas. */
function isTrustProxy(value: string): boolean {
  if (value === 'false' || /^\d+$/.test(value)) return true;
  return value.split(',').every((part) => {
    const item = part.trim();
    if (TRUST_PROXY_NAMES.has(item)) return true;
    const [address, prefix, extra] = item.split('/');
    return (
      extra === undefined &&
      isIP(address ?? '') !== 0 &&
      (prefix === undefined || /^\d{1,3}$/.test(prefix))
    );
  });
}

const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to listen on: this machine only by default; 0.0.0.0 in a container. */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres:inspraak@127.0.0.1:54329/inspraak'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:63799/0'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /**
   * Cookies only over HTTPS (the `Secure` flag) for the session, the CSRF
   * token and the single sign-on attempt. Unset: on in production, off
   * otherwise; `false` in production only for a plain-http demo on this
   * machine (`npm start` does that).
   */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /**
   * Strict-Transport-Security max-age in seconds, sent on requests that came
   * over HTTPS (directly, or per a trusted proxy's X-Forwarded-Proto; see
   * TRUST_PROXY). 0 sends none.
   */
  HSTS_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(365 * 24 * 3600),
  /**
   * How long the server keeps an idle keep-alive connection open. Longer than
   * any client's or load balancer's idle time in front of it (60 s is common),
   * so it is never the server that closes a connection the other side is
   * about to reuse (ECONNRESET).
   */
  HTTP_KEEP_ALIVE_SECONDS: z.coerce.number().int().min(1).max(3600).default(65),
  /**
   * Which proxies may tell the client address and scheme (X-Forwarded-For,
   * X-Forwarded-Proto), in Express's `trust proxy` syntax: an address, a
   * subnet, `loopback`, `uniquelocal` or a hop count. It feeds the login limit
   * per address, so the default trusts no one: any program on the host (or a
   * proxy that passes the header through) could otherwise pose as a new
   * address for every guess. `false`/`0` and unset mean the socket's address.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((value) => value !== 'true', {
      message:
        "'true' would believe every client's X-Forwarded-For; name the proxy (address, subnet, loopback, uniquelocal) or the number of proxies in front",
    })
    .refine(isTrustProxy, {
      message:
        'must be false, a number of proxies, or comma-separated addresses/subnets (or loopback, linklocal, uniquelocal)',
    })
    .transform((value): false | number | string =>
      value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
    ),
  /** smtp://user:pass@host:port (or smtps://). Unset: the processes refuse to start unless DEV_OUTBOX is on (see `assertMailDelivery`). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /**
   * Development only: without SMTP_URL, keep mail in the development outbox
   * the advisor reads in the app (one-time links and survey recipients
   * hidden). Off unless set explicitly; `npm start` sets it for the demo, the
   * Docker image never does. Ignored when SMTP_URL is set.
   */
  DEV_OUTBOX: booleanFromEnv.default(false),
  MAIL_FROM: z.string().default('Inspraak <no-reply@inspraak.local>'),
  /** Address of the web app in links inside e-mails. */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Days an account invitation's link works. */
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Account invitation mails the workers send per second, together (BullMQ's limiter, averaged over a batch of 50). */
  INVITATION_MAILS_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(50),
  WEB_DIST_DIR: z.string().default('dist/apps/web/browser'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(5000),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Several colleagues may share one office address, so an IP gets more room than an account. */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * How often the worker checks that its scheduled jobs are still in Redis
   * (and puts back any an emptied Redis lost) and renews its heartbeat;
   * `/health` reports the schedules down after three missed checks.
   */
  SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  /** An import still RUNNING this long after its last progress, with no job left in Redis, is marked FAILED. */
  IMPORT_STALE_MINUTES: z.coerce.number().int().min(1).default(30),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  /** 32 bytes as 64 hex characters (`openssl rand -hex 32`): encrypts identity-provider client secrets stored in the database (AES-256-GCM). */
  SSO_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional(),
  /**
   * 32 bytes as 64 hex characters (`openssl rand -hex 32`): seals survey
   * answers while they wait in the inbox (AES-256-GCM), so a database reader
   * cannot tie a waiting answer to the link's use written beside it.
   * Required in production; development and tests fall back to a fixed,
   * public key.
   */
  ANSWER_SEAL_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional(),
});

type ParsedConfig = z.infer<typeof configSchema>;

/** Every environment variable the API, worker and CLI read; the README's configuration table documents each. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(
  configSchema.shape,
);

export type AppConfig = Omit<ParsedConfig, 'COOKIE_SECURE'> & {
  COOKIE_SECURE: boolean;
};

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as they do in most .env tooling.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigValidationError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        const shown =
          value === undefined
            ? ''
            : ` (got "${value.replace(/\/\/[^@/]*@/, '//***@')}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.ANSWER_SEAL_KEY)
    throw new ConfigValidationError([
      'ANSWER_SEAL_KEY: required in production (64 hex characters, `openssl rand -hex 32`): it seals survey answers waiting in the inbox; keep it outside the database and its backups',
    ]);
  return {
    ...parsed.data,
    COOKIE_SECURE:
      parsed.data.COOKIE_SECURE ?? parsed.data.NODE_ENV === 'production',
  };
}

export const MAIL_NOT_CONFIGURED =
  'Inspraak cannot send e-mail: SMTP_URL is not set. Set SMTP_URL=smtp://user:password@host:port ' +
  '(or smtps://) to send mail (invitations, one-time survey links, password resets) through your mail server. ' +
  'Only for development or a demo on this machine, set DEV_OUTBOX=true instead: mail is then kept in the ' +
  'development outbox, which the advisor reads in the app (with one-time links and survey recipients hidden). ' +
  '`npm start` does that for the demo; the Docker image and docker-compose.yml never do.';

/**
 * Without a mail server a process that sends mail (the API, the worker, the
 * set-up command) has nowhere safe to put it: the development outbox is
 * readable in the app, so in production the advisor could read everyone's
 * mail. Hence no silent fallback: the outbox must be asked for.
 */
export class MailNotConfiguredError extends ConfigValidationError {
  constructor() {
    super([MAIL_NOT_CONFIGURED]);
    this.message = MAIL_NOT_CONFIGURED;
  }
}

/** How mail leaves: by SMTP, or into the development outbox when it is switched on; otherwise throws `MailNotConfiguredError`. */
export function assertMailDelivery(config: AppConfig): 'SMTP' | 'OUTBOX' {
  if (config.SMTP_URL) return 'SMTP';
  if (config.DEV_OUTBOX) return 'OUTBOX';
  throw new MailNotConfiguredError();
}

export const APP_CONFIG = Symbol('APP_CONFIG');
