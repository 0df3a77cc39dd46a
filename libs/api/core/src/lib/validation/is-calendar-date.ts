import { ValidateBy, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@inspraak/domain';

/** An input field holding a `YYYY-MM-DD` date that exists, in the years 1000–9999 (see `isCalendarDate`). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isCalendarDate(value),
      },
    },
    options,
  );
