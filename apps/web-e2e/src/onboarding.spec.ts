import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { apiCli } from './support/cli';
import { graphql } from './support/graphql';
import { DEMO_PASSWORD, runId } from './support/session';
import { waitForMail } from './support/mail';

/**
 * A real organisation, as a newcomer sets it up by the README: no demo data,
 * the first advisor invited from the command line, the staff imported from a
 * CSV export and invited all at once, an employee activating the account from
 * the e-mail, a full import that marks someone as left (their session ends),
 * and a person with accounts in two organisations switching between them.
 */

const PASSWORD = 'groene tulpen bloeien vroeg';

const heading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^Welkom, / });

/** The one-time link in a command's output or a mail, as a path on this app. */
function invitePath(text: string): string {
  const path = /\/invite\/[A-Za-z0-9_-]{20,}/.exec(text)?.[0];
  expect(path, text).toBeDefined();
  return path ?? '';
}

async function setUpOrganisation(
  name: string,
  advisor: {
    email: string;
    firstName: string;
    lastName: string;
    number: string;
  },
): Promise<string> {
  const output = await apiCli([
    'setup-organisation',
    '--name',
    name,
    '--advisor-email',
    advisor.email,
    '--advisor-first-name',
    advisor.firstName,
    '--advisor-last-name',
    advisor.lastName,
    '--advisor-employee-number',
    advisor.number,
  ]);
  return invitePath(output);
}

async function activate(page: Page, path: string, organisation: string) {
  await page.goto(path);
  await expect(page.getByText(organisation).first()).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(heading(page)).toBeVisible();
}

/** An HR export: `;` separated, Dutch headers, with the advisor in it (a full import marks whoever is missing as left). */
function staffCsv(rows: string[][]): Buffer {
  const header =
    'personeelsnummer;voornaam;achternaam;email;afdeling;locatie;contractsoort';
  return Buffer.from(
    [header, ...rows.map((row) => row.join(';'))].join('\r\n') + '\r\n',
    'utf8',
  );
}

async function importStaff(
  page: Page,
  csv: Buffer,
  mode: 'full' | 'partial',
): Promise<void> {
  await page.goto('/directory/import');
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'personeel.csv',
    mimeType: 'text/csv',
    buffer: csv,
  });
  if (mode === 'partial') await page.getByLabel('Alleen wijzigingen').check();
  else await page.getByLabel('Volledige export').check();
  await page.getByRole('button', { name: 'Import starten' }).click();
  await expect(
    page
      .getByTestId('import-result')
      .getByRole('status')
      .filter({ hasText: 'Import afgerond.' }),
  ).toBeVisible();
}

/** The newest invitation link mailed to `email`. */
async function inviteLinkFor(email: string): Promise<string> {
  const text = await waitForMail(
    (mails) =>
      mails
        .filter(
          (m) =>
            m.to === email.toLowerCase() &&
            /\/invite\/[A-Za-z0-9_-]{20,}/.test(m.text),
        )
        .at(-1)?.text,
    60_000,
  );
  return invitePath(text);
}

