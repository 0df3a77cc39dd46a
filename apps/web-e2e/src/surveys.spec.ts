import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { DEMO_USERS, loginAs, runId } from './support/session';
import { sentMails } from './support/mail';
import { followMenuLink } from './support/navigation';

/**
 * Surveys (issue 5): HR builds a survey from a template for two departments
 * of the demo organisation (Financiën, 21 employees, and Thuiszorg, 20: 19
 * generated employees and the demo employee Mila, a login in the directory) and
 * publishes it; the worker mails the invitations (to the runner's SMTP server);
 * employees answer on a phone-sized screen with their one-time link (the
 * rest of the respondents through the same public API). While it runs the
 * results show only everyone's released answers and say how many wait for
 * release; HR closes it, and only then the results show the survey's one
 * dimension (departments, units formed from the audience at publication) in
 * units of at least 5; a filter is one such unit, and the CSV export holds
 * the numbers on the screen.
 */

const FINANCE = 'Financiën';
const HOME_CARE = 'Thuiszorg';
/**
 * Who answers: in Financiën 5 in Utrecht, 5 in Amersfoort and 2 in Zeist (the
 * two in Zeist on a phone); in Thuiszorg 6. Both departments reach 5, but
 * Financiën in Zeist does not.
 */
const FINANCE_PLAN = { Utrecht: 5, Amersfoort: 5, Zeist: 2 };
const HOME_CARE_ANSWERS = 6;
const FINANCE_ANSWERS = 12;

interface Invitation {
  email: string;
  token: string;
}

async function departmentIds(page: Page): Promise<Map<string, string>> {
  const data = await graphql<{
    surveyAudienceDepartments: { id: string; name: string }[];
  }>(page.context(), '{ surveyAudienceDepartments { id name } }');
  return new Map(data.surveyAudienceDepartments.map((d) => [d.name, d.id]));
}

/** Active employees of a department: e-mail address → location. */
async function employeesIn(
  page: Page,
  departmentId: string,
): Promise<Map<string, string>> {
  const data = await graphql<{
    employees: { items: { email: string; location: string | null }[] };
  }>(
    page.context(),
    `
      query ($id: ID!) {
        employees(
          filter: { departmentId: $id, status: ACTIVE }
          page: { limit: 100 }
        ) {
          items {
            email
            location
          }
        }
      }
    `,
    { id: departmentId },
  );
  return new Map(
    data.employees.items.map((e) => [e.email.toLowerCase(), e.location ?? '']),
  );
}

/** The one-time links the worker mailed for this survey (the runner's mail catcher). */
async function invitations(
  title: string,
  expected: number,
): Promise<Invitation[]> {
  let found: Invitation[] = [];
  await expect
    .poll(
      () => {
        found = sentMails()
          .filter((m) => m.subject.startsWith(title))
          .map((m) => ({
            email: m.to,
            token: /\/s\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1] ?? '',
          }));
        return found.length;
      },
      { timeout: 5 * 60_000, intervals: [500, 1000] },
    )
    .toBe(expected);
  return found;
}

/** Submits through the public API, as the answer page does. */
async function answerByApi(
  browser: Browser,
  token: string,
  values: { agree: number; enps: number },
): Promise<void> {
  const context = await browser.newContext();
  await graphql(
    context,
    `
      mutation ($token: String!, $answers: [AnswerInput!]!) {
        submitSurveyByToken(token: $token, answers: $answers)
      }
    `,
    {
      token,
      answers: [
        { questionKey: 'workload', number: values.agree },
        { questionKey: 'informed', number: values.agree },
        { questionKey: 'heard', number: values.agree },
        { questionKey: 'enps', number: values.enps },
      ],
    },
  );
  await context.close();
}

/** Answers the pulse template on the page, as a person would. */
async function answerOnPage(page: Page, remark: string): Promise<void> {
  for (const question of [
    'Mijn werkdruk is goed te doen.',
    'Ik word goed geïnformeerd over wat er speelt.',
    'Mijn mening telt mee in mijn team.',
  ])
    await page
      .getByRole('group', { name: question })
      .getByLabel('Eens', { exact: true })
      .check();
  await page
    .getByRole('group', { name: /aanbeveelt als werkgever/ })
    .getByLabel('9', { exact: true })
    .check();
  await page.getByLabel(/Wil je nog iets kwijt/).fill(remark);
}

