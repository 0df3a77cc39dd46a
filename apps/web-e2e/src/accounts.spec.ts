import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { DEMO_USERS, loginAs, runId, switchLanguage } from './support/session';
import { followMenuLink, menuLink } from './support/navigation';

/** The demo HR account back to its seeded roles, so a run that stopped halfway does not change the next. */
async function resetHrRoles(context: BrowserContext): Promise<void> {
  const { accounts } = await graphql<{
    accounts: { items: { membershipId: string; email: string }[] };
  }>(
    context,
    `
      query ($filter: AccountFilter) {
        accounts(filter: $filter) {
          items {
            membershipId
            email
          }
        }
      }
    `,
    { filter: { search: DEMO_USERS.hr } },
  );
  const hr = accounts.items.find((a) => a.email === DEMO_USERS.hr);
  if (!hr) throw new Error('the demo HR account is missing');
  await graphql(
    context,
    `
      mutation ($id: ID!) {
        setAccountRoles(membershipId: $id, roles: [HR, MEDEWERKER]) {
          membershipId
        }
      }
    `,
    { id: hr.membershipId },
  );
}

async function searchAccounts(page: Page, text: string): Promise<void> {
  await page.getByLabel('Zoeken', { exact: true }).fill(text);
  await expect(page.locator(`tr[data-account="${text}"]`)).toBeVisible();
}

