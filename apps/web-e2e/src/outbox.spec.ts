import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { DEMO_USERS, loginAs, runId, switchLanguage } from './support/session';

const nav = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' });

/**
 * The development outbox (no SMTP server in the e2e stack): the advisor reads
 * the kept mail in the app, warned that its links are personal; a survey
 * invitation shows neither its one-time link nor its recipient.
 */
test('the advisor reads the development outbox, with survey links and their recipients hidden, in Dutch and English, on a phone', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const title = `Uitgaande post ${runId()}`;

  // HR sends a one-question survey to the advisor: a personal link lands in the outbox.
  const hr = await browser.newContext();
  await loginAs(await hr.newPage(), 'hr');
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    hr,
    `
      mutation ($input: SurveyInput!) {
        createSurvey(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title,
        introduction: '',
        mode: 'ANONYMOUS',
        threshold: 5,
        audience: {
          kind: 'LIST',
          departmentIds: [],
          includeSubDepartments: false,
          emails: [DEMO_USERS.adviseur],
        },
        sections: [
          {
            key: 's1',
            title: { nl: 'Vandaag', en: 'Today' },
            questions: [
              {
                key: 'mood',
                kind: 'AGREEMENT_5',
                text: { nl: 'Het gaat goed.', en: 'All is well.' },
                required: true,
                options: [],
              },
            ],
          },
        ],
      },
    },
  );
  await graphql(
    hr,
    `
      mutation ($id: ID!) {
        publishSurvey(id: $id) {
          id
        }
      }
    `,
    {
      id: createSurvey.id,
    },
  );
  await hr.close();

  await loginAs(page, 'adviseur');
  let token = '';
  await expect
    .poll(
      async () => {
        const { devOutbox } = await graphql<{
          devOutbox: { subject: string; body: string }[];
        }>(page.context(), '{ devOutbox { subject body } }');
        const mail = devOutbox.find((m) => m.subject.startsWith(title));
        token = /\/s\/([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1] ?? '';
        return token;
      },
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .not.toBe('');

  // Linked in the menu while no mail server is configured.
  await nav(page).getByRole('link', { name: 'Uitgaande e-mail' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Uitgaande e-mail (ontwikkeling)',
    }),
  ).toBeVisible();
  await expect(page.getByText(/In productie stel je SMTP in/)).toBeVisible();
  await expect(
    page.getByText(/De links in deze berichten zijn persoonlijk/),
  ).toBeVisible();
  const invitation = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: new RegExp(title) }) });
  await expect(invitation).toContainText('[persoonlijke link verborgen]');
  await expect(invitation).toContainText(
    'verborgen (persoonlijke vragenlijst)',
  );
  await expect(invitation).not.toContainText(token);
  await expect(invitation).not.toContainText(DEMO_USERS.adviseur);
  await expect(page.locator('body')).not.toContainText(token);
  await expectNoSeriousA11yViolations(page, 'development outbox');
  await expectFitsOnPhone(page, 360);

  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Outgoing e-mail (development)',
    }),
  ).toBeVisible();
  await expect(invitation).toContainText('[personal link hidden]');
  await expect(page.getByText(/In production, configure SMTP/)).toBeVisible();
  await switchLanguage(page, 'nl');
});

test('HR has no outbox: not in the menu, and the page is refused', async ({
  page,
}) => {
  await loginAs(page, 'hr');
  await expect(
    nav(page).getByRole('link', { name: 'Uitgaande e-mail' }),
  ).toHaveCount(0);
  await page.goto('/outbox');
  await expect(page).toHaveURL(/\/forbidden$/);
});
