import type { Request, Response } from 'express';
import type { Actor } from './actor';

export const SESSION_COOKIE = 'inspraak_session';
export const CSRF_COOKIE = 'inspraak_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface RequestWithActor extends Request {
  /** undefined: not looked up yet; null: looked up, nobody logged in. */
  actor?: Actor | null;
}

export interface GraphqlContext {
  req: RequestWithActor;
  res: Response;
}

export function readCookie(req: Request, name: string): string | undefined {
  const cookies = (req as Request & { cookies?: Record<string, string> })
    .cookies;
  const value = cookies?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
