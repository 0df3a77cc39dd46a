import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp, { type Options } from 'pino-http';
import { loggerOptions } from './logger-options';

/** A server that answers every request with the status in its path (`/status/404`), logging through our options. */
async function loggingServer(level: 'info' | 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const logger = pinoHttp(
    loggerOptions({ LOG_LEVEL: level }).pinoHttp as Options,
    stream,
  );
  const server: Server = createServer((req, res) => {
    logger(req, res);
    res.statusCode = Number(/\/status\/(\d+)/.exec(req.url ?? '')?.[1] ?? 200);
    res.end('done');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    lines,
    get: async (path: string, headers: Record<string, string> = {}) => {
      await (await fetch(`${base}${path}`, { headers })).text();
      // pino writes after the response finishes.
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('request logs', () => {
  const token = 'kX3_9fQ-ab12cd34ef56gh78ij90kl12mn34op56qr7';

  it('log a successful request only at debug, a client error at info, a server error at error', async () => {
    const server = await loggingServer('info');
    try {
      await server.get('/status/200');
      await server.get('/status/404');
      await server.get('/status/503');
      expect(
        server.lines.map((line) => [
          (line['req'] as { url: string }).url,
          line['level'],
        ]),
      ).toEqual([
        ['/status/404', 30],
        ['/status/503', 50],
      ]);
    } finally {
      await server.close();
    }
  });

  it('never write a feed token, a one-time link, a login code or a cookie', async () => {
    const server = await loggingServer('debug');
    try {
      await server.get(`/calendar/${token}.ics`, {
        cookie: `inspraak_session=${token}`,
        'x-csrf-token': token,
      });
      await server.get(`/s/${token}`);
      await server.get(`/auth/oidc/callback?code=${token}&state=${token}`);
      expect(server.lines).toHaveLength(3);
      const written = JSON.stringify(server.lines);
      expect(written).not.toContain(token);
      expect(written).toContain('/calendar/[redacted]');
    } finally {
      await server.close();
    }
  });
});
