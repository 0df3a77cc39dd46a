import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectFitsOnPhone } from './support/layout';
import { loginAs, runId } from './support/session';
import { followMenuLink, menuLink } from './support/navigation';

/** A calendar date `days` from today in the Netherlands, as YYYY-MM-DD. */
function dateFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const stepHeading = (page: Page) => page.locator('#join-step-heading');

/**
 * The e2e database survives between runs: whatever state the demo employee is
 * in (never joined, in the pool, left), end at step 1 of the join flow.
 */
async function startJoinFlow(page: Page): Promise<void> {
  const inPool = page.getByRole('heading', { level: 2, name: 'Mijn profiel' });
  const left = page.getByRole('heading', {
    level: 2,
    name: 'Je bent afgemeld',
  });
  await expect(stepHeading(page).or(inPool).or(left)).toBeVisible();

  if (await inPool.isVisible()) {
    await page.getByRole('button', { name: 'Afmelden bij de pool' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Afmelden bij de participantenpool?',
    });
    await expect(dialog).toContainText('bewaartermijn');
    await dialog.getByRole('button', { name: 'Ja, afmelden' }).click();
  }
  if (await stepHeading(page).isVisible()) return;

  await expect(left).toBeVisible();
  await expect(
    page.getByText(/Je profiel wordt verwijderd op \d/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'participation (left)');
  await page.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
}

test.describe('participant pool', () => {
  test('an employee joins in three steps, pauses and resumes, and withdraws a consent', async ({
    page,
  }) => {
    const run = runId();
    await loginAs(page, 'medewerker');
    await followMenuLink(page, 'Mijn poolprofiel');
    await expect(page).toHaveURL(/\/participation$/);
    await expect(page).toHaveTitle(/Meedoen – Inspraak/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Meedoen' }),
    ).toBeVisible();

    await startJoinFlow(page);

    // Step 1: what it means, the time asked, and what happens with the data.
    await expect(stepHeading(page)).toHaveText(
      /Stap 1 van [34]:?\s*Wat meedoen betekent/,
    );
    await expect(
      page.getByRole('heading', { name: 'Wat gebeurt er met je gegevens?' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'join step 1');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Step 2: the profile. Focus follows the step.
    await expect(stepHeading(page)).toHaveText(
      /Stap 2 van [34]:?\s*Je profiel/,
    );
    await expect(stepHeading(page)).toBeFocused();
    await page.locator('#profile-hours').fill('90');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.locator('#profile-hours-error')).toHaveText(
      /0 tot en met 80/,
    );
    await expect(page.locator('#profile-hours')).toBeFocused();
    await page.locator('#profile-hours').fill('6');
    await page.locator('#profile-tags').fill(`e2e-${run}`);
    await page.locator('#profile-tags').press('Enter');
    await expect(
      page.getByRole('button', { name: `e2e-${run} verwijderen` }),
    ).toBeVisible();
    await page.locator('#profile-themes').fill('werkdruk,');
    await page.getByRole('checkbox', { name: 'Werkgroep' }).check();
    await page.getByRole('checkbox', { name: 'Nederlands' }).check();
    await expect(page.locator('#profile-about-warning')).toContainText(
      'bijzondere persoonsgegevens',
    );
    await page.locator('#profile-about').fill('Ik werk op de nachtdienst.');
    await page.locator('#profile-visibility-skills').selectOption('COLLEAGUES');
    await expectFitsOnPhone(page);
    await expectNoSeriousA11yViolations(page, 'join step 2');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Step 3: consent per way of taking part, each optional.
    await expect(stepHeading(page)).toHaveText(
      /Stap 3 van [34]:?\s*Toestemming/,
    );
    await page
      .getByRole('checkbox', { name: 'Je mag me vragen voor een werkgroep' })
      .check();
    await page
      .getByRole('checkbox', {
        name: 'Je mag me vragenlijsten sturen als lid van het enquêtepanel',
      })
      .check();
    await expectNoSeriousA11yViolations(page, 'join step 3');
    // With a published agreement (see pool-admin.spec) it is accepted in a fourth step.
    const submit = page.getByRole('button', { name: 'Aanmelden', exact: true });
    const next = page.getByRole('button', { name: 'Volgende' });
    await expect(submit.or(next)).toBeVisible();
    if (await next.isVisible()) {
      await next.click();
      await expect(stepHeading(page)).toHaveText(
        /Stap 4 van 4:?\s*Overeenkomst/,
      );
      await page.getByRole('button', { name: 'Ik ga akkoord' }).click();
    } else {
      await submit.click();
    }

    // In the pool: the profile as entered.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Welkom in de participantenpool!' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Mijn profiel' }),
    ).toBeVisible();
    const profile = page.locator('dl.profile-view');
    await expect(profile).toContainText('6 uur per maand');
    await expect(profile).toContainText('werkdruk');
    await expect(profile).toContainText('nachtdienst');
    await expectNoSeriousA11yViolations(page, 'my participation');

    // Pause until a date, then resume.
    const until = dateFromToday(21);
    await page.getByLabel('Gepauzeerd tot en met').fill(until);
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Je deelname is gepauzeerd tot' }),
    ).toBeVisible();
    await expect(page.locator('.status-line')).toContainText('Gepauzeerd tot');
    await expectNoSeriousA11yViolations(page, 'my participation (paused)');
    await page.getByRole('button', { name: 'Weer beschikbaar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Je bent weer beschikbaar.' }),
    ).toBeVisible();
    await expect(page.locator('.status-line')).toContainText('Actief');

    // Withdraw one consent: saved at once, still withdrawn after a reload.
    const surveyPanel = page.getByRole('checkbox', {
      name: 'Je mag me vragenlijsten sturen als lid van het enquêtepanel',
    });
    await expect(surveyPanel).toBeChecked();
    await surveyPanel.uncheck();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Toestemming ingetrokken: enquêtepanel.' }),
    ).toBeVisible();
    await page.reload();
    await expect(surveyPanel).not.toBeChecked();
    await expect(
      page.getByRole('checkbox', {
        name: 'Je mag me vragen voor een werkgroep',
      }),
    ).toBeChecked();

    await expectFitsOnPhone(page);

    // The skill catalogue is the adviser's.
    await expect(menuLink(page, 'Vaardigheden')).toHaveCount(0);
    await page.goto('/participation/skills');
    await expect(page).toHaveURL(/\/forbidden$/);
  });

  test('an adviser adds a skill to the catalogue', async ({ page }) => {
    const run = runId();
    const name = `E2E Vaardigheid ${run}`;
    await loginAs(page, 'adviseur');
    await followMenuLink(page, 'Vaardigheden');
    await expect(page).toHaveURL(/\/participation\/skills$/);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: /Vaardigheden\u00ad?catalogus/,
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'skill catalogue');

    // Empty name: said at the field.
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.locator('#skill-add-name-error')).toHaveText(
      /Vul een naam in/,
    );

    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `“${name}” is toegevoegd` }),
    ).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('0');

    // The same name again is refused clearly.
    await page.getByLabel('Naam', { exact: true }).fill(name.toLowerCase());
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('bestaat al');
    await expectNoSeriousA11yViolations(page, 'skill catalogue with an error');

    await expectFitsOnPhone(page);

    // Rename inline.
    await row
      .getByRole('button', { name: `Naam wijzigen van ${name}` })
      .click();
    const renamed = `${name} (hernoemd)`;
    await page.getByLabel(`Nieuwe naam voor ${name}`).fill(renamed);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `gewijzigd in “${renamed}”` }),
    ).toBeVisible();
  });
});
