import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { loginAs, DEMO_USERS } from './support/session';
import { mainNav, menuLink } from './support/navigation';

/** The task groups each demo login finds in the menu bar, in order. */
const GROUPS: Record<keyof typeof DEMO_USERS, string[]> = {
  adviseur: ['Participatie', 'Peilingen', 'Medezeggenschap', 'Beheer'],
  hr: ['Participatie', 'Peilingen', 'Medezeggenschap', 'Beheer'],
  medewerker: ['Participatie', 'Peilingen', 'Medezeggenschap'],
  orSecretaris: ['Participatie', 'Peilingen', 'Medezeggenschap'],
  orLid: ['Participatie', 'Peilingen', 'Medezeggenschap'],
};

test.describe('navigation by task', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [user, groups] of Object.entries(GROUPS)) {
    test(`${user} sees only their task groups, in one row`, async ({
      page,
    }) => {
      await loginAs(page, user as keyof typeof DEMO_USERS);
      const toggles = mainNav(page).locator('button.group-toggle');
      await expect(toggles).toHaveText(groups.map((g) => new RegExp(g)));
      // One row: home and every group button share a line.
      const tops = await mainNav(page)
        .locator(':scope > ul > li')
        .evaluateAll((items) =>
          items.map((li) => Math.round(li.getBoundingClientRect().top)),
        );
      expect(new Set(tops).size).toBe(1);
    });
  }

  test('the advisor opens a group with the keyboard, follows a page, and finds it marked', async ({
    page,
  }) => {
    await loginAs(page, 'adviseur');
    const participation = page.getByRole('button', { name: 'Participatie' });
    await expect(participation).toHaveAttribute('aria-expanded', 'false');
    await expect(menuLink(page, 'Matchen')).toBeHidden();

    await participation.focus();
    await page.keyboard.press('Enter');
    await expect(participation).toHaveAttribute('aria-expanded', 'true');
    await expect(menuLink(page, 'Matchen')).toBeVisible();
    // The full pool replaces the everyone-page of colleagues: one place per task.
    await expect(menuLink(page, 'Collega’s in de pool')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'menu with an open group');

    await page.keyboard.press('Escape');
    await expect(participation).toHaveAttribute('aria-expanded', 'false');
    await expect(participation).toBeFocused();

    await page.getByRole('button', { name: 'Medezeggenschap' }).click();
    await menuLink(page, 'WOR-procedures').click();
    await expect(page).toHaveURL(/\/procedures$/);
    await expect(menuLink(page, 'WOR-procedures')).toBeHidden();
    await expect(menuLink(page, 'WOR-procedures')).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      mainNav(page).locator('li.group.current button.group-toggle'),
    ).toHaveText(/Medezeggenschap/);
    // Readers of the procedures do not also get the everyone-page.
    await expect(menuLink(page, 'Procedures van de OR')).toHaveCount(0);
  });
});
