import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { DEMO_USERS, loginAs, runId } from './support/session';

/**
 * One place for notifications: the advisor gives the employee an action,
 * the employee sees the bell's count on the page they are on, opens it,
 * follows the notification to where to act, and the count goes down; the
 * full page lists it, marks everything read and keeps the mail preferences.
 */

/** The unread count the bell's accessible name says ("Meldingen, 3 ongelezen"). */
async function bellCount(page: Page): Promise<number> {
  const name =
    (await page.locator('#notification-bell').getAttribute('aria-label')) ?? '';
  const match = /(\d+) ongelezen/.exec(name);
  return match ? Number(match[1]) : 0;
}

/** A day `days` from today in Amsterdam, as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

test('the bell shows the count on every page, lists the notification, leads to it and marks it read', async ({
  page,
  browser,
}) => {
  const run = runId();
  const description = `Roosters verzamelen ${run}`;

  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await loginAs(advisor, 'adviseur');
  const trajectory = await graphql<{ createTrajectory: { id: string } }>(
    advisorContext,
    'mutation($i: TrajectoryInput!) { createTrajectory(input: $i) { id } }',
    {
      i: {
        title: `Meldingen ${run}`,
        description: 'Een traject om iemand een afspraak te geven.',
        decision: 'Besluit',
        published: true,
      },
    },
  );
  const dueOn = dayFromToday(3);
  await graphql(
    advisorContext,
    'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
    {
      i: {
        trajectoryId: trajectory.createTrajectory.id,
        description,
        ownerEmail: DEMO_USERS.medewerker,
        dueOn,
      },
    },
  );
  await advisorContext.close();

  await loginAs(page, 'medewerker');
  const bell = page.locator('#notification-bell');
  await expect(bell).toHaveAttribute('aria-label', /Meldingen, \d+ ongelezen/);
  const before = await bellCount(page);
  expect(before).toBeGreaterThanOrEqual(1);

  // Open with the keyboard; Escape closes and gives focus back.
  await bell.focus();
  await page.keyboard.press('Enter');
  await expect(bell).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Meldingen', exact: true });
  const item = panel.locator('li').filter({ hasText: description });
  await expect(item).toBeVisible();
  // The date is written for people, not as 2026-12-10.
  await expect(item).not.toContainText(dueOn);
  await expect(item.getByRole('link')).toHaveText(
    /^Nieuwe afspraak voor jou \(uiterlijk \d{1,2} [a-z]+ \d{4}\)$/,
  );
  await expectNoSeriousA11yViolations(page, 'notification bell (open)');
  await page.keyboard.press('Escape');
  await expect(bell).toHaveAttribute('aria-expanded', 'false');
  await expect(bell).toBeFocused();

  // Following it goes where to act, and the count goes down.
  await bell.click();
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/my-participation$/);
  await expect.poll(() => bellCount(page)).toBeLessThan(before);

  // The full page: read, mark all read, phone layout, accessibility.
  await page.goto('/notifications');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meldingen' }),
  ).toBeVisible();
  const listed = page.locator('li.notice').filter({ hasText: description });
  await expect(listed).toBeVisible();
  await expect(listed).not.toHaveClass(/unread/);
  await expectNoSeriousA11yViolations(page, 'notifications page');
  await expectFitsOnPhone(page, 390);

  const markAll = page.getByRole('button', {
    name: 'Alles als gelezen markeren',
  });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(
      page.getByText('Alle meldingen zijn als gelezen gemarkeerd.'),
    ).toBeVisible();
  }
  await expect(bell).toHaveAttribute('aria-label', 'Meldingen, geen ongelezen');

  // The mail preferences: a weekly summary, actions by mail at once; legal deadlines cannot be changed.
  await page.getByLabel('Elke week (als er iets nieuws is)').check();
  await page
    .getByLabel('Afspraken (bijna op de deadline, over tijd, nieuw voor jou)')
    .selectOption('IMMEDIATE');
  await expect(
    page.getByLabel('Wettelijke termijnen van WOR-procedures'),
  ).toBeDisabled();
  await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
  await expect(page.getByText('Je voorkeuren zijn opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByLabel('Elke week (als er iets nieuws is)'),
  ).toBeChecked();
  // Back to the defaults, so other tests see the demo employee as they expect.
  await page
    .getByLabel('Elke dag (vanaf 7 uur, als er iets nieuws is)')
    .check();
  await page
    .getByLabel('Afspraken (bijna op de deadline, over tijd, nieuw voor jou)')
    .selectOption('DIGEST');
  await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
  await expect(page.getByText('Je voorkeuren zijn opgeslagen.')).toBeVisible();

  // On a phone the bell and its panel fit.
  await page.setViewportSize({ width: 390, height: 800 });
  await bell.click();
  await expect(panel).toBeVisible();
  await expectFitsOnPhone(page, 390);
  await expectNoSeriousA11yViolations(page, 'notification bell (phone)');
});
