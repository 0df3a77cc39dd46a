import { AppError } from '../errors/app-error';
import { assertPasswordPolicy, checkPasswordPolicy } from './password-policy';

const anouk = {
  email: 'anouk.dejong@zorggroep.nl',
  displayName: 'Anouk de Jong',
};

describe('password policy', () => {
  it.each([
    ['Kort-1!', 'PASSWORD_TOO_SHORT'],
    ['elf-tekens!', 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(201), 'PASSWORD_TOO_LONG'],
    // Common and leaked passwords from the zxcvbn-ts list, whatever their case.
    ['password1234', 'PASSWORD_COMMON'],
    ['QWERTY123456', 'PASSWORD_COMMON'],
    ['1qaz2wsx3edc', 'PASSWORD_COMMON'],
    // Built on the person's name or address.
    ['Anouk-de-Jong-2026', 'PASSWORD_PERSONAL'],
    ['dejong!!zorggroep', 'PASSWORD_PERSONAL'],
    ['anouk.dejong@zorggroep.nl', 'PASSWORD_PERSONAL'],
    ['zorggroep1234567', 'PASSWORD_PERSONAL'],
    // Long enough but guessable by pattern.
    ['aaaaaaaaaaaaaaaa', 'PASSWORD_WEAK'],
    ['abcdefghijklmnop', 'PASSWORD_WEAK'],
    ['qwertyuiopasdfgh', 'PASSWORD_WEAK'],
    ['1234567890123', 'PASSWORD_WEAK'],
  ])('refuses %j as %s', (password, reason) => {
    expect(checkPasswordPolicy(password, anouk)).toBe(reason);
  });

  it.each([
    'paarse olifant fietst langzaam',
    'Inspraak-demo-2026!',
    'Test-wachtwoord-123!',
    'kX9#mQ2$vL7@wR4!',
    // Unicode counts in characters, not bytes: twelve characters.
    'Łukasz-Şahin-Ngưyễn',
  ])('accepts %j', (password) => {
    expect(checkPasswordPolicy(password, anouk)).toBeNull();
  });

  it('ignores short name parts such as "de" and "van"', () => {
    expect(
      checkPasswordPolicy('de vlinder vangt dauw', {
        email: 'jan@van.nl',
        displayName: 'Jan van de Berg',
      }),
    ).toBeNull();
  });

  it('throws a field error with the reason', () => {
    let error: unknown;
    try {
      assertPasswordPolicy('password1234', anouk, 'newPassword');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_COMMON',
      fields: [{ field: 'newPassword' }],
    });
  });
});
