import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@inspraak/api-core';

// Paths Nest answers itself (the GraphQL API, the health check, calendar feeds, single sign-on); any other GET gets the web app.
const API_PATHS = /^\/(graphql|health|calendar|auth)(\/|$)/;

/** HTTP concerns shared by the server and the integration tests: cookies, body size, the web app at `/`. */
export function configureHttp(
  app: NestExpressApplication,
  config: AppConfig,
): void {
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(cookieParser());
  // A 10,000-row HR export is about 1.5 MB, base64 adds a third.
  app.useBodyParser('json', {
    limit: `${Math.ceil((config.IMPORT_MAX_BYTES * 4) / 3 / 1024 / 1024) + 1}mb`,
  });
  app.use(
    (
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
      res.setHeader('X-Frame-Options', 'DENY');
      next();
    },
  );

  const webRoot = resolve(config.WEB_DIST_DIR);
  const index = join(webRoot, 'index.html');
  if (existsSync(index)) {
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
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      },
    );
  }
}
