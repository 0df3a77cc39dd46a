import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@inspraak/api-core';

// Paths Nest answers itself (the GraphQL API, the health check, calendar feeds, single sign-on); any other GET gets the web app.
const API_PATHS = /^\/(graphql|health|calendar|auth)(\/|$)/;

/**
 * Content-Security-Policy of every answer: everything from our own origin,
 * no inline script, no plugins, no framing, forms post only to us. Component
 * styles are `<style>` elements Angular adds at run time; in the app shell
 * they carry a nonce made per request (Angular's `ngCspNonce`), so styles
 * need no 'unsafe-inline'. Style bindings (`[style.width.%]`) go through the
 * CSSOM, which CSP does not restrict.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** HTTP concerns shared by the server and the integration tests: proxies, keep-alive, security headers, cookies, body size, the web app at `/`. */
export function configureHttp(
  app: NestExpressApplication,
  config: AppConfig,
): void {
  // Without TRUST_PROXY req.ip is the socket's address and req.secure means TLS on the socket itself.
  app.set('trust proxy', config.TRUST_PROXY);
  // Idle keep-alive connections outlive any client's or load balancer's own idle time (60 s is common):
  // a server that closes first can close one in the moment the other side reuses it (ECONNRESET).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_SECONDS * 1000;
  server.headersTimeout = server.keepAliveTimeout + 5000;
  app.disable('x-powered-by');
  // Security headers first, so that every answer has them, also a refusal by the body parser.
  app.use(
    (
      req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
      res.setHeader('X-Frame-Options', 'DENY');
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      // Only over HTTPS (on the socket, or per a proxy TRUST_PROXY names): over plain http browsers ignore it anyway.
      if (req.secure && config.HSTS_MAX_AGE_SECONDS > 0)
        res.setHeader(
          'Strict-Transport-Security',
          `max-age=${config.HSTS_MAX_AGE_SECONDS}`,
        );
      next();
    },
  );
  app.use(cookieParser());
  // A 10,000-row HR export is about 1.5 MB, base64 adds a third.
  app.useBodyParser('json', {
    limit: `${Math.ceil((config.IMPORT_MAX_BYTES * 4) / 3 / 1024 / 1024) + 1}mb`,
  });

  const webRoot = resolve(config.WEB_DIST_DIR);
  const index = join(webRoot, 'index.html');
  if (existsSync(index)) {
    const shell = readFileSync(index, 'utf8');
    const sendShell = (res: express.Response) => {
      const nonce = randomBytes(16).toString('base64');
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
      // A nonce is good for one answer only: never from a cache.
      res.setHeader('Cache-Control', 'no-store');
      res
        .type('html')
        .send(shell.replace('<app-root', `<app-root ngCspNonce="${nonce}"`));
    };
    app.use(
      '/index.html',
      (
        req: express.Request,
        res: express.Response,
        next: express.NextFunction,
      ) => (req.method === 'GET' ? sendShell(res) : next()),
    );
    app.use(express.static(webRoot, { index: false, maxAge: '1h' }));
    // Client-side routes (/directory/...) get the app shell; API paths fall through to Nest.
    app.use(
      (
        req: express.Request,
        res: express.Response,
        next: express.NextFunction,
      ) => {
        if (
          req.method !== 'GET' ||
          API_PATHS.test(req.path) ||
          !req.accepts('html')
        )
          return next();
        sendShell(res);
      },
    );
  }
}
