import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';
import { redactUrl } from './redact-url';

/**
 * Structured JSON logs; every line of a request carries its request id (taken
 * from `x-request-id` or made up). A finished request is logged at `debug`
 * when it succeeded, `info` for a 4xx answer (a client's mistake or a probe)
 * and `error` for a 5xx or a failure: at the default level `info` a
 * production log holds what needs a look, not every click. URLs are logged
 * with their secrets (calendar feed, one-time links, query values) replaced.
 */
export function loggerOptions(config: Pick<AppConfig, 'LOG_LEVEL'>): Params {
  const pinoHttp: Options = {
    level: config.LOG_LEVEL,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
          ? incoming
          : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
    ],
    autoLogging: { ignore: (req) => req.url === '/health' },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500
        ? 'error'
        : res.statusCode >= 400
          ? 'info'
          : 'debug',
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
    },
  };
  return { pinoHttp };
}
