import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { loginAs, runId, switchLanguage } from './support/session';
import { followMenuLink, menuLink } from './support/navigation';

test.describe('directory for an advisor', () => {
  test('advisor sees the directory and switches to English and back', async ({
    page,
  }) => {
    await loginAs(page, 'adviseur');
    await expectNoSeriousA11yViolations(page, 'home');
    await followMenuLink(page, 'Personeelsbestand');
    await expect(page).toHaveURL(/\/directory\/employees/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Medewerkers' }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page).toHaveTitle(/Medewerkers – Inspraak/);
    await expectNoSeriousA11yViolations(page, 'employee list');

    await switchLanguage(page, 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Employees' }),
    ).toBeVisible();
    // The menu speaks English too; the page's link is marked current in its (closed) group.
    await expect(menuLink(page, 'Staff directory')).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      page.getByRole('button', { name: 'Administration' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Employees – Inspraak/);
    await expectNoSeriousA11yViolations(page, 'employee list');

    // The choice survives a reload.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Employees' }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Departments' }).click();
    await expect(page.getByRole('tree')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'department tree');

    await switchLanguage(page, 'nl');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Afdelingen' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'department tree');
  });

  test('advisor creates a department and an employee with the form', async ({
    page,
  }) => {
    const run = runId();
    const departmentName = `E2E Afdeling ${run}`;
    await loginAs(page, 'adviseur');
    await page.goto('/directory/departments');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Afdelingen' }),
    ).toBeVisible();

    const createForm = page
      .locator('form')
      .filter({ has: page.locator('#create-name') });
    await createForm.getByLabel('Naam').fill(departmentName);
    await createForm
      .getByRole('button', { name: 'Afdeling toevoegen' })
      .click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Afdeling "${departmentName}" is toegevoegd.` }),
    ).toBeVisible();
    const item = page.getByRole('treeitem', {
      name: new RegExp(departmentName),
    });
    await expect(item).toHaveAttribute('aria-selected', 'true');

    // The tree works with the keyboard.
    await item.focus();
    await page.keyboard.press('Home');
    await expect(page.getByRole('treeitem').first()).toBeFocused();

    await page.goto('/directory/employees/new');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Nieuwe medewerker' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'employee form (new)');

    // Validation first: empty required fields are named.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('#employeeNumber-error')).toHaveText(/verplicht/);
    await expect(page.getByLabel('Personeelsnummer')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'employee form with errors');

    await page.getByLabel('Personeelsnummer').fill(`F-${run}`);
    await page
      .getByLabel('E-mailadres')
      .fill(`form.${run.toLowerCase()}@example.org`);
    await page.getByLabel('Voornaam').fill('Noor');
    await page.getByLabel('Achternaam').fill(`Formulier${run}`);
    await page.getByLabel('Afdeling').selectOption({ label: departmentName });
    await page.getByLabel('Contractsoort').selectOption('TIJDELIJK');
    await page.getByLabel('Functie').fill('Beleidsmedewerker');
    await page.getByLabel('Locatie').fill('Zwolle');
    await page.getByLabel('Datum in dienst').fill('2025-04-01');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page).toHaveURL(/\/directory\/employees\/[^/]+$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Medewerker bewerken' }),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: `Noor Formulier${run}` }),
    ).toBeVisible();
    await expect(page.getByLabel('Afdeling')).toHaveValue(/.+/);
    await expectNoSeriousA11yViolations(page, 'employee form (edit)');

    await page.getByRole('link', { name: 'Terug naar de lijst' }).click();
    await page.getByLabel('Zoeken').fill(`Formulier${run}`);
    await expect(
      page.getByRole('link', { name: `Noor Formulier${run}` }),
    ).toBeVisible();

    // The department now counts one active employee.
    await page.goto('/directory/departments');
    await expect(
      page.getByRole('treeitem', {
        name: new RegExp(`${departmentName}.*1 actief`),
      }),
    ).toBeVisible();
  });
});
