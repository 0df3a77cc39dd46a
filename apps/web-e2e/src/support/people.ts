import { expect, type Locator, type Page } from '@playwright/test';

/** The demo logins' names, as the person picker finds them. */
export const DEMO_NAMES = {
  'adviseur@demo.inspraak.nl': 'Anouk de Adviseur',
  'hr@demo.inspraak.nl': 'Hamid van HR',
  'or-lid@demo.inspraak.nl': 'Olga OR-lid',
  'or-secretaris@demo.inspraak.nl': 'Sander Secretaris',
  'bestuurder@demo.inspraak.nl': 'Bram Bestuurder',
  'medewerker@demo.inspraak.nl': 'Mila Medewerker',
} as const;

/** Chooses a colleague in an `isp-person-picker`: types the name, picks the option from the list. */
export async function choosePerson(
  page: Page,
  picker: Locator,
  name: string,
): Promise<void> {
  await picker.fill(name);
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) });
  await expect(option).toBeVisible();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await option.click();
  await expect(picker).toHaveValue(name);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
}
