import { expect, type Locator, type Page } from '@playwright/test';

/** The main navigation, in either language. */
export const mainNav = (page: Page): Locator =>
  page.getByRole('navigation', { name: /^(Hoofdnavigatie|Main navigation)$/ });

/**
 * A link of the main navigation, also while its task group (or the phone
 * menu) is closed: for asserting who has which page. `toHaveCount(0)` on it
 * means the role does not have the page at all, not merely that it is folded away.
 */
export const menuLink = (
  page: Page,
  name: string,
  options: { exact?: boolean } = {},
): Locator =>
  mainNav(page).getByRole('link', {
    name,
    exact: options.exact,
    includeHidden: true,
  });

/** Follows a link of the main navigation as a person does: opens the phone menu and the link's task group first. */
export async function followMenuLink(
  page: Page,
  name: string,
  options: { exact?: boolean } = {},
): Promise<void> {
  const link = menuLink(page, name, options);
  await expect(link).toHaveCount(1);
  const menuButton = page.locator('#menu-button');
  if (
    !(await link.isVisible()) &&
    (await menuButton.isVisible()) &&
    (await menuButton.getAttribute('aria-expanded')) !== 'true'
  )
    await menuButton.click();
  if (!(await link.isVisible())) {
    const group = await link.evaluate(
      (a) => a.closest('ul.group-items')?.id ?? '',
    );
    await page.locator(`button[aria-controls="${group}"]`).click();
  }
  await link.click();
}
