import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { loginAs } from './support/session';

test.describe('my data', () => {
  test('an employee downloads everything held about them and reads it as an overview', async ({
    page,
  }) => {
    await loginAs(page, 'medewerker');
    await page.goto('/participation');
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Mijn gegevens',
    });
    await expect(heading).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download mijn gegevens (JSON)' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('mijn-gegevens-inspraak.json');
    const data = JSON.parse(
      await readFile((await download.path())!, 'utf8'),
    ) as { account: { email: string } };
    expect(data.account.email).toBe('medewerker@demo.inspraak.nl');

    await page
      .getByRole('button', { name: 'Toon een leesbaar overzicht' })
      .click();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Account', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText('medewerker@demo.inspraak.nl').first(),
    ).toBeVisible();
    // Plain language: labels, not the export's keys; timestamps for people; no ids.
    const overview = page.locator('.overview');
    await expect(overview).toContainText('E-mailadres');
    for (const label of await overview.locator('dt').allTextContents())
      expect(label).not.toMatch(/\b[a-z]+[A-Z]\w*\b/);
    await expect(overview).not.toContainText(
      /\d{4}-\d{2}-\d{2}T\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/,
    );
    await expectNoSeriousA11yViolations(page, 'my data overview');
  });
});
