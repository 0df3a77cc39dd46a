import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import {
  adjacencyGraphs,
  dictionary as commonDictionary,
} from '@zxcvbn-ts/language-common';
import { AppError } from '../errors/app-error';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordRefusal =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_COMMON'
  | 'PASSWORD_PERSONAL'
  | 'PASSWORD_WEAK';

/** About 49,000 common and leaked passwords, as the zxcvbn-ts project keeps them. */
const COMMON_PASSWORDS = new Set(
  (commonDictionary['passwords-common'] as string[]).map((p) =>
    p.toLowerCase(),
  ),
);

const strength = new ZxcvbnFactory({
  dictionary: commonDictionary,
  graphs: adjacencyGraphs,
});

/** Letters and digits only, lower-cased: "Van der Berg" and "vanderberg" are the same word. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The words of someone's name and address a password must not be built on. */
function personalWords(person: { email: string; displayName: string }) {
  const [local = '', domain = ''] = person.email.toLowerCase().split('@');
  const words = [
    local,
    ...local.split(/[^a-z0-9]+/),
    domain.split('.')[0] ?? '',
    ...person.displayName.split(/[\s.-]+/),
    person.displayName,
  ].map(plain);
  // Short words ("de", "van", "jan") occur in strong passwords by chance.
  return [...new Set(words)].filter((word) => word.length >= 4);
}

/**
 * The password policy: at least 12 characters, not one of the common or
 * leaked passwords, not built on the person's name or e-mail address, and not
 * guessable by the patterns zxcvbn knows (score at least 3 of 4).
 */
export function checkPasswordPolicy(
  password: string,
  person: { email: string; displayName: string },
): PasswordRefusal | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'PASSWORD_COMMON';
  const flattened = plain(password);
  const words = personalWords(person);
  if (words.some((word) => flattened.includes(word)))
    return 'PASSWORD_PERSONAL';
  if (strength.check(password, words).score < 3) return 'PASSWORD_WEAK';
  return null;
}

const REFUSAL_TEXT: Record<PasswordRefusal, { nl: string; en: string }> = {
  PASSWORD_TOO_SHORT: {
    nl: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
    en: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  PASSWORD_TOO_LONG: {
    nl: `Een wachtwoord heeft hoogstens ${PASSWORD_MAX_LENGTH} tekens.`,
    en: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  PASSWORD_COMMON: {
    nl: 'Dit wachtwoord komt voor in lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies een ander.',
    en: 'This password appears in lists of common or leaked passwords. Choose another one.',
  },
  PASSWORD_PERSONAL: {
    nl: 'Gebruik je naam of e-mailadres niet in je wachtwoord.',
    en: 'Do not use your name or e-mail address in your password.',
  },
  PASSWORD_WEAK: {
    nl: 'Dit wachtwoord is te makkelijk te raden. Maak het langer of gebruik een zin van losse woorden.',
    en: 'This password is too easy to guess. Make it longer or use a phrase of unrelated words.',
  },
};

/** Throws BAD_USER_INPUT on `field` with the refusal as reason when the password breaks the policy. */
export function assertPasswordPolicy(
  password: string,
  person: { email: string; displayName: string },
  field = 'password',
): void {
  const refusal = checkPasswordPolicy(password, person);
  if (!refusal) return;
  const text = REFUSAL_TEXT[refusal];
  throw new AppError('BAD_USER_INPUT', refusal, text, [
    { field, message: text },
  ]);
}
