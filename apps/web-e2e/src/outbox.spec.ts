import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { apiCli } from './support/cli';
import { expectFitsOnPhone } from './support/layout';
import { loginAs, runId, switchLanguage } from './support/session';
import { menuLink } from './support/navigation';

const PASSWORD = 'blauwe luiken kraken zacht';
const PLACEHOLDER = '[eenmalige link verborgen / one-time link hidden]';

/**
 * The development outbox keeps no usable one-time link. The browser tests'
 * apps mail through SMTP, so an operator's command line with the outbox
 * switched on (DEV_OUTBOX=true, no SMTP_URL) puts the first advisor's
 * invitation there: the command prints the link, the outbox shows a
 * placeholder. The new advisor then reads the outbox in the app.
 */
test('the development outbox keeps an invitation without its one-time link, in Dutch and English, on a phone', async ({
  page,
}) => {
  const run = runId();
  const organisation = `Postkamer ${run}`;
  const email = `postkamer.${run.toLowerCase()}@example.org`;
  const output = await apiCli(
    [
      'setup-organisation',
      '--name',
      organisation,
      '--advisor-email',
      email,
      '--advisor-first-name',
      'Otto',
      '--advisor-last-name',
      `Post ${run}`,
    ],
    { SMTP_URL: '', DEV_OUTBOX: 'true' },
  );
  expect(output).toContain('kept in the development outbox');
  const path = /\/invite\/([A-Za-z0-9_-]{20,})/.exec(output);
  expect(path, output).not.toBeNull();
  const token = path?.[1] ?? '';

  await page.goto(path?.[0] ?? '');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, / }),
  ).toBeVisible();

  await page.goto('/outbox');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Uitgaande e-mail (ontwikkeling)',
    }),
  ).toBeVisible();
  await expect(
    page.getByText(
      /Eenmalige, persoonlijke links .* worden hier nooit bewaard/,
    ),
  ).toBeVisible();
  const invitation = page.getByRole('article').filter({
    has: page.getByRole('heading', { name: new RegExp(organisation) }),
  });
  await expect(invitation).toContainText(PLACEHOLDER);
  await expect(invitation).toContainText(email);
  await expect(invitation).toContainText('Beste Otto');
  await expect(invitation).not.toContainText('/invite/');
  await expect(page.locator('body')).not.toContainText(token);
  await expectNoSeriousA11yViolations(page, 'development outbox');
  await expectFitsOnPhone(page, 360);

  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Outgoing e-mail (development)',
    }),
  ).toBeVisible();
  await expect(
    page.getByText(/One-time, personal links .* are never kept here/),
  ).toBeVisible();
  await switchLanguage(page, 'nl');
});

test('HR has no outbox: not in the menu, and the page is refused', async ({
  page,
}) => {
  await loginAs(page, 'hr');
  await expect(menuLink(page, 'Uitgaande e-mail')).toHaveCount(0);
  await page.goto('/outbox');
  await expect(page).toHaveURL(/\/forbidden$/);
});
