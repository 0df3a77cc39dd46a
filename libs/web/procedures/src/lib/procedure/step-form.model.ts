import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { todayInAmsterdam } from '@inspraak/domain';
import type { CouncilResponseKind, ProcedureStepInput } from '@inspraak/shared';
import { existingDate } from '../shared/form-support';
import type { StepKind } from '../shared/procedure-rules';

/** Steps cannot be dated in the future (the API refuses them too). */
function notFuture(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  return control.value && control.value > todayInAmsterdam()
    ? { future: true }
    : null;
}

export type StepForm = ReturnType<typeof createStepForm>;

/** One form for every step; which fields count depends on the step (see `stepFields`). */
export function createStepForm() {
  const date = (value: string) =>
    new FormControl(value, {
      nonNullable: true,
      validators: [existingDate, notFuture],
    });
  return new FormGroup({
    on: date(todayInAmsterdam()),
    response: new FormControl<CouncilResponseKind | ''>('', {
      nonNullable: true,
    }),
    summary: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
    deviates: new FormControl<'yes' | 'no' | ''>('', { nonNullable: true }),
    /** The recorded meeting is the planned one (perhaps moved): most often it is. */
    heldAsPlanned: new FormControl(true, { nonNullable: true }),
    noticeOn: date(todayInAmsterdam()),
    reasonsReceivedOn: date(''),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(2000)],
    }),
  });
}

export type StepField = Exclude<keyof StepForm['controls'], 'note'>;

/** The fields a step asks for besides the note. */
export function stepFields(step: StepKind): StepField[] {
  switch (step) {
    case 'RECORD_MEETING':
      return ['on'];
    case 'SEND_RESPONSE':
      return ['response', 'on', 'summary'];
    case 'RECORD_DECISION':
      return ['deviates', 'noticeOn', 'reasonsReceivedOn'];
    default:
      return [];
  }
}

const REQUIRED: Partial<Record<StepKind, StepField[]>> = {
  RECORD_MEETING: ['on'],
  SEND_RESPONSE: ['response', 'on'],
  RECORD_DECISION: ['deviates', 'noticeOn'],
};

/** Marks the step's own required fields that are empty; true when the step can be sent. */
export function checkStep(form: StepForm, step: StepKind): boolean {
  for (const field of REQUIRED[step] ?? []) {
    const control = form.controls[field];
    if (control.value === '')
      control.setErrors({ ...(control.errors ?? {}), required: true });
  }
  const fields = [...stepFields(step), 'note'] as const;
  fields.forEach((field) => form.controls[field].markAsTouched());
  return fields.every((field) => form.controls[field].valid);
}

/** What `recordProcedureStep` gets for the step: only the fields that count for it (whether a meeting was the planned one only when one is planned). */
export function stepInputOf(
  form: StepForm,
  step: StepKind,
  plannedMeetingOn: string | null = null,
): ProcedureStepInput {
  const v = form.getRawValue();
  const input: ProcedureStepInput = {
    kind: step,
    note: v.note.trim(),
    on: null,
    response: null,
    summary: null,
    deviates: null,
    noticeOn: null,
    reasonsReceivedOn: null,
  };
  if (step === 'RECORD_MEETING') {
    input.on = v.on;
    if (plannedMeetingOn) input.heldAsPlanned = v.heldAsPlanned;
  }
  if (step === 'SEND_RESPONSE') {
    input.on = v.on;
    input.response = v.response || null;
    input.summary = v.summary.trim() || null;
  }
  if (step === 'RECORD_DECISION') {
    input.deviates = v.deviates === '' ? null : v.deviates === 'yes';
    input.noticeOn = v.noticeOn;
    input.reasonsReceivedOn = v.reasonsReceivedOn || null;
  }
  return input;
}
