import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectFitsOnPhone } from './support/layout';
import { DEMO_USERS, loginAs, runId } from './support/session';
import { followMenuLink, menuLink } from './support/navigation';
import { graphql } from './support/graphql';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

const stepHeading = (page: Page) => page.locator('#join-step-heading');

/**
 * The e2e database survives between runs. Whatever state the demo employee is
 * in (never joined, in the pool, left), leave if needed and end at step 1 of
 * the join flow, so the agreement step is always walked through.
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
    await page
      .getByRole('dialog', { name: 'Afmelden bij de participantenpool?' })
      .getByRole('button', { name: 'Ja, afmelden' })
      .click();
  }
  if (await stepHeading(page).isVisible()) return;
  await expect(left).toBeVisible();
  await page.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
}

test.describe('the adviser and the participant pool', () => {
  test('an agreement version is published and accepted; the adviser finds, matches and draws', async ({
    browser,
    page,
  }) => {
    const run = runId();
    const agreementTitle = `E2E Overeenkomst ${run}`;
    const theme = `e2e${run.toLowerCase()}`;

    // --- The adviser writes and publishes a new agreement version.
    await loginAs(page, 'adviseur');
    await followMenuLink(page, 'Overeenkomst');
    await expect(page).toHaveURL(/\/participation\/agreements$/);
    await expect(page).toHaveTitle(/Deelnemersovereenkomst – Inspraak/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deelnemersovereenkomst' }),
    ).toBeVisible();
    await page.getByLabel('Titel', { exact: true }).fill(agreementTitle);
    await page
      .getByLabel('Tekst', { exact: true })
      .fill(
        `# Afspraken ${run}\n\nJe doet **vrijwillig** mee.\n\n- Je mag altijd stoppen\n- Je gegevens blijven binnen de organisatie`,
      );
    await page.getByLabel('Looptijd in maanden').fill('12');
    const preview = page.locator('section.preview');
    await expect(
      preview.getByRole('heading', { name: `Afspraken ${run}` }),
    ).toBeVisible();
    await expect(preview.locator('strong')).toHaveText('vrijwillig');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Het concept is opgeslagen.' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'agreements');
    await expectFitsOnPhone(page);

    await page.getByRole('button', { name: 'Concept publiceren' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Nieuwe versie publiceren?',
    });
    await confirm.getByRole('button', { name: 'Ja, publiceren' }).click();
    const published = page
      .getByRole('status')
      .filter({ hasText: /Versie \d+ is gepubliceerd\./ });
    await expect(published).toBeVisible();
    const version = Number(
      /Versie (\d+) is gepubliceerd/.exec(
        (await published.textContent()) ?? '',
      )?.[1],
    );
    expect(version).toBeGreaterThan(0);
    await expect(
      page
        .locator('.versions-table tbody tr')
        .filter({ hasText: agreementTitle }),
    ).toContainText('Gepubliceerd');

    // --- The employee (joining or re-joining) reads and accepts it.
    const employeeContext = await browser.newContext({ locale: 'nl-NL' });
    const employee = await employeeContext.newPage();
    await loginAs(employee, 'medewerker');
    await followMenuLink(employee, 'Mijn poolprofiel');
    await startJoinFlow(employee);
    await expect(stepHeading(employee)).toHaveText(
      /Stap 1 van 4:?\s*Wat meedoen betekent/,
    );
    await employee.getByRole('button', { name: 'Volgende' }).click();
    await expect(stepHeading(employee)).toHaveText(/Stap 2 van 4/);
    await employee.locator('#profile-hours').fill('6');
    await employee.locator('#profile-themes').fill(`${theme},`);
    await employee.getByRole('checkbox', { name: 'Werkgroep' }).check();
    await employee.getByRole('checkbox', { name: 'Nederlands' }).check();
    await employee.getByRole('button', { name: 'Volgende' }).click();
    await expect(stepHeading(employee)).toHaveText(/Stap 3 van 4/);
    await employee
      .getByRole('checkbox', { name: 'Je mag me vragen voor een werkgroep' })
      .check();
    await employee
      .getByRole('checkbox', {
        name: 'Je mag me vragen of loten voor een klankbordgroep',
      })
      .check();
    await employee.getByRole('button', { name: 'Volgende' }).click();

    await expect(stepHeading(employee)).toHaveText(
      /Stap 4 van 4:?\s*Overeenkomst/,
    );
    const text = employee.locator('.agreement-text');
    await expect(text).toContainText(agreementTitle);
    await expect(text).toContainText(`Versie ${version}`);
    await expect(
      text.getByRole('heading', { name: `Afspraken ${run}` }),
    ).toBeVisible();
    await expect(text.getByRole('listitem')).toHaveCount(2);
    await expectNoSeriousA11yViolations(employee, 'join step 4 (agreement)');
    await employee.getByRole('button', { name: 'Ik ga akkoord' }).click();

    await expect(
      employee
        .getByRole('status')
        .filter({ hasText: 'Welkom in de participantenpool!' }),
    ).toBeVisible();
    const standing = employee.locator('section.agreement');
    await expect(standing).toContainText(
      `Je bent akkoord met versie ${version}`,
    );
    await expect(standing).toContainText('Geldig tot en met');
    await expect(
      standing.getByRole('button', { name: 'Ik ga akkoord' }),
    ).toHaveCount(0);
    await expectNoSeriousA11yViolations(
      employee,
      'my participation (agreement)',
    );
    await employeeContext.close();

    // --- The adviser finds the employee in the pool.
    await followMenuLink(page, 'Pool', { exact: true });
    await expect(page).toHaveURL(/\/participation\/pool$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Participantenpool' }),
    ).toBeVisible();
    await expect(page.locator('#pool-results-heading')).toContainText(
      /deelnemers? gevonden/,
    );
    await expectNoSeriousA11yViolations(page, 'pool');
    await page.getByLabel('Naam of e-mailadres').fill(DEMO_USERS.medewerker);
    await page.getByLabel('Thema', { exact: true }).fill(theme);
    await page.getByLabel('Geldige overeenkomst').selectOption('yes');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect(page.locator('#pool-results-heading')).toHaveText(
      /^\s*1 deelnemer gevonden\s*$/,
    );
    const poolRow = page
      .locator('.pool-table tbody tr')
      .filter({ hasText: DEMO_USERS.medewerker });
    await expect(poolRow).toContainText('Geldig');
    const employeeName = (
      (await poolRow.locator('.name-cell > span').first().textContent()) ?? ''
    ).trim();
    expect(employeeName).not.toBe('');
    await expect(
      page.getByRole('heading', { name: 'Vertegenwoordiging per afdeling' }),
    ).toBeVisible();
    await expectFitsOnPhone(page);

    // --- The adviser sees the employee among those who accepted.
    await followMenuLink(page, 'Overeenkomst');
    await page.getByRole('button', { name: `Wie (versie ${version})` }).click();
    const acceptances = page.locator('section.acceptances');
    await expect(
      acceptances.getByRole('heading', {
        name: `Akkoorden met versie ${version}`,
      }),
    ).toBeVisible();
    await expect(acceptances).toContainText(/\d+ geaccepteerd, \d+ nog niet\./);
    const acceptedRow = acceptances
      .getByRole('row')
      .filter({ hasText: employeeName });
    await expect(acceptedRow).toHaveCount(1);
    await expect(acceptedRow).not.toContainText('Nog niet');
    await expectNoSeriousA11yViolations(page, 'agreements (acceptances)');

    // --- A match for a project that needs the employee's theme.
    await followMenuLink(page, 'Matchen');
    await expect(page).toHaveURL(/\/participation\/match$/);
    await expectNoSeriousA11yViolations(page, 'match');
    await page.getByLabel('Thema’s', { exact: true }).fill(`${theme},`);
    await page.getByLabel('Aantal mensen').fill('3');
    await page.getByLabel('Manier van meedoen').selectOption('WORKGROUP');
    await page.getByRole('button', { name: 'Zoek deelnemers' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Resultaat' }),
    ).toBeVisible();
    await expect(
      page.getByText(/\d+ deelnemers? (komen|komt) in aanmerking\./),
    ).toBeVisible();
    const candidate = page
      .locator('.candidates tbody tr')
      .filter({ hasText: employeeName });
    await expect(candidate).toHaveCount(1);
    await expect(candidate.locator('td.why')).not.toBeEmpty();
    await expect(
      page.getByRole('heading', { name: 'Niet in aanmerking' }),
    ).toBeVisible();
    // Departments by name, never by id (was: "komt uit: be26b786-…").
    await expect(page.locator('#main, main').first()).not.toContainText(UUID);
    await expectNoSeriousA11yViolations(page, 'match (results)');
    await expectFitsOnPhone(page);

    // --- From the match to a call: invite the employee to the trajectory's open call.
    const trajectoryTitle = `E2E traject ${run}`;
    const { createTrajectory } = await graphql<{
      createTrajectory: { id: string };
    }>(
      page.context(),
      'mutation($i: TrajectoryInput!) { createTrajectory(input: $i) { id } }',
      {
        i: {
          title: trajectoryTitle,
          description: 'Voor de e2e-test.',
          decision: 'Een besluit',
          published: true,
        },
      },
    );
    const callName = `Werkgroep ${run}`;
    await graphql(
      page.context(),
      'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
      {
        t: createTrajectory.id,
        i: {
          name: callName,
          goal: 'Een voorstel.',
          skillIds: [],
          size: 3,
          hoursPerMonth: 2,
          closesOn: '2099-12-31',
        },
      },
    );
    // The trajectories load with the page: search again on a fresh page.
    await page.reload();
    await page.getByLabel('Thema’s', { exact: true }).fill(`${theme},`);
    await page.getByLabel('Aantal mensen').fill('3');
    await page.getByLabel('Manier van meedoen').selectOption('WORKGROUP');
    await page.getByRole('button', { name: 'Zoek deelnemers' }).click();
    const invite = page.locator('#match-invite-heading').locator('..');
    await expect(
      page.getByRole('heading', {
        name: 'Uitnodigen voor een werkgroep of oproep',
      }),
    ).toBeVisible();
    await invite.getByLabel('Verandertraject', { exact: true }).selectOption({
      label: trajectoryTitle,
    });
    await expect(
      invite.getByLabel('Werkgroep of oproep', { exact: true }),
    ).toHaveValue(/.+/);
    const tick = invite.getByRole('checkbox', { name: employeeName });
    await tick.check();
    await expectNoSeriousA11yViolations(page, 'match (invite)');
    await invite.getByRole('button', { name: /^Nodig \d+ uit$/ }).click();
    await expect(invite.locator('.alert.success')).toContainText(
      `Uitgenodigd voor ${callName}`,
    );

    // --- A stratified draw, then anyone's check of it.
    const drawTitle = `E2E loting ${run}`;
    await followMenuLink(page, 'Loting');
    await expect(page).toHaveURL(/\/participation\/draws$/);
    await expectNoSeriousA11yViolations(page, 'draws');
    await page.getByLabel('Titel', { exact: true }).fill(drawTitle);
    // More seats than eligible people: the draw says how many stay empty.
    await page.getByLabel('Aantal plaatsen').fill('400');
    await page.getByLabel('Aantal reserves').fill('1');
    await page.getByRole('combobox', { name: /Voor traject/ }).selectOption({
      label: trajectoryTitle,
    });
    await expect(
      page.getByRole('checkbox', { name: 'Afdeling' }),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Loten', exact: true }).click();
    const result = page.locator('section.result');
    await expect(
      result.getByRole('heading', { name: `Uitslag: ${drawTitle}` }),
    ).toBeVisible();
    await expect(result.locator('.shortfall')).toContainText(
      /Niet alle plaatsen zijn gevuld: \d+ van de 400 bleven leeg/,
    );
    await expect(result.locator('.trajectory')).toHaveText(trajectoryTitle);
    // Plain words for people; the technical names only for whoever checks.
    await expect(result.locator('.algorithm')).toBeHidden();
    await result.getByText('Technische gegevens (voor controle)').click();
    await expect(result.locator('.seed')).not.toBeEmpty();
    await expect(result.locator('.algorithm')).toBeVisible();
    // Groups by name.
    const groups = await result.locator('.strata tbody th').allTextContents();
    const names = groups.map((g) => g.trim());
    expect(names).toEqual(
      [...names].sort((a, b) =>
        a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }),
      ),
    );
    // The next step: the people drawn to the trajectory's call.
    const next = page.locator('section.next-step');
    await expect(
      next.getByLabel('Verandertraject', { exact: true }),
    ).toHaveValue(createTrajectory.id);
    await expect(
      next.getByLabel('Werkgroep of oproep', { exact: true }),
    ).toHaveValue(/.+/);
    await expect(
      result.getByRole('table', { name: 'Verdeling per groep' }),
    ).toBeVisible();
    await expect(
      result.getByRole('columnheader', { name: 'In aanmerking' }),
    ).toBeVisible();
    await expect(
      page.locator('.history tbody tr').filter({ hasText: drawTitle }),
    ).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'draws (result)');
    await expectFitsOnPhone(page);

    await result
      .getByRole('button', { name: `Controleer ${drawTitle}` })
      .click();
    await expect(
      page.locator('.verification').getByRole('status'),
    ).toContainText('Controle geslaagd');
    await expect(
      page.locator('.verification').getByRole('status'),
    ).not.toContainText('inspraak-sortition');
  });

  test('the adviser’s pool pages are not for an employee', async ({ page }) => {
    await loginAs(page, 'medewerker');
    for (const name of ['Pool', 'Overeenkomst', 'Matchen', 'Loting']) {
      await expect(menuLink(page, name, { exact: true })).toHaveCount(0);
    }
    for (const path of ['pool', 'agreements', 'match', 'draws']) {
      await page.goto(`/participation/${path}`);
      await expect(page).toHaveURL(/\/forbidden$/);
    }
  });
});
