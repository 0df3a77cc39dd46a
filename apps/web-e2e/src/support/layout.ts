import { expect, type Page } from '@playwright/test';

/** At phone width (375px unless given) nothing may stick out sideways; the viewport is restored afterwards. */
export async function expectFitsOnPhone(
  page: Page,
  width = 375,
): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width, height: 812 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** A `datetime-local` value `days` from now at `time` (HH:MM), in the browser's time zone. */
export function localDateTime(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${time}`;
}
