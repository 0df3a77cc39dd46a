import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError, I18nService } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  ParticipantsApi,
  type Colleague,
  type ColleaguePage,
} from '../data-access/participants-api';
import { buttonByText, type } from '../participation/testing';
import {
  COLLEAGUE_SEARCH_DEBOUNCE_MS,
  ColleaguesPageComponent,
} from './colleagues-page';

function colleague(overrides: Partial<Colleague> = {}): Colleague {
  return {
    participantId: 'p1',
    displayName: 'Fatima el Amrani',
    departmentName: 'Verpleging',
    location: 'Zeist',
    skills: ['Planning', 'Wondzorg'],
    tags: ['nachtdienst'],
    themes: ['werkdruk'],
    hoursPerMonth: 6,
    about: 'Verpleegkundige op de nachtdienst.',
    ...overrides,
  };
}

/** Someone who opened up nothing: only name (and department, from the directory) come back. */
const reserved = colleague({
  participantId: 'p2',
  displayName: 'Bram Visser',
  departmentName: null,
  location: null,
  skills: null,
  tags: null,
  themes: null,
  hoursPerMonth: null,
  about: null,
});

function page(items: Colleague[], total = items.length): ColleaguePage {
  return { items, total };
}

const pause = () =>
  new Promise((resolve) =>
    setTimeout(resolve, COLLEAGUE_SEARCH_DEBOUNCE_MS + 50),
  );

describe('ColleaguesPageComponent', () => {
  const api = { colleagues: jest.fn() };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.colleagues.mockReturnValue(of(page([colleague(), reserved], 30)));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ParticipantsApi, useValue: api },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(ColleaguesPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return {
      el,
      stable: () => fixture.whenStable(),
      status: () =>
        el.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      cards: () => Array.from(el.querySelectorAll('li.colleague')),
    };
  }

  it('says that each person chose what colleagues see, and links to your own choice', async () => {
    const { el } = await setup();
    expect(el.querySelector('h1')?.textContent).toContain(
      'Collega’s in de pool',
    );
    expect(el.querySelector('.choice')?.textContent).toContain(
      'Iedereen kiest zelf wat collega’s van zijn of haar profiel zien.',
    );
    expect(el.querySelector('.choice a')?.getAttribute('href')).toBe(
      '/participation',
    );
  });

  it('shows per colleague only the fields the API returns', async () => {
    const { cards, status } = await setup();
    expect(status()).toBe('30 collega’s gevonden');
    const [open, closed] = cards();

    expect(open.querySelector('h2')?.textContent).toContain('Fatima el Amrani');
    const terms = Array.from(open.querySelectorAll('dt')).map((dt) =>
      dt.textContent?.trim(),
    );
    expect(terms).toEqual([
      'Afdeling',
      'Locatie',
      'Vaardigheden',
      'Trefwoorden',
      'Thema’s',
      'Beschikbaarheid',
      'In eigen woorden',
    ]);
    expect(
      Array.from(open.querySelectorAll('.chips li')).map((li) =>
        li.textContent?.trim(),
      ),
    ).toEqual(['Planning', 'Wondzorg', 'nachtdienst', 'werkdruk']);
    expect(open.textContent).toContain('Zeist');
    expect(open.textContent).toContain('6 uur per maand');
    expect(open.textContent).toContain('Verpleegkundige op de nachtdienst.');
    expect(open.textContent).not.toContain('Verder niets zichtbaar');

    expect(closed.querySelector('h2')?.textContent).toContain('Bram Visser');
    expect(closed.querySelector('dl')).toBeNull();
    expect(closed.textContent).toContain(
      'Verder niets zichtbaar voor collega’s.',
    );
  });

  it('keeps availability 0 hours, which is a shown value, apart from a hidden one', async () => {
    api.colleagues.mockReturnValue(
      of(page([colleague({ hoursPerMonth: 0, skills: [], tags: [], themes: [] })])),
    );
    const { cards, status } = await setup();
    expect(status()).toBe('1 collega gevonden');
    expect(cards()[0].textContent).toContain('0 uur per maand');
    expect(cards()[0].querySelector('.chips')).toBeNull();
  });

  it('searches once the typing pauses, from the first page, and says when nobody matches', async () => {
    const { el, stable, status } = await setup();
    expect(api.colleagues).toHaveBeenLastCalledWith(null, {
      offset: 0,
      limit: 24,
    });

    buttonByText(el, 'Volgende').click();
    await stable();
    expect(api.colleagues).toHaveBeenLastCalledWith(null, {
      offset: 24,
      limit: 24,
    });
    expect(el.querySelector('isp-pager')?.textContent).toContain(
      '25–26 van 30',
    );

    api.colleagues.mockReturnValue(of(page([])));
    type(el, '#colleague-search', 'fa');
    type(el, '#colleague-search', '  zzz ');
    await pause();
    await stable();
    expect(api.colleagues.mock.calls.map((call) => call[0])).toEqual([
      null,
      null,
      'zzz',
    ]);
    expect(api.colleagues).toHaveBeenLastCalledWith('zzz', {
      offset: 0,
      limit: 24,
    });
    expect(status()).toBe('Geen collega’s gevonden met “zzz”.');
    expect(el.querySelector('ul.colleagues')).toBeNull();
  });

  it('labels the search box with its hint and the result count as a live region', async () => {
    const { el } = await setup();
    const search = el.querySelector<HTMLInputElement>('#colleague-search');
    expect(
      el.querySelector('form[role="search"]')?.getAttribute('aria-label'),
    ).toBe('Collega’s zoeken');
    expect(
      el.querySelector('label[for="colleague-search"]')?.textContent,
    ).toContain('Zoek op naam');
    expect(search?.getAttribute('aria-describedby')).toBe(
      'colleague-search-hint colleague-search-error',
    );
    expect(el.querySelector('#colleague-search-hint')).not.toBeNull();
    expect(el.querySelector('.result-count')?.getAttribute('role')).toBe(
      'status',
    );
  });

  it('speaks English when the language is switched', async () => {
    const { el, stable, status } = await setup();
    TestBed.inject(I18nService).setLanguage('en');
    await stable();
    expect(el.querySelector('h1')?.textContent).toContain(
      'Colleagues in the pool',
    );
    expect(status()).toBe('30 colleagues found');
    expect(el.textContent).toContain('6 hours a month');
    expect(el.textContent).toContain('Nothing else visible to colleagues.');
  });

  it('shows the API’s message when loading fails', async () => {
    api.colleagues.mockReturnValue(
      throwError(() => new ApiError('NETWORK_ERROR', 'Geen verbinding.')),
    );
    const { el } = await setup();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Geen verbinding.',
    );
  });
});
