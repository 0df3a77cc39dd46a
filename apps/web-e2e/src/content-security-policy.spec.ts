import { expect, test, type Page } from '@playwright/test';
import { createOneQuestionSurvey } from './support/surveys';
import { graphql } from './support/graphql';
import { loginAs, runId } from './support/session';

/**
 * The built app works under the API's Content-Security-Policy (no inline
 * script, component styles only with the shell's nonce): every page the
 * test visits reports no violation, and its styles apply.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects the page's CSP violations: the browser's events and its console reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      reported.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  return reported;
}

async function expectNoViolations(page: Page, reported: string[], at: string) {
  // Angular adds a component's styles when it first renders: let the page settle.
  await page.waitForLoadState('networkidle');
  const events = await page.evaluate(() => window.cspViolations ?? []);
  expect([...events, ...reported], `CSP violations on ${at}`).toEqual([]);
}

test('the app runs under its Content-Security-Policy, on the login page, a dashboard and a survey', async ({
  browser,
  page,
}) => {
  const reported = await watchViolations(page);
  const shell = await page.goto('/login');
  const policy = shell?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self';");
  expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The global stylesheet applies (body margin 0), and so do component styles, which carry the nonce.
  expect(
    await page.evaluate(() => getComputedStyle(document.body).marginTop),
  ).toBe('0px');
  expect(
    await page.evaluate(() => document.querySelectorAll('style[nonce]').length),
  ).toBeGreaterThan(0);
  await expectNoViolations(page, reported, '/login');

  await loginAs(page, 'hr');
  await expectNoViolations(page, reported, 'the home page');
  for (const path of ['/surveys', '/directory/departments', '/trajectories']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, reported, path);
  }

  const survey = await createOneQuestionSurvey(page.context(), {
    title: `CSP ${runId()}`,
  });
  for (const path of [
    `/surveys/${survey}/edit`,
    `/surveys/${survey}/preview`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, reported, path);
  }

  // The advisor's dashboard draws charts (ECharts on a canvas): still no violation.
  const advisor = await (await browser.newContext()).newPage();
  const advisorReported = await watchViolations(advisor);
  await loginAs(advisor, 'adviseur');
  await graphql(
    advisor.context(),
    'mutation($i: TrajectoryInput!) { createTrajectory(input: $i) { id } }',
    {
      i: {
        title: `CSP-traject ${runId()}`,
        description: 'Voor de grafiek.',
        decision: 'Besluit.',
        published: true,
      },
    },
  );
  await advisor.goto('/');
  await expect(
    advisor
      .getByRole('img', { name: 'Lopende trajecten per fase' })
      .locator('canvas'),
  ).toBeVisible();
  await expectNoViolations(advisor, advisorReported, 'the advisor dashboard');
  await advisor.context().close();

  const api = await page.request.get('/health');
  expect(api.headers()['content-security-policy']).toContain(
    "default-src 'self'",
  );
});
