import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ParticipationStatus, PoolFilter } from '@inspraak/shared';

export type YesNoAny = '' | 'yes' | 'no';

export function createPoolFilterForm() {
  const whole = (min: number, max: number) =>
    new FormControl<number | null>(null, {
      validators: [
        Validators.min(min),
        Validators.max(max),
        Validators.pattern(/^\d+$/),
      ],
    });
  return new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    skillIds: new FormControl<string[]>([], { nonNullable: true }),
    theme: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true }),
    minHoursPerMonth: whole(0, 80),
    minMonthsInPool: whole(0, 600),
    status: new FormControl<ParticipationStatus | ''>('', {
      nonNullable: true,
    }),
    agreementValid: new FormControl<YesNoAny>('', { nonNullable: true }),
    onlyNew: new FormControl(false, { nonNullable: true }),
  });
}

export type PoolFilterForm = ReturnType<typeof createPoolFilterForm>;

/** Only what was filled in becomes a filter; empty fields mean "any". */
export function poolFilterOf(form: PoolFilterForm): PoolFilter {
  const v = form.getRawValue();
  const filter: PoolFilter = {};
  const text = (s: string) => s.trim();
  if (text(v.search)) filter.search = text(v.search);
  if (v.skillIds.length) filter.skillIds = v.skillIds;
  if (text(v.theme)) filter.theme = text(v.theme);
  if (v.departmentId) filter.departmentId = v.departmentId;
  if (text(v.location)) filter.location = text(v.location);
  if (v.minHoursPerMonth !== null && `${v.minHoursPerMonth}` !== '')
    filter.minHoursPerMonth = Number(v.minHoursPerMonth);
  if (v.minMonthsInPool !== null && `${v.minMonthsInPool}` !== '')
    filter.minMonthsInPool = Number(v.minMonthsInPool);
  if (v.status) filter.status = v.status;
  if (v.agreementValid) filter.agreementValid = v.agreementValid === 'yes';
  if (v.onlyNew) filter.onlyNew = true;
  return filter;
}
