import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { en } from './dictionaries/en';
import { nl } from './dictionaries/nl';
import type { Dictionary } from './dictionary';
import {
  I18N_DICTIONARIES,
  I18nService,
  LANGUAGE_STORAGE_KEY,
} from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  function create(): I18nService {
    return TestBed.inject(I18nService);
  }

  it('starts in Dutch and sets <html lang="nl">', () => {
    const i18n = create();
    expect(i18n.language()).toBe('nl');
    expect(i18n.translate('common.save')).toBe('Opslaan');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('nl');
  });

  it('switches to English at run time, remembers the choice and updates <html lang>', () => {
    const i18n = create();
    i18n.setLanguage('en');
    expect(i18n.translate('common.save')).toBe('Save');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
  });

  it("chooses singular or plural by the language's rules (ICU plural syntax)", () => {
    const i18n = create();
    const text =
      '{count, plural, =0 {geen medewerkers} one {# medewerker} other {# medewerkers}} in {name}';
    const say = (count: number) =>
      i18n.translateText(text, { count, name: 'Zorg' });
    expect(say(0)).toBe('geen medewerkers in Zorg');
    expect(say(1)).toBe('1 medewerker in Zorg');
    expect(say(2)).toBe('2 medewerkers in Zorg');
    expect(say(1250)).toBe('1250 medewerkers in Zorg');
    // The dictionaries use it: "1 medewerker", not "1 medewerkers".
    expect(i18n.translate('surveys.builder.headcount', { count: 1 })).toBe(
      '1 medewerker',
    );
    i18n.setLanguage('en');
    expect(i18n.translate('surveys.builder.headcount', { count: 2 })).toBe(
      '2 employees',
    );
  });

  it('renders every plural in both dictionaries for one and for many, with nothing of the syntax left', () => {
    const i18n = create();
    const plurals: { key: string; text: string }[] = [];
    const collect = (node: unknown, path: string[]) => {
      if (typeof node === 'string') {
        if (node.includes(', plural,'))
          plurals.push({ key: path.join('.'), text: node });
      } else if (node !== null && typeof node === 'object')
        for (const [name, inner] of Object.entries(node))
          collect(inner, [...path, name]);
    };
    collect(nl, []);
    collect(en, []);
    expect(plurals.length).toBeGreaterThan(20);
    for (const { key, text } of plurals) {
      const names = [...text.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]!);
      for (const count of [1, 2]) {
        const params = Object.fromEntries(names.map((n) => [n, count]));
        const said = i18n.translateText(text, params);
        expect({ key, said }).toEqual({
          key,
          said: expect.not.stringMatching(/plural|#|(one|other|=\d+) \{|\}\}/),
        });
        expect({ key, said }).toEqual({
          key,
          said: expect.stringContaining(String(count)),
        });
      }
    }
  });

  it('restores the remembered language on start', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(create().language()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(create().language()).toBe('nl');
  });

  it('fills in parameters', () => {
    const i18n = create();
    expect(i18n.translate('home.welcome', { name: 'Fatima' })).toBe(
      'Welkom, Fatima',
    );
    i18n.setLanguage('en');
    expect(
      i18n.translate('common.pageSummary', { from: 1, to: 25, total: 120 }),
    ).toBe('1–25 of 120');
  });

  it('falls back to Dutch when a text is missing in English, and to the key when missing everywhere', () => {
    const incompleteEnglish = {
      ...en,
      common: { ...en.common, save: undefined },
    } as unknown as Dictionary;
    TestBed.configureTestingModule({
      providers: [
        { provide: I18N_DICTIONARIES, useValue: { nl, en: incompleteEnglish } },
      ],
    });
    const i18n = create();
    i18n.setLanguage('en');
    expect(i18n.translate('common.cancel')).toBe('Cancel');
    expect(i18n.translate('common.save')).toBe('Opslaan');
    expect(i18n.translateDynamic('importErrors.SOMETHING_NEW')).toBe(
      'importErrors.SOMETHING_NEW',
    );
  });

  it('translates codes that arrive at run time', () => {
    const i18n = create();
    expect(i18n.translateDynamic('importErrors.INVALID_EMAIL')).toBe(
      'Ongeldig e-mailadres',
    );
  });

  it('formats dates in the UI language', () => {
    const i18n = create();
    expect(i18n.formatDate('2026-03-01')).toBe('1 mrt 2026');
    i18n.setLanguage('en');
    expect(i18n.formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(i18n.formatDate(null)).toBe('');
  });
});
