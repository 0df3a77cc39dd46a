import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  PoolAdminApi,
  type SortitionDraw,
  type SortitionDrawDetail,
} from '../data-access/pool-admin-api';
import { buttonByText, click, type } from '../participation/testing';
import { DrawsPageComponent } from './draws-page';
import { InviteApi } from '../data-access/invite-api';

const DRAW: SortitionDraw = {
  id: 'draw-1',
  title: 'Klankbord roosters',
  seed: 'a1b2c3d4',
  seats: 3,
  reserves: 1,
  strataBy: ['department', 'contractType'],
  wayOfTakingPart: 'SOUNDING_BOARD',
  algorithmVersion: 'sortition-v1',
  createdAt: '2026-04-02T09:00:00.000Z',
  trajectoryId: 't1',
  trajectoryTitle: 'Nieuwe roosters',
};

const DETAIL: SortitionDrawDetail = {
  draw: DRAW,
  poolSize: 14,
  seatsRequested: 3,
  seatsUnfilled: 0,
  reservesRequested: 1,
  reservesUnfilled: 0,
  seated: [
    {
      participantId: 'p1',
      userId: 'u1',
      displayName: 'Anna',
      departmentName: 'Zorg',
      location: 'Utrecht',
    },
    {
      participantId: 'p2',
      userId: 'u2',
      displayName: 'Bram',
      departmentName: 'Zorg',
      location: null,
    },
    {
      participantId: 'p3',
      userId: 'u3',
      displayName: 'Chris',
      departmentName: 'ICT',
      location: null,
    },
  ],
  reserves: [
    {
      participantId: 'p4',
      userId: 'u4',
      displayName: 'Dewi',
      departmentName: 'ICT',
      location: null,
    },
  ],
  strata: [
    {
      key: '["d-zorg","VAST"]',
      label: 'Zorg · VAST',
      headcount: 80,
      eligible: 9,
      target: 2,
      drawn: 2,
      reservesDrawn: 0,
    },
    {
      key: '["d-ict",null]',
      label: 'ICT · —',
      headcount: 40,
      eligible: 5,
      target: 1,
      drawn: 1,
      reservesDrawn: 1,
    },
  ],
};