/**
 * Waits for the results to load and reads the units table: group → respondents.
 * Every group shown has at least 5 respondents.
 */
async function shownGroups(page: Page): Promise<Map<string, number>> {
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
  await expect(page.getByTestId('results-respondents')).toBeVisible();
  const rows = page
    .getByRole('table', { name: 'Respons per afdeling' })
    .locator('tbody tr');
  const groups = new Map<string, number>();
  for (const row of await rows.all()) {
    const label = (await row.locator('th').textContent())?.trim() ?? '';
    const respondents = Number(
      (await row.locator('td').nth(1).textContent())?.trim(),
    );
    expect(respondents, label).toBeGreaterThanOrEqual(5);
    groups.set(label, respondents);
  }
  return groups;
}

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = !quoted;
        else if (c === ';' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      cells.push(cell);
      return cells;
    });
}

test('HR builds a survey from a template for two departments, employees answer by phone, results stay anonymous and the CSV matches the screen', async ({
  page,
  browser,
}) => {
  const title = `Pulsmeting ${runId()}`;

  // HR builds the survey from the pulse template.
  await loginAs(page, 'hr');
  await followMenuLink(page, 'Vragenlijsten beheren');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vragenlijsten' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'surveys list');
  await page.getByRole('button', { name: 'Nieuwe vragenlijst' }).click();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await expect(page.getByLabel('Sjabloon', { exact: true })).toHaveValue(
    'PULSE',
  );
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
  await expect(page.getByLabel('Vraag (Nederlands)').first()).toHaveValue(
    'Mijn werkdruk is goed te doen.',
  );

  // Two departments of the demo seed as the audience.
  await page.getByLabel('Afdelingen', { exact: true }).check();
  await page.getByRole('checkbox', { name: new RegExp(`^${FINANCE}`) }).check();
  await page
    .getByRole('checkbox', { name: new RegExp(`^${HOME_CARE}`) })
    .check();
  await expect(
    page.getByText('Naar schatting 41 medewerkers worden uitgenodigd.'),
  ).toBeVisible();

  // A question without text is refused at its field, in the browser.
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByText('Vul de tekst in het Nederlands en het Engels in.').first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Vraag 6 verwijderen' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  // The preview shows the form at phone and desktop width.
  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  await expect(
    page.getByRole('heading', {
      name: 'Voorbeeld: zo ziet een medewerker het',
    }),
  ).toBeFocused();
  // 360 px inside the frame's border, as on a phone.
  expect(
    await page.locator('.frame.phone .screen').evaluate((e) => e.clientWidth),
  ).toBe(360);
  await expect(
    page.locator('.frame.phone').getByText(/^Anoniem: je antwoord/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey builder with preview');

  await page.getByRole('button', { name: 'Publiceren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vragenlijst publiceren?' });
  await expect(dialog).toContainText('Naar schatting 41 mensen');
  await dialog.getByRole('button', { name: 'Publiceren' }).click();
  await expect(
    page.getByText('Gepubliceerd: 41 mensen zijn uitgenodigd.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey builder, published');
  // No count of answers under the threshold: watched, it would say when each came.
  await expect(page.getByTestId('survey-responses')).toHaveText('minder dan 5');
  const surveyUrl = page.url();

  // The worker sends one link per invitee; sort them by department.
  const ids = await departmentIds(page);
  const finance = await employeesIn(page, ids.get(FINANCE) ?? '');
  const homeCare = await employeesIn(page, ids.get(HOME_CARE) ?? '');
  const links = await invitations(title, 41);
  expect(links.filter((l) => finance.has(l.email))).toHaveLength(21);
  expect(links.filter((l) => homeCare.has(l.email))).toHaveLength(20);
  const financeIn = (location: keyof typeof FINANCE_PLAN) =>
    links
      .filter((l) => finance.get(l.email) === location)
      .slice(0, FINANCE_PLAN[location]);
  const phoneLinks = financeIn('Zeist');
  const apiLinks = [...financeIn('Utrecht'), ...financeIn('Amersfoort')];
  const homeCareLinks = links
    .filter((l) => homeCare.has(l.email))
    .slice(0, HOME_CARE_ANSWERS);
  expect(phoneLinks.length + apiLinks.length).toBe(FINANCE_ANSWERS);

  // Two employees of Financiën in Zeist answer on a phone, without an account.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
  });
  const mobile = await phone.newPage();
  for (const [index, link] of phoneLinks.entries()) {
    await mobile.goto(`/s/${link.token}`);
    await expect(
      mobile.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(mobile.getByText(/^Anoniem: je antwoord/)).toBeVisible();
    await expect(
      mobile.getByText(/alleen in deze browser bewaard, niet op de server/),
    ).toBeVisible();
    if (index === 0) {
      await expectNoSeriousA11yViolations(mobile, 'public survey answer page');
      // Submitting without the required answers is refused per question.
      await mobile.getByRole('button', { name: 'Versturen' }).click();
      await expect(
        mobile.getByText('Deze vraag is verplicht.').first(),
      ).toBeVisible();
    }
    await answerOnPage(mobile, `Opmerking ${index + 1} uit de telefoon`);
    expect(
      await mobile.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await mobile.getByRole('button', { name: 'Versturen' }).click();
    await expect(
      mobile.getByRole('heading', { level: 1, name: 'Bedankt!' }),
    ).toBeFocused();
  }
  // The same link again: answered once.
  await mobile.goto(`/s/${phoneLinks[0]?.token}`);
  await expect(
    mobile.getByRole('heading', { level: 1, name: 'Al beantwoord' }),
  ).toBeVisible();
  // A link that does not exist.
  await mobile.goto(`/s/${'x'.repeat(43)}`);
  await expect(
    mobile.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(mobile, 'public survey unknown link');
  await phone.close();

  // The other respondents answer through the same public API.
  for (const link of apiLinks)
    await answerByApi(browser, link.token, { agree: 5, enps: 10 });
  for (const link of homeCareLinks)
    await answerByApi(browser, link.token, { agree: 1, enps: 2 });

  // While it runs, answers reach the results a group at a time, one group
  // behind (the threshold always stays behind), and only everyone's: the page
  // says how many wait and why, and shows no department yet.
  const resultsUrl = surveyUrl.replace(/\/edit$/, '/results');
  await page.goto(resultsUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: `Resultaten: ${title}` }),
  ).toBeVisible();
  const notice = page.getByTestId('release-notice');
  await expect(notice).toContainText(/\d+ antwoorden wachten op vrijgave\./);
  await expect(notice).toContainText(
    'Antwoorden worden in groepen van minstens 5 vrijgegeven, zodat niemand te herkennen is aan het moment waarop hij antwoordde; de volgende groep komt vrij zodra er 10 wachten.',
  );
  await expect(notice).toContainText(
    'Per afdeling zie je de resultaten zodra de vragenlijst gesloten is.',
  );
  await expect(page.getByTestId('results-report-by')).toHaveText('Afdeling');
  await expect(
    page.getByRole('table', { name: 'Respons per afdeling' }),
  ).toHaveCount(0);
  await expect(page.getByLabel('Alleen', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Uitsplitsen naar')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'survey results while running');

  // HR closes the survey, which adds every answer still waiting.
  await page.goto(surveyUrl);
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Vragenlijst sluiten?' })
    .getByRole('button', { name: 'Sluiten' })
    .click();
  await expect(page.getByText('De vragenlijst is gesloten.')).toBeVisible();

  // Results: 18 respondents; both departments reach 5 and show on their own.
  await page.goto(resultsUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: `Resultaten: ${title}` }),
  ).toBeVisible();
  await expect(page.getByTestId('results-respondents')).toHaveText(
    String(FINANCE_ANSWERS + HOME_CARE_ANSWERS),
  );
  await expect(page.getByTestId('results-invited')).toHaveText('41');
  await expect(page.getByTestId('release-notice')).toHaveCount(0);
  const byDepartment = await shownGroups(page);
  expect(byDepartment.get(FINANCE)).toBe(FINANCE_ANSWERS);
  expect(byDepartment.get(HOME_CARE)).toBe(HOME_CARE_ANSWERS);
  // Only two people wrote a remark: the open answers stay hidden.
  const remarks = page.locator('article[data-question="remarks"]');
  await expect(remarks).toContainText(
    'Minder dan 5 antwoorden — niet getoond ter bescherming van anonimiteit.',
  );
  await expect(page.getByText('Opmerking 1 uit de telefoon')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'survey results');

  // One unit alone: its own figures; its 2 remarks stay hidden. No other
  // dimension is offered, so nothing can be crossed with it.
  const filter = page.getByLabel('Alleen', { exact: true });
  const unitOption = async (label: string) =>
    (await filter
      .locator('option')
      .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
      .getAttribute('value')) ?? '';
  for (const department of [FINANCE, HOME_CARE]) {
    await filter.selectOption(await unitOption(department));
    await expect(page.getByText(`Alleen: ${department}`)).toBeVisible();
    await expect(page.getByTestId('results-respondents')).toHaveText(
      String(department === FINANCE ? FINANCE_ANSWERS : HOME_CARE_ANSWERS),
    );
    await expect(remarks).toContainText(
      'Minder dan 5 antwoorden — niet getoond ter bescherming van anonimiteit.',
    );
  }
  await expectNoSeriousA11yViolations(page, 'survey results, one unit');

  // The CSV export holds what the screen shows.
  await filter.selectOption({ label: 'Iedereen' });
  await shownGroups(page);
  const workload = page.locator('article[data-question="workload"]');
  const screenAnswered = (
    await workload.locator('.stats span').first().textContent()
  )?.trim();
  const screenMean = (
    await workload.locator('.stats strong').first().textContent()
  )?.trim();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/resultaten\.csv$/);
  const rows = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
  // First the response, as on the screen: everyone, then each department shown.
  expect(rows[0]).toEqual([
    'Groep',
    'Uitgenodigd',
    'Respondenten',
    'Respons (%)',
  ]);
  expect(rows[1]?.slice(0, 3)).toEqual([
    'Iedereen',
    '41',
    String(FINANCE_ANSWERS + HOME_CARE_ANSWERS),
  ]);
  expect(
    rows.find((r) => r[0] === FINANCE && r.length === 4)?.slice(1, 3),
  ).toEqual(['21', String(byDepartment.get(FINANCE))]);
  const questionHeader = rows.findIndex((r) => r[0] === 'Vraag');
  expect(rows[questionHeader]?.slice(0, 5)).toEqual([
    'Vraag',
    'Soort',
    'Groep',
    'Beantwoord',
    'Gemiddelde',
  ]);
  const everyone = rows.find(
    (r) => r[0] === 'Mijn werkdruk is goed te doen.' && r[2] === 'Iedereen',
  );
  expect(`${everyone?.[3]} beantwoord`).toBe(screenAnswered);
  // Dutch Excel reads the CSV: decimals with a comma, as the screen shows them.
  expect(everyone?.[4]).toBe(screenMean);
  const financeRow = rows.find(
    (r) => r[0] === 'Mijn werkdruk is goed te doen.' && r[2] === FINANCE,
  );
  const financeCells = workload
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: FINANCE }) })
    .getByRole('cell');
  await expect(financeCells.nth(0)).toHaveText(financeRow?.[3] ?? '');
  await expect(financeCells.nth(1)).toHaveText(financeRow?.[4] ?? '');
  expect(rows.some((r) => r.includes('Opmerking 1 uit de telefoon'))).toBe(
    false,
  );

  // A snapshot with its hash.
  await page.getByRole('button', { name: 'Momentopname vastleggen' }).click();
  await expect(page.getByText(/Momentopname vastgelegd/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Momentopnamen' }).locator('code').first(),
  ).toHaveText(/^[0-9a-f]{64}$/);
});

