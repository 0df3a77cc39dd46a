import { TestBed } from '@angular/core/testing';
import { I18nService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { ParticipantsApi } from '../data-access/participants-api';
import { PoolAdminApi, type MatchResult } from '../data-access/pool-admin-api';
import { SKILLS, buttonByText, click, type } from '../participation/testing';
import { MatchPageComponent } from './match-page';
import { InviteApi } from '../data-access/invite-api';

const RESULT: MatchResult = {
  candidates: [
    {
      participantId: 'p1',
      userId: 'u1',
      displayName: 'Fatima el Amrani',
      departmentName: 'Logistiek',
      location: 'Utrecht',
      score: 0.875,
      explanationNl:
        'heeft 3 van 4 vaardigheden, dekt Logistiek, 6 u/maand vrij',
      explanationEn: 'has 3 of 4 skills, covers Logistics, 6 h/month free',
      explanation: 'heeft 3 van 4 vaardigheden, dekt Logistiek, 6 u/maand vrij',
      suggested: true,
    },
    {
      participantId: 'p2',
      userId: 'u2',
      displayName: 'Bram de Vries',
      departmentName: 'ICT',
      location: null,
      score: 0.5,
      explanationNl: 'heeft 2 van 4 vaardigheden',
      explanationEn: 'has 2 of 4 skills',
      explanation: 'heeft 2 van 4 vaardigheden',
      suggested: false,
    },
  ],
  eligibleCount: 2,
  ineligible: [
    { reason: 'PAUSED', count: 3 },
    { reason: 'NO_CONSENT_FOR_PURPOSE', count: 1 },
    { reason: 'SOMETHING_NEW', count: 2 },
  ],
  uncovered: ['Zwolle'],
};

describe('MatchPageComponent', () => {
  const admin = {
    match: jest.fn(() => of(RESULT)),
    departments: jest.fn(() =>
      of([
        {
          id: 'd-log',
          name: 'Logistiek',
          parentId: null,
          activeEmployeeCount: 40,
        },
        { id: 'd-ict', name: 'ICT', parentId: null, activeEmployeeCount: 20 },
      ]),
    ),
  };
  const participants = { skills: jest.fn(() => of(SKILLS)) };
  const inviteApi = {
    trajectories: jest.fn(() =>
      of([{ id: 't1', title: 'Nieuwe roosters', steering: true }]),
    ),
    workgroups: jest.fn(() =>
      of([
        { id: 'w1', name: 'Werkgroep A', callStatus: 'OPEN', canManage: true },
        {
          id: 'w2',
          name: 'Werkgroep B',
          callStatus: 'CLOSED',
          canManage: true,
        },
      ]),
    ),
    invite: jest.fn(() => of({})),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: PoolAdminApi, useValue: admin },
        { provide: ParticipantsApi, useValue: participants },
        {
          provide: InviteApi,
          useValue: inviteApi,
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(MatchPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  async function enter(el: HTMLElement, selector: string, value: string) {
    const field = el.querySelector<HTMLInputElement>(selector);
    if (!field) throw new Error(`no ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  }

  it('sends the need as asked', async () => {
    const { el, stable } = await setup();
    click(el, '#match-skill-s-plan');
    await enter(el, '#match-themes', 'werkdruk');
    type(el, '#match-size', '4');
    type(el, '#match-hours', '6');
    type(el, '#match-way', 'SOUNDING_BOARD');
    click(el, '#match-department-d-log');
    await enter(el, '#match-locations', 'Zwolle');
    await stable();
    buttonByText(el, 'Zoek deelnemers').click();
    await stable();
    expect(admin.match).toHaveBeenCalledWith(
      {
        skillIds: ['s-plan'],
        themes: ['werkdruk'],
        size: 4,
        hoursPerMonth: 6,
        wayOfTakingPart: 'SOUNDING_BOARD',
        mustCoverDepartmentIds: ['d-log'],
        mustCoverLocations: ['Zwolle'],
      },
      20,
    );
  });

  it('ranks with score and the explanation in the UI language, marks the suggested team, and counts who is not eligible', async () => {
    const { el, stable } = await setup();
    buttonByText(el, 'Zoek deelnemers').click();
    await stable();
    expect(admin.match).toHaveBeenCalledWith(
      expect.objectContaining({ hoursPerMonth: null, size: 5 }),
      20,
    );
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      '2 deelnemers komen in aanmerking.',
    );
    const rows = el.querySelectorAll('.candidates tbody tr');
    expect(rows[0].textContent).toContain('Fatima el Amrani');
    expect(rows[0].textContent).toContain('0,88');
    expect(rows[0].textContent).toContain('In het voorgestelde team');
    expect(rows[0].textContent).toContain('heeft 3 van 4 vaardigheden');
    expect(rows[1].textContent).not.toContain('In het voorgestelde team');

    const ineligible = el.querySelector('.ineligible')?.textContent ?? '';
    expect(ineligible).toContain('Gepauzeerd');
    expect(ineligible).toContain(
      'Geen toestemming voor deze manier van meedoen',
    );
    expect(ineligible).toContain('SOMETHING_NEW');
    expect(el.querySelector('.uncovered')?.textContent).toContain('Zwolle');

    TestBed.inject(I18nService).setLanguage('en');
    await stable();
    const english = el.querySelectorAll('.candidates tbody tr');
    expect(english[0].textContent).toContain(
      'has 3 of 4 skills, covers Logistics, 6 h/month free',
    );
    expect(english[0].textContent).toContain('In the suggested team');
    expect(el.querySelector('.ineligible')?.textContent).toContain('Paused');
  });

  it('does not search with a size out of range', async () => {
    const { el, stable } = await setup();
    type(el, '#match-size', '0');
    buttonByText(el, 'Zoek deelnemers').click();
    await stable();
    expect(admin.match).not.toHaveBeenCalled();
    expect(el.querySelector('#match-size-error')?.textContent).toContain(
      'Vul een heel getal van 1 tot en met 200 in.',
    );
  });

  it('leads to an invitation: the suggested team to a call of a trajectory the adviser steers', async () => {
    const { el, stable } = await setup();
    buttonByText(el, 'Zoek deelnemers').click();
    await stable();
    const invite = el.querySelector('.invite') as HTMLElement;
    const select = (selector: string, value: string) => {
      const box = invite.querySelector(selector) as HTMLSelectElement;
      box.value = value;
      box.dispatchEvent(new Event('change'));
    };
    select('#match-invite-trajectory', 't1');
    await stable();
    expect(
      Array.from(invite.querySelectorAll('#match-invite-workgroup option')).map(
        (o) => o.textContent?.trim(),
      ),
    ).toEqual([
      'Kies een werkgroep',
      'Werkgroep A (open oproep)',
      'Werkgroep B',
    ]);
    select('#match-invite-workgroup', 'w1');
    await stable();
    const boxes = Array.from(
      invite.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    );
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    buttonByText(invite, 'Nodig 1 uit').click();
    await stable();
    expect(inviteApi.invite).toHaveBeenCalledWith('w1', 'u1');
    expect(invite.textContent).toContain('Uitgenodigd voor Werkgroep A: 1.');
  });
});
