import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { DEMO_USERS, switchLanguage } from './support/session';

test.describe('login', () => {
  test('a wrong password shows a clear error', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Inloggen bij Inspraak',
    );
    await expectNoSeriousA11yViolations(page, 'login');

    await page.getByLabel('E-mailadres').fill(DEMO_USERS.adviseur);
    await page.getByLabel('Wachtwoord').fill('helemaal-fout-123');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const error = page.getByTestId('login-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).not.toHaveText('');
    await expect(page).toHaveURL(/\/login/);
    await expectNoSeriousA11yViolations(page, 'login with error');
  });

  test('the login page can be used in English', async ({ page }) => {
    await page.goto('/login');
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Log in to Inspraak',
    );
    await expect(page.getByLabel('Email address')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login');
  });

  test('a page that needs a login sends you to /login and back afterwards', async ({
    page,
  }) => {
    await page.goto('/directory/departments');
    await expect(page).toHaveURL(
      /\/login\?returnUrl=%2Fdirectory%2Fdepartments/,
    );
    await page.getByLabel('E-mailadres').fill(DEMO_USERS.adviseur);
    await page.getByLabel('Wachtwoord').fill('Inspraak-demo-2026!');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/directory\/departments$/);
  });
});
