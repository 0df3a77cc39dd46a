import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  PoolAdminApi,
  type SortitionDraw,
  type SortitionDrawDetail,
} from '../data-access/pool-admin-api';
import { buttonByText, click, type } from '../participation/testing';
import { DrawsPageComponent } from './draws-page';

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
};

const DETAIL: SortitionDrawDetail = {
  draw: DRAW,
  poolSize: 14,
  seated: [
    {
      participantId: 'p1',
      displayName: 'Anna',
      departmentName: 'Zorg',
      location: 'Utrecht',
    },
    {
      participantId: 'p2',
      displayName: 'Bram',
      departmentName: 'Zorg',
      location: null,
    },
    {
      participantId: 'p3',
      displayName: 'Chris',
      departmentName: 'ICT',
      location: null,
    },
  ],
  reserves: [
    {
      participantId: 'p4',
      displayName: 'Dewi',
      departmentName: 'ICT',
      location: null,
    },
  ],
  strata: [
    {
      key: '["d-zorg","VAST"]',
      headcount: 80,
      eligible: 9,
      target: 2,
      drawn: 2,
      reservesDrawn: 0,
    },
    {
      key: '["d-ict",null]',
      headcount: 40,
      eligible: 5,
      target: 1,
      drawn: 1,
      reservesDrawn: 1,
    },
  ],
};

describe('DrawsPageComponent', () => {
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
      providers: [{ provide: PoolAdminApi, useValue: api }],
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
    expect(row.textContent).toContain('a1b2c3d4');

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
      'Controle mislukt (algoritme sortition-v1). Verschillen: seated differs',
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
});
