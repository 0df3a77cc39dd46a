import type {
  AbstractControl,
  FormGroup,
  ValidationErrors,
} from '@angular/forms';
import { isCalendarDate } from '@inspraak/domain';
import { isApiError, type I18nService, showsErrors } from '@inspraak/web-core';

/** Required, and more than spaces. */
export function filled(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  return (control.value ?? '').trim() ? null : { required: true };
}

/** An existing `YYYY-MM-DD` date, or empty. */
export function existingDate(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  return !control.value || isCalendarDate(control.value)
    ? null
    : { date: true };
}

/** A whole number of days from 1 to 365, or empty (the API's bounds for the agreed term). */
export function termDays(
  control: AbstractControl<number | string | null>,
): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') return null;
  const days = Number(value);
  return Number.isInteger(days) && days >= 1 && days <= 365
    ? null
    : { days: true };
}

/** What to say under a field once it was left or the form was sent; the API's own word wins. */
export function fieldError(
  i18n: I18nService,
  control: AbstractControl | null,
  submitted: boolean,
): string | null {
  const errors = control?.errors;
  if (!control || !errors || !showsErrors(control, submitted)) return null;
  if (errors['server']) return String(errors['server']);
  if (errors['required'])
    return i18n.translate('procedures.validation.required');
  if (errors['date']) return i18n.translate('procedures.validation.date');
  if (errors['future']) return i18n.translate('procedures.validation.future');
  if (errors['days']) return i18n.translate('procedures.validation.days');
  if (errors['maxlength'])
    return i18n.translate('procedures.validation.tooLong', {
      max: (errors['maxlength'] as { requiredLength: number }).requiredLength,
    });
  return null;
}

/** The API's messages per field (`extensions.fields`) on the form's controls of that name. */
export function applyServerErrors(form: FormGroup, error: unknown): void {
  if (!isApiError(error)) return;
  for (const { field, message } of error.fields)
    form.get(field)?.setErrors({ server: message });
  form.markAllAsTouched();
}
