import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { generateEmployeeCsv } from './support/csv';
import { loginAs, runId, switchLanguage } from './support/session';

test('advisor imports a CSV, follows the progress and finds an imported employee', async ({
  page,
}) => {
  const run = runId();
  const csv = generateEmployeeCsv(run);

  await loginAs(page, 'adviseur');
  await page.goto('/directory/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Medewerkers importeren' }),
  ).toBeVisible();
  // The column help is on the page.
  await expect(
    page.getByRole('table', { name: 'Kolommen in het importbestand' }),
  ).toContainText('datum_in_dienst');
  await expectNoSeriousA11yViolations(page, 'import page');
  await switchLanguage(page, 'en');
  await expectNoSeriousA11yViolations(page, 'import page');
  await switchLanguage(page, 'nl');

  await page.getByLabel('CSV-bestand').setInputFiles({
    name: csv.fileName,
    mimeType: 'text/csv',
    buffer: csv.buffer,
  });
  await page.getByLabel('Alleen wijzigingen').check();
  await page.getByRole('button', { name: 'Import starten' }).click();

  const result = page.getByTestId('import-result');
  const progress = result.getByRole('progressbar', {
    name: 'Voortgang import',
  });
  await expect(progress).toBeVisible();
  await expect(
    result.getByRole('status').filter({ hasText: 'Import afgerond.' }),
  ).toBeVisible({ timeout: 5 * 60_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');

  await expect(result.getByTestId('count-created')).toHaveText(
    String(csv.validRows),
  );
  await expect(result.getByTestId('count-errors')).toHaveText('1');

  const errorRows = result
    .getByRole('table', { name: 'Fouten in het bestand' })
    .locator('tbody tr');
  await expect(errorRows).toHaveCount(1);
  await expect(errorRows.first().locator('th')).toHaveText(
    String(csv.brokenLine),
  );
  await expect(errorRows.first()).toContainText(csv.brokenColumn);
  await expect(errorRows.first()).toContainText('Ongeldig e-mailadres');
  await expect(errorRows.first()).toContainText('geen-geldig-adres');
  await expectNoSeriousA11yViolations(page, 'import results');

  // The error report downloads as CSV with localised headers.
  const downloadPromise = page.waitForEvent('download');
  await result
    .getByRole('button', { name: 'Foutenrapport downloaden (CSV)' })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(
    `medewerkers-${run}-foutenrapport.csv`,
  );
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const report = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  expect(report.split('\r\n')[0]).toBe('Rij;Kolom;Fout;Waarde');
  expect(report.split('\r\n')[1]).toContain(`${csv.brokenLine};email;`);

  // The import shows up in the list of recent imports.
  await expect(
    page.getByRole('table', { name: 'Recente imports' }),
  ).toContainText(csv.fileName);

  // An imported employee can be found with the search box.
  await page.getByRole('link', { name: 'Medewerkers', exact: true }).click();
  const lastName = csv.lastNames[10];
  await page.getByLabel('Zoeken').fill(lastName);
  await expect(
    page.getByRole('status').filter({ hasText: '1 medewerker gevonden' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(lastName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`E2E ${run} / Zorg`);
});
