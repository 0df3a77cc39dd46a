import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectFitsOnPhone } from './support/layout';
import { createOneQuestionSurvey } from './support/surveys';
import { loginAs, runId, switchLanguage } from './support/session';

/**
 * The survey preview (issue 13): from the survey's page the author opens the
 * respondent's page of a draft, answers it like an employee (the answers are
 * checked as a submit checks them) and is told nothing is stored.
 */
test('an author opens the preview from the survey page, tries it on a phone, and nothing counts', async ({
  page,
}) => {
  const title = `Voorbeeld ${runId()}`;
  await loginAs(page, 'hr');
  const id = await createOneQuestionSurvey(page.context(), {
    title,
    introduction: 'Fijn dat je meedoet.',
  });

  await page.goto(`/surveys/${id}/edit`);
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/preview$`));
  await expect(
    page.getByText('Voorbeeld: je antwoorden worden niet opgeslagen.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'survey preview');

  await page.setViewportSize({ width: 360, height: 740 });
  // Sending without the required answer is refused per question, as for a respondent.
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(
    page.getByText('Deze vraag is verplicht.').first(),
  ).toBeVisible();
  await page
    .getByRole('group', { name: 'Het gaat goed.' })
    .getByLabel('Eens', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Antwoorden in orde' }),
  ).toBeVisible();
  await expect(page.getByText(/er is niets opgeslagen/)).toBeVisible();
  await expectFitsOnPhone(page, 360);
  await expectNoSeriousA11yViolations(page, 'survey preview checked');
  // Nothing was kept in the browser either.
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((key) =>
        key.includes('survey-progress'),
      ),
    ),
  ).toEqual([]);

  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await switchLanguage(page, 'en');
  await expect(
    page.getByText('Preview: your answers are not stored.'),
  ).toBeVisible();
  await switchLanguage(page, 'nl');
  await page.getByRole('link', { name: 'Terug naar de vragenlijst' }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${id}/edit$`));
});
