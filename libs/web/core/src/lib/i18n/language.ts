export type Language = 'nl' | 'en';

/** Dutch first: it is the default and the fallback. */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** Locale used for dates and numbers per UI language. */
export const LOCALE_BY_LANGUAGE: Record<Language, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
};
