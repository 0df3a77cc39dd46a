import { FormControl, FormGroup, Validators } from '@angular/forms';
import { todayInAmsterdam } from '@inspraak/domain';
import type { ProcedureInput, ProcedureType } from '@inspraak/shared';
import type { LegalBasis, Procedure } from '../data-access/procedures-api';
import { existingDate, filled, termDays } from '../shared/form-support';

export type ProcedureForm = ReturnType<typeof createProcedureForm>;

/** The request as received: kind and sub-item, dates, term, the art. 25 lid 3 checklist, the council's conditions, links. */
export function createProcedureForm() {
  return new FormGroup({
    type: new FormControl<ProcedureType>('ADVICE', { nonNullable: true }),
    item: new FormControl('', { nonNullable: true }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [filled, Validators.maxLength(200)],
    }),
    requestReceivedOn: new FormControl(todayInAmsterdam(), {
      nonNullable: true,
      validators: [Validators.required, existingDate],
    }),
    agreedTermDays: new FormControl<number | null>(null, [termDays]),
    meetingRequestedOn: new FormControl('', {
      nonNullable: true,
      validators: [existingDate],
    }),
    plannedMeetingOn: new FormControl('', {
      nonNullable: true,
      validators: [existingDate],
    }),
    reasonsStated: new FormControl(false, { nonNullable: true }),
    consequencesStated: new FormControl(false, { nonNullable: true }),
    measuresStated: new FormControl(false, { nonNullable: true }),
    completenessNotes: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(10_000)],
    }),
    conditions: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(10_000)],
    }),
    trajectoryId: new FormControl('', { nonNullable: true }),
    confidential: new FormControl(false, { nonNullable: true }),
    committee: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(200)],
    }),
  });
}

/** How the sub-item is chosen for a kind: from the article's list, as free text (a covenant), or not at all. */
export function itemChoice(
  type: ProcedureType,
  bases: readonly LegalBasis[],
): 'select' | 'text' | 'none' {
  if (type === 'COVENANT_ADVICE') return 'text';
  const basis = bases.find((b) => b.type === type);
  return basis && basis.items.length > 0 ? 'select' : 'none';
}

/** Whether the chosen kind needs a sub-item that is not filled in yet. */
export function itemMissing(
  form: ProcedureForm,
  bases: readonly LegalBasis[],
): boolean {
  const { type, item } = form.getRawValue();
  return itemChoice(type, bases) !== 'none' && item.trim() === '';
}

export interface RequestFile {
  name: string;
  mediaType: string;
  base64: string;
}

export function procedureInputOf(
  form: ProcedureForm,
  bases: readonly LegalBasis[],
  file: RequestFile | null,
): ProcedureInput {
  const v = form.getRawValue();
  const days =
    v.agreedTermDays === null || String(v.agreedTermDays) === ''
      ? null
      : Number(v.agreedTermDays);
  return {
    type: v.type,
    item: itemChoice(v.type, bases) === 'none' ? null : v.item.trim(),
    title: v.title.trim(),
    requestReceivedOn: v.requestReceivedOn,
    agreedTermDays: days,
    meetingRequestedOn: v.meetingRequestedOn || null,
    plannedMeetingOn: v.plannedMeetingOn || null,
    reasonsStated: v.reasonsStated,
    consequencesStated: v.consequencesStated,
    measuresStated: v.measuresStated,
    completenessNotes: v.completenessNotes.trim(),
    conditions: v.conditions.trim(),
    trajectoryId: v.trajectoryId || null,
    confidential: v.confidential,
    committee: v.committee.trim() || null,
    requestFileName: file?.name ?? null,
    requestMediaType: file?.mediaType ?? null,
    requestContentBase64: file?.base64 ?? null,
  };
}

/** The form filled with a registered procedure, for editing its details. */
export function fillProcedureForm(form: ProcedureForm, p: Procedure): void {
  form.reset({
    type: p.type,
    item: p.item ?? '',
    title: p.title,
    requestReceivedOn: p.requestReceivedOn,
    agreedTermDays: p.agreedTermDays,
    meetingRequestedOn: p.meetingRequestedOn ?? '',
    plannedMeetingOn: p.plannedMeetingOn ?? '',
    reasonsStated: p.reasonsStated,
    consequencesStated: p.consequencesStated,
    measuresStated: p.measuresStated,
    completenessNotes: p.completenessNotes,
    conditions: p.conditions,
    trajectoryId: p.trajectoryId ?? '',
    confidential: p.confidential,
    committee: p.committee ?? '',
  });
}

/** An article's sub-item as an option: "sub e: belangrijke wijziging …" (or just the text where the key is no letter). */
export function itemLabel(
  item: LegalBasis['items'][number],
  language: 'nl' | 'en',
): string {
  const text = language === 'en' ? item.en : item.nl;
  return item.key.length === 1 ? `sub ${item.key}: ${text}` : text;
}
