import { PersonalDataApi } from '../data-access/personal-data-api';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ParticipantsApi } from '../data-access/participants-api';
import {
  PoolAdminApi,
  type PoolMember,
  type PoolPage,
  type Representation,
} from '../data-access/pool-admin-api';
import { SKILLS, buttonByText, click, type } from '../participation/testing';
import { PoolPageComponent } from './pool-page';

function member(overrides: Partial<PoolMember> = {}): PoolMember {
  return {
    participantId: 'p1',
    displayName: 'Fatima el Amrani',
    email: 'fatima@example.nl',
    departmentId: 'd-zorg',
    departmentName: 'Zorg',
    location: 'Utrecht',
    hoursPerMonth: 6,
    skillIds: ['s-plan', 's-excel'],
    themes: ['werkdruk'],
    waysOfTakingPart: ['WORKGROUP'],
    status: 'ACTIVE',
    pausedUntil: null,
    joinedAt: '2026-03-01T09:00:00.000Z',
    isNew: true,
    agreementValid: true,
    ...overrides,
  };
}

function representationRow(
  row: Pick<
    Representation,
    'departmentId' | 'departmentName' | 'headcount' | 'participants' | 'verdict'
  >,
  poolSize = 12,
  totalHeadcount = 140,
): Representation {
  return {
    ...row,
    share: row.participants / row.headcount,
    poolShare: row.participants / poolSize,
    headcountShare: row.headcount / totalHeadcount,
    expected: (poolSize * row.headcount) / totalHeadcount,
    poolSize,
    minPoolForVerdict: 10,
    underRepresented: row.verdict === 'UNDER',
  };
}

function page(items: PoolMember[], total = items.length, offset = 0): PoolPage {
  return { items, total, offset, limit: 25 };
}

