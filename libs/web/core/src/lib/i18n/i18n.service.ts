import {
  DOCUMENT,
  Injectable,
  InjectionToken,
  computed,
  inject,
  signal,
} from '@angular/core';
import { isApiError } from '../api/api-error';
import { en } from './dictionaries/en';
import { nl } from './dictionaries/nl';
import type {
  Dictionary,
  TranslationKey,
  TranslationParams,
} from './dictionary';
import {
  DEFAULT_LANGUAGE,
  LOCALE_BY_LANGUAGE,
  isLanguage,
  type Language,
} from './language';

export const LANGUAGE_STORAGE_KEY = 'inspraak.language';

/** Overridable in tests; the app uses the built-in dictionaries. */
export const I18N_DICTIONARIES = new InjectionToken<
  Record<Language, Dictionary>
>('I18N_DICTIONARIES', {
  providedIn: 'root',
  factory: () => ({ nl, en }),
});

/**
 * Runtime language switch. Texts come from typed dictionaries; a key missing in
 * the current language at run time falls back to Dutch, then to the key itself.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = inject(I18N_DICTIONARIES);
  private readonly current = signal<Language>(this.readStoredLanguage());

  readonly language = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_BY_LANGUAGE[this.current()]);

  constructor() {
    this.applyToDocument(this.current());
  }

  setLanguage(language: Language): void {
    this.current.set(language);
    this.applyToDocument(language);
    try {
      this.document.defaultView?.localStorage.setItem(
        LANGUAGE_STORAGE_KEY,
        language,
      );
    } catch {
      // Storage can be disabled (private mode, policies); the switch still works for this visit.
    }
  }

  translate(key: TranslationKey, params?: TranslationParams): string {
    return this.translateDynamic(key, params);
  }

  /**
   * For keys built at run time (e.g. from a server code). Unknown keys fall back
   * to Dutch and then to the key, so the screen never shows nothing.
   */
  translateDynamic(key: string, params?: TranslationParams): string {
    const text =
      lookup(this.dictionaries[this.current()], key) ??
      lookup(this.dictionaries[DEFAULT_LANGUAGE], key) ??
      key;
    return this.translateText(text, params);
  }

  /**
   * Fills a text's `{name}` placeholders, and chooses among the forms of an
   * ICU plural, `{count, plural, =0 {…} one {# …} other {# …}}`, by the
   * current language's plural rules (`#` is the number).
   */
  translateText(text: string, params?: TranslationParams): string {
    if (!params) return text;
    return interpolate(
      pluralise(text, params, new Intl.PluralRules(this.locale())),
      params,
    );
  }

  /** What to show for a failed request: the API's own localised message, or a general one for anything else. */
  errorMessage(error: unknown): string {
    return isApiError(error)
      ? error.message
      : this.translate('errors.INTERNAL_SERVER_ERROR');
  }

  has(key: string): boolean {
    return lookup(this.dictionaries[this.current()], key) !== undefined;
  }

  /** `2026-03-01` or an ISO timestamp → localised date (and time when `withTime`). */
  formatDate(value: string | null | undefined, withTime = false): string {
    if (!value) return '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00`)
      : new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(this.locale(), {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(date);
  }

  private readStoredLanguage(): Language {
    try {
      const stored =
        this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }
}

function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces each `{name, plural, …}` by the form its number asks for (ICU MessageFormat's plural, without nesting). */
function pluralise(
  text: string,
  params: TranslationParams,
  rules: Intl.PluralRules,
): string {
  let result = '';
  let rest = text;
  for (;;) {
    const start = rest.search(/\{\w+, plural,/);
    if (start < 0) return result + rest;
    result += rest.slice(0, start);
    const name = /^\{(\w+),/.exec(rest.slice(start))![1]!;
    // Read the forms up to the plural's closing brace.
    const forms = new Map<string, string>();
    let i = rest.indexOf('plural,', start) + 'plural,'.length;
    for (;;) {
      while (rest[i] === ' ') i++;
      if (rest[i] === '}' || i >= rest.length) break;
      const selector = /^(=\d+|\w+)\s*\{/.exec(rest.slice(i));
      if (!selector) break;
      i += selector[0].length;
      let depth = 1;
      let body = '';
      for (; i < rest.length && depth > 0; i++) {
        if (rest[i] === '{') depth++;
        if (rest[i] === '}') depth--;
        if (depth > 0) body += rest[i];
      }
      forms.set(selector[1]!, body);
    }
    const count = Number(params[name]);
    const form =
      forms.get(`=${count}`) ??
      forms.get(Number.isFinite(count) ? rules.select(count) : 'other') ??
      forms.get('other') ??
      '';
    result += form.replace(/#/g, String(params[name]));
    rest = rest.slice(i + 1);
  }
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : match,
  );
}
