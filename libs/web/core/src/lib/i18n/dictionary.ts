import { nl } from './dictionaries/nl';

/**
 * The Dutch dictionary is the source of truth for the shape: every other
 * language is typed as `Dictionary`, so a missing or extra key fails to compile.
 */
export type Dictionary = DeepStrings<typeof nl>;

type DeepStrings<T> = {
  [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]>;
};

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted path to a text, e.g. `'common.save'`. Typos fail to compile in code and templates. */
export type TranslationKey = Leaves<Dictionary>;

export type TranslationParams = Record<string, string | number>;
