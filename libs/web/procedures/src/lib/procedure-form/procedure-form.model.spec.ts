import {
  createProcedureForm,
  itemChoice,
  itemLabel,
  itemMissing,
  procedureInputOf,
} from './procedure-form.model';
import type { LegalBasis } from '../data-access/procedures-api';

const bases: LegalBasis[] = [
  {
    type: 'ADVICE',
    article: 'art. 25 lid 1',
    nl: 'Adviesaanvraag',
    en: 'Advice request',
    items: [
      {
        key: 'e',
        nl: 'belangrijke wijziging in de organisatie',
        en: 'important change in the organisation',
        toVerify: false,
      },
      {
        key: 'm',
        nl: 'milieuregeling',
        en: 'environmental regulation',
        toVerify: true,
      },
      { key: 'z', nl: 'nog iets', en: 'something else', toVerify: true },
    ],
  },
  {
    type: 'INITIATIVE',
    article: 'art. 23 lid 3',
    nl: 'Initiatiefvoorstel',
    en: 'Initiative proposal',
    items: [],
  },
  {
    type: 'COVENANT_ADVICE',
    article: 'convenant',
    nl: 'Convenant',
    en: 'Covenant',
    items: [],
  },
];

describe('the procedure form', () => {
  it('asks the sub-item from the list, as free text for a covenant, or not at all', () => {
    expect(itemChoice('ADVICE', bases)).toBe('select');
    expect(itemChoice('COVENANT_ADVICE', bases)).toBe('text');
    expect(itemChoice('INITIATIVE', bases)).toBe('none');
  });

  it('labels sub-items with their letter, without working notes', () => {
    const labels = (bases[0]?.items ?? []).map((item) => itemLabel(item, 'nl'));
    expect(labels).toEqual([
      'sub e: belangrijke wijziging in de organisatie',
      'sub m: milieuregeling',
      'sub z: nog iets',
    ]);
  });

  it('needs a sub-item for advice but not for an initiative proposal', () => {
    const form = createProcedureForm();
    form.patchValue({ type: 'ADVICE', item: '' });
    expect(itemMissing(form, bases)).toBe(true);
    form.patchValue({ type: 'INITIATIVE' });
    expect(itemMissing(form, bases)).toBe(false);
  });

  it('sends what was filled in, trimmed, with empty optional fields as null and the document', () => {
    const form = createProcedureForm();
    form.patchValue({
      type: 'ADVICE',
      item: 'e',
      title: '  Reorganisatie thuiszorg ',
      requestReceivedOn: '2026-01-05',
      agreedTermDays: 42,
      reasonsStated: true,
      trajectoryId: '',
      committee: ' ',
    });
    expect(
      procedureInputOf(form, bases, {
        name: 'aanvraag.pdf',
        mediaType: 'application/pdf',
        base64: 'JVBERi0=',
      }),
    ).toEqual({
      type: 'ADVICE',
      item: 'e',
      title: 'Reorganisatie thuiszorg',
      requestReceivedOn: '2026-01-05',
      agreedTermDays: 42,
      meetingRequestedOn: null,
      plannedMeetingOn: null,
      reasonsStated: true,
      consequencesStated: false,
      measuresStated: false,
      completenessNotes: '',
      conditions: '',
      trajectoryId: null,
      confidential: false,
      committee: null,
      requestFileName: 'aanvraag.pdf',
      requestMediaType: 'application/pdf',
      requestContentBase64: 'JVBERi0=',
    });
  });

  it('drops a sub-item left over from another kind', () => {
    const form = createProcedureForm();
    form.patchValue({ type: 'INITIATIVE', item: 'e', title: 'Voorstel' });
    expect(procedureInputOf(form, bases, null).item).toBeNull();
  });

  it('refuses an agreed term outside 1–365 whole days', () => {
    const form = createProcedureForm();
    form.controls.agreedTermDays.setValue(400);
    expect(form.controls.agreedTermDays.errors).toEqual({ days: true });
    form.controls.agreedTermDays.setValue(42);
    expect(form.controls.agreedTermDays.errors).toBeNull();
  });
});
