import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { DEMO_PASSWORD, DEMO_USERS, loginAs, runId } from './support/session';
import { createOneQuestionSurvey } from './support/surveys';

/**
 * The home page is a dashboard per role that one acts from: each role walks
 * its dashboard (axe, phone width) and follows one of its figures to the
 * page where it does the thing the figure asks for.
 */

const BESTUURDER = 'bestuurder@demo.inspraak.nl';

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** A person logged in on a page of their own (a context of its own). */
async function personPage(
  browser: Browser,
  user: keyof typeof DEMO_USERS | 'bestuurder',
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (user !== 'bestuurder') {
    await loginAs(page, user);
    return page;
  }
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(BESTUURDER);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, / }),
  ).toBeVisible();
  return page;
}

/** As the advisor: a published trajectory, with regie-team seats for the given people. */
async function trajectory(
  advisor: BrowserContext,
  title: string,
  seats: { email: string; role: string }[] = [],
): Promise<string> {
  const { createTrajectory } = await graphql<{
    createTrajectory: { id: string };
  }>(
    advisor,
    'mutation($i: TrajectoryInput!) { createTrajectory(input: $i) { id } }',
    {
      i: {
        title,
        description: 'Roosters per team.',
        decision: 'De bestuurder besluit na advies van de OR.',
        published: true,
      },
    },
  );
  for (const seat of seats)
    await graphql(
      advisor,
      'mutation($i: RegieTeamSeatInput!) { addRegieTeamMember(input: $i) { missingRoles } }',
      { i: { trajectoryId: createTrajectory.id, ...seat } },
    );
  return createTrajectory.id;
}

async function openCall(
  advisor: BrowserContext,
  trajectoryId: string,
  name: string,
): Promise<string> {
  const { openCall } = await graphql<{ openCall: { id: string } }>(
    advisor,
    'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
    {
      t: trajectoryId,
      i: {
        name,
        goal: 'Een voorstel voor zelfroosteren.',
        skillIds: [],
        size: 4,
        hoursPerMonth: 4,
        closesOn: '2099-12-31',
      },
    },
  );
  return openCall.id;
}

async function checkDashboard(page: Page, name: string) {
  await expectNoSeriousA11yViolations(page, `dashboard (${name})`);
  await expectFitsOnPhone(page, 390);
}

test('the advisor decides a waiting application from the dashboard', async ({
  browser,
  page,
}) => {
  const run = runId();
  const title = `Dashboard roosters ${run}`;
  const workgroup = `Werkgroep dashboard ${run}`;
  await loginAs(page, 'adviseur');
  const trajectoryId = await trajectory(page.context(), title, [
    { email: DEMO_USERS.adviseur, role: 'ADVISEUR_PARTICIPATIE' },
  ]);
  const workgroupId = await openCall(page.context(), trajectoryId, workgroup);
  const employee = await personPage(browser, 'medewerker');
  await graphql(
    employee.context(),
    'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Ik doe graag mee.") { id } }',
    { w: workgroupId },
  );
  await employee.context().close();

  await page.goto('/');
  const needs = page.getByRole('region', { name: 'Nu actie nodig' });
  await expect(needs).toBeVisible();
  // Trajectories per phase and pool health: a chart with its table, or the "no data yet" state.
  await expect(
    page
      .getByRole('region', { name: 'Trajecten per fase' })
      .getByRole('img', { name: 'Lopende trajecten per fase' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Gezondheid van de pool' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Trajecten per fase' }).getByRole('link', {
      name: title,
    }),
  ).toBeVisible();
  await checkDashboard(page, 'adviseur');

  await needs
    .getByRole('link', {
      name: new RegExp(`Aanmeldingen te beoordelen voor ${workgroup}`),
    })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/trajectories/${trajectoryId}/workgroups/${workgroupId}$`),
  );
  await page
    .getByRole('button', { name: /toelaten$/ })
    .first()
    .click();
  await expect(status(page, /doet mee met de werkgroep/)).toBeVisible();
});

test('a regie-team member answers a board post from "Mijn trajecten"', async ({
  browser,
  page,
}) => {
  const run = runId();
  const title = `Dashboard regieteam ${run}`;
  const question = `Wat gebeurt er met de nachtdiensten? ${run}`;
  const advisor = await personPage(browser, 'adviseur');
  const trajectoryId = await trajectory(advisor.context(), title, [
    { email: DEMO_USERS.orLid, role: 'MEDEZEGGENSCHAP' },
  ]);
  await advisor.context().close();
  const employee = await personPage(browser, 'medewerker');
  await graphql(
    employee.context(),
    'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
    { i: { trajectoryId, kind: 'CON', text: question, hideName: false } },
  );
  await employee.context().close();

  await loginAs(page, 'orLid');
  const mine = page.getByRole('region', { name: 'Mijn trajecten' });
  const item = mine.locator('li').filter({
    has: page.getByRole('link', { name: title, exact: true }),
  });
  await expect(item).toBeVisible();
  await checkDashboard(page, 'regieteam');
  await item.getByRole('link', { name: '1 bericht beantwoorden' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/trajectories/${trajectoryId}/board`),
  );
  const post = page.locator('article.post').filter({ hasText: question });
  await post.getByText('Modereren').click();
  await post
    .getByLabel('Reactie van het regieteam')
    .fill('De nachtdiensten blijven zoals ze zijn.');
  await post.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(status(page, 'De reactie is geplaatst.')).toBeVisible();
});

