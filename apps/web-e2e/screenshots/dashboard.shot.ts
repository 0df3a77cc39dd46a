import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { loginAs } from '../src/support/session';

/** docs/images/dashboard-adviseur.png: the advisor's home page in the seeded demo organisation. */
test('the advisor dashboard of the demo organisation', async ({ page }) => {
  await loginAs(page, 'adviseur');
  await expect(
    page
      .getByRole('img', { name: 'Lopende trajecten per fase' })
      .locator('canvas'),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: resolve(__dirname, '../../../docs/images/dashboard-adviseur.png'),
  });
});
