import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@inspraak/domain';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TEST_PASSWORD,
  TestApp,
} from './test-app';

/**
 * What the API does against a hostile network in production: whom it believes
 * about the client's address, which headers every answer carries, how long it
 * keeps idle connections.
 */
describe('HTTP hardening', () => {
  describe('with the production default of TRUST_PROXY (no proxy trusted)', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      // Empty counts as unset: the default, not the test suite's 'loopback'.
      testApp = await bootTestApp({ TRUST_PROXY: '', LOGIN_MAX_FAILURES: '3' });
    });
    afterAll(() => testApp.close());

    it('does not let a spoofed X-Forwarded-For from this machine get around the login limit', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'spoof',
      );
      const email = organisation.emails[Role.MEDEWERKER];
      // Every guess claims another client address, as a proxy that passes the header through would let it.
      for (let i = 0; i < 3; i += 1)
        expect(
          errorReason(
            await new GraphqlCaller(testApp.url, 'nl', `10.9.${i}.1`).login(
              email,
              'wrong',
            ),
          ),
        ).toBe('INVALID_CREDENTIALS');
      const fourth = await new GraphqlCaller(
        testApp.url,
        'nl',
        '10.9.200.1',
      ).login(email);
      expect(errorCode(fourth)).toBe('TOO_MANY_REQUESTS');
      expect(errorReason(fourth)).toBe('LOGIN_RATE_LIMITED');
    });

    it('sends no Strict-Transport-Security over plain http, even when a header claims https', async () => {
      const response = await fetch(`${testApp.url}/health`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });
  });

  describe('in production', () => {
    let testApp: TestApp;
    let webRoot: string;

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'inspraak-web-'));
      writeFileSync(
        join(webRoot, 'index.html'),
        '<!doctype html><html><head><link rel="stylesheet" href="styles.css"></head><body><app-root></app-root><script src="main.js" type="module"></script></body></html>',
      );
      testApp = await bootTestApp({
        NODE_ENV: 'production',
        ANSWER_SEAL_KEY: 'cd'.repeat(32),
        WEB_DIST_DIR: webRoot,
      });
    });
    afterAll(async () => {
      await testApp.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    it('sets the session and CSRF cookies only for HTTPS', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'secure',
      );
      const health = await fetch(`${testApp.url}/health`);
      expect(
        health.headers
          .getSetCookie()
          .find((cookie) => cookie.startsWith('inspraak_csrf=')),
      ).toMatch(/;\s*Secure/i);
      const csrf =
        /inspraak_csrf=([^;]+)/.exec(
          health.headers.get('set-cookie') ?? '',
        )?.[1] ?? '';
      const login = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': csrf,
          cookie: `inspraak_csrf=${csrf}`,
        },
        body: JSON.stringify({
          query:
            'mutation Login($input: LoginInput!) { login(input: $input) { roles } }',
          variables: {
            input: {
              email: organisation.emails[Role.HR],
              password: TEST_PASSWORD,
            },
          },
        }),
      });
      expect(
        login.headers
          .getSetCookie()
          .find((cookie) => cookie.startsWith('inspraak_session=')),
      ).toMatch(/;\s*Secure/i);
    });

    it('sends a Content-Security-Policy without inline script on API answers', async () => {
      for (const response of [
        await fetch(`${testApp.url}/health`),
        await new GraphqlCaller(testApp.url).get(
          '/graphql?query=%7B__typename%7D',
        ),
        // Refused by the body parser, before anything else ran.
        await fetch(`${testApp.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": ',
        }),
      ]) {
        const policy = response.headers.get('content-security-policy') ?? '';
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("script-src 'self';");
        expect(policy).toContain("style-src 'self';");
        expect(policy).toContain("frame-ancestors 'none'");
        expect(policy).toContain("object-src 'none'");
        expect(policy).not.toContain('unsafe-inline');
      }
    });

    it('gives the app shell a fresh style nonce per answer, in the policy and for Angular', async () => {
      const nonces = [];
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(`${testApp.url}/surveys`, {
          headers: { accept: 'text/html' },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const policy = response.headers.get('content-security-policy') ?? '';
        const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(
          policy,
        )?.[1];
        expect(nonce).toBeDefined();
        expect(await response.text()).toContain(
          `<app-root ngCspNonce="${nonce}"></app-root>`,
        );
        nonces.push(nonce);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
      const direct = await fetch(`${testApp.url}/index.html`);
      expect(await direct.text()).toContain('ngCspNonce=');
    });
  });

  describe('with the test settings: a proxy on loopback', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await bootTestApp({ TRUST_PROXY: 'loopback' });
    });
    afterAll(() => testApp.close());

    it('sends Strict-Transport-Security when the proxy says the request came over https', async () => {
      const secure = await fetch(`${testApp.url}/health`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(secure.headers.get('strict-transport-security')).toBe(
        'max-age=31536000',
      );
      const plain = await fetch(`${testApp.url}/health`);
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    });

    it('answers introspection only to a signed-in advisor, and __typename to everyone', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'introspection',
      );
      const callers = await callersFor(testApp.url, organisation);
      const anonymous = new GraphqlCaller(testApp.url);
      const schemaQuery = '{ __schema { queryType { name } } }';
      const inFragment =
        'query { viewer { email } ...Peek } fragment Peek on Query { __schema { types { name } } }';
      const schemaQueries = [
        schemaQuery,
        '{ __type(name: "Query") { name } }',
        // Hidden in a fragment, next to an ordinary field.
        inFragment,
      ];
      for (const query of schemaQueries)
        for (const caller of [
          anonymous,
          callers[Role.MEDEWERKER],
          callers[Role.HR],
          callers[Role.OR_SECRETARIS],
        ]) {
          const refused = await caller.request(query);
          expect(refused.status).toBe(403);
          expect(refused.data).toBeUndefined();
          expect(errorCode(refused)).toBe('FORBIDDEN');
          expect(errorReason(refused)).toBe('INTROSPECTION_NOT_ALLOWED');
        }
      const advisor = await callers[Role.ADVISEUR].request<{
        __schema: { queryType: { name: string } };
      }>(schemaQuery);
      expect(advisor.errors).toBeUndefined();
      expect(advisor.data?.__schema.queryType.name).toBe('Query');
      expect(
        (await callers[Role.ADVISEUR].request(inFragment)).errors,
      ).toBeUndefined();
      expect(
        (await anonymous.request<{ __typename: string }>('{ __typename }'))
          .data,
      ).toEqual({ __typename: 'Query' });
    });

    it('keeps idle connections longer than a load balancer (60 s) would', () => {
      const server = testApp.app.getHttpServer() as {
        keepAliveTimeout: number;
        headersTimeout: number;
      };
      expect(server.keepAliveTimeout).toBe(65_000);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    });
  });
});
