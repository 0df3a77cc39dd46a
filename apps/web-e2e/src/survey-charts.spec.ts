import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { expectFitsOnPhone } from './support/layout';
import { sentMails } from './support/mail';
import { loginAs, runId } from './support/session';

/**
 * Survey charts (issue 15): HR opens the results of the second run of a
 * survey on a phone and sees each question as a chart with its labels, the
 * question × department heatmap with withheld cells labelled as withheld,
 * and the trend over both runs with the second run's withheld point; each
 * chart's table alternative opens.
 *
 * Twelve invitees, six of Financiën and six of Thuiszorg (two units of six).
 * Run 1: everyone answers "Het gaat goed."; the optional workload question
 * all of Financiën but only two of Thuiszorg, so both departments' workload
 * cells are withheld (Thuiszorg's 2, and Financiën's with it, or the total
 * would give Thuiszorg away). Run 2: only three answer the workload
 * question, so its point in the trend is withheld.
 */

const FINANCE = 'Financiën';
const HOME_CARE = 'Thuiszorg';

async function employeesOf(page: Page, department: string): Promise<string[]> {
  const { surveyAudienceDepartments } = await graphql<{
    surveyAudienceDepartments: { id: string; name: string }[];
  }>(page.context(), '{ surveyAudienceDepartments { id name } }');
  const id = surveyAudienceDepartments.find((d) => d.name === department)?.id;
  const { employees } = await graphql<{
    employees: { items: { email: string }[] };
  }>(
    page.context(),
    `
      query ($id: ID!) {
        employees(
          filter: { departmentId: $id, status: ACTIVE }
          page: { limit: 100 }
        ) {
          items {
            email
          }
        }
      }
    `,
    { id },
  );
  return employees.items
    .map((e) => e.email.toLowerCase())
    .sort()
    .slice(0, 6);
}

const agreement = (key: string, nl: string, en: string, required: boolean) => ({
  key,
  kind: 'AGREEMENT_5',
  text: { nl, en },
  required,
  options: [],
});

/** Publishes a survey (or run) and returns each invitee's link token once the worker mailed them. */
async function publish(
  page: Page,
  id: string,
  title: string,
  seen: Set<string>,
  expected: number,
): Promise<Map<string, string>> {
  await graphql(
    page.context(),
    'mutation ($id: ID!) { publishSurvey(id: $id) { id } }',
    {
      id,
    },
  );
  let links = new Map<string, string>();
  await expect
    .poll(
      () => {
        links = new Map();
        for (const mail of sentMails()) {
          if (!mail.subject.startsWith(title)) continue;
          const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
          if (token && !seen.has(token))
            links.set(mail.to.toLowerCase(), token);
        }
        return links.size;
      },
      { timeout: 5 * 60_000, intervals: [500, 1000] },
    )
    .toBe(expected);
  for (const token of links.values()) seen.add(token);
  return links;
}

async function answer(
  browser: Browser,
  token: string,
  answers: { questionKey: string; number?: number; options?: string[] }[],
): Promise<void> {
  const context = await browser.newContext();
  await graphql(
    context,
    'mutation ($token: String!, $answers: [AnswerInput!]!) { submitSurveyByToken(token: $token, answers: $answers) }',
    { token, answers },
  );
  await context.close();
}

async function close(page: Page, id: string): Promise<void> {
  await graphql(
    page.context(),
    'mutation ($id: ID!) { closeSurvey(id: $id) { id } }',
    {
      id,
    },
  );
}