test.describe('accounts', () => {
  test('the advisor gives HR an extra role, takes it back and sees both changes in the account history', async ({
    page,
  }) => {
    await loginAs(page, 'adviseur');
    await resetHrRoles(page.context());
    await followMenuLink(page, 'Accounts', { exact: true });
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accounts' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Accounts – Inspraak/);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'accounts');
    await expectFitsOnPhone(page, 360);

    await searchAccounts(page, DEMO_USERS.hr);
    const row = page.locator(`tr[data-account="${DEMO_USERS.hr}"]`);
    await expect(row).toContainText('Actief');
    await expect(row).not.toContainText('OR-lid');

    // Give OR_LID.
    await row.getByRole('button', { name: /^Rollen wijzigen/ }).click();
    const panel = page.getByRole('region', { name: /^Rollen van / });
    await expect(panel.getByLabel(/^Medewerker/)).toBeChecked();
    await expect(panel.getByLabel(/^Medewerker/)).toBeDisabled();
    await expect(panel.getByLabel('HR', { exact: true })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'accounts, editing roles');
    await panel.getByLabel('OR-lid').check();
    await panel.getByRole('button', { name: 'Rollen opslaan' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /zijn opgeslagen/ }),
    ).toBeVisible();
    await expect(row).toContainText('OR-lid');

    // And take it back.
    await row.getByRole('button', { name: /^Rollen wijzigen/ }).click();
    await panel.getByLabel('OR-lid').uncheck();
    await panel.getByRole('button', { name: 'Rollen opslaan' }).click();
    await expect(panel).toHaveCount(0);
    await expect(row).not.toContainText('OR-lid');

    // Both changes are in the audit, newest first, with who did it.
    await row.getByRole('button', { name: /^Geschiedenis/ }).click();
    const history = page.getByTestId('history');
    await expect(history).toBeVisible();
    const entries = history.locator('tbody tr');
    await expect(entries.nth(0)).toContainText('Rollen gewijzigd');
    await expect(entries.nth(0)).toContainText(DEMO_USERS.adviseur);
    await expect(entries.nth(0)).toContainText(
      'Rollen: HR, Medewerker, OR-lid → HR, Medewerker',
    );
    await expect(entries.nth(1)).toContainText(
      'Rollen: HR, Medewerker → HR, Medewerker, OR-lid',
    );
    await expectNoSeriousA11yViolations(page, 'accounts, history');
    await expectFitsOnPhone(page, 360);

    await switchLanguage(page, 'en');
    await expect(row).toContainText('Active');
    await expect(entries.nth(0)).toContainText(
      'Roles: HR, Employee, Works council member',
    );
    await expectNoSeriousA11yViolations(page, 'accounts, history (en)');
    await switchLanguage(page, 'nl');
  });

  test('the advisor invites a directory employee without an account and sees the invitation sent', async ({
    page,
  }) => {
    const run = runId();
    const email = `e2e.invite.${run.toLowerCase()}@example.org`;
    const lastName = `Uitnodiging ${run}`;
    await loginAs(page, 'adviseur');
    await graphql(
      page.context(),
      `
        mutation ($input: EmployeeInput!) {
          createEmployee(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          employeeNumber: `E2E-INV-${run}`,
          firstName: 'Sam',
          lastName,
          email,
        },
      },
    );

    await page.goto('/accounts');
    await page
      .getByRole('navigation', { name: 'Accounts' })
      .getByRole('link', { name: 'Uitnodigen' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Medewerkers uitnodigen' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'invite');

    // A department comes from the department tree, with or without the ones below it.
    await page.getByLabel('Een afdeling').check();
    await expect(page.getByRole('tree', { name: 'Afdelingen' })).toBeVisible();
    await expect(
      page.getByLabel('Ook de onderliggende afdelingen'),
    ).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'invite, department');
    await page.getByLabel('Eén persoon of een selectie').check();

    await page.getByLabel('Zoek in het personeelsbestand').fill(lastName);
    await page.getByLabel(new RegExp(`Sam ${lastName}`)).check();
    await expect(page.getByTestId('chosen')).toContainText(`Sam ${lastName}`);
    await expectNoSeriousA11yViolations(page, 'invite, one chosen');
    await page.getByRole('button', { name: 'Uitnodigingen versturen' }).click();

    const progress = page.getByTestId('invitation-progress');
    await expect(progress).toBeVisible();
    await expect(progress.getByTestId('count-total')).toHaveText('1');
    await expect(progress.getByTestId('count-sent')).toHaveText('1');
    await expect(progress.getByTestId('count-pending')).toHaveText('0');
    await expect(progress).toContainText('Verstuurd');
    await expect(progress).toContainText('Alle uitnodigingen zijn verwerkt.');
    await expect(progress.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    await expectNoSeriousA11yViolations(page, 'invite, progress');
    await expectFitsOnPhone(page, 360);

    // The person is now on the accounts list as invited.
    await page.goto('/accounts');
    await page
      .getByLabel('Status', { exact: true })
      .selectOption({ label: 'Uitgenodigd' });
    await searchAccounts(page, email);
    await expect(page.locator(`tr[data-account="${email}"]`)).toContainText(
      'Uitgenodigd',
    );
  });

  test('the advisor opens the organisation settings', async ({ page }) => {
    await loginAs(page, 'adviseur');
    await followMenuLink(page, 'Organisatie-instellingen');
    await expect(page).toHaveURL(/\/settings\/organisation$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Organisatie-instellingen' }),
    ).toBeVisible();
    await expect(
      page.getByLabel('Naam van de organisatie', { exact: true }),
    ).toHaveValue('Zorggroep Voorbeeld');
    await expect(page.getByLabel('Client secret', { exact: true })).toHaveValue(
      '',
    );
    await expectNoSeriousA11yViolations(page, 'organisation settings');
    await expectFitsOnPhone(page, 360);

    // Saved as it is, nothing changes but the confirmation.
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'De instellingen zijn opgeslagen.' }),
    ).toBeVisible();
  });

  test('HR sees the accounts without the advisor’s actions and not the organisation settings', async ({
    page,
  }) => {
    await loginAs(page, 'hr');
    await expect(menuLink(page, 'Organisatie-instellingen')).toHaveCount(0);
    await followMenuLink(page, 'Accounts', { exact: true });
    await searchAccounts(page, DEMO_USERS.adviseur);
    await expect(
      page.getByText('Alleen een adviseur kan rollen wijzigen'),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Rollen wijzigen/ }),
    ).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'accounts (HR)');

    await page.goto('/settings/organisation');
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
