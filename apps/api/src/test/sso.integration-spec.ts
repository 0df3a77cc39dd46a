import { randomBytes, randomUUID } from 'node:crypto';
import { Role } from '@inspraak/domain';
import { Membership, UserAccount } from '@inspraak/api-core';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createEmployee } from './directory-fixtures';
import { startOidcProvider, TestOidcProvider } from './oidc-provider';

/** A browser: cookies per origin, redirects followed by hand, the provider's login form filled in. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  private jar(url: URL): Map<string, string> {
    let jar = this.jars.get(url.origin);
    if (!jar) this.jars.set(url.origin, (jar = new Map()));
    return jar;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  async send(
    target: string,
    init: {
      method?: string;
      body?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const url = new URL(target);
    const jar = this.jar(url);
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      body: init.body,
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        ...init.headers,
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header))
        jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  async graphql<T>(
    api: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{
    data?: T;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  }> {
    const origin = new URL(api).origin;
    const response = await this.send(`${api}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query, variables }),
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-csrf-token': this.cookie(origin, 'inspraak_csrf') ?? '',
      },
    });
    return (await response.json()) as {
      data?: T;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
  }
}

const location = (response: Response, base: string) =>
  new URL(response.headers.get('location') ?? '', base).toString();

describe('single sign-on through the organisation’s OpenID Connect provider', () => {
  let testApp: TestApp;
  let provider: TestOidcProvider;
  let organisation: TestOrganisation;
  let advisor: GraphqlCaller;
  let domain: string;

  /**
   * The whole round trip in a browser: our start route, the provider's login
   * page (signing in as `loginAs`), back to our callback. Returns where the
   * browser lands in the end (path and query on the API).
   */
  async function signIn(
    browser: Browser,
    email: string,
    options: {
      loginAs?: string;
      beforeCallback?: (callback: URL) => Promise<URL> | URL;
    } = {},
  ): Promise<string> {
    let response = await browser.send(
      `${testApp.url}/auth/oidc/start?email=${encodeURIComponent(email)}`,
    );
    expect(response.status).toBe(303);
    let next = location(response, testApp.url);
    for (let hop = 0; hop < 10; hop++) {
      const url = new URL(next);
      if (url.origin === testApp.url) {
        if (url.pathname === '/auth/oidc/callback') {
          const callback = options.beforeCallback
            ? await options.beforeCallback(url)
            : url;
          response = await browser.send(callback.toString());
          expect(response.status).toBe(303);
          const end = new URL(location(response, testApp.url));
          return `${end.pathname}${end.search}`;
        }
        return `${url.pathname}${url.search}`;
      }
      const interaction = /^\/interaction\/([^/]+)$/.exec(url.pathname);
      response = interaction
        ? await browser.send(next, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              prompt: 'login',
              login: options.loginAs ?? email,
              password: 'irrelevant',
            }).toString(),
          })
        : await browser.send(next);
      if (response.status < 300 || response.status >= 400)
        throw new Error(
          `provider answered ${response.status} at ${next}: ${(await response.text()).slice(0, 500)}`,
        );
      next = location(response, next);
    }
    throw new Error('too many redirects');
  }

  /** A directory employee with an account in the organisation (invited unless `activated`). */
  async function employeeWithAccount(
    name: string,
    membership: Partial<Membership> = {},
  ): Promise<{ email: string; membershipId: string; userId: string }> {
    const email = `${name.toLowerCase()}.${randomUUID().slice(0, 6)}@${domain}`;
    const employee = await createEmployee(advisor, { email, firstName: name });
    const user = await testApp.dataSource
      .getRepository(UserAccount)
      .save({ email, displayName: name, passwordHash: null });
    const saved = await testApp.dataSource.getRepository(Membership).save({
      organisationId: organisation.id,
      userId: user.id,
      employeeId: employee.id,
      roles: [Role.MEDEWERKER],
      activatedAt: null,
      ...membership,
    });
    return { email, membershipId: saved.id, userId: user.id };
  }

  /** Why the last refused sign-in of the organisation was refused (its audit entry). */
  const lastRefusal = async (): Promise<string> => {
    const rows: { detail: string }[] = await testApp.dataSource.query(
      `SELECT changes->>'detail' AS detail FROM audit_entry
        WHERE organisation_id = $1 AND action = 'sign_in.oidc_refused' ORDER BY at DESC LIMIT 1`,
      [organisation.id],
    );
    return rows[0]?.detail ?? '';
  };

  const configure = (input: Record<string, unknown>, caller = advisor) =>
    caller.request<{ updateSingleSignOn: Record<string, unknown> }>(
      `mutation($input: UpdateSingleSignOnInput!) { updateSingleSignOn(input: $input) {
         issuer clientId hasClientSecret clientSecretFromEnvironment enabled createAccounts redirectUri emailDomains } }`,
      { input },
    );

  beforeAll(async () => {
    testApp = await bootTestApp({
      SSO_SECRET_KEY: randomBytes(32).toString('hex'),
    });
    provider = await startOidcProvider({
      redirectUris: [`${testApp.url}/auth/oidc/callback`],
    });
    organisation = await createOrganisation(testApp.dataSource, 'sso');
    domain = `sso-${randomUUID().slice(0, 8)}.test`;
    await testApp.dataSource.query(
      'UPDATE organisation SET email_domains = $2 WHERE id = $1',
      [organisation.id, [domain]],
    );
    advisor = (await callersFor(testApp.url, organisation))[Role.ADVISEUR];
    const saved = await configure({
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      enabled: true,
      createAccounts: false,
    });
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await provider?.close();
    await testApp?.close();
  });

  afterEach(() => provider.setTamper(null));

  it('signs a directory employee in: our own session cookie, signInMethod OIDC, the invitation counts as accepted', async () => {
    const person = await employeeWithAccount('Anna');
    const browser = new Browser();
    expect(await signIn(browser, person.email)).toBe('/');
    expect(browser.cookie(testApp.url, 'inspraak_session')).toBeDefined();
    // No token of the provider reaches the browser.
    expect(browser.cookie(testApp.url, 'inspraak_oidc')).toBeUndefined();
    const viewer = await browser.graphql<{
      viewer: {
        email: string;
        signInMethod: string;
        organisation: { id: string };
      };
    }>(testApp.url, '{ viewer { email signInMethod organisation { id } } }');
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer).toEqual({
      email: person.email,
      signInMethod: 'OIDC',
      organisation: { id: organisation.id },
    });
    const membership = await testApp.dataSource
      .getRepository(Membership)
      .findOneByOrFail({ id: person.membershipId });
    expect(membership.activatedAt).not.toBeNull();
    const audit: { action: string }[] = await testApp.dataSource.query(
      `SELECT action FROM audit_entry WHERE organisation_id = $1 AND entity_id = $2`,
      [organisation.id, person.membershipId],
    );
    expect(audit.map((a) => a.action)).toContain('sign_in.oidc');
  });

  it('refuses a callback with a wrong state, a replayed one and one from another browser (INVALID_STATE)', async () => {
    const person = await employeeWithAccount('Bram', {
      activatedAt: new Date(),
    });
    let callback: URL | undefined;
    const browser = new Browser();
    expect(
      await signIn(browser, person.email, {
        beforeCallback: (url) => {
          callback = new URL(url);
          const wrong = new URL(url);
          wrong.searchParams.set('state', 'not-the-state');
          return wrong;
        },
      }),
    ).toBe('/login?sso_error=INVALID_STATE');
    expect(browser.cookie(testApp.url, 'inspraak_session')).toBeUndefined();

    // The real callback, but in a browser that did not start the sign-in.
    const other = new Browser();
    const stolen = await other.send(callback!.toString());
    expect(stolen.headers.get('location')).toBe(
      '/login?sso_error=INVALID_STATE',
    );
    // ... and after that the attempt is used up, also for the right browser.
    const replay = await browser.send(callback!.toString());
    expect(replay.headers.get('location')).toBe(
      '/login?sso_error=INVALID_STATE',
    );
    expect(browser.cookie(testApp.url, 'inspraak_session')).toBeUndefined();
  });

  it('refuses an ID token for another audience (TOKEN_REJECTED)', async () => {
    const person = await employeeWithAccount('Cor', {
      activatedAt: new Date(),
    });
    await provider.setTamper('audience');
    const browser = new Browser();
    expect(await signIn(browser, person.email)).toBe(
      '/login?sso_error=TOKEN_REJECTED',
    );
    // openid-client compared the audience with our client id.
    expect(await lastRefusal()).toMatch(/OAUTH_JWT_CLAIM_COMPARISON_FAILED/);
    expect(browser.cookie(testApp.url, 'inspraak_session')).toBeUndefined();
  });

  it('refuses an expired ID token (TOKEN_REJECTED)', async () => {
    const person = await employeeWithAccount('Dirk', {
      activatedAt: new Date(),
    });
    await provider.setTamper('expired');
    const browser = new Browser();
    expect(await signIn(browser, person.email)).toBe(
      '/login?sso_error=TOKEN_REJECTED',
    );
    expect(await lastRefusal()).toMatch(/OAUTH_JWT_TIMESTAMP_CHECK_FAILED/);
    expect(browser.cookie(testApp.url, 'inspraak_session')).toBeUndefined();
  });

  it('refuses an address that is not in the directory (NOT_IN_DIRECTORY)', async () => {
    const browser = new Browser();
    expect(await signIn(browser, `onbekend@${domain}`)).toBe(
      '/login?sso_error=NOT_IN_DIRECTORY',
    );
  });

  it('refuses an address outside the organisation’s domains (DOMAIN_NOT_ALLOWED)', async () => {
    const person = await employeeWithAccount('Eva', {
      activatedAt: new Date(),
    });
    const browser = new Browser();
    // Started with a company address, but the provider vouches for another one.
    expect(
      await signIn(browser, person.email, {
        loginAs: `eva@elders-${randomUUID().slice(0, 6)}.test`,
      }),
    ).toBe('/login?sso_error=DOMAIN_NOT_ALLOWED');
  });

  it('refuses a blocked account (ACCOUNT_BLOCKED) and someone who left (NO_ACCESS)', async () => {
    const blocked = await employeeWithAccount('Fien', {
      activatedAt: new Date(),
      blockedAt: new Date(),
    });
    expect(await signIn(new Browser(), blocked.email)).toBe(
      '/login?sso_error=ACCOUNT_BLOCKED',
    );
    const leaver = await employeeWithAccount('Gijs', {
      activatedAt: new Date(),
    });
    await testApp.dataSource.query(
      `UPDATE employee SET status = 'LEFT' WHERE organisation_id = $1 AND email = $2`,
      [organisation.id, leaver.email],
    );
    expect(await signIn(new Browser(), leaver.email)).toBe(
      '/login?sso_error=NO_ACCESS',
    );
  });

  it('refuses an address the provider did not verify (EMAIL_NOT_VERIFIED)', async () => {
    const person = await employeeWithAccount('Hans', {
      activatedAt: new Date(),
    });
    await provider.setAccount(person.email, { email_verified: false });
    expect(await signIn(new Browser(), person.email)).toBe(
      '/login?sso_error=EMAIL_NOT_VERIFIED',
    );
  });

  it('gives a directory employee without an account one on the first sign-in only when the organisation allows it (NO_ACCOUNT)', async () => {
    const email = `iris.${randomUUID().slice(0, 6)}@${domain}`;
    await createEmployee(advisor, { email, firstName: 'Iris' });
    expect(await signIn(new Browser(), email)).toBe(
      '/login?sso_error=NO_ACCOUNT',
    );
    expect(
      (
        await configure({
          issuer: provider.issuer,
          clientId: provider.clientId,
          enabled: true,
          createAccounts: true,
        })
      ).data?.updateSingleSignOn,
    ).toMatchObject({ createAccounts: true, hasClientSecret: true });
    const browser = new Browser();
    expect(await signIn(browser, email)).toBe('/');
    const viewer = await browser.graphql<{
      viewer: { email: string; roles: string[] };
    }>(testApp.url, '{ viewer { email roles } }');
    expect(viewer.data?.viewer).toEqual({ email, roles: ['MEDEWERKER'] });
    await configure({
      issuer: provider.issuer,
      clientId: provider.clientId,
      enabled: true,
      createAccounts: false,
    });
  });

  it('sends an address without a provider back to the login page (NO_PROVIDER)', async () => {
    const response = await new Browser().send(
      `${testApp.url}/auth/oidc/start?email=${encodeURIComponent('iemand@nergens.test')}`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      '/login?sso_error=NO_PROVIDER',
    );
  });

  it('keeps the client secret out of every answer, encrypted at rest, and audits changes', async () => {
    const settings = await advisor.request<{
      singleSignOnSettings: Record<string, unknown>;
    }>(
      '{ singleSignOnSettings { issuer clientId hasClientSecret clientSecretFromEnvironment enabled redirectUri } }',
    );
    expect(settings.data?.singleSignOnSettings).toMatchObject({
      issuer: provider.issuer,
      clientId: provider.clientId,
      hasClientSecret: true,
      clientSecretFromEnvironment: null,
      enabled: true,
    });
    expect(JSON.stringify(settings)).not.toContain(provider.clientSecret);
    const [row]: { secret: string }[] = await testApp.dataSource.query(
      'SELECT client_secret_encrypted AS secret FROM identity_provider WHERE organisation_id = $1',
      [organisation.id],
    );
    expect(row!.secret).toMatch(/^v1\./);
    expect(row!.secret).not.toContain(provider.clientSecret);
    const audit: { action: string; changes: string }[] =
      await testApp.dataSource.query(
        `SELECT action, changes::text FROM audit_entry WHERE organisation_id = $1 AND entity_type = 'IdentityProvider'`,
        [organisation.id],
      );
    expect(audit.map((a) => a.action)).toContain('identity_provider.created');
    expect(audit.map((a) => a.changes).join()).not.toContain(
      provider.clientSecret,
    );
  });

  it("reads the client secret from the organisation's own SSO_CLIENT_SECRET_… variable instead when told so, and from no other", async () => {
    const ownName = `SSO_CLIENT_SECRET_${organisation.id.replace(/-/g, '').toUpperCase()}`;
    process.env[ownName] = provider.clientSecret;
    // Another organisation's variable (set on the server) cannot be named: its secret would go to this provider.
    process.env['SSO_CLIENT_SECRET_ANDERE_ORGANISATIE'] =
      'geheim van een ander';
    try {
      const foreign = await configure({
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecretFromEnvironment: 'SSO_CLIENT_SECRET_ANDERE_ORGANISATIE',
        enabled: true,
        createAccounts: false,
      });
      expect(errorReason(foreign)).toBe('SECRET_ENV_NAME');
      const saved = await configure({
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecretFromEnvironment: ownName,
        enabled: true,
        createAccounts: false,
      });
      expect(saved.data?.updateSingleSignOn).toMatchObject({
        hasClientSecret: true,
        clientSecretFromEnvironment: ownName,
      });
      const [row]: { encrypted: string | null }[] =
        await testApp.dataSource.query(
          'SELECT client_secret_encrypted AS encrypted FROM identity_provider WHERE organisation_id = $1',
          [organisation.id],
        );
      expect(row!.encrypted).toBeNull();
      const person = await employeeWithAccount('Jet', {
        activatedAt: new Date(),
      });
      expect(await signIn(new Browser(), person.email)).toBe('/');
    } finally {
      await configure({
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        enabled: true,
        createAccounts: false,
      });
      delete process.env[ownName];
      delete process.env['SSO_CLIENT_SECRET_ANDERE_ORGANISATIE'];
    }
  });

  it('checks the issuer when it is saved: https (http only on this machine) and a discovery answer', async () => {
    const notHttps = await configure({
      issuer: 'http://idp.example.nl',
      clientId: 'x',
      enabled: false,
      createAccounts: false,
    });
    expect(errorCode(notHttps)).toBe('BAD_USER_INPUT');
    expect(errorReason(notHttps)).toBe('ISSUER_INVALID');
    const unreachable = await configure({
      issuer: 'http://127.0.0.1:9/nobody',
      clientId: 'x',
      enabled: false,
      createAccounts: false,
    });
    expect(errorReason(unreachable)).toBe('ISSUER_UNREACHABLE');
    const wrongEnvironment = await configure({
      issuer: provider.issuer,
      clientId: 'x',
      clientSecretFromEnvironment: 'DATABASE_URL',
      enabled: false,
      createAccounts: false,
    });
    expect(errorReason(wrongEnvironment)).toBe('SECRET_ENV_NAME');
    // Nothing changed.
    const after = await advisor.request<{
      singleSignOnSettings: { clientId: string; enabled: boolean };
    }>('{ singleSignOnSettings { clientId enabled } }');
    expect(after.data?.singleSignOnSettings).toEqual({
      clientId: provider.clientId,
      enabled: true,
    });
  });

  it('refuses password login, and password sessions, once the organisation allows only single sign-on', async () => {
    const other = await createOrganisation(testApp.dataSource, 'ssoonly');
    const email = other.emails[Role.MEDEWERKER];
    const before = new GraphqlCaller(testApp.url);
    expect((await before.login(email)).errors).toBeUndefined();
    await testApp.dataSource.query(
      'UPDATE organisation SET password_login_allowed = false WHERE id = $1',
      [other.id],
    );
    const refused = await new GraphqlCaller(testApp.url).login(email);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    // The session started with a password before the switch no longer works either.
    const viewer = await before.request<{ viewer: unknown }>(
      '{ viewer { email } }',
    );
    expect(viewer.data?.viewer ?? null).toBeNull();
  });

  it("never lets one organisation's identity provider open another organisation of the same person", async () => {
    // The person is an advisor of A with a password; B (the organisation under test, whose provider
    // B's advisor controls) puts the same address in its directory and signs them in through its provider.
    const a = await createOrganisation(
      testApp.dataSource,
      `victim-${randomUUID().slice(0, 8)}`,
    );
    const email = a.emails[Role.ADVISEUR];
    const [{ id: userId }] = await testApp.dataSource.query(
      'SELECT id FROM user_account WHERE email = $1',
      [email],
    );
    const [bareDomain] = email.split('@').slice(1);
    await testApp.dataSource.query(
      'UPDATE organisation SET email_domains = array_append(email_domains, $2) WHERE id = $1',
      [organisation.id, bareDomain],
    );
    const employee = await createEmployee(advisor, {
      email,
      firstName: 'Doel',
    });
    await testApp.dataSource.getRepository(Membership).save({
      organisationId: organisation.id,
      userId,
      employeeId: employee.id,
      roles: [Role.MEDEWERKER],
    });
    const browser = new Browser();
    expect(await signIn(browser, email)).toBe('/');
    const viewer = await browser.graphql<{
      viewer: { organisation: { id: string }; organisations: { id: string }[] };
    }>(testApp.url, '{ viewer { organisation { id } organisations { id } } }');
    expect(viewer.data?.viewer.organisation.id).toBe(organisation.id);
    // A is not offered, and switching there is refused: A does not trust B's provider.
    expect(viewer.data?.viewer.organisations.map((o) => o.id)).toEqual([
      organisation.id,
    ]);
    const switched = await browser.graphql(
      testApp.url,
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { userId } }',
      { o: a.id },
    );
    expect(switched.errors?.[0]?.extensions?.reason).toBe('SIGN_IN_AGAIN');
    const stillB = await browser.graphql<{
      viewer: { organisation: { id: string } };
    }>(testApp.url, '{ viewer { organisation { id } } }');
    expect(stillB.data?.viewer.organisation.id).toBe(organisation.id);
  });

  it('ends the sessions single sign-on started once the organisation turns it off', async () => {
    const person = await employeeWithAccount('Otto');
    const browser = new Browser();
    expect(await signIn(browser, person.email)).toBe('/');
    await testApp.dataSource.query(
      'UPDATE identity_provider SET enabled = false WHERE organisation_id = $1',
      [organisation.id],
    );
    try {
      const viewer = await browser.graphql<{ viewer: unknown }>(
        testApp.url,
        '{ viewer { email } }',
      );
      expect(viewer.data?.viewer ?? null).toBeNull();
    } finally {
      await testApp.dataSource.query(
        'UPDATE identity_provider SET enabled = true WHERE organisation_id = $1',
        [organisation.id],
      );
    }
  });
});