test('a new organisation without the demo: set up, import, invite everyone, activate, and a leaver loses access', async ({
  browser,
}) => {
  const run = runId();
  const organisation = `Zorggroep ${run}`;
  const domain = `${run.toLowerCase()}.example.org`;
  const advisorEmail = `nina@${domain}`;
  const staff = [1, 2, 3, 4, 5, 6].map((n) => [
    `P${run}-${n}`,
    ['Ada', 'Bas', 'Cor', 'Dewi', 'Eef', 'Fem'][n - 1] as string,
    `Collega ${run}`,
    `collega${n}@${domain}`,
    n <= 3 ? 'Zorg / Wijkteam Noord' : 'Bedrijfsvoering',
    n % 2 ? 'Utrecht' : 'Zeist',
    n === 6 ? 'tijdelijk' : 'vast',
  ]);
  const advisorRow = [
    `P${run}-0`,
    'Nina',
    `Nieuw ${run}`,
    advisorEmail,
    'Bedrijfsvoering',
    'Utrecht',
    'vast',
  ];

  await test.step('the operator sets up the organisation from the command line', async () => {
    const path = await setUpOrganisation(organisation, {
      email: advisorEmail,
      firstName: 'Nina',
      lastName: `Nieuw ${run}`,
      number: `P${run}-0`,
    });
    const advisor = await browser.newContext();
    const page = await advisor.newPage();
    await activate(page, path, organisation);
    await expectNoSeriousA11yViolations(page, 'home of a new organisation');
    // Nothing of the demo: the directory holds only the advisor.
    const { employees } = await graphql<{ employees: { total: number } }>(
      advisor,
      '{ employees { total } }',
    );
    expect(employees.total).toBe(1);
    await advisor.close();
  });

  const advisor = await browser.newContext();
  const advisorPage = await advisor.newPage();
  await advisorPage.goto('/login');
  await advisorPage
    .getByLabel('E-mailadres', { exact: true })
    .fill(advisorEmail);
  await advisorPage.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await advisorPage
    .getByRole('button', { name: 'Inloggen', exact: true })
    .click();
  await expect(heading(advisorPage)).toBeVisible();

  await test.step('the advisor imports the staff and invites everyone without an account', async () => {
    await importStaff(advisorPage, staffCsv([advisorRow, ...staff]), 'full');
    await advisorPage.goto('/accounts/invite');
    await advisorPage.getByLabel('Iedereen zonder account').check();
    await advisorPage
      .getByRole('button', { name: 'Uitnodigingen versturen' })
      .click();
    const progress = advisorPage.getByTestId('invitation-progress');
    await expect(progress.getByTestId('count-total')).toHaveText('6');
    await expect(progress.getByTestId('count-sent')).toHaveText('6');
    await expectNoSeriousA11yViolations(advisorPage, 'invitations sent');
  });

  const employee = await browser.newContext();
  const employeePage = await employee.newPage();
  await test.step('an employee activates the account from the e-mail and is in the directory', async () => {
    await activate(
      employeePage,
      await inviteLinkFor(`collega3@${domain}`),
      organisation,
    );
    const { viewer } = await graphql<{
      viewer: { roles: string[]; organisation: { name: string } };
    }>(employee, '{ viewer { roles organisation { name } } }');
    expect(viewer).toEqual({
      roles: ['MEDEWERKER'],
      organisation: { name: organisation },
    });
    // The advisor's list shows the account as active.
    await advisorPage.goto('/accounts');
    await advisorPage
      .getByLabel('Zoeken', { exact: true })
      .fill(`collega3@${domain}`);
    await expect(
      advisorPage.locator(`tr[data-account="collega3@${domain}"]`),
    ).toContainText('Actief');
  });

  await test.step('a full import without the employee marks them as left: their session is gone at once', async () => {
    await importStaff(
      advisorPage,
      staffCsv([
        advisorRow,
        ...staff.filter((row) => row[3] !== `collega3@${domain}`),
      ]),
      'full',
    );
    await employeePage.goto('/account');
    await expect(employeePage).toHaveURL(/\/login/);
    const again = await browser.newContext();
    const page = await again.newPage();
    await page.goto('/login');
    await page
      .getByLabel('E-mailadres', { exact: true })
      .fill(`collega3@${domain}`);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page.getByTestId('login-error')).toContainText(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    await advisorPage.goto('/accounts');
    await advisorPage
      .getByLabel('Zoeken', { exact: true })
      .fill(`collega3@${domain}`);
    await expect(
      advisorPage.locator(`tr[data-account="collega3@${domain}"]`),
    ).toContainText('Uit dienst');
    await again.close();
  });

  await employee.close();
  await advisor.close();
});

test('a person with accounts in two organisations switches between them without logging in again', async ({
  browser,
}) => {
  const run = runId();
  const organisation = `Stichting ${run}`;
  // The demo director becomes the first advisor of a second organisation.
  const path = await setUpOrganisation(organisation, {
    email: 'bestuurder@demo.inspraak.nl',
    firstName: 'Bram',
    lastName: 'Bestuurder',
    number: `S${run}-1`,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page
    .getByLabel('E-mailadres', { exact: true })
    .fill('bestuurder@demo.inspraak.nl');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(heading(page)).toBeVisible();

  // They already have a password: accepting asks for it, not for a new one.
  await page.goto(path);
  await page.getByLabel('Je wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  await expect(heading(page)).toBeVisible();

  const switcher = page.getByRole('combobox', { name: 'Organisatie' });
  const current = async () =>
    (
      await graphql<{
        viewer: { organisation: { name: string }; roles: string[] };
      }>(context, '{ viewer { organisation { name } roles } }')
    ).viewer;
  const switchTo = async (name: string) => {
    await switcher.selectOption({ label: name });
    await page.getByRole('button', { name: 'Wisselen', exact: true }).click();
    await expect(heading(page)).toBeVisible();
    await expect
      .poll(async () => (await current()).organisation.name)
      .toBe(name);
  };

  await switchTo(organisation);
  expect((await current()).roles).toContain('ADVISEUR');
  await expectNoSeriousA11yViolations(page, 'switched organisation');
  await switchTo('Zorggroep Voorbeeld');
  expect((await current()).roles).not.toContain('ADVISEUR');
  await context.close();
});