describe('PoolPageComponent', () => {
  const admin = {
    pool: jest.fn(),
    representation: jest.fn(() =>
      of([
        representationRow({
          departmentId: 'd-zorg',
          departmentName: 'Zorg',
          headcount: 120,
          participants: 2,
          verdict: 'UNDER',
        }),
        representationRow({
          departmentId: 'd-ict',
          departmentName: 'ICT',
          headcount: 20,
          participants: 4,
          verdict: 'OVER',
        }),
      ]),
    ),
    departments: jest.fn(() =>
      of([
        {
          id: 'd-zorg',
          name: 'Zorg',
          parentId: null,
          activeEmployeeCount: 120,
        },
        { id: 'd-ict', name: 'ICT', parentId: null, activeEmployeeCount: 20 },
      ]),
    ),
  };
  const participants = { skills: jest.fn(() => of(SKILLS)) };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    admin.pool.mockReturnValue(
      of(
        page(
          [
            member(),
            member({
              participantId: 'p2',
              displayName: 'Bram',
              isNew: false,
              agreementValid: false,
              status: 'PAUSED',
              pausedUntil: '2026-05-01',
            }),
          ],
          60,
        ),
      ),
    );
    TestBed.configureTestingModule({
      providers: [
        {
          provide: PersonalDataApi,
          useValue: {
            myPersonalData: () => of('{}'),
            requestErasure: () => of(null),
            erasureRequests: () => of([]),
            handle: () => of({}),
          },
        },
        { provide: PoolAdminApi, useValue: admin },
        { provide: ParticipantsApi, useValue: participants },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(PoolPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  it('lists the pool with a total, a “new” badge, skill names and the agreement in words', async () => {
    const { el } = await setup();
    expect(admin.pool).toHaveBeenCalledWith({}, { offset: 0, limit: 25 });
    expect(el.querySelector('#pool-results-heading')?.textContent).toContain(
      '60 deelnemers gevonden',
    );
    const rows = el.querySelectorAll('.pool-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('.badge.new')?.textContent).toContain('Nieuw');
    expect(rows[1].querySelector('.badge.new')).toBeNull();
    expect(rows[0].textContent).toContain('Planning, Excel');
    expect(rows[0].textContent).toContain('Geldig');
    expect(rows[1].textContent).toContain('Niet geldig');
    expect(rows[1].textContent).toContain('gepauzeerd tot 1 mei 2026');
    expect(
      rows[0].querySelector('th[scope="row"]')?.getAttribute('data-label'),
    ).toBe('Naam');
  });

  it('sends only the filled-in filters, and pages from the start again', async () => {
    const { el, stable } = await setup();
    type(el, '#pool-search', '  fatima ');
    type(el, '#pool-theme', 'werkdruk');
    type(el, '#pool-department', 'd-zorg');
    type(el, '#pool-location', 'Utrecht');
    type(el, '#pool-min-hours', '4');
    type(el, '#pool-min-months', '3');
    type(el, '#pool-status', 'ACTIVE');
    type(el, '#pool-agreement', 'no');
    click(el, '#pool-skill-s-plan');
    click(el, '#pool-skill-s-excel');
    click(el, '#pool-only-new');
    await stable();
    buttonByText(el, 'Zoeken').click();
    await stable();

    expect(admin.pool).toHaveBeenLastCalledWith(
      {
        search: 'fatima',
        theme: 'werkdruk',
        departmentId: 'd-zorg',
        location: 'Utrecht',
        minHoursPerMonth: 4,
        minMonthsInPool: 3,
        status: 'ACTIVE',
        agreementValid: false,
        skillIds: ['s-excel', 's-plan'],
        onlyNew: true,
      },
      { offset: 0, limit: 25 },
    );

    buttonByText(el, 'Volgende').click();
    await stable();
    expect(admin.pool).toHaveBeenLastCalledWith(
      expect.objectContaining({ search: 'fatima' }),
      { offset: 25, limit: 25 },
    );

    buttonByText(el, 'Filters wissen').click();
    await stable();
    expect(admin.pool).toHaveBeenLastCalledWith({}, { offset: 0, limit: 25 });
  });

  it('does not search with an invalid number and says why at the field', async () => {
    const { el, stable } = await setup();
    type(el, '#pool-min-hours', '81');
    await stable();
    admin.pool.mockClear();
    buttonByText(el, 'Zoeken').click();
    await stable();
    expect(admin.pool).not.toHaveBeenCalled();
    expect(el.querySelector('#pool-min-hours-error')?.textContent).toContain(
      'Vul een heel getal van 0 tot en met 80 in.',
    );
  });

  it('shows representation per department with the figures behind each verdict, in words', async () => {
    const { el } = await setup();
    const rows = el.querySelectorAll('.representation tbody tr');
    expect(el.querySelector('.representation .totals')?.textContent).toContain(
      'Deelnemers in de pool: 12. Medewerkers in het personeelsbestand: 140.',
    );
    expect(el.querySelector('.representation .not-enough')).toBeNull();
    expect(rows[0].textContent).toContain('Zorg');
    expect(rows[0].textContent).toContain('120');
    expect(rows[0].textContent).toContain('85,7%'); // part of the workforce
    expect(rows[0].textContent).toContain('16,7%'); // part of the pool
    expect(rows[0].textContent).toContain('10,3'); // expected participants
    expect(rows[0].querySelector('.verdict')?.textContent).toContain(
      'Ondervertegenwoordigd',
    );
    expect(rows[1].querySelector('.verdict')?.textContent).toContain(
      'Oververtegenwoordigd',
    );
  });

  it('gives no verdict for an empty or small pool, and says why (was: "Voldoende vertegenwoordigd" for every department)', async () => {
    admin.representation.mockReturnValueOnce(
      of([
        representationRow(
          {
            departmentId: 'd-zorg',
            departmentName: 'Zorg',
            headcount: 120,
            participants: 0,
            verdict: 'NOT_ENOUGH_DATA',
          },
          1,
        ),
        representationRow(
          {
            departmentId: 'd-ict',
            departmentName: 'ICT',
            headcount: 20,
            participants: 1,
            verdict: 'NOT_ENOUGH_DATA',
          },
          1,
        ),
      ]),
    );
    const { el } = await setup();
    expect(
      el.querySelector('.representation .not-enough')?.textContent,
    ).toContain(
      'de pool is te klein om vertegenwoordiging te beoordelen (deelnemers: 1; nodig: minstens 10)',
    );
    const verdicts = Array.from(
      el.querySelectorAll('.representation tbody .verdict'),
    ).map((cell) => cell.textContent?.trim());
    expect(verdicts).toEqual(['Nog geen oordeel', 'Nog geen oordeel']);
    expect(el.querySelector('.representation tbody')?.textContent).not.toMatch(
      /Voldoende vertegenwoordigd|Ondervertegenwoordigd/,
    );
  });
});
