import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldProblem, LocalisedText } from '../errors/app-error';

const CONSTRAINT_TEXT: Record<string, LocalisedText> = {
  isEmail: {
    nl: 'Dit is geen geldig e-mailadres.',
    en: 'This is not a valid email address.',
  },
  maxLength: { nl: 'Deze waarde is te lang.', en: 'This value is too long.' },
  minLength: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  isNotEmpty: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  isISO8601: {
    nl: 'Geen geldige datum (JJJJ-MM-DD).',
    en: 'Not a valid date (YYYY-MM-DD).',
  },
  isCalendarDate: {
    nl: 'Geen bestaande datum (JJJJ-MM-DD).',
    en: 'Not an existing date (YYYY-MM-DD).',
  },
  isUUID: { nl: 'Geen geldige verwijzing.', en: 'Not a valid reference.' },
  min: { nl: 'Deze waarde is te klein.', en: 'This value is too small.' },
  max: { nl: 'Deze waarde is te groot.', en: 'This value is too large.' },
};
const FALLBACK: LocalisedText = {
  nl: 'Deze waarde is niet geldig.',
  en: 'This value is not valid.',
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {})
      .slice(0, 1)
      .map((constraint) => ({
        field,
        message: CONSTRAINT_TEXT[constraint] ?? FALLBACK,
      }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every GraphQL input class and reports problems per field, in both languages. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  exceptionFactory: (errors) =>
    badInput(
      'INVALID_INPUT',
      {
        nl: 'Niet alle velden zijn goed ingevuld.',
        en: 'Some fields are not filled in correctly.',
      },
      flatten(errors),
    ),
});
