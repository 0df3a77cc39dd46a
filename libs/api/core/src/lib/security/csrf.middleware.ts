import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../auth/session-cookies';

/**
 * Double-submit CSRF protection for the cookie session: every request gets a
 * readable `inspraak_csrf` cookie, and every state-changing request must echo
 * it in the `x-csrf-token` header, which another site cannot read or set.
 * GraphQL queries travel by POST too, so all POSTs are checked.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    let token = readCookie(req, CSRF_COOKIE);
    if (!token) {
      token = randomBytes(24).toString('base64url');
      res.cookie(CSRF_COOKIE, token, {
        httpOnly: false,
        sameSite: 'strict',
        secure: this.config.COOKIE_SECURE,
        path: '/',
      });
    }
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
    const sent = req.header(CSRF_HEADER);
    if (!sent || !readCookie(req, CSRF_COOKIE) || !safeEqual(sent, token)) {
      res.status(403).json({
        errors: [
          {
            message:
              'Missing or invalid CSRF token / Ontbrekend of ongeldig CSRF-token',
            extensions: { code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID' },
          },
        ],
      });
      return;
    }
    next();
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
