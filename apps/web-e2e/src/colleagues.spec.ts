import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { loginAs, runId, switchLanguage } from './support/session';
import { followMenuLink, menuLink } from './support/navigation';

const resultCount = (page: Page) => page.locator('.result-count');

/** The demo account that takes part in the pool for this test. */
const COLLEAGUE_NAME = 'Hamid van HR';

/**
 * The demo seed puts nobody in the pool, and the e2e database survives between
 * runs: Hamid van HR joins (or rejoins, or updates the profile) with this run's
 * theme, shows colleagues the themes and availability and keeps the rest to
 * the adviser. No consents, so the other pool tests never see Hamid proposed
 * or drawn.
 */
async function hamidTakesPart(
  browser: Browser,
  theme: string,
  about: string,
): Promise<void> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await loginAs(page, 'hr');
  const profile = {
    skillIds: [],
    tags: [],
    themes: [theme],
    hoursPerMonth: 4,
    waysOfTakingPart: ['WORKGROUP'],
    languages: ['nl'],
    about,
    visibility: {
      skills: 'ADVISOR_ONLY',
      themes: 'COLLEAGUES',
      availability: 'COLLEAGUES',
      about: 'ADVISOR_ONLY',
    },
  };
  const { myParticipation } = await graphql<{
    myParticipation: { status: string } | null;
  }>(context, 'query { myParticipation { status } }');
  if (!myParticipation || myParticipation.status === 'LEFT') {
    await graphql(
      context,
      'mutation ($input: JoinPoolInput!) { joinPool(input: $input) { status } }',
      { input: { consents: [], profile } },
    );
  } else {
    if (myParticipation.status === 'PAUSED')
      await graphql(context, 'mutation { resumeMyParticipation { status } }');
    await graphql(
      context,
      'mutation ($input: ProfileInput!) { updateMyProfile(input: $input) { status } }',
      { input: profile },
    );
  }
  await context.close();
}

test.describe('colleagues in the pool', () => {
  test('an employee finds a colleague and sees only what that colleague shows colleagues', async ({
    browser,
    page,
  }) => {
    const run = runId();
    const theme = `e2e-collega-${run.toLowerCase()}`;
    const about = `Alleen voor de adviseur ${run}`;
    await hamidTakesPart(browser, theme, about);

    await loginAs(page, 'medewerker');
    await followMenuLink(page, 'Mijn poolprofiel');
    await page
      .getByRole('link', { name: 'Bekijk welke collega’s al meedoen' })
      .click();
    await expect(page).toHaveURL(/\/participation\/colleagues$/);
    await expect(page).toHaveTitle(/Collega’s in de pool – Inspraak/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Collega’s in de pool' }),
    ).toBeVisible();
    await expect(menuLink(page, 'Collega’s in de pool')).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      page.getByText('Iedereen kiest zelf wat collega’s van zijn of haar'),
    ).toBeVisible();
    await expect(resultCount(page)).toHaveText(/\d+ collega(’s)? gevonden/);
    await expectNoSeriousA11yViolations(page, 'colleagues');

    // The list follows the typing; the count is a live region.
    await page
      .getByRole('search', { name: 'Collega’s zoeken' })
      .getByLabel('Zoek op naam')
      .fill('hamid van');
    await expect(resultCount(page)).toHaveText('1 collega gevonden');
    await expect(resultCount(page)).toHaveAttribute('role', 'status');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 2, name: COLLEAGUE_NAME }),
    });
    await expect(card).toContainText('Thema’s');
    await expect(card).toContainText(theme);
    await expect(card).toContainText('4 uur per maand');
    await expect(card).not.toContainText(about);
    await expect(card).not.toContainText('Vaardigheden');
    await expectNoSeriousA11yViolations(page, 'colleagues (search)');
    await expectFitsOnPhone(page, 360);

    await page.getByLabel('Zoek op naam').fill(`niemand ${run}`);
    await expect(resultCount(page)).toHaveText(
      `Geen collega’s gevonden met “niemand ${run}”.`,
    );
    await expect(
      page.getByRole('heading', { level: 2, name: COLLEAGUE_NAME }),
    ).toHaveCount(0);

    await page.getByLabel('Zoek op naam').fill('Hamid');
    await switchLanguage(page, 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Colleagues in the pool' }),
    ).toBeVisible();
    await expect(resultCount(page)).toHaveText('1 colleague found');
    await expect(card).toContainText('4 hours a month');
    await expectNoSeriousA11yViolations(page, 'colleagues (English)');
    await switchLanguage(page, 'nl');
  });

  test('on a phone the colleagues are in the menu and the page fits', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await loginAs(page, 'orLid');
    await page.getByRole('button', { name: 'Menu' }).click();
    await followMenuLink(page, 'Collega’s in de pool');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Collega’s in de pool' }),
    ).toBeVisible();
    await expect(resultCount(page)).toHaveText(/gevonden|nog geen collega’s/);
    await expectFitsOnPhone(page, 360);
    await expectNoSeriousA11yViolations(page, 'colleagues (phone)');
  });
});
