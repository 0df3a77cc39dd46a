import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import {
  startLocalOidcProvider,
  type LocalOidcProvider,
} from './support/oidc-provider';
import { DEMO_USERS, loginAs } from './support/session';

const UPDATE = `mutation($input: UpdateSingleSignOnInput!) {
  updateSingleSignOn(input: $input) { issuer enabled hasClientSecret } }`;

/** The Dutch reasons of the login page (libs/web/core/…/nl.ts, `sso.errors`). */
const REFUSALS = {
  INVALID_STATE: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.',
  TOKEN_REJECTED:
    'Het antwoord van de inlogdienst van je organisatie was niet geldig. Begin opnieuw; gebeurt het weer, meld het dan aan je adviseur.',
  DOMAIN_NOT_ALLOWED:
    'Met dit e-mailadres kun je niet inloggen bij deze organisatie.',
  ACCOUNT_BLOCKED:
    'Je account is geblokkeerd. Neem contact op met je adviseur.',
} as const;

const ACCOUNTS = `query($filter: AccountFilter) {
  accounts(filter: $filter) { items { membershipId email status } } }`;
const BLOCK = `mutation($id: ID!) { blockAccount(membershipId: $id) { status } }`;
const UNBLOCK = `mutation($id: ID!) { unblockAccount(membershipId: $id) { status } }`;

test.describe('single sign-on through the organisation', () => {
  let provider: LocalOidcProvider;

  /** The login page's single sign-on form, up to the provider's own sign-in page. */
  async function startSignIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('Werkadres (e-mail)').fill(email);
    await page
      .getByRole('button', { name: 'Verder naar je organisatie' })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`^${provider.issuer}/interaction/`),
    );
  }

  /** The provider's sign-in page: it vouches for `login` (an address: that address, verified). */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('bij-de-provider');
    await page.locator('button[type="submit"]').click();
  }

  /** Back on the login page with the Dutch reason for `code`; axe on that refusal page. */
  async function expectRefused(
    page: Page,
    code: keyof typeof REFUSALS,
    options: { signedIn?: boolean } = {},
  ): Promise<void> {
    await expect(page).toHaveURL(new RegExp(`/login\\?sso_error=${code}$`));
    await expect(page.getByTestId('sso-error')).toContainText(REFUSALS[code]);
    if (!options.signedIn) {
      const cookies = await page.context().cookies();
      expect(
        cookies.find((c) => c.name === 'inspraak_session'),
      ).toBeUndefined();
    }
    await expectNoSeriousA11yViolations(
      page,
      `login after a refused single sign-on (${code})`,
    );
  }

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

  // A tampering provider never outlives its test.
  test.afterEach(async () => {
    await provider?.setTamper(null);
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

  test('a callback that comes back with a changed state is refused (INVALID_STATE)', async ({
    page,
  }) => {
    const authorization = page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.origin === provider.issuer && url.pathname === '/auth';
    });
    const callback = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/auth/oidc/callback',
    );
    await startSignIn(page, DEMO_USERS.medewerker);
    // The same request to the provider, but with a state this browser never got from us:
    // the provider hands it back unchanged on the way to our callback.
    const forged = new URL((await authorization).url());
    expect(forged.searchParams.get('state')).toBeTruthy();
    forged.searchParams.set('state', 'niet-de-state');
    await page.goto(forged.toString());
    await expect(page).toHaveURL(
      new RegExp(`^${provider.issuer}/interaction/`),
    );
    await signInAtProvider(page, DEMO_USERS.medewerker);

    expect(new URL((await callback).url()).searchParams.get('state')).toBe(
      'niet-de-state',
    );
    await expectRefused(page, 'INVALID_STATE');
  });

  test('a callback address used once cannot be replayed (INVALID_STATE)', async ({
    page,
  }) => {
    const callback = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/auth/oidc/callback',
    );
    await startSignIn(page, DEMO_USERS.medewerker);
    await signInAtProvider(page, DEMO_USERS.medewerker);
    await expect(
      page.getByRole('heading', { level: 1, name: /^Welkom, / }),
    ).toBeVisible();
    const used = (await callback).url();
    expect(new URL(used).searchParams.get('code')).toBeTruthy();

    // The same address again (browser history, a copied link): the attempt is used up.
    await page.goto(used);
    await expectRefused(page, 'INVALID_STATE', { signedIn: true });
  });

  test('an ID token for another audience is refused (TOKEN_REJECTED)', async ({
    page,
  }) => {
    await provider.setTamper('audience');
    await startSignIn(page, DEMO_USERS.medewerker);
    await signInAtProvider(page, DEMO_USERS.medewerker);
    await expectRefused(page, 'TOKEN_REJECTED');
  });

  test('an expired ID token is refused (TOKEN_REJECTED)', async ({ page }) => {
    await provider.setTamper('expired');
    await startSignIn(page, DEMO_USERS.medewerker);
    await signInAtProvider(page, DEMO_USERS.medewerker);
    await expectRefused(page, 'TOKEN_REJECTED');
  });

  test('an address outside the organisation’s e-mail domains is refused (DOMAIN_NOT_ALLOWED)', async ({
    page,
  }) => {
    // Started with a company address, but the provider vouches for an address elsewhere.
    await startSignIn(page, DEMO_USERS.medewerker);
    await signInAtProvider(page, 'medewerker@elders.example');
    await expectRefused(page, 'DOMAIN_NOT_ALLOWED');
  });

  test('a blocked account is refused (ACCOUNT_BLOCKED)', async ({
    page,
    browser,
  }) => {
    const advisor = await browser.newPage();
    try {
      await loginAs(advisor, 'adviseur');
      const { accounts } = await graphql<{
        accounts: { items: { membershipId: string; email: string }[] };
      }>(advisor.context(), ACCOUNTS, {
        filter: { search: DEMO_USERS.medewerker },
      });
      const employee = accounts.items.find(
        (a) => a.email === DEMO_USERS.medewerker,
      );
      if (!employee) throw new Error('the demo employee account is missing');
      const blocked = await graphql<{ blockAccount: { status: string } }>(
        advisor.context(),
        BLOCK,
        { id: employee.membershipId },
      );
      expect(blocked.blockAccount.status).toBe('BLOCKED');
      try {
        await startSignIn(page, DEMO_USERS.medewerker);
        await signInAtProvider(page, DEMO_USERS.medewerker);
        await expectRefused(page, 'ACCOUNT_BLOCKED');
      } finally {
        // The demo employee stays usable for the other browser tests.
        const unblocked = await graphql<{ unblockAccount: { status: string } }>(
          advisor.context(),
          UNBLOCK,
          { id: employee.membershipId },
        );
        expect(unblocked.unblockAccount.status).toBe('ACTIVE');
      }
    } finally {
      await advisor.close();
    }
  });
});
