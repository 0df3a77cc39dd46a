import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PublicAccess, RequestWithActor } from '@inspraak/api-core';
import { OidcSignInService, SsoRefused } from './oidc-sign-in.service';

const refusedTo = (code: string) =>
  `/login?sso_error=${encodeURIComponent(code)}`;

/**
 * The browser's side of single sign-on: `start` sends it to the provider,
 * `callback` takes it back, starts our session and goes to `/`. Every failure
 * lands on the login page with `?sso_error=<CODE>`, never with a stack trace.
 */
@Controller('auth/oidc')
@PublicAccess()
export class OidcController {
  constructor(private readonly signIn: OidcSignInService) {}

  @Get('start')
  async start(
    @Query('email') email: string | undefined,
    @Query('organisation') organisation: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const target = await this.signIn.start(
        {
          email: typeof email === 'string' ? email : undefined,
          organisation:
            typeof organisation === 'string' ? organisation : undefined,
        },
        req,
        res,
      );
      res.redirect(303, target);
    } catch (error) {
      const code = error instanceof SsoRefused ? error.code : 'PROVIDER_ERROR';
      await this.signIn
        .auditRefusal(undefined, code, describeError(error))
        .catch(() => undefined);
      res.redirect(303, refusedTo(code));
    }
  }

  @Get('callback')
  async callback(
    @Req() req: RequestWithActor,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      await this.signIn.callback(req, res);
      res.redirect(303, '/');
    } catch (error) {
      const code = error instanceof SsoRefused ? error.code : 'PROVIDER_ERROR';
      const state =
        typeof req.query['state'] === 'string' ? req.query['state'] : undefined;
      await this.signIn
        .auditRefusal(state, code, describeError(error))
        .catch(() => undefined);
      res.redirect(303, refusedTo(code));
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
