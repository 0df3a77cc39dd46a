import { addDays, todayInAmsterdam } from '@inspraak/domain';
import {
  checkStep,
  createStepForm,
  stepFields,
  stepInputOf,
} from './step-form.model';

describe('the step form', () => {
  it('asks each step only for its own fields', () => {
    expect(stepFields('START_HANDLING')).toEqual([]);
    expect(stepFields('RECORD_MEETING')).toEqual(['on']);
    expect(stepFields('SEND_RESPONSE')).toEqual(['response', 'on', 'summary']);
    expect(stepFields('RECORD_DECISION')).toEqual([
      'deviates',
      'noticeOn',
      'reasonsReceivedOn',
    ]);
  });

  it('sends a deviating decision with the notice and reasons dates and nothing else', () => {
    const form = createStepForm();
    form.patchValue({
      deviates: 'yes',
      noticeOn: '2026-01-31',
      reasonsReceivedOn: '2026-02-03',
      summary: 'left over from another step',
      note: '  Brief van 31 januari  ',
    });
    expect(checkStep(form, 'RECORD_DECISION')).toBe(true);
    expect(stepInputOf(form, 'RECORD_DECISION')).toEqual({
      kind: 'RECORD_DECISION',
      note: 'Brief van 31 januari',
      on: null,
      response: null,
      summary: null,
      deviates: true,
      noticeOn: '2026-01-31',
      reasonsReceivedOn: '2026-02-03',
    });
  });

  it('sends advice with its kind, day and summary', () => {
    const form = createStepForm();
    form.patchValue({
      response: 'CONDITIONAL',
      on: '2026-01-20',
      summary: ' Onder voorwaarden. ',
    });
    expect(stepInputOf(form, 'SEND_RESPONSE')).toMatchObject({
      kind: 'SEND_RESPONSE',
      response: 'CONDITIONAL',
      on: '2026-01-20',
      summary: 'Onder voorwaarden.',
      deviates: null,
    });
  });

  it('refuses advice without its kind, a decision without yes or no, and dates in the future', () => {
    const form = createStepForm();
    expect(checkStep(form, 'SEND_RESPONSE')).toBe(false);
    expect(form.controls.response.errors).toEqual({ required: true });
    expect(checkStep(form, 'RECORD_DECISION')).toBe(false);
    expect(form.controls.deviates.errors).toEqual({ required: true });
    form.patchValue({ on: addDays(todayInAmsterdam(), 1) });
    expect(form.controls.on.errors).toEqual({ future: true });
    expect(checkStep(form, 'RECORD_MEETING')).toBe(false);
  });

  it('needs nothing for a step without fields', () => {
    expect(checkStep(createStepForm(), 'START_HANDLING')).toBe(true);
  });

  it('says whether a recorded meeting was the planned one, only when one is planned', () => {
    const form = createStepForm();
    form.patchValue({ on: '2026-01-20' });
    expect(stepInputOf(form, 'RECORD_MEETING', '2026-02-10')).toMatchObject({
      on: '2026-01-20',
      heldAsPlanned: true,
    });
    form.patchValue({ heldAsPlanned: false });
    expect(stepInputOf(form, 'RECORD_MEETING', '2026-02-10')).toMatchObject({
      heldAsPlanned: false,
    });
    expect(
      stepInputOf(form, 'RECORD_MEETING', null).heldAsPlanned,
    ).toBeUndefined();
  });
});
