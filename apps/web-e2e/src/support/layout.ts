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

/**
 * A `datetime-local` value `days` calendar days after today in Amsterdam, at
 * `time` (HH:MM). Counted from Amsterdam's date, as the app's notice rules
 * are: late in the evening (UTC) Amsterdam is already a day further.
 */
export function localDateTime(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  // en-CA writes dates as YYYY-MM-DD.
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return `${day}T${time}`;
}
