import { FormControl, FormGroup, Validators } from '@angular/forms';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
import type { CallInput } from '@inspraak/shared';
import type { Workgroup } from '../data-access/workgroups-api';
import { calendarDate, notBlank, wholeNumber } from '../shared/form-errors';

/** The API's limits (CallInput). */
export const CALL_LIMITS = {
  name: 200,
  goal: 5_000,
  size: { min: 1, max: 100 },
  hoursPerMonth: { min: 1, max: 80 },
} as const;

export type CallForm = ReturnType<typeof createCallForm>;

/** An open call for a new workgroup; it closes in three weeks unless changed. */
export function createCallForm(today = todayInAmsterdam()) {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(CALL_LIMITS.name)],
    }),
    goal: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(CALL_LIMITS.goal)],
    }),
    skillIds: new FormControl<string[]>([], { nonNullable: true }),
    size: new FormControl<number | null>(6, [
      Validators.required,
      wholeNumber(CALL_LIMITS.size.min, CALL_LIMITS.size.max),
    ]),
    hoursPerMonth: new FormControl<number | null>(4, [
      Validators.required,
      wholeNumber(CALL_LIMITS.hoursPerMonth.min, CALL_LIMITS.hoursPerMonth.max),
    ]),
    closesOn: new FormControl(addDays(today, 21), {
      nonNullable: true,
      validators: [Validators.required, calendarDate],
    }),
  });
}

export function callInputOf(form: CallForm): CallInput {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    goal: value.goal.trim(),
    skillIds: value.skillIds,
    size: Number(value.size),
    hoursPerMonth: Number(value.hoursPerMonth),
    closesOn: value.closesOn,
  };
}

/** The call as it stands, for closing or reopening it unchanged. */
export function currentCallInput(workgroup: Workgroup): CallInput {
  return {
    name: workgroup.name,
    goal: workgroup.goal,
    skillIds: workgroup.skillIds,
    size: workgroup.size,
    hoursPerMonth: workgroup.hoursPerMonth,
    closesOn: workgroup.closesOn,
  };
}
