import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { loginAs, switchLanguage } from './support/session';
import { menuLink } from './support/navigation';

test('an employee sees the home page without directory navigation and is kept out of /directory', async ({
  page,
}) => {
  await loginAs(page, 'medewerker');
  // The home page is the employee's dashboard, without the advisor's sections.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Wat er van je gevraagd wordt',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nu actie nodig' }),
  ).toHaveCount(0);
  await expect(menuLink(page, 'Start')).toBeVisible();
  await expect(menuLink(page, 'Personeelsbestand')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'home (employee)');

  await page.goto('/directory');
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Geen toegang' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'forbidden');

  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'No access' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'forbidden');
  await switchLanguage(page, 'nl');

  // Logging out ends the session: the home page asks for a login again.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
