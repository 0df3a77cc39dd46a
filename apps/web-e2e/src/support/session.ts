import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Inspraak-demo-2026!';
export const DEMO_USERS = {
  adviseur: 'adviseur@demo.inspraak.nl',
  hr: 'hr@demo.inspraak.nl',
  medewerker: 'medewerker@demo.inspraak.nl',
  orSecretaris: 'or-secretaris@demo.inspraak.nl',
  orLid: 'or-lid@demo.inspraak.nl',
} as const;

/** Logs in through the form (Dutch UI) and waits for the home page. */
export async function loginAs(
  page: Page,
  user: keyof typeof DEMO_USERS,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(DEMO_USERS[user]);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Welkom, / }),
  ).toBeVisible();
}

export async function switchLanguage(
  page: Page,
  language: 'nl' | 'en',
): Promise<void> {
  await page
    .getByRole('button', { name: language.toUpperCase(), exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Something unique per run, so runs against the same database do not collide. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}