describe('DrawsPageComponent', () => {
  const inviteApi = {
    trajectories: jest.fn(() =>
      of([{ id: 't1', title: 'Nieuwe roosters', steering: true }]),
    ),
    workgroups: jest.fn(() =>
      of([
        {
          id: 'w1',
          name: 'Werkgroep roosters',
          callStatus: 'OPEN',
          canManage: true,
        },
      ]),
    ),
    invite: jest.fn(() => of({})),
  };
  const api = {
    departments: jest.fn(() =>
      of([
        { id: 'd-zorg', name: 'Zorg', parentId: null, activeEmployeeCount: 80 },
        { id: 'd-ict', name: 'ICT', parentId: null, activeEmployeeCount: 40 },
      ]),
    ),
    draws: jest.fn(() => of([DRAW])),
    draw: jest.fn(() => of(DETAIL)),
    drawDetail: jest.fn(() => of(DETAIL)),
    verifyDraw: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: PoolAdminApi, useValue: api },
        { provide: InviteApi, useValue: inviteApi },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(DrawsPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  it('draws with the chosen inputs and shows seats, reserves, seed, algorithm and the strata', async () => {
    const { el, stable } = await setup();
    type(el, '#draw-title', ' Klankbord roosters ');
    type(el, '#draw-seats', '3');
    type(el, '#draw-reserves', '1');
    click(el, '#draw-strata-contractType');
    type(el, '#draw-seed', 'a1b2c3d4');
    await stable();
    buttonByText(el, 'Loten').click();
    await stable();

    expect(api.draw).toHaveBeenCalledWith({
      title: 'Klankbord roosters',
      wayOfTakingPart: 'SOUNDING_BOARD',
      seats: 3,
      reserves: 1,
      strataBy: ['department', 'contractType'],
      seed: 'a1b2c3d4',
      trajectoryId: null,
    });
    const result = el.querySelector('.result') as HTMLElement;
    expect(result.querySelector('h2')?.textContent).toContain(
      'Uitslag: Klankbord roosters',
    );
    expect(result.querySelector('.seed')?.textContent).toBe('a1b2c3d4');
    expect(result.querySelector('.algorithm')?.textContent).toBe(
      'sortition-v1',
    );
    expect(result.textContent).toContain('Afdeling, Soort contract');
    expect(result.querySelectorAll('ol.seated li')).toHaveLength(3);
    expect(result.querySelector('ol.seated li')?.textContent).toContain(
      'Anna (Zorg, Utrecht)',
    );
    expect(result.querySelector('ol.reserves')?.textContent).toContain('Dewi');

    const strata = result.querySelectorAll('.strata tbody tr');
    expect(strata[0].querySelector('th')?.textContent?.trim()).toBe(
      'Zorg · Vast',
    );
    expect(
      Array.from(strata[0].querySelectorAll('td')).map((td) =>
        td.textContent?.trim(),
      ),
    ).toEqual(['80', '9', '2', '2', '0']);
    expect(strata[1].querySelector('th')?.textContent?.trim()).toBe(
      'ICT · (onbekend)',
    );
    expect(
      Array.from(result.querySelectorAll('.strata thead th')).map((th) =>
        th.textContent?.trim(),
      ),
    ).toEqual([
      'Groep',
      'Medewerkers',
      'In aanmerking',
      'Doel',
      'Geloot',
      'Reserves',
    ]);
  });

  it('sends no seed when left empty and refuses a draw without strata', async () => {
    const { el, stable } = await setup();
    type(el, '#draw-title', 'Klankbord');
    click(el, '#draw-strata-department');
    await stable();
    buttonByText(el, 'Loten').click();
    await stable();
    expect(api.draw).not.toHaveBeenCalled();
    expect(el.querySelector('#draw-strata-error')?.textContent).toContain(
      'Kies minstens één verdeling.',
    );
    click(el, '#draw-strata-location');
    await stable();
    buttonByText(el, 'Loten').click();
    await stable();
    expect(api.draw).toHaveBeenCalledWith(
      expect.objectContaining({ strataBy: ['location'], seed: null, seats: 8 }),
    );
  });

  it('lists earlier draws and verifies one, saying whether it matches', async () => {
    api.verifyDraw.mockReturnValueOnce(
      of({ matches: true, mismatches: [], algorithmVersion: 'sortition-v1' }),
    );
    const { el, stable } = await setup();
    const row = el.querySelector('.history tbody tr') as HTMLElement;
    expect(row.textContent).toContain('Klankbord roosters');
    expect(row.textContent).toContain('3 + 1');
    expect(row.textContent).toContain('Nieuwe roosters');

    row
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Controleer Klankbord roosters"]',
      )
      ?.click();
    await stable();
    expect(api.verifyDraw).toHaveBeenCalledWith('draw-1');
    expect(
      el.querySelector('.verification [role="status"]')?.textContent,
    ).toContain('Controle geslaagd');
    expect(el.querySelector('.verification')?.textContent).not.toContain(
      'sortition-v1',
    );

    api.verifyDraw.mockReturnValueOnce(
      of({
        matches: false,
        mismatches: ['seated differs'],
        algorithmVersion: 'sortition-v1',
      }),
    );
    row
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Controleer Klankbord roosters"]',
      )
      ?.click();
    await stable();
    expect(
      el.querySelector('.verification [role="alert"]')?.textContent,
    ).toContain(
      'Controle mislukt: opnieuw loten met dezelfde gegevens geeft een andere uitslag. Verschillen: seated differs',
    );

    row
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Bekijk Klankbord roosters"]',
      )
      ?.click();
    await stable();
    expect(api.drawDetail).toHaveBeenCalledWith('draw-1');
    expect(el.querySelector('.result .seed')?.textContent).toBe('a1b2c3d4');
  });

  it('says how many seats stayed empty, and keeps the technical names for checkers only', async () => {
    api.draw.mockReturnValueOnce(
      of({
        ...DETAIL,
        poolSize: 2,
        seatsRequested: 3,
        seatsUnfilled: 1,
        reservesRequested: 1,
        reservesUnfilled: 1,
      }),
    );
    const { el, stable } = await setup();
    type(el, '#draw-title', 'Te groot');
    await stable();
    buttonByText(el, 'Loten').click();
    await stable();
    const result = el.querySelector('.result') as HTMLElement;
    expect(result.querySelector('.shortfall')?.textContent).toContain(
      'Niet alle plaatsen zijn gevuld: 1 van de 3 bleven leeg, omdat er te weinig mensen in aanmerking kwamen (in aanmerking: 2).',
    );
    expect(result.querySelector('.reserve-shortfall')?.textContent).toContain(
      'Reserves: 1 van de 1 konden niet worden geloot.',
    );
    // The algorithm's name only inside the details for checkers.
    const details = result.querySelector('details.technical') as HTMLElement;
    expect(details.querySelector('.algorithm')?.textContent).toBe(
      'sortition-v1',
    );
    const outside = Array.from(result.children)
      .filter((child) => child !== details)
      .map((child) => child.textContent)
      .join(' ');
    expect(outside).not.toContain('sortition-v1');
    expect(outside).not.toContain('a1b2c3d4');
  });

  it('offers the next step: invite the people drawn to the linked trajectory’s call', async () => {
    const { el, stable } = await setup();
    type(el, '#draw-title', 'Klankbord roosters');
    (el.querySelector('#draw-trajectory') as HTMLSelectElement).value = 't1';
    el.querySelector('#draw-trajectory')?.dispatchEvent(new Event('change'));
    await stable();
    buttonByText(el, 'Loten').click();
    await stable();
    expect(api.draw).toHaveBeenCalledWith(
      expect.objectContaining({ trajectoryId: 't1' }),
    );
    const next = el.querySelector('section.next-step') as HTMLElement;
    expect(
      (next.querySelector('#draw-invite-trajectory') as HTMLSelectElement)
        .value,
    ).toBe('t1');
    expect(inviteApi.workgroups).toHaveBeenCalledWith('t1');
    const ticked = Array.from(
      next.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    ).map((box) => box.checked);
    expect(ticked).toEqual([true, true, true, false]); // the seats, not the reserve
    buttonByText(next, 'Nodig 3 uit').click();
    await stable();
    expect(inviteApi.invite.mock.calls).toEqual([
      ['w1', 'u1'],
      ['w1', 'u2'],
      ['w1', 'u3'],
    ]);
    expect(next.textContent).toContain(
      'Uitgenodigd voor Werkgroep roosters: 3.',
    );
  });
});
