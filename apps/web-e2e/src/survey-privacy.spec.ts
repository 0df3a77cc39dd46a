import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { createOneQuestionSurvey } from './support/surveys';
import { DEMO_USERS, loginAs, runId, switchLanguage } from './support/session';

/**
 * How survey answers are protected (issue 13): the works council's page, for
 * anyone with or without an account; the builder's one reporting dimension,
 * fixed once published; and a running survey's results, which say how many
 * answers wait for release and why instead of "fewer than 5".
 */

const privacyHeading = (page: Page) =>
  page.getByRole('heading', {
    level: 1,
    name: 'Hoe we antwoorden op vragenlijsten beschermen',
  });

const PRIVACY_HEADINGS = [
  'Wat we bewaren',
  'Wie wat kan zien',
  'De drempel',
  'De beschermingsmarge',
  'Wat we daarvoor hebben opgegeven',
  'Waar de bescherming ophoudt',
];

test('the works council reads how answers are protected, without an account or role, in Dutch and English, on a phone', async ({
  page,
}) => {
  await page.goto('/privacy/vragenlijsten');
  await expect(privacyHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    PRIVACY_HEADINGS,
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: 'met alleen de dag' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Eén indeling per vragenlijst/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey privacy page');
  await expectFitsOnPhone(page, 360);

  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'How we protect survey answers',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'The protection margin' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey privacy page, English');
  await switchLanguage(page, 'nl');

  // A member without any author role reaches it too, signed in.
  await loginAs(page, 'orLid');
  await page.goto('/privacy/vragenlijsten');
  await expect(privacyHeading(page)).toBeVisible();
});

/** An employee answers from the app (no one-time link needed): the answer waits in the inbox. */
async function answerAs(
  browser: Browser,
  user: 'medewerker' | 'adviseur',
  surveyId: string,
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, user);
  await graphql(
    context,
    `
      mutation ($id: ID!, $answers: [AnswerInput!]!) {
        submitMySurvey(id: $id, answers: $answers)
      }
    `,
    { id: surveyId, answers: [{ questionKey: 'mood', number: 4 }] },
  );
  await context.close();
}

test('the author picks one reporting dimension, fixed once published; while the survey runs its results say how many answers wait for release and why', async ({
  page,
  browser,
}) => {
  const title = `Indeling ${runId()}`;
  await loginAs(page, 'hr');
  const id = await createOneQuestionSurvey(page.context(), {
    title,
    audience: { kind: 'LIST', emails: Object.values(DEMO_USERS) },
  });

  // The builder asks for the one dimension and says why there is one.
  await page.goto(`/surveys/${id}/edit`);
  const reportBy = page.getByLabel('Resultaten uitsplitsen naar');
  await expect(reportBy).toHaveValue('DEPARTMENT');
  await expect(
    page.getByText(
      'Eén indeling per vragenlijst: twee indelingen naast elkaar kunnen samen één persoon aanwijzen.',
    ),
  ).toBeVisible();
  await reportBy.selectOption({ label: 'Locatie' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page
    .getByRole('dialog', { name: 'Vragenlijst publiceren?' })
    .getByRole('button', { name: 'Publiceren' })
    .click();
  await expect(page.getByText(/^Gepubliceerd: \d+ mensen/)).toBeVisible();
  await expect(reportBy).toBeDisabled();
  await expect(reportBy).toHaveValue('LOCATION');
  await expectNoSeriousA11yViolations(
    page,
    'survey builder, reporting dimension fixed',
  );

  // Two answers come in; a running survey releases them only in groups.
  await answerAs(browser, 'medewerker', id);
  await answerAs(browser, 'adviseur', id);

  await page.goto(`/surveys/${id}/results`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Resultaten: ${title}` }),
  ).toBeVisible();
  const notice = page.getByTestId('release-notice');
  await expect(notice).toContainText('2 antwoorden wachten op vrijgave.');
  await expect(notice).toContainText(
    'Antwoorden worden in groepen van minstens 5 vrijgegeven, zodat niemand te herkennen is aan het moment waarop hij antwoordde; de volgende groep komt vrij zodra er 10 wachten.',
  );
  await expect(notice).toContainText(
    'Per locatie zie je de resultaten zodra de vragenlijst gesloten is.',
  );
  await expect(
    page.getByText('Nog geen antwoorden vrijgegeven.').first(),
  ).toBeVisible();
  await expect(page.getByText(/Minder dan 5 antwoorden/)).toHaveCount(0);
  // One dimension, nothing to choose, nothing to filter while it runs.
  await expect(page.getByTestId('results-report-by')).toHaveText('Locatie');
  await expect(page.getByLabel('Uitsplitsen naar')).toHaveCount(0);
  await expect(page.getByLabel('Alleen', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Respons per/ })).toHaveCount(
    0,
  );
  await expectNoSeriousA11yViolations(page, 'survey results while running');
  await expectFitsOnPhone(page, 360);

  // The exports take the same view.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/resultaten\.csv$/);

  await page
    .getByRole('link', {
      name: 'Hoe we antwoorden beschermen (uitleg voor de OR)',
    })
    .click();
  await expect(privacyHeading(page)).toBeVisible();
});
