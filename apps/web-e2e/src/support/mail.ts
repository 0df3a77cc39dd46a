import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/** One mail as the runner's mail catcher wrote it (tools/test/mail-catcher.ts). */
export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Every mail the app sent, in order: the runner starts a real SMTP server
 * for the API, the worker and the command line and passes its file as
 * E2E_MAIL_FILE. (The development outbox keeps no usable one-time link.)
 */
export function sentMails(): SentMail[] {
  const file = process.env['E2E_MAIL_FILE'];
  if (!file)
    throw new Error(
      'E2E_MAIL_FILE is not set: run the browser tests through npm test',
    );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SentMail);
}

/**
 * Waits until `find` finds something in the sent mail, and returns it: up to five minutes, since the
 * worker sends late on a busy machine (it returns as soon as the mail is there).
 */
export async function waitForMail<T>(
  find: (mails: SentMail[]) => T | undefined,
  timeout = 5 * 60_000,
): Promise<T> {
  let found: T | undefined;
  await expect
    .poll(
      () => {
        found = find(sentMails());
        return found !== undefined;
      },
      { timeout, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return found as T;
}
