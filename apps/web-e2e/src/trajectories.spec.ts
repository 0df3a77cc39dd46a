import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectFitsOnPhone, localDateTime } from './support/layout';
import { DEMO_USERS, loginAs, runId, switchLanguage } from './support/session';
import { choosePerson, DEMO_NAMES } from './support/people';
import { runWorkerJob } from './support/worker-jobs';
import { followMenuLink } from './support/navigation';

const tabs = (page: Page) =>
  page.getByRole('navigation', { name: 'Onderdelen van het traject' });
/** A `date` input's value `days` from today, in the browser's time zone. */
const localDay = (days: number) => localDateTime(days, '00:00').slice(0, 10);
/** A YYYY-MM-DD day as Dutch readers write it: "5 december 2026". */
const longDutchDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });
/** The employee's own workgroup (applied, invited or member) in "Mijn participatie". */
const myWorkgroup = (page: Page, name: string) =>
  page
    .getByRole('region', {
      name: 'Mijn werkgroepen, aanmeldingen en uitnodigingen',
    })
    .locator('li')
    .filter({ has: page.getByRole('link', { name }) });

/** Fills in "Nieuw traject" on the list page (published) and returns the new trajectory's path. */
async function createTrajectory(
  page: Page,
  title: string,
  checkA11y = false,
): Promise<string> {
  await page.getByRole('button', { name: 'Nieuw traject' }).click();
  await page.getByLabel('Titel').fill(title);
  await page
    .getByLabel('Omschrijving')
    .fill('De roosters worden voortaan per team gemaakt.');
  await page
    .getByLabel('Besluit')
    .fill('De bestuurder besluit na advies van de OR.');
  await page.getByLabel('Budgetpost').fill('Externe deskundige 2026');
  await page.getByLabel('Gepubliceerd').check();
  if (checkA11y)
    await expectNoSeriousA11yViolations(page, 'trajectories with new form');
  await page.getByRole('button', { name: 'Traject aanmaken' }).click();
  await expect(page).toHaveURL(/\/trajectories\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Opens a call for a workgroup from the trajectory's workgroups tab. */
async function openCall(page: Page, name: string, checkA11y = false) {
  await tabs(page).getByRole('link', { name: 'Werkgroepen' }).click();
  await expect(page).toHaveURL(/\/workgroups$/);
  await page.getByRole('button', { name: 'Oproep openen' }).click();
  await page.getByLabel('Naam van de werkgroep').fill(name);
  await page
    .getByLabel('Doel')
    .fill('Een voorstel voor zelfroosteren per team.');
  await page.getByLabel('Aantal leden').fill('5');
  await page.getByLabel('Uren per maand').fill('4');
  if (checkA11y)
    await expectNoSeriousA11yViolations(page, 'workgroups with call form');
  await page.getByRole('button', { name: 'Oproep openen' }).click();
  await expect(
    status(page, `De oproep voor “${name}” is geopend.`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

/** The regie team's four roles, each held by a demo person (see the demo seed). */
const REGIE_TEAM = [
  { email: 'adviseur@demo.inspraak.nl', role: 'adviseur participatie' },
  { email: 'hr@demo.inspraak.nl', role: 'HRM' },
  { email: 'or-lid@demo.inspraak.nl', role: 'medezeggenschap' },
  { email: 'bestuurder@demo.inspraak.nl', role: 'bestuurder' },
] as const;

// Fail a step fast instead of waiting for the whole (long) test's timeout.
test.use({ actionTimeout: 15_000 });

test.describe('change trajectories', () => {
  test('the advisor sets up a trajectory with its regie team; an employee applies, posts and gets answers; a meeting is held', async ({
    browser,
    page,
  }) => {
    const run = runId();
    const title = `E2E Nieuw rooster ${run}`;
    const workgroupName = `Werkgroep roosters ${run}`;
    const motivation = `Ik werk al jaren met roosters (${run}).`;
    const pro = `Voordeel: meer invloed op mijn diensten (${run})`;
    const con = `Nadeel: minder vaste collega's (${run})`;
    const answer = `Dank je, we nemen dit mee in het ontwerp (${run}).`;
    const meetingTitle = `Regieteam overleg ${run}`;
    const action = `Roosterdata aanleveren ${run}`;
    const lateAction = `Verslag rondsturen ${run}`;
    const confidentialMinutes = `Twee functies vervallen (${run})`;

    const employeeContext = await browser.newContext({ locale: 'nl-NL' });
    const employee = await employeeContext.newPage();

    let trajectoryUrl = '';

    await test.step('the advisor creates a published trajectory', async () => {
      await loginAs(page, 'adviseur');
      await followMenuLink(page, 'Trajecten');
      await expect(page).toHaveURL(/\/trajectories$/);
      await expect(page).toHaveTitle(/Verandertrajecten – Inspraak/);
      await expect(
        page.getByRole('heading', { level: 2, name: 'Afspraken over tijd' }),
      ).toBeVisible();
      trajectoryUrl = await createTrajectory(page, title, true);
    });

    await test.step('the trajectory cannot leave its first phase until the regie team has all four roles', async () => {
      await expect(
        page.getByText(
          'Nog nodig in het regieteam: medezeggenschap, HRM, bestuurder, adviseur participatie.',
        ),
      ).toBeVisible();
      const next = page.getByRole('button', {
        name: /^Naar de volgende fase: /,
      });
      await expect(next).toBeDisabled();
      await expect(
        page.locator('.stepper [aria-current="step"]'),
      ).toContainText('huidige fase');
      await expectNoSeriousA11yViolations(page, 'trajectory overview');
      await expectFitsOnPhone(page);

      // People are chosen by name from the directory, by keyboard for the first.
      const picker = page.getByRole('combobox', { name: 'Wie (zoek op naam)' });
      await picker.fill('Anouk de Adv');
      await expect(
        page.getByRole('option', { name: /^Anouk de Adviseur/ }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'person picker (open)');
      await picker.press('ArrowDown');
      await picker.press('ArrowUp');
      await picker.press('Enter');
      await expect(picker).toHaveValue('Anouk de Adviseur');
      await picker.fill('');
      for (const member of REGIE_TEAM) {
        await choosePerson(page, picker, DEMO_NAMES[member.email]);
        await page.getByLabel('Rol').selectOption({ label: member.role });
        await page.getByRole('button', { name: 'Toevoegen' }).click();
        await expect(
          status(page, `in het regieteam als ${member.role}.`),
        ).toBeVisible();
        await expect(picker).toBeFocused();
        // The emptied field is not marked wrong after a successful add, also once left.
        await picker.blur();
        await expect(picker).not.toHaveAttribute('aria-invalid', 'true');
        await picker.focus();
      }
      await expect(page.getByText(/Nog nodig in het regieteam/)).toHaveCount(0);
      await expect(next).toBeEnabled();
      await next.click();
      await expect(status(page, /Het traject is nu in de fase /)).toBeVisible();
      await expect(page.locator('.stepper li').nth(1)).toHaveAttribute(
        'aria-current',
        'step',
      );
    });

    await test.step('the advisor opens a call for a workgroup', async () => {
      await openCall(page, workgroupName, true);
    });

    await test.step('the employee applies in "Mijn participatie"', async () => {
      await loginAs(employee, 'medewerker');
      await followMenuLink(employee, 'Mijn participatie');
      await expect(employee).toHaveURL(/\/my-participation$/);
      await employee
        .getByRole('button', { name: `Aanmelden voor ${workgroupName}` })
        .click();
      await employee
        .getByLabel(`Waarom wil je meedoen met ${workgroupName}?`)
        .fill(motivation);
      await employee
        .getByRole('button', { name: 'Aanmelding versturen' })
        .click();
      await expect(
        status(employee, `Je aanmelding voor “${workgroupName}” is verstuurd.`),
      ).toBeVisible();
      await expect(myWorkgroup(employee, workgroupName)).toContainText(
        'het regieteam beslist nog',
      );
      await expect(
        employee.getByRole('button', {
          name: `Aanmelden voor ${workgroupName}`,
        }),
      ).toHaveCount(0);
      await expectNoSeriousA11yViolations(employee, 'my participation');
      await expectFitsOnPhone(employee);
    });

    await test.step('the advisor accepts the application, seeing why the employee fits', async () => {
      await page.getByRole('link', { name: workgroupName }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: workgroupName }),
      ).toBeVisible();
      const card = page.locator('li.applicant').filter({ hasText: motivation });
      await expect(card).toBeVisible();
      await expect(card).toContainText('Past bij de oproep');
      const name = (await card.locator('h3').textContent())?.trim() ?? '';
      expect(name).not.toBe('');
      await expectNoSeriousA11yViolations(page, 'workgroup with applicants');
      await card.getByLabel('Toelichting bij je besluit').fill('Welkom!');
      await card.getByRole('button', { name: `${name} toelaten` }).click();
      await expect(
        status(page, `${name} doet mee met de werkgroep.`),
      ).toBeVisible();
      await expect(
        page.locator('.people').filter({ hasText: name }).first(),
      ).toBeVisible();
    });

    await test.step('the employee posts a pro and a con (the con without name)', async () => {
      await employee.goto(`${trajectoryUrl}/board`);
      await expect(
        employee.getByRole('heading', { level: 2, name: 'Voor- en nadelen' }),
      ).toBeVisible();
      await employee.getByRole('radio', { name: 'Voordeel' }).check();
      await employee.getByLabel('Je bijdrage').fill(pro);
      await employee.getByRole('button', { name: 'Plaatsen' }).click();
      await expect(status(employee, 'Je bijdrage is geplaatst.')).toBeVisible();
      await employee.getByRole('radio', { name: 'Nadeel' }).check();
      await employee.getByLabel('Je bijdrage').fill(con);
      await employee.getByLabel('Naam verbergen').check();
      await employee.getByRole('button', { name: 'Plaatsen' }).click();
      await expect(status(employee, 'Je bijdrage is geplaatst.')).toBeVisible();
      await expect(
        employee.locator('article.post').filter({ hasText: con }),
      ).toContainText('naam verborgen voor anderen');
      await expectNoSeriousA11yViolations(employee, 'board (employee)');
      await expectFitsOnPhone(employee);
    });

    await test.step('the advisor answers the pro on the board', async () => {
      await tabs(page).getByRole('link', { name: 'Voor- en nadelen' }).click();
      const post = page.locator('article.post').filter({ hasText: pro });
      await expect(post).toBeVisible();
      await post.getByText('Modereren').click();
      await post.getByLabel('Reactie van het regieteam').fill(answer);
      await post.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await expect(status(page, 'De reactie is geplaatst.')).toBeVisible();
      await expect(post.locator('.response')).toContainText(answer);
      await expectNoSeriousA11yViolations(page, 'board (moderator)');
    });

    await test.step('the employee sees the answer and the membership in "Mijn participatie"', async () => {
      await followMenuLink(employee, 'Mijn participatie');
      const post = employee.locator('li.post').filter({ hasText: pro });
      await expect(post).toContainText('Reactie van het regieteam');
      await expect(post).toContainText(answer);
      await expect(myWorkgroup(employee, workgroupName)).toContainText('Lid');
    });

    let meetingUrl = '';
    await test.step('the advisor schedules a meeting at short notice with a confidential item', async () => {
      await tabs(page).getByRole('link', { name: 'Vergaderingen' }).click();
      await page.getByRole('button', { name: 'Vergadering plannen' }).click();
      await page.getByLabel('Soort').selectOption({ label: 'Regieteam' });
      await page.getByLabel('Titel', { exact: true }).fill(meetingTitle);
      await page.getByLabel('Begint op').fill(localDateTime(2, '10:00'));
      await page.getByLabel('Eindigt op').fill(localDateTime(2, '11:30'));
      await page.getByLabel('Plaats').fill('Vergaderzaal 2');
      await page
        .getByLabel('Genodigden')
        .fill(`${DEMO_USERS.hr}, ${DEMO_USERS.medewerker}`);
      await page
        .getByLabel('Agendapunt 1', { exact: true })
        .fill('Stand van zaken');
      await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      await page
        .getByLabel('Agendapunt 2', { exact: true })
        .fill('Personele gevolgen');
      await page
        .getByRole('checkbox', { name: 'Vertrouwelijk (art. 20 WOR)' })
        .nth(1)
        .check();
      // Warned before sending: two days' notice is under the seven of art. 14 WOR.
      await expect(
        status(page, 'Let op: de genodigden krijgen maar 2 dagen de tijd.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'meetings with schedule form');
      await page.getByRole('button', { name: 'Vergadering plannen' }).click();
      await expect(
        page.getByRole('heading', { name: `“${meetingTitle}” is gepland.` }),
      ).toBeVisible();
      await expect(
        status(
          page,
          'Minder dan 7 dagen tussen uitnodiging en vergadering (art. 14 WOR).',
        ),
      ).toBeVisible();
      await page.getByRole('link', { name: `Open “${meetingTitle}”` }).click();
      await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
      meetingUrl = new URL(page.url()).pathname;
      await expect(
        page.getByRole('heading', { level: 1, name: meetingTitle }),
      ).toBeVisible();
      await expect(
        page.locator('.agenda li').filter({ hasText: 'Personele gevolgen' }),
      ).toContainText('Vertrouwelijk (art. 20 WOR)');
    });

    await test.step('minutes with a decision and actions (one due tomorrow, one overdue) are recorded', async () => {
      await page.getByRole('button', { name: 'Notulen vastleggen' }).click();
      await page
        .getByRole('textbox', { name: 'Algemene notulen', exact: true })
        .fill('Iedereen was aanwezig. De werkgroep start volgende week.');
      await page
        .getByLabel('Besluit bij “Stand van zaken”')
        .fill('De planning wordt gevolgd.');
      await page
        .getByLabel('Notulen bij “Personele gevolgen”')
        .fill(confidentialMinutes);
      await page.getByRole('button', { name: 'Notulen opslaan' }).click();
      await expect(status(page, 'De notulen zijn opgeslagen.')).toBeVisible();
      await expect(page.locator('.decision')).toContainText(
        'De planning wordt gevolgd.',
      );

      await page
        .getByRole('textbox', { name: 'Afspraak', exact: true })
        .fill(action);
      await choosePerson(
        page,
        page.getByRole('combobox', { name: 'Wie het doet (zoek op naam)' }),
        DEMO_NAMES[DEMO_USERS.medewerker],
      );
      await page.getByLabel('Uiterlijk').fill(localDay(1));
      await page
        .getByLabel('Bij agendapunt')
        .selectOption({ label: 'Stand van zaken' });
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      await expect(
        status(page, /De afspraak is toegevoegd voor /),
      ).toBeVisible();
      await expect(page.getByRole('checkbox', { name: action })).toBeVisible();

      await page
        .getByRole('textbox', { name: 'Afspraak', exact: true })
        .fill(lateAction);
      await choosePerson(
        page,
        page.getByRole('combobox', { name: 'Wie het doet (zoek op naam)' }),
        DEMO_NAMES[DEMO_USERS.hr],
      );
      await page.getByLabel('Uiterlijk').fill(localDay(-1));
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      await expect(
        page.getByRole('checkbox', { name: lateAction }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'meeting');
      await expectFitsOnPhone(page);
    });

    await test.step("the worker's action reminder job reaches the owner in the app", async () => {
      // The job the worker's hourly scheduler adds (QueueName.ActionReminders), run now through the real queue.
      await runWorkerJob('action-reminders', 'send-due-action-reminders');
      // Notifications have one place: the page behind the bell.
      await employee.goto('/notifications');
      const reminder = employee
        .getByRole('region', { name: 'Binnengekomen' })
        .locator('li.notice')
        .filter({ hasText: 'Afspraak bijna op de deadline' })
        .filter({ hasText: action });
      // The date as people write it, in the reader's language (not YYYY-MM-DD).
      await expect(reminder).toContainText(
        `Afspraak bijna op de deadline (${longDutchDate(localDay(1))})`,
      );
      await expect(reminder.locator('.new-label')).toHaveText('Nieuw');
      await expectNoSeriousA11yViolations(employee, 'notifications (messages)');
      await employee
        .getByRole('button', { name: 'Alles als gelezen markeren' })
        .click();
      await expect(
        status(employee, 'Alle meldingen zijn als gelezen gemarkeerd.'),
      ).toBeVisible();
      await expect(reminder.locator('.new-label')).toHaveCount(0);
      // Read stays read: the API recorded it.
      await employee.reload();
      await expect(reminder).toBeVisible();
      await expect(reminder).not.toHaveClass(/unread/);
    });

    await test.step("the advisor sees the overdue action under 'Afspraken over tijd'", async () => {
      await followMenuLink(page, 'Trajecten');
      const row = page
        .getByRole('region', { name: 'Afspraken over tijd' })
        .getByRole('row')
        .filter({ hasText: lateAction });
      await expect(row).toContainText(title);
      await expect(row).toContainText('Hamid van HR');
      await expect(
        page
          .getByRole('region', { name: 'Afspraken over tijd' })
          .getByRole('row')
          .filter({ hasText: action }),
      ).toHaveCount(0);
    });

    await test.step("the employee's calendar feed parses as iCalendar with the meeting and the action, without the confidential item", async () => {
      // The calendar address is made on "Mijn participatie" (the notices were read on /notifications).
      await employee.goto('/my-participation');
      await employee
        .getByRole('button', { name: 'Maak een agenda-adres' })
        .click();
      const address = employee.getByLabel('Agenda-adres');
      await expect(address).toHaveValue(/\/calendar\//);
      const feed = await employee.request.get(
        new URL(await address.inputValue()).pathname,
      );
      expect(feed.status()).toBe(200);
      const text = await feed.text();
      const events = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      const meetingId = meetingUrl.split('/').pop();
      const meetingEvent = events.find(
        (e) => e.uid === `meeting-${meetingId}@inspraak`,
      );
      expect(meetingEvent?.summary).toBe(`Regieteam: ${meetingTitle}`);
      expect(meetingEvent?.location).toBe('Vergaderzaal 2');
      expect(meetingEvent?.description).toContain('1. Stand van zaken');
      const actionEvent = events.find(
        (e) => e.summary === `Afspraak: ${action}`,
      );
      expect(actionEvent?.startDate.toString()).toBe(localDay(1));
      expect(text).not.toContain('Personele gevolgen');
      expect(text).not.toContain(confidentialMinutes);
    });

    await test.step('the employee, invited, sees the meeting and ticks off the action', async () => {
      await employee.goto(meetingUrl);
      await expect(
        employee.getByRole('heading', { level: 1, name: meetingTitle }),
      ).toBeVisible();
      // Invited: the confidential item and its minutes.
      await expect(
        employee
          .locator('.agenda li')
          .filter({ hasText: 'Personele gevolgen' }),
      ).toContainText(confidentialMinutes);
      await followMenuLink(employee, 'Mijn participatie');
      const box = employee.getByRole('checkbox', { name: action });
      await expect(box).toBeVisible();
      await box.check();
      await expect(status(employee, `“${action}” is gedaan.`)).toBeVisible();
      await expect(box).toBeChecked();
    });

    await test.step('an evaluation of the phase is started and answered without name', async () => {
      await page.goto(`${trajectoryUrl}/evaluation`);
      await page
        .getByRole('button', { name: /^Evaluatie starten voor fase / })
        .click();
      await expect(status(page, /De evaluatie is gestart/)).toBeVisible();
      await expect(
        page.getByText(/De antwoorden verschijnen vanaf 5 reacties/),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'evaluation (regie team)');

      await employee.goto(`${trajectoryUrl}/evaluation`);
      await expect(
        employee.getByText(/Je antwoorden worden zonder je naam bewaard/),
      ).toBeVisible();
      await employee
        .getByLabel('Wat ging goed?')
        .fill('Duidelijke uitleg over de plannen.');
      await employee.getByLabel('Wat kan beter?').fill('Eerder beginnen.');
      await employee
        .getByRole('button', { name: 'Antwoorden versturen' })
        .click();
      await expect(
        status(employee, 'Dank je wel, je antwoorden zijn bewaard.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(employee, 'evaluation (participant)');
    });

    await employeeContext.close();
  });
  test('those who steer keep documents, the call, the report, the board and the evaluation; an employee subscribes to the calendar', async ({
    browser,
    page,
  }) => {
    const run = runId();
    const title = `E2E Werkplekken ${run}`;
    const workgroupName = `Werkgroep werkplekken ${run}`;
    const idea = `Idee: stille ruimtes op elke verdieping (${run})`;
    const theme = `Werkplek ${run}`;
    const reason = `Dubbel met een eerdere bijdrage (${run})`;
    const fileName = `notitie-${run}.txt`;

    const employeeContext = await browser.newContext({ locale: 'nl-NL' });
    const employee = await employeeContext.newPage();

    await loginAs(page, 'adviseur');
    await followMenuLink(page, 'Trajecten');
    const trajectoryUrl = await createTrajectory(page, title);
    await openCall(page, workgroupName);

    await test.step('a document is uploaded to the workgroup and downloaded again', async () => {
      await page.getByRole('link', { name: workgroupName }).click();
      await page
        .getByLabel(`Document toevoegen aan ${workgroupName}`)
        .setInputFiles({
          name: fileName,
          mimeType: 'text/plain',
          buffer: Buffer.from(`Notitie ${run}`),
        });
      await page.getByRole('button', { name: 'Uploaden' }).click();
      await expect(status(page, `“${fileName}” is toegevoegd.`)).toBeVisible();
      const download = page.waitForEvent('download');
      await page
        .getByRole('button', { name: `${fileName} downloaden` })
        .click();
      expect((await download).suggestedFilename()).toBe(fileName);
    });

    await test.step('the call is closed and reopened; the final report is recorded', async () => {
      await page.getByRole('button', { name: 'Oproep sluiten' }).click();
      await expect(status(page, 'De oproep is gesloten.')).toBeVisible();
      await page.getByRole('button', { name: 'Oproep heropenen' }).click();
      await expect(status(page, 'De oproep is weer open.')).toBeVisible();
      await page.getByRole('button', { name: 'Eindverslag schrijven' }).click();
      await page
        .getByRole('textbox', { name: 'Eindverslag', exact: true })
        .fill('De werkgroep adviseert drie stille ruimtes.');
      await page
        .getByRole('button', { name: 'Eindverslag vastleggen' })
        .click();
      await expect(
        status(page, 'Het eindverslag is vastgelegd.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'workgroup (call and report)');
    });

    await test.step('the employee posts an idea', async () => {
      await loginAs(employee, 'medewerker');
      await employee.goto(`${trajectoryUrl}/board`);
      await employee.getByRole('radio', { name: 'Idee' }).check();
      await employee.getByLabel('Je bijdrage').fill(idea);
      await employee.getByRole('button', { name: 'Plaatsen' }).click();
      await expect(status(employee, 'Je bijdrage is geplaatst.')).toBeVisible();
    });

    await test.step('the advisor supports it, gives it a theme, writes the summary and hides it with a reason', async () => {
      await page.goto(`${trajectoryUrl}/board`);
      const post = page.locator('article.post').filter({ hasText: idea });
      const support = post.getByRole('button', { name: /^Steunen/ });
      await support.click();
      await expect(support).toHaveAttribute('aria-pressed', 'true');
      await expect(support).toContainText('(1 steunbetuiging)');

      await page.getByLabel('Nieuw thema').fill(theme);
      await page.getByRole('button', { name: 'Thema toevoegen' }).click();
      await expect(
        status(page, `Thema “${theme}” is toegevoegd.`),
      ).toBeVisible();
      await post.getByText('Modereren').click();
      await post
        .getByLabel('Thema', { exact: true })
        .selectOption({ label: theme });
      await post.getByRole('button', { name: 'Thema opslaan' }).click();
      await expect(status(page, 'Het thema is opgeslagen.')).toBeVisible();
      await expect(post.locator('header')).toContainText(theme);

      await page
        .getByLabel('Samenvatting van deze fase')
        .fill(`Veel vraag naar rust (${run}).`);
      await page.getByRole('button', { name: 'Samenvatting opslaan' }).click();
      await expect(
        status(page, 'De samenvatting is opgeslagen.'),
      ).toBeVisible();

      await post.getByLabel('Reden om te verbergen').fill(reason);
      await post.getByRole('button', { name: 'Verbergen' }).click();
      await expect(status(page, 'De bijdrage is verborgen.')).toBeVisible();
      await expect(post).toContainText(
        `Verborgen door de moderator: ${reason}`,
      );
      await expectNoSeriousA11yViolations(page, 'board (moderation)');
    });

    await test.step('the employee sees the summary and why the idea was hidden', async () => {
      await employee.goto(`${trajectoryUrl}/board`);
      await expect(
        employee.getByRole('region', {
          name: 'Samenvatting van het regieteam',
        }),
      ).toContainText(`Veel vraag naar rust (${run}).`);
      await followMenuLink(employee, 'Mijn participatie');
      await expect(
        employee.locator('li.post').filter({ hasText: idea }),
      ).toContainText(`Verborgen door de moderator: ${reason}`);
    });

    const meetingTitle = `Overleg werkplekken ${run}`;
    await test.step('a meeting is changed and then called off; the invitee is told', async () => {
      await page.goto(`${trajectoryUrl}/meetings`);
      await page.getByRole('button', { name: 'Vergadering plannen' }).click();
      await page.getByLabel('Titel', { exact: true }).fill(meetingTitle);
      await page.getByLabel('Begint op').fill(localDateTime(14, '10:00'));
      await page.getByLabel('Eindigt op').fill(localDateTime(14, '11:00'));
      // A colleague is invited by name; the address joins the list of invitees.
      const invite = page.getByRole('combobox', { name: 'Collega uitnodigen' });
      await invite.fill('Mila Med');
      await page.getByRole('option', { name: /^Mila Medewerker/ }).click();
      await expect(page.getByLabel('Genodigden')).toHaveValue(
        DEMO_USERS.medewerker,
      );
      await expect(invite).toHaveValue('');
      await page.getByLabel('Agendapunt 1', { exact: true }).fill('Planning');
      await page.getByRole('button', { name: 'Vergadering plannen' }).click();
      await page.getByRole('link', { name: `Open “${meetingTitle}”` }).click();

      await page.getByRole('button', { name: 'Vergadering wijzigen' }).click();
      await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(
        meetingTitle,
      );
      await expect(page.getByLabel('Genodigden')).toHaveValue(
        new RegExp(DEMO_USERS.medewerker),
      );
      await page.getByLabel('Plaats').fill('Zaal 9');
      await page.getByLabel('Begint op').fill(localDateTime(15, '10:00'));
      await page.getByLabel('Eindigt op').fill(localDateTime(15, '11:00'));
      await expectNoSeriousA11yViolations(page, 'meeting (changing)');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(
        status(
          page,
          'De vergadering is gewijzigd; de genodigden krijgen bericht.',
        ),
      ).toBeVisible();
      await expect(page.locator('dl.facts')).toContainText('Zaal 9');

      await page.getByRole('button', { name: 'Vergadering annuleren' }).click();
      await page
        .getByLabel('Waarom gaat de vergadering niet door?')
        .fill(`Verschoven naar de werkgroep (${run}).`);
      await page.getByRole('button', { name: 'Vergadering annuleren' }).click();
      await expect(
        page.getByText(`Reden: Verschoven naar de werkgroep (${run}).`),
      ).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Vergadering wijzigen' }),
      ).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, 'meeting (called off)');
      await expectFitsOnPhone(page, 360);

      await employee.goto('/notifications');
      const notices = employee
        .getByRole('region', { name: 'Binnengekomen' })
        .locator('li.notice');
      await expect(
        notices.filter({ hasText: `Gaat niet door: ${meetingTitle}` }),
      ).toContainText(`Verschoven naar de werkgroep (${run}).`);
      await expect(
        notices.filter({ hasText: `Gewijzigd: ${meetingTitle}` }),
      ).toContainText('Zaal 9');
      // Back to the trajectory for the steps that follow.
      await page.goto(trajectoryUrl);
    });

    await test.step('the employee gets a calendar address that serves an iCalendar feed', async () => {
      await employee.goto('/my-participation');
      await employee
        .getByRole('button', { name: 'Maak een agenda-adres' })
        .click();
      const address = employee.getByLabel('Agenda-adres');
      await expect(address).toHaveValue(/\/calendar\//);
      const path = new URL(await address.inputValue()).pathname;
      const feed = await employee.request.get(path);
      expect(feed.status()).toBe(200);
      const text = await feed.text();
      expect(text).toContain('BEGIN:VCALENDAR');
      // The meeting called off is not in the calendar.
      expect(text).not.toContain(meetingTitle);
      await expectNoSeriousA11yViolations(
        employee,
        'my participation (calendar)',
      );
    });

    await test.step('an evaluation is started and closed with its outcome', async () => {
      await tabs(page).getByRole('link', { name: 'Evaluatie' }).click();
      await page
        .getByRole('button', { name: /^Evaluatie starten voor fase / })
        .click();
      await expect(status(page, /De evaluatie is gestart/)).toBeVisible();
      await page
        .getByLabel('Uitkomst van de evaluatie')
        .fill('Meer tijd nemen voor de verkenning.');
      await page.getByRole('button', { name: 'Evaluatie afsluiten' }).click();
      await expect(status(page, 'De evaluatie is afgesloten.')).toBeVisible();
      await expect(
        page.getByText('Meer tijd nemen voor de verkenning.'),
      ).toBeVisible();
    });

    await employeeContext.close();
  });

  test("the advisor edits the organisation's phases and a trajectory's dates per phase", async ({
    page,
  }) => {
    const run = runId();
    const pilot = `Pilot ${run}`;
    await loginAs(page, 'adviseur');
    await followMenuLink(page, 'Trajecten');

    await test.step('a phase is added to the list for new trajectories', async () => {
      await page.getByRole('link', { name: 'Fasen instellen' }).click();
      await expect(page).toHaveURL(/\/trajectories\/phases$/);
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: 'Fasen van verandertrajecten',
        }),
      ).toBeVisible();
      await expect(page.getByLabel('Naam (Nederlands)').first()).toHaveValue(
        'Verkenning',
      );
      // From the default list, whatever an earlier run that stopped halfway left behind.
      await page
        .getByRole('button', { name: 'Standaardfasen terugzetten' })
        .click();
      await expect(page.getByLabel('Naam (Nederlands)')).toHaveCount(5);
      await page.getByRole('button', { name: 'Fase toevoegen' }).click();
      await expect(page.getByLabel('Naam (Nederlands)').last()).toBeFocused();
      await page.getByLabel('Naam (Nederlands)').last().fill(pilot);
      await page.getByLabel('Naam (Engels)').last().fill(`Pilot ${run} (en)`);
      await page.getByRole('button', { name: 'Fase 6 omhoog' }).click();
      // The page re-renders the list after the move; mark the pilot only once it stands fifth.
      await expect(page.getByLabel('Naam (Nederlands)').nth(4)).toHaveValue(
        pilot,
      );
      const decisionMarks = page.getByLabel(
        'Besluitfase: hierin besluit de bestuurder',
      );
      await expect(decisionMarks.nth(2)).toBeChecked();
      await decisionMarks.nth(4).check();
      await expect(decisionMarks.nth(5)).not.toBeChecked();
      await expectNoSeriousA11yViolations(page, 'phase settings');
      await expectFitsOnPhone(page, 360);
      await page.getByRole('button', { name: 'Fasen opslaan' }).click();
      await expect(
        status(
          page,
          'De fasen zijn opgeslagen. Nieuwe trajecten krijgen deze fasen.',
        ),
      ).toBeVisible();
      await switchLanguage(page, 'en');
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: 'Phases of change trajectories',
        }),
      ).toBeVisible();
      await expect(page.getByLabel('Name (English)').nth(4)).toHaveValue(
        `Pilot ${run} (en)`,
      );
      await switchLanguage(page, 'nl');
    });

    await test.step('a new trajectory has the phases; its dates per phase are edited with the details', async () => {
      await page.getByRole('link', { name: 'Alle trajecten' }).click();
      await createTrajectory(page, `E2E Fasen ${run}`);
      await expect(page.locator('.stepper li')).toHaveCount(6);
      await expect(page.locator('.stepper li').nth(4)).toContainText(pilot);
      await expect(page.locator('.stepper li').nth(4)).toContainText(
        '(besluitfase)',
      );
      await expect(page.locator('.stepper li').nth(2)).toContainText(
        /Besluitvorming\s*\(besluitfase\)/,
      );
      await expect(page.locator('.stepper li').nth(1)).not.toContainText(
        'besluitfase',
      );
      await page.getByRole('button', { name: 'Gegevens bewerken' }).click();
      await page.getByLabel('Begin van Verkenning').fill('2027-01-04');
      await page.getByLabel('Einde van Verkenning').fill('2027-01-29');
      await page.getByLabel(`Begin van ${pilot}`).fill('2027-06-01');
      await page.getByLabel(`Einde van ${pilot}`).fill('2027-05-01');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(page.getByLabel(`Einde van ${pilot}`)).toBeFocused();
      await expect(
        page.getByText('De einddatum ligt voor de begindatum.'),
      ).toBeVisible();
      await page.getByLabel(`Einde van ${pilot}`).fill('2027-06-30');
      await expectNoSeriousA11yViolations(
        page,
        'trajectory details with phase dates',
      );
      await expectFitsOnPhone(page, 360);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(status(page, 'De gegevens zijn opgeslagen.')).toBeVisible();
      await expect(page.locator('.stepper li').first()).toContainText(
        '4 jan 2027 – 29 jan 2027',
      );
      await expect(page.locator('.stepper li').nth(4)).toContainText(
        '1 jun 2027 – 30 jun 2027',
      );
    });

    await test.step('the default phases are restored for the other tests', async () => {
      await page.goto('/trajectories/phases');
      await page
        .getByRole('button', { name: 'Standaardfasen terugzetten' })
        .click();
      await page.getByRole('button', { name: 'Fasen opslaan' }).click();
      await expect(
        status(
          page,
          'De fasen zijn opgeslagen. Nieuwe trajecten krijgen deze fasen.',
        ),
      ).toBeVisible();
      await expect(page.getByLabel('Naam (Nederlands)')).toHaveCount(5);
    });
  });
});