test('an employee answers a survey from "Mijn vragenlijsten" in the app, once', async ({
  page,
  browser,
}) => {
  const title = `Korte peiling ${runId()}`;
  // HR sends a blank survey with one question to a list that includes the demo employee.
  const hr = await browser.newContext();
  const hrPage = await hr.newPage();
  await loginAs(hrPage, 'hr');
  await hrPage.goto('/surveys');
  await hrPage.getByRole('button', { name: 'Nieuwe vragenlijst' }).click();
  await hrPage.getByLabel('Titel', { exact: true }).fill(title);
  await hrPage.getByLabel('Een lege vragenlijst').check();
  await hrPage.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(
    hrPage.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
  await hrPage.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await hrPage.getByLabel('Titel (Nederlands)').fill('Vandaag');
  await hrPage.getByLabel('Titel (Engels)').fill('Today');
  await hrPage.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await hrPage
    .getByLabel('Soort vraag')
    .selectOption({ label: 'Rangschikken' });
  await hrPage
    .getByLabel('Vraag (Nederlands)')
    .fill('Wat is het belangrijkst?');
  await hrPage.getByLabel('Vraag (Engels)').fill('What matters most?');
  await hrPage.getByLabel('Optie 1 (Nederlands)').fill('Rust');
  await hrPage.getByLabel('Optie 1 (Engels)').fill('Calm');
  await hrPage.getByLabel('Optie 2 (Nederlands)').fill('Collega’s');
  await hrPage.getByLabel('Optie 2 (Engels)').fill('Colleagues');
  await hrPage.getByLabel('Verplicht', { exact: true }).check();
  await hrPage.getByLabel('Een lijst met e-mailadressen').check();
  const addresses = hrPage.getByLabel('E-mailadressen', { exact: true });
  await addresses.fill(DEMO_USERS.adviseur);
  // A colleague is added by name; the address joins the typed ones.
  await hrPage
    .getByRole('combobox', { name: 'Collega toevoegen' })
    .fill('Mila Med');
  await hrPage.getByRole('option', { name: /^Mila Medewerker/ }).click();
  await expect(addresses).toHaveValue(
    `${DEMO_USERS.adviseur}\n${DEMO_USERS.medewerker}`,
  );
  await hrPage.getByRole('button', { name: 'Publiceren' }).click();
  await hrPage
    .getByRole('dialog', { name: 'Vragenlijst publiceren?' })
    .getByRole('button', { name: 'Publiceren' })
    .click();
  await expect(
    hrPage.getByText('Gepubliceerd: 2 mensen zijn uitgenodigd.'),
  ).toBeVisible();

  // Another option would make the answers incomparable: the API refuses and
  // a new version (run 2, a draft) takes the change along.
  await hrPage.getByRole('button', { name: 'Optie toevoegen' }).click();
  await hrPage.getByLabel('Optie 3 (Nederlands)').fill('Salaris');
  await hrPage.getByLabel('Optie 3 (Engels)').fill('Pay');
  await hrPage.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    hrPage.getByText(/maakt antwoorden onvergelijkbaar/),
  ).toBeVisible();
  await hrPage.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await expect(hrPage.getByText('Ronde 2', { exact: true })).toBeVisible();
  await expect(hrPage.getByText('Concept', { exact: true })).toBeVisible();
  await expect(hrPage.getByLabel('Optie 3 (Nederlands)')).toHaveValue(
    'Salaris',
  );
  await hr.close();

  await loginAs(page, 'medewerker');
  await followMenuLink(page, 'Mijn vragenlijsten');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mijn vragenlijsten' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'my surveys');
  await page.getByRole('link', { name: title }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();

  // Ranking with the keyboard: move "Collega’s" up; progress stays in this browser.
  await page.getByRole('button', { name: 'Collega’s omhoog' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Collega’s staat nu op plaats 1 van 2.'),
  ).toBeAttached();
  await expect(
    page.getByRole('button', { name: 'Collega’s omlaag' }),
  ).toBeFocused();
  await page.reload();
  await expect(page.locator('ol.ranking li').first()).toContainText(
    'Collega’s',
  );
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).some((k) =>
        k.startsWith('inspraak.personal.survey-progress.'),
      ),
    ),
  ).toBe(true);
  await expectNoSeriousA11yViolations(page, 'my survey answer page');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bedankt!' }),
  ).toBeVisible();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).some((k) =>
        k.startsWith('inspraak.personal.survey-progress.'),
      ),
    ),
  ).toBe(false);

  await page
    .getByRole('link', { name: 'Terug naar mijn vragenlijsten' })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('Beantwoord');
  await expect(item.getByRole('link')).toHaveCount(0);
});
