import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { loginAs } from './support/session';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

test('on a phone the menu button opens the navigation and the employee list works', async ({
  page,
}) => {
  await loginAs(page, 'hr');

  const menuButton = page.getByRole('button', { name: 'Menu' });
  await expect(menuButton).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  // Scoped to the main navigation: the home page also links to the directory.
  const directoryLink = page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Personeelsbestand', exact: true });
  await expect(directoryLink).toBeHidden();

  await menuButton.click();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(directoryLink).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home with open menu (phone)');
  await directoryLink.click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Medewerkers' }),
  ).toBeVisible();
  await expect(directoryLink).toBeHidden();
  const firstRow = page.locator('table tbody tr').first();
  await expect(firstRow).toBeVisible();

  // Rows are stacked cards: nothing sticks out sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // Search for the first row's e-mail address (unique; names need not be).
  const name = (await firstRow.locator('th a').textContent())?.trim() ?? '';
  const email =
    (await firstRow.locator('th .email').textContent())?.trim() ?? '';
  expect(email).not.toBe('');
  await page.getByLabel('Zoeken').fill(email);
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'employee list (phone)');
});
