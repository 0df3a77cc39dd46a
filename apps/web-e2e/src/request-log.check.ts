import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, request, test } from '@playwright/test';
import { sentMails } from './support/mail';
import { DEMO_PASSWORD, DEMO_USERS } from './support/session';

/**
 * Runs after every other browser test (its own Playwright project, depending
 * on the others): the API's and worker's log of the whole run, written at
 * debug level to E2E_APP_LOG by the runner, holds no secret that passed
 * through them. It uses some secrets itself (a session, a CSRF token, a
 * calendar feed, a single sign-on callback, one-time link addresses, a
 * password) so that their requests are certainly in the log, and adds every
 * one-time link mailed during the run and the demo password.
 */

const ONE_TIME_LINK =
  /\/(?:s|reset-password|invite|calendar)\/([A-Za-z0-9_-]{20,})/g;

const secret = () => randomBytes(32).toString('base64url');

function appLog(): string {
  const file = process.env['E2E_APP_LOG'];
  if (!file)
    throw new Error(
      "E2E_APP_LOG is not set: run the browser tests through npm test, which logs the API's requests there",
    );
  return readFileSync(file, 'utf8');
}

test('the log of the browser run holds no session, CSRF token, calendar token, password or one-time link', async ({
  baseURL,
}) => {
  const client = await request.newContext({ baseURL });
  const secrets = new Map<string, string>();
  try {
    await client.get('/health');
    const wrongPassword = `Geen-wachtwoord-${secret()}`;
    secrets.set(wrongPassword, 'a mistyped password');
    const cookie = async (name: string) =>
      (await client.storageState()).cookies.find((c) => c.name === name)
        ?.value ?? '';
    const graphql = async (query: string, variables = {}) =>
      (
        await client.post('/graphql', {
          headers: { 'x-csrf-token': await cookie('inspraak_csrf') },
          data: { query, variables },
        })
      ).json() as Promise<{ data?: Record<string, unknown>; errors?: unknown }>;
    const login =
      'mutation ($input: LoginInput!) { login(input: $input) { userId } }';
    await graphql(login, {
      input: { email: DEMO_USERS.medewerker, password: wrongPassword },
    });
    expect(
      (
        await graphql(login, {
          input: { email: DEMO_USERS.medewerker, password: DEMO_PASSWORD },
        })
      ).errors,
    ).toBeUndefined();
    expect(await cookie('inspraak_session')).not.toBe('');
    secrets.set(DEMO_PASSWORD, 'the demo password');
    secrets.set(await cookie('inspraak_session'), 'a session cookie');
    secrets.set(await cookie('inspraak_csrf'), 'a CSRF token');

    const feed = (await graphql('mutation { issueCalendarFeed }')).data?.[
      'issueCalendarFeed'
    ] as string;
    const feedPath = new URL(feed).pathname;
    expect((await client.get(feedPath)).status()).toBe(200);
    secrets.set(
      feedPath.replace(/^\/calendar\/|\.ics$/g, ''),
      'a calendar token',
    );

    const [code, state] = [secret(), secret()];
    await client.get(`/auth/oidc/callback?code=${code}&state=${state}`, {
      maxRedirects: 0,
    });
    secrets.set(code, 'a single sign-on code');
    secrets.set(state, 'a single sign-on state');
    for (const path of ['/s/', '/reset-password/', '/invite/']) {
      const token = secret();
      await client.get(`${path}${token}`, { headers: { accept: 'text/html' } });
      secrets.set(token, `a one-time link ${path}`);
    }
  } finally {
    await client.dispose();
  }
  for (const mail of sentMails())
    for (const [, token] of mail.text.matchAll(ONE_TIME_LINK))
      if (token) secrets.set(token, `a link mailed to ${mail.to}`);

  // The apps write their log through the runner, a moment after answering.
  await expect
    .poll(() => appLog().includes('"url":"/calendar/'), {
      message:
        'the calendar feed request is in the log: the log is the right one, at debug level',
      timeout: 10_000,
    })
    .toBe(true);
  const log = appLog();
  const found = [...secrets]
    .filter(([value]) => value.length >= 8 && log.includes(value))
    .map(([, what]) => what);
  expect(found, 'secrets written to the log').toEqual([]);
  expect(log).toContain('"url":"/calendar/[redacted]"');
  expect(log).not.toMatch(/inspraak_(session|csrf)=/);
  expect(log).not.toMatch(/\/calendar\/[A-Za-z0-9_-]{43}/);
});
