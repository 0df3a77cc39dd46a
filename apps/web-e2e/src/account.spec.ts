import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { loginAs, runId } from './support/session';
import { waitForMail } from './support/mail';

/**
 * One's own account, with a fresh employee so the demo logins stay as they
 * are: the advisor adds and invites them, they activate the account from the
 * invitation in their mail, see their sessions and end another
 * one, change the password, forget it and reset it from the e-mail.
 */

/** The first link mailed to `email` whose path starts with `path`, e.g. `/invite/`. */
async function linkFromMail(
  email: string,
  path: string,
  skip: readonly string[] = [],
): Promise<string> {
  const pattern = new RegExp(`${path}([A-Za-z0-9_-]{20,})`);
  return waitForMail((mails) =>
    mails
      .filter((m) => m.to === email.toLowerCase())
      .map((m) => pattern.exec(m.text)?.[0] ?? '')
      .find((l) => l && !skip.includes(l)),
  );
}

async function loginWith(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, / }),
  ).toBeVisible();
}

/** A directory employee of the demo organisation, invited by the advisor; returns the e-mail address and the invitation link. */
async function invitedEmployee(
  browser: Browser,
): Promise<{ advisor: BrowserContext; email: string; inviteLink: string }> {
  const run = runId();
  const email = `e2e.account.${run.toLowerCase()}@example.org`;
  const advisor = await browser.newContext();
  await loginAs(await advisor.newPage(), 'adviseur');
  const { createEmployee } = await graphql<{ createEmployee: { id: string } }>(
    advisor,
    `
      mutation ($input: EmployeeInput!) {
        createEmployee(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        employeeNumber: `E2E-ACC-${run}`,
        firstName: 'Robin',
        lastName: `Accounttest ${run}`,
        email,
      },
    },
  );
  await graphql(
    advisor,
    `
      mutation ($input: InviteEmployeesInput!) {
        inviteEmployees(input: $input) {
          id
        }
      }
    `,
    { input: { employeeIds: [createEmployee.id] } },
  );
  const inviteLink = await linkFromMail(email, '/invite/');
  return { advisor, email, inviteLink };
}

test('a new employee activates the account, sees and ends sessions, changes, forgets and resets the password', async ({
  page,
  browser,
}) => {
  const first = 'zonnebloem kapstok rivier 81';
  const second = 'paraplu vuurtoren gieter 27';
  const third = 'kastanje trompet molenwiek 64';
  const { advisor, email, inviteLink } = await invitedEmployee(browser);

  // The invitation: who, which organisation, the policy; then a password, twice.
  await page.goto(inviteLink);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welkom bij Inspraak' }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(/minstens 12 tekens/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'invitation');
  await expectFitsOnPhone(page, 360);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(first);
  await page.getByLabel('Herhaal het wachtwoord').fill(first);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, Robin/ }),
  ).toBeVisible();

  // The same person in a second browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginWith(otherPage, email, first);

  // Mijn account: two sessions, this one marked; end the other one.
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mijn account' }),
  ).toBeVisible();
  const sessions = page.getByTestId('session');
  await expect(sessions).toHaveCount(2);
  const current = sessions.filter({ hasText: 'Deze sessie' });
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(/Chrome op (Windows|Linux)/);
  await expectNoSeriousA11yViolations(page, 'my account');
  await expectFitsOnPhone(page, 360);
  await sessions
    .filter({ hasNotText: 'Deze sessie' })
    .getByRole('button', { name: /^Sessie op .* beëindigen$/ })
    .click();
  await expect(page.getByText('De sessie is beëindigd.')).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/login/);

  // Change the password: a wrong current one is refused at its field.
  await page.getByLabel('Huidig wachtwoord').fill('niet-mijn-wachtwoord-1');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(second);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(second);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByLabel('Huidig wachtwoord').fill(first);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText(/Je wachtwoord is gewijzigd/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'my account after a change');
  await loginWith(otherPage, email, second);

  // Signed in elsewhere again: "Alle andere sessies beëindigen", after a confirmation.
  await page.reload();
  await expect(sessions).toHaveCount(2);
  await page
    .getByRole('button', { name: 'Alle andere sessies beëindigen' })
    .click();
  const confirm = page.getByRole('dialog', {
    name: 'Alle andere sessies beëindigen?',
  });
  await confirm
    .getByRole('button', { name: 'Alle andere sessies beëindigen' })
    .click();
  await expect(page.getByText('Andere sessies beëindigd: 1.')).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // Forgotten: the link from the login page, the same answer for an unknown address.
  const forgetful = await browser.newContext();
  const forgetfulPage = await forgetful.newPage();
  await forgetfulPage.goto('/login');
  await forgetfulPage
    .getByRole('link', { name: 'Wachtwoord vergeten?' })
    .click();
  await expect(
    forgetfulPage.getByRole('heading', {
      level: 1,
      name: 'Wachtwoord vergeten',
    }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(forgetfulPage, 'forgot password');
  await expectFitsOnPhone(forgetfulPage, 360);
  await forgetfulPage.getByLabel('E-mailadres').fill(`niemand.${email}`);
  await forgetfulPage.getByRole('button', { name: 'Stuur de link' }).click();
  const unknownAnswer = await forgetfulPage
    .getByTestId('reset-requested')
    .textContent();
  await forgetfulPage.goto('/forgot-password');
  await forgetfulPage.getByLabel('E-mailadres').fill(email);
  await forgetfulPage.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(forgetfulPage.getByTestId('reset-requested')).toHaveText(
    unknownAnswer ?? '',
  );
  await expect(forgetfulPage.getByTestId('reset-requested')).toContainText(
    'Als dit adres bij ons bekend is',
  );

  // The link from the e-mail: a new password, then log in with it.
  const resetLink = await linkFromMail(email, '/reset-password/');
  await advisor.close();
  await forgetfulPage.goto(resetLink);
  await expect(
    forgetfulPage.getByRole('heading', {
      level: 1,
      name: 'Nieuw wachtwoord kiezen',
    }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(forgetfulPage, 'reset password');
  await expectFitsOnPhone(forgetfulPage, 360);
  await forgetfulPage
    .getByLabel('Nieuw wachtwoord', { exact: true })
    .fill(third);
  await forgetfulPage.getByLabel('Herhaal het nieuwe wachtwoord').fill(third);
  await forgetfulPage
    .getByRole('button', { name: 'Wachtwoord opslaan' })
    .click();
  await expect(
    forgetfulPage.getByText(/Je nieuwe wachtwoord is opgeslagen/),
  ).toBeVisible();
  await forgetfulPage.getByRole('link', { name: 'Naar inloggen' }).click();
  await loginWith(forgetfulPage, email, third);

  // Every session ended with the reset, this page's too; the used link is refused.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login/);
  await forgetfulPage.goto(resetLink);
  await forgetfulPage
    .getByLabel('Nieuw wachtwoord', { exact: true })
    .fill(first);
  await forgetfulPage.getByLabel('Herhaal het nieuwe wachtwoord').fill(first);
  await forgetfulPage
    .getByRole('button', { name: 'Wachtwoord opslaan' })
    .click();
  await expect(forgetfulPage.getByTestId('reset-error')).toContainText(
    'Vraag een nieuwe link aan',
  );
  await forgetful.close();
});

test('a used invitation link is explained, and the password pages read in English', async ({
  page,
  browser,
}) => {
  const { advisor, email, inviteLink } = await invitedEmployee(browser);
  await advisor.close();
  await page.goto(inviteLink);
  await page
    .getByLabel('Wachtwoord', { exact: true })
    .fill('zonnebloem kapstok rivier 81');
  await page
    .getByLabel('Herhaal het wachtwoord')
    .fill('zonnebloem kapstok rivier 81');
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, / }),
  ).toBeVisible();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(inviteLink);
  await expect(strangerPage.getByTestId('invitation-used')).toBeVisible();
  await expect(strangerPage.getByText(email)).toHaveCount(0);
  await expectNoSeriousA11yViolations(strangerPage, 'used invitation');

  await strangerPage.goto('/forgot-password');
  await strangerPage.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(
    strangerPage.getByRole('heading', { level: 1, name: 'Forgot password' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(strangerPage, 'forgot password (en)');
  await strangerPage.getByRole('button', { name: 'NL', exact: true }).click();
  await stranger.close();
});
