import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graphql } from './support/graphql';
import { loginAs, runId, switchLanguage } from './support/session';

/** Every word of every stage name that the browser broke over two lines (one client rect per line it occupies). */
async function brokenWords(page: Page): Promise<string[]> {
  return page.locator('.stepper .name').evaluateAll((names) =>
    names.flatMap((name) => {
      const text = name.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const content = text.textContent ?? '';
      const broken: string[] = [];
      for (const match of content.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set(
          Array.from(range.getClientRects()).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) broken.push(match[0]);
      }
      return broken;
    }),
  );
}

/** Stage names wider than their tile. */
async function overflowingNames(page: Page): Promise<string[]> {
  return page
    .locator('.stepper li')
    .evaluateAll((tiles) =>
      tiles
        .filter((tile) => tile.scrollWidth > tile.clientWidth + 1)
        .map((tile) => tile.textContent?.trim() ?? ''),
    );
}

test('the stages of a procedure wrap between words, never inside one, on a phone and a desktop, in Dutch and English', async ({
  page,
}) => {
  await loginAs(page, 'orSecretaris');
  const { registerProcedure } = await graphql<{
    registerProcedure: { id: string };
  }>(
    page.context(),
    `
      mutation ($input: ProcedureInput!) {
        registerProcedure(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        type: 'ADVICE',
        item: 'e',
        title: `Stappen ${runId()}`,
        requestReceivedOn: '2026-02-02',
        confidential: false,
      },
    },
  );
  for (const language of ['nl', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'en');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/procedures/${registerProcedure.id}`);
      await expect(page.locator('.stepper li').first()).toBeVisible();
      expect(await brokenWords(page), `${language} at ${width}px`).toEqual([]);
      expect(await overflowingNames(page), `${language} at ${width}px`).toEqual(
        [],
      );
    }
  }
  await expectNoSeriousA11yViolations(page, 'procedure stages');
});
