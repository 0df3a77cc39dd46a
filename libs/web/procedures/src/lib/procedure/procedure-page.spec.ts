import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { ApiError } from '@inspraak/web-core';
import { BehaviorSubject, of, throwError } from 'rxjs';
import { EvidenceSourcesApi } from '../data-access/evidence-sources-api';
import { ProceduresApi, type Procedure } from '../data-access/procedures-api';
import { ProcedurePageComponent } from './procedure-page';

function procedure(changes: Partial<Procedure> = {}): Procedure {
  return {
    id: 'p1',
    type: 'ADVICE',
    item: 'e',
    title: 'Teamindeling thuiszorg',
    legalReference: 'art. 25 lid 1 sub e WOR',
    state: 'IN_PROGRESS',
    confidential: false,
    contentsHidden: false,
    requestReceivedOn: '2026-01-05',
    nextDeadline: null,
    requestFileName: null,
    agreedTermDays: 42,
    meetingRequestedOn: null,
    plannedMeetingOn: null,
    reasonsStated: true,
    consequencesStated: true,
    measuresStated: false,
    completenessNotes: '',
    conditions: '',
    trajectoryId: null,
    committee: null,
    meetingDates: [],
    response: null,
    responseSentOn: null,
    responseSummary: null,
    deviates: null,
    noticeOn: null,
    reasonsReceivedOn: null,
    suspensionWaived: false,
    employeesConsulted: false,
    canEdit: true,
    possibleSteps: ['WITHDRAW', 'RECORD_MEETING', 'RECORD_CONSULTATION'],
    deadlines: [],
    steps: [
      {
        id: 's1',
        at: '2026-01-05T09:00:00Z',
        event: 'REGISTERED',
        state: 'RECEIVED',
        actorName: 'Sander Secretaris',
        note: '',
      },
    ],
    evidence: [],
    letter: null,
    ...changes,
  };
}

describe('ProcedurePageComponent', () => {
  const api = {
    procedure: jest.fn(),
    recordStep: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: api },
        { provide: EvidenceSourcesApi, useValue: {} },
        {
          provide: ActivatedRoute,
          useValue: {
            paramMap: new BehaviorSubject(convertToParamMap({ id: 'p1' })),
          },
        },
      ],
    });
  });

  async function render(p: Procedure) {
    api.procedure.mockReturnValue(of(p));
    const fixture = TestBed.createComponent(ProcedurePageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const labels = (selector: string) =>
      Array.from(el.querySelectorAll(selector)).map((node) =>
        (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    const press = async (label: string, within = el) => {
      const found = Array.from(within.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === label,
      );
      if (!found) throw new Error(`button "${label}" is not there`);
      found.click();
      await fixture.whenStable();
    };
    return { el, labels, press, stable: () => fixture.whenStable() };
  }

  it('offers exactly the API’s possible steps, in order, and says why advice waits for an overlegvergadering', async () => {
    const { el, labels } = await render(procedure());
    expect(labels('#steps-heading ~ .actions button')).toEqual([
      'Achterban geraadpleegd',
      'Overlegvergadering gehouden',
      'Intrekken',
    ]);
    expect(el.textContent).toContain(
      'Advies of een besluit versturen kan pas na minstens één overlegvergadering',
    );
    expect(labels('[aria-current="step"] .name')).toEqual(['in behandeling']);
  });

  it('offers no steps to a reader and hides a confidential procedure’s contents', async () => {
    const { el, labels } = await render(
      procedure({
        canEdit: false,
        possibleSteps: [],
        confidential: true,
        contentsHidden: true,
      }),
    );
    expect(labels('#steps-heading ~ .actions button')).toEqual([]);
    expect(el.textContent).not.toContain('Advies of een besluit versturen');
    expect(el.textContent).toContain('Deze procedure is vertrouwelijk');
    expect(el.querySelector('isp-evidence-section')).toBeNull();
    expect(el.querySelector('isp-letter-section')).toBeNull();
  });

  it('calls sending advice for consent “Besluit OR versturen” once a meeting was held', async () => {
    const { el, labels } = await render(
      procedure({
        type: 'CONSENT',
        state: 'MEETING_HELD',
        meetingDates: ['2026-01-20'],
        possibleSteps: ['RECORD_MEETING', 'SEND_RESPONSE', 'WITHDRAW'],
      }),
    );
    expect(labels('#steps-heading ~ .actions button')).toContain(
      'Besluit OR versturen',
    );
    expect(el.textContent).not.toContain('kan pas na minstens één');
  });

  it('shows a planned overlegvergadering with the last day to invite to it (art. 14)', async () => {
    const { el } = await render(procedure({ plannedMeetingOn: '2026-02-10' }));
    expect(
      el.querySelector('.details')?.textContent?.replace(/\s+/g, ' '),
    ).toContain('Geplande overlegvergadering');
    expect(
      el.querySelector('.details')?.textContent?.replace(/\s+/g, ' '),
    ).toMatch(
      /10 feb\.? 2026 — uitnodigen uiterlijk 3 feb\.? 2026 \(art\. 14\)/,
    );
  });

  it('records a meeting after confirmation and shows the new state', async () => {
    api.recordStep.mockReturnValue(
      of(
        procedure({
          state: 'MEETING_HELD',
          meetingDates: ['2026-01-20'],
          possibleSteps: ['RECORD_MEETING', 'SEND_RESPONSE', 'WITHDRAW'],
        }),
      ),
    );
    const { el, labels, press } = await render(procedure());
    await press('Overlegvergadering gehouden');
    const date = el.querySelector<HTMLInputElement>('#step-on');
    if (!date) throw new Error('no date field');
    date.value = '2026-01-20';
    date.dispatchEvent(new Event('input'));
    await press('Vastleggen');
    expect(api.recordStep).not.toHaveBeenCalled();
    const dialog = el.querySelector('dialog');
    expect(dialog?.textContent).toContain(
      '“Overlegvergadering gehouden” vastleggen voor “Teamindeling thuiszorg”?',
    );
    await press('Vastleggen', dialog as HTMLElement);
    expect(api.recordStep).toHaveBeenCalledWith('p1', {
      kind: 'RECORD_MEETING',
      note: '',
      on: '2026-01-20',
      response: null,
      summary: null,
      deviates: null,
      noticeOn: null,
      reasonsReceivedOn: null,
    });
    expect(el.textContent).toContain(
      'Vastgelegd: Overlegvergadering gehouden.',
    );
    expect(labels('#steps-heading ~ .actions button')).toContain(
      'Advies versturen',
    );
  });

  it('shows the API’s refusal in the steps section', async () => {
    api.recordStep.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'Er loopt nog een wettelijke termijn (opschorting, beroep of nietigheid).',
            'WINDOW_OPEN',
          ),
      ),
    );
    const { el, press } = await render(
      procedure({ state: 'SUSPENDED', possibleSteps: ['CLOSE', 'WITHDRAW'] }),
    );
    await press('Afronden');
    await press('Vastleggen');
    await press('Vastleggen', el.querySelector('dialog') as HTMLElement);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Er loopt nog een wettelijke termijn',
    );
  });
});
