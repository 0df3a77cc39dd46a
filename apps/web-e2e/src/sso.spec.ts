import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import {
  startLocalOidcProvider,
  type LocalOidcProvider,
} from './support/oidc-provider';
import { DEMO_USERS, loginAs } from './support/session';

const UPDATE = `mutation($input: UpdateSingleSignOnInput!) {
  updateSingleSignOn(input: $input) { issuer enabled hasClientSecret } }`;

test.describe('single sign-on through the organisation', () => {
  let provider: LocalOidcProvider;

  test.beforeAll(async ({ browser, baseURL }) => {
    provider = await startLocalOidcProvider(baseURL ?? 'http://localhost:3100');
    // The demo advisor points the demo organisation (e-mail domain demo.inspraak.nl) at the local provider.
    const page = await browser.newPage();
    await loginAs(page, 'adviseur');
    const saved = await graphql<{
      updateSingleSignOn: { issuer: string; enabled: boolean };
    }>(page.context(), UPDATE, {
      input: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        removeClientSecret: true,
        enabled: true,
        createAccounts: false,
      },
    });
    expect(saved.updateSingleSignOn).toMatchObject({ enabled: true });
    await page.close();
  });

  test.afterAll(async ({ browser }) => {
    if (!provider) return;
    try {
      const page = await browser.newPage();
      await loginAs(page, 'adviseur');
      await graphql(page.context(), UPDATE, {
        input: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          enabled: false,
          createAccounts: false,
        },
      });
      await page.close();
    } finally {
      await provider.close();
    }
  });

  test('an employee signs in through the organisation’s provider and lands on the home page', async ({
    page,
  }) => {
    await page.goto('/login');
    await expect(
      page.getByRole('heading', { name: 'Inloggen via je organisatie' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login with single sign-on');
    await page.getByLabel('Werkadres (e-mail)').fill(DEMO_USERS.medewerker);
    await page
      .getByRole('button', { name: 'Verder naar je organisatie' })
      .click();

    // The provider's own sign-in page.
    await expect(page).toHaveURL(
      new RegExp(`^${provider.issuer}/interaction/`),
    );
    await page.locator('input[name="login"]').fill(DEMO_USERS.medewerker);
    await page.locator('input[name="password"]').fill('bij-de-provider');
    await page.locator('button[type="submit"]').click();

    await expect(
      page.getByRole('heading', { level: 1, name: /^Welkom, / }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    const viewer = await graphql<{
      viewer: { email: string; signInMethod: string };
    }>(page.context(), '{ viewer { email signInMethod } }');
    expect(viewer.viewer).toEqual({
      email: DEMO_USERS.medewerker,
      signInMethod: 'OIDC',
    });
    // Our own session cookie, httpOnly; nothing of the provider's tokens in the browser.
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'inspraak_session')?.httpOnly).toBe(
      true,
    );
    await expectNoSeriousA11yViolations(page, 'home after single sign-on');
  });

  test('an address outside the directory comes back to the login page with the reason', async ({
    page,
  }) => {
    await page.goto('/login');
    await page
      .getByLabel('Werkadres (e-mail)')
      .fill('niet-in-dienst@demo.inspraak.nl');
    await page
      .getByRole('button', { name: 'Verder naar je organisatie' })
      .click();
    await page
      .locator('input[name="login"]')
      .fill('niet-in-dienst@demo.inspraak.nl');
    await page.locator('input[name="password"]').fill('bij-de-provider');
    await page.locator('button[type="submit"]').click();

    await expect(page).toHaveURL(/\/login\?sso_error=NOT_IN_DIRECTORY$/);
    await expect(page.getByTestId('sso-error')).toContainText(
      'staat niet in het personeelsbestand',
    );
    await expectNoSeriousA11yViolations(
      page,
      'login with a single sign-on error',
    );
  });
});
