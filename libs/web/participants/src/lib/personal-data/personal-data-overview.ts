import {
  PERSONAL_DATA_DOCUMENT_KEYS,
  type AuditAction,
  type AuditEntityType,
  type PersonalDataField,
} from '@inspraak/shared';

export interface OverviewRow {
  label: string;
  value: string;
}

/** One part of the readable overview: plain fields, or one group of fields per item of a list. */
export interface OverviewSection {
  key: string;
  title: string;
  rows: OverviewRow[];
  items: OverviewRow[][];
}

/** What the overview needs from the language the person reads in. */
export interface OverviewWords {
  /** The label of a field of the export; null when the dictionary has none. */
  label(key: string): string | null;
  /** Words for a code in the export (a status, a role, an activity); null when there are none. */
  value(code: string): string | null;
  yes: string;
  no: string;
  /** e.g. 'nl-NL' */
  locale: string;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A code rather than words: UPPER_SNAKE, dotted.kebab-case or PascalCase. */
const CODE =
  /^(?:[A-Z][A-Z0-9_]+|[a-z]+(?:[.-][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$/;
const TIME_ZONE = 'Europe/Amsterdam';

/** `{ nl, en }`: one text in both languages (a survey's question as it was asked), shown in the reader's. */
function isTextInBothLanguages(
  value: unknown,
): value is { nl: string; en: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).sort().join() === 'en,nl' &&
    typeof (value as { nl: unknown }).nl === 'string' &&
    typeof (value as { en: unknown }).en === 'string'
  );
}

/** Ids join the parts of the machine-readable export; people get the names beside them. */
function isReference(key: string): boolean {
  return key === 'id' || /[a-z]Ids?$/.test(key);
}

/**
 * Turns the personal-data export into labelled, readable sections: every
 * field by its label, codes in words, dates as dates, nested objects as
 * "label: value" lines, and no ids. Works on any part any context adds: a
 * field without a label is spelled out and reported in `unlabelled` (the
 * tests require none).
 */
export function toReadableOverview(
  data: Record<string, unknown>,
  words: OverviewWords,
): { sections: OverviewSection[]; unlabelled: string[] } {
  const unlabelled = new Set<string>();
  const dateTime = new Intl.DateTimeFormat(words.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const date = new Intl.DateTimeFormat(words.locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const number = new Intl.NumberFormat(words.locale);

  const label = (key: string): string => {
    const text = words.label(key);
    if (text !== null) return text;
    unlabelled.add(key);
    return spellOut(key);
  };

  const text = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? words.yes : words.no;
    if (typeof value === 'number') return number.format(value);
    if (typeof value === 'string') {
      if (ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)))
        return dateTime.format(new Date(value));
      if (ISO_DATE.test(value))
        return date.format(new Date(`${value}T00:00:00Z`));
      const code = words.value(value);
      if (code !== null) return code;
      return CODE.test(value) ? spellOut(value) : value;
    }
    if (Array.isArray(value))
      return value.length === 0 ? '—' : value.map(text).join(', ');
    if (isTextInBothLanguages(value))
      return words.locale.startsWith('en') ? value.en : value.nl;
    if (typeof value === 'object')
      return fields(value as Record<string, unknown>)
        .map((row) => `${row.label}: ${row.value}`)
        .join('; ');
    return String(value);
  };

  const fields = (object: Record<string, unknown>): OverviewRow[] =>
    Object.entries(object)
      .filter(([key]) => !isReference(key))
      .map(([key, value]) => ({ label: label(key), value: text(value) }));

  const sections = Object.entries(data)
    .filter(
      ([key]) =>
        !(PERSONAL_DATA_DOCUMENT_KEYS as readonly string[]).includes(key) &&
        !isReference(key),
    )
    .map(([key, value]): OverviewSection => {
      const section = { key, title: label(key), rows: [], items: [] };
      if (Array.isArray(value))
        return {
          ...section,
          items: value.map((item) =>
            item !== null && typeof item === 'object'
              ? fields(item as Record<string, unknown>)
              : [{ label: label(key), value: text(item) }],
          ),
        };
      if (value !== null && typeof value === 'object')
        return { ...section, rows: fields(value as Record<string, unknown>) };
      // A count or a yes/no (evaluations answered, a calendar subscription); nothing is none.
      if (
        value === null ||
        value === undefined ||
        value === 0 ||
        value === false
      )
        return section;
      return {
        ...section,
        rows: [{ label: section.title, value: text(value) }],
      };
    });
  return { sections, unlabelled: [...unlabelled].sort() };
}

/** "pausedUntil" → "Paused until", "participant.profile-updated" → "Participant profile updated". */
function spellOut(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The overview's words from a dictionary's `personalData` part (looked up by exact key: codes contain dots). */
export function overviewWords(
  dictionary: {
    yes: string;
    no: string;
    fields: Record<PersonalDataField, string>;
    values: Record<string, string>;
    actions: Record<AuditAction, string>;
    entityTypes: Record<AuditEntityType, string>;
  },
  locale: string,
): OverviewWords {
  const own = (record: Record<string, string>, key: string) =>
    Object.prototype.hasOwnProperty.call(record, key)
      ? (record[key] as string)
      : null;
  return {
    label: (key) => own(dictionary.fields, key),
    value: (code) =>
      own(dictionary.values, code) ??
      own(dictionary.actions, code) ??
      own(dictionary.entityTypes, code),
    yes: dictionary.yes,
    no: dictionary.no,
    locale,
  };
}