test('the results of a second run show each question as a chart, the heatmap with withheld cells and the trend, each with its table', async ({
  page,
  browser,
}) => {
  const title = `Grafieken ${runId()}`;
  await loginAs(page, 'hr');
  const finance = await employeesOf(page, FINANCE);
  const homeCare = await employeesOf(page, HOME_CARE);
  expect(finance).toHaveLength(6);
  expect(homeCare).toHaveLength(6);

  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    page.context(),
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    {
      input: {
        title,
        introduction: '',
        mode: 'ANONYMOUS',
        threshold: 5,
        audience: {
          kind: 'LIST',
          departmentIds: [],
          includeSubDepartments: true,
          emails: [...finance, ...homeCare],
        },
        sections: [
          {
            key: 's1',
            title: { nl: 'Vandaag', en: 'Today' },
            questions: [
              agreement('mood', 'Het gaat goed.', 'All is well.', true),
              agreement(
                'workload',
                'Mijn werkdruk is goed te doen.',
                'My workload is manageable.',
                false,
              ),
              {
                key: 'channel',
                kind: 'SINGLE_CHOICE',
                text: {
                  nl: 'Hoe hoor je nieuws het liefst?',
                  en: 'How do you prefer to hear news?',
                },
                required: true,
                options: [
                  { key: 'mail', label: { nl: 'Per e-mail', en: 'By e-mail' } },
                  {
                    key: 'meeting',
                    label: { nl: 'In het werkoverleg', en: 'In team meetings' },
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  );
  const first = createSurvey.id;
  const seen = new Set<string>();
  const firstLinks = await publish(page, first, title, seen, 12);
  for (const [email, token] of firstLinks) {
    const inFinance = finance.includes(email);
    const n = (inFinance ? finance : homeCare).indexOf(email);
    await answer(browser, token, [
      { questionKey: 'mood', number: inFinance ? 5 : 2 },
      ...(inFinance || n < 2 ? [{ questionKey: 'workload', number: 4 }] : []),
      { questionKey: 'channel', options: [n % 3 === 0 ? 'mail' : 'meeting'] },
    ]);
  }
  await close(page, first);

  const { newSurveyVersion } = await graphql<{
    newSurveyVersion: { id: string };
  }>(
    page.context(),
    'mutation ($id: ID!) { newSurveyVersion(id: $id) { id } }',
    {
      id: first,
    },
  );
  const second = newSurveyVersion.id;
  const secondLinks = await publish(page, second, title, seen, 12);
  let workloadAnswers = 0;
  for (const token of secondLinks.values())
    await answer(browser, token, [
      { questionKey: 'mood', number: 4 },
      ...(workloadAnswers++ < 3
        ? [{ questionKey: 'workload', number: 2 }]
        : []),
      { questionKey: 'channel', options: ['mail'] },
    ]);
  await close(page, second);

  // HR reads the second run's results on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/surveys/${second}/results`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Resultaten: ${title}` }),
  ).toBeVisible();
  await expect(page.getByTestId('results-respondents')).toHaveText('12');

  // Each question as a chart of its answers, with the options' labels, not their keys.
  const channel = page.locator('article[data-question="channel"]');
  const channelChart = channel.locator('figure[data-chart-kind="bar"]');
  await expect(channelChart).toContainText(
    'Vraag 3: verdeling van de antwoorden',
  );
  await expect(channelChart.locator('canvas').first()).toBeVisible();
  await channelChart.getByText('Toon als tabel').click();
  const channelTable = channelChart.getByRole('table');
  await expect(channelTable).toBeVisible();
  await expect(
    channelTable.getByRole('row', { name: /Per e-mail\s+100%/ }),
  ).toBeVisible();
  await expect(
    channelTable.getByRole('row', { name: /In het werkoverleg\s+0%/ }),
  ).toBeVisible();
  await expect(channelTable).not.toContainText('meeting');
  const mood = page.locator('article[data-question="mood"]');
  await expect(mood.locator('figure[data-chart-kind="bar"]')).toBeVisible();
  await expect(mood.locator('.stats')).toContainText('Gemiddelde: 4');

  // The heatmap: a withheld cell is labelled withheld, not empty or zero.
  const heatmap = page.getByTestId('results-heatmap');
  await expect(
    heatmap.getByRole('heading', { name: 'Vragen naast elkaar' }),
  ).toBeVisible();
  const heatmapFigure = heatmap.locator('figure[data-chart-kind="heatmap"]');
  await expect(heatmapFigure).toContainText(
    'Gemiddelde per vraag en afdeling (schaal 1–5)',
  );
  await expect(heatmapFigure.locator('canvas').first()).toBeVisible();
  await heatmapFigure.getByText('Toon als tabel').click();
  const heatmapTable = heatmapFigure.getByRole('table');
  await expect(heatmapTable.locator('thead')).toContainText('Iedereen');
  await expect(heatmapTable.locator('thead')).toContainText(FINANCE);
  await expect(heatmapTable.locator('thead')).toContainText(HOME_CARE);
  const moodRow = heatmapTable.getByRole('row', {
    name: /^1\. Het gaat goed\./,
  });
  await expect(moodRow.locator('td')).toHaveText(['4,0', '4,0', '4,0']);
  // Run 2: three answered the workload question, too few anywhere.
  const workloadRow = heatmapTable.getByRole('row', {
    name: /^2\. Mijn werkdruk/,
  });
  await expect(workloadRow.locator('td')).toHaveText([
    'afgeschermd',
    'afgeschermd',
    'afgeschermd',
  ]);

  // The trend over both runs: run 1's workload mean, run 2's withheld.
  const trend = page.getByTestId('results-trend');
  const trendFigure = trend.locator('figure[data-chart-kind="line"]');
  await expect(trendFigure).toContainText('Gemiddelde per ronde (schaal 1–5)');
  await expect(trendFigure.locator('canvas').first()).toBeVisible();
  await trendFigure.getByText('Toon als tabel').click();
  const trendTable = trendFigure.getByRole('table');
  await expect(trendTable.locator('thead')).toContainText('2. Mijn werkdruk');
  // Run 1: mood (6 × 5 + 6 × 2) / 12 = 3.5, workload 4 (8 answered).
  await expect(
    trendTable.getByRole('row', { name: /^Ronde 1/ }).locator('td'),
  ).toHaveText(['3,5', '4,0']);
  await expect(
    trendTable.getByRole('row', { name: /^Ronde 2/ }).locator('td'),
  ).toHaveText(['4,0', 'afgeschermd']);

  await expectNoSeriousA11yViolations(page, 'survey results with charts');
  await expectFitsOnPhone(page, 390);

  // Run 1's own page: its heatmap withholds both departments' workload cells (2 in Thuiszorg, and Financiën with it).
  await page.goto(`/surveys/${first}/results`);
  const firstHeatmap = page
    .getByTestId('results-heatmap')
    .locator('figure[data-chart-kind="heatmap"]');
  await firstHeatmap.getByText('Toon als tabel').click();
  await expect(
    firstHeatmap.getByRole('row', { name: /^2\. Mijn werkdruk/ }).locator('td'),
  ).toHaveText(['4,0', 'afgeschermd', 'afgeschermd']);
  // One run only: no trend yet.
  await expect(page.getByTestId('results-trend')).toHaveCount(0);
});