test('the council secretary starts a procedure from the meetings to prepare', async ({
  page,
}) => {
  const run = runId();
  const title = `Dashboard procedure ${run}`;
  await loginAs(page, 'orSecretaris');
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
  }).format(new Date());
  const planned = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(Date.now() + 14 * 86_400_000));
  const { registerProcedure } = await graphql<{
    registerProcedure: { id: string };
  }>(
    page.context(),
    'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
    {
      i: {
        type: 'ADVICE',
        item: 'e',
        title,
        requestReceivedOn: today,
        plannedMeetingOn: planned,
        agreedTermDays: 42,
        reasonsStated: true,
        consequencesStated: true,
        measuresStated: true,
        completenessNotes: '',
        confidential: false,
      },
    },
  );
  await page.goto('/');
  const section = page.getByRole('region', {
    name: 'Procedures en termijnen',
  });
  await expect(section).toBeVisible();
  await checkDashboard(page, 'OR-secretaris');
  await section.getByRole('link', { name: title }).first().click();
  await expect(page).toHaveURL(
    new RegExp(`/procedures/${registerProcedure.id}$`),
  );
  await page
    .getByRole('button', { name: 'Behandeling starten', exact: true })
    .click();
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Stap vastleggen?' })
    .getByRole('button', { name: 'Vastleggen' })
    .click();
  await expect(status(page, 'Vastgelegd: Behandeling starten.')).toBeVisible();
});

/** As an author: a one-question survey to everyone, published. */
async function runningSurvey(context: BrowserContext, title: string) {
  const id = await createOneQuestionSurvey(context, { title });
  await graphql(
    context,
    'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
    { id },
  );
  return id;
}

test('HR closes a running survey from the dashboard', async ({ page }) => {
  const title = `Dashboard peiling HR ${runId()}`;
  await loginAs(page, 'hr');
  const id = await runningSurvey(page.context(), title);
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Peilingen en besluiten' });
  await expect(section).toBeVisible();
  // Nobody answered yet: no count shows under the threshold.
  const running = section
    .getByTestId('running-surveys')
    .locator('li')
    .filter({
      has: page.getByRole('link', { name: title }),
    });
  await expect(running).toContainText('nog niet zichtbaar');
  await checkDashboard(page, 'HR');
  await running.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/edit$`));
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Vragenlijst sluiten?' })
    .getByRole('button', { name: 'Sluiten' })
    .click();
  await expect(status(page, 'De vragenlijst is gesloten.')).toBeVisible();
});

test('the director sends a reminder for a running survey from the dashboard', async ({
  browser,
}) => {
  const title = `Dashboard peiling bestuurder ${runId()}`;
  const page = await personPage(browser, 'bestuurder');
  const id = await runningSurvey(page.context(), title);
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Peilingen en besluiten' });
  await expect(
    section.getByRole('heading', {
      name: 'Procedures die op een besluit wachten',
    }),
  ).toBeVisible();
  await checkDashboard(page, 'bestuurder');
  await section.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/edit$`));
  await page.getByRole('button', { name: 'Nu herinneren' }).click();
  await expect(
    status(page, /De herinnering gaat binnen een minuut weg/),
  ).toBeVisible();
  await page.context().close();
});

test('an employee applies to an open call from "Wat er van je gevraagd wordt"', async ({
  browser,
  page,
}) => {
  const run = runId();
  const workgroup = `Werkgroep voor iedereen ${run}`;
  const advisor = await personPage(browser, 'adviseur');
  const trajectoryId = await trajectory(
    advisor.context(),
    `Dashboard medewerker ${run}`,
  );
  await openCall(advisor.context(), trajectoryId, workgroup);
  await advisor.context().close();

  await loginAs(page, 'medewerker');
  // An employee sees no advisor's sections.
  await expect(
    page.getByRole('region', { name: 'Nu actie nodig' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Wat er speelt' }).getByRole('link', {
      name: `Dashboard medewerker ${run}`,
    }),
  ).toBeVisible();
  await checkDashboard(page, 'medewerker');
  await page
    .getByRole('region', { name: 'Wat er van je gevraagd wordt' })
    .getByRole('link', { name: /Open oproepen om mee te doen/ })
    .click();
  await expect(page).toHaveURL(/\/my-participation$/);
  await page
    .getByRole('button', { name: `Aanmelden voor ${workgroup}` })
    .click();
  await page
    .getByLabel(`Waarom wil je meedoen met ${workgroup}?`)
    .fill('Ik werk al jaren met roosters.');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(
    status(page, `Je aanmelding voor “${workgroup}” is verstuurd.`),
  ).toBeVisible();
});

test('the dashboard speaks English too', async ({ page }) => {
  await loginAs(page, 'adviseur');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Needs action now' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Pool health' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'dashboard (adviseur, English)');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
});
