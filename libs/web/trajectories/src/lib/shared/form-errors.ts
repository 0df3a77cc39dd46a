import type {
  AbstractControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { isCalendarDate } from '@inspraak/domain';
import { I18nService, isApiError, showsErrors } from '@inspraak/web-core';

/** Required, and more than spaces. */
export function notBlank(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  return (control.value ?? '').trim() ? null : { required: true };
}

/** A whole number from `min` to `max`; empty is left to `Validators.required`. */
export function wholeNumber(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<number | string | null>) => {
    const value = control.value;
    if (value === null || value === '') return null;
    const number = Number(value);
    return Number.isInteger(number) && number >= min && number <= max
      ? null
      : { range: { min, max } };
  };
}

/** An existing `YYYY-MM-DD` date; empty is left to `Validators.required`. */
export function calendarDate(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  const value = control.value;
  return !value || isCalendarDate(value) ? null : { date: true };
}

/**
 * The message for a control's first problem, once the person left the field
 * or tried to submit; the API's own message for the field wins (`server`).
 */
export function controlError(
  i18n: I18nService,
  control: AbstractControl,
  submitted: boolean,
): string | null {
  const errors = control.errors;
  if (!errors || !showsErrors(control, submitted)) return null;
  if (errors['server']) return String(errors['server']);
  if (errors['required'])
    return i18n.translate('trajectories.validation.required');
  if (errors['maxlength'])
    return i18n.translate('trajectories.validation.tooLong', {
      max: (errors['maxlength'] as { requiredLength: number }).requiredLength,
    });
  if (errors['range']) {
    const { min, max } = errors['range'] as { min: number; max: number };
    return i18n.translate('trajectories.validation.range', { min, max });
  }
  if (errors['date']) return i18n.translate('trajectories.validation.date');
  if (errors['dateTime'])
    return i18n.translate('trajectories.validation.dateTime');
  if (errors['personNotChosen'])
    return i18n.translate('participationSteps.personPicker.notChosen');
  if (errors['email']) return i18n.translate('trajectories.validation.email');
  if (errors['emails'])
    return i18n.translate('trajectories.validation.emails', {
      list: (errors['emails'] as string[]).join(', '),
    });
  if (errors['endBeforeStart'])
    return i18n.translate('trajectories.validation.endBeforeStart');
  if (errors['meetingTimes'])
    return i18n.translate('trajectories.validation.meetingTimes');
  return null;
}

/** Puts the API's per-field messages (`extensions.fields`) on the form's controls of the same name. */
export function showServerFieldErrors(form: FormGroup, error: unknown): void {
  if (!isApiError(error)) return;
  for (const { field, message } of error.fields) {
    const control = form.get(field);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
}
