import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  Router,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { ApiError, PeopleSearch } from '@inspraak/web-core';
import { BehaviorSubject, of, throwError } from 'rxjs';
import { SurveysApi } from '../data-access/surveys-api';
import { survey } from '../testing/fixtures';
import { SurveyBuilderPageComponent } from './survey-builder-page';

/** Colleagues the person picker finds (a `PeopleSearch` stand-in). */
const PEOPLE_SEARCH = {
  search: () =>
    of([
      {
        userId: 'u-hr',
        displayName: 'Hanna HR',
        email: 'hr@example.test',
        departmentName: 'HR',
        jobTitle: null,
      },
    ]),
  texts: () => ({
    searching: 'Zoeken…',
    none: 'Niemand gevonden met “{query}”.',
    results: '{count} gevonden.',
    chosen: 'Gekozen: {name}',
  }),
};

describe('SurveyBuilderPageComponent', () => {
  const api = {
    survey: jest.fn(),
    departments: jest.fn(),
    trajectories: jest.fn(),
    update: jest.fn(),
    publish: jest.fn(),
    newVersion: jest.fn(),
    close: jest.fn(),
    remindNow: jest.fn(),
  };
  const params = new BehaviorSubject(convertToParamMap({ id: 'sv1' }));

  beforeEach(() => {
    jest.resetAllMocks();
    api.survey.mockReturnValue(of(survey()));
    api.departments.mockReturnValue(
      of([
        { id: 'p', name: 'Zorg', parentId: null, employees: 0 },
        { id: 'd1', name: 'Thuiszorg', parentId: 'p', employees: 19 },
        { id: 'd2', name: 'Verpleging', parentId: 'p', employees: 13 },
      ]),
    );
    api.trajectories.mockReturnValue(of([]));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SurveysApi, useValue: api },
        { provide: ActivatedRoute, useValue: { paramMap: params } },
        { provide: PeopleSearch, useValue: PEOPLE_SEARCH },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(SurveyBuilderPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (text: string) =>
      Array.from(el.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === text,
      );
    const save = async () => {
      el.querySelector('form')?.dispatchEvent(
        new Event('submit', { cancelable: true }),
      );
      await fixture.whenStable();
    };
    return { fixture, el, button, save };
  }

  it('shows the department tree with headcounts and the estimate', async () => {
    const { el } = await setup();
    expect(
      el.querySelector('label[for="department-p"]')?.textContent,
    ).toContain('0 medewerkers, 32 met subafdelingen');
    expect(el.textContent).toContain(
      'Naar schatting 32 medewerkers worden uitgenodigd.',
    );
  });

  it('adds a colleague found by name to an address list, once, beside pasted addresses', async () => {
    api.survey.mockReturnValue(
      of(
        survey({
          audience: {
            kind: 'LIST',
            departmentIds: [],
            includeSubDepartments: false,
            trajectoryId: null,
            emails: ['extern@example.test'],
          },
        }),
      ),
    );
    api.update.mockImplementation(() => of(survey()));
    const { fixture, el, save } = await setup();
    const choose = async () => {
      const input = el.querySelector<HTMLInputElement>('#audience-search')!;
      input.value = 'Hanna';
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await fixture.whenStable();
      el.querySelector<HTMLElement>('[role="option"]')!.click();
      await fixture.whenStable();
    };
    await choose();
    await choose();
    expect(
      el.querySelector<HTMLTextAreaElement>('#audience-emails')!.value,
    ).toBe('extern@example.test\nhr@example.test');
    expect(el.querySelector('p[role="status"].sr-only')?.textContent).toContain(
      'hr@example.test stond al in de lijst.',
    );
    await save();
    expect(api.update).toHaveBeenCalledWith(
      'sv1',
      expect.objectContaining({
        audience: expect.objectContaining({
          kind: 'LIST',
          emails: ['extern@example.test', 'hr@example.test'],
        }),
      }),
    );
  });

  it("puts the API's field errors next to their fields", async () => {
    api.update.mockReturnValue(
      throwError(
        () =>
          new ApiError('BAD_USER_INPUT', 'Niet compleet.', 'INVALID_SURVEY', [
            {
              field: 'sections.0.questions.2.options',
              message: 'Geef 2 tot 20 antwoordopties.',
            },
            { field: 'closesAt', message: 'In het verleden.' },
          ]),
      ),
    );
    const { el, save } = await setup();
    await save();
    expect(api.update).toHaveBeenCalledTimes(1);
    expect(el.querySelector('#q-0-2-options-error')?.textContent).toContain(
      'Geef 2 tot 20 antwoordopties.',
    );
    expect(el.querySelector('#survey-closes-error')?.textContent).toContain(
      'In het verleden.',
    );
  });

  it('says "fewer than the threshold" instead of a response count under it, and the count from there', async () => {
    api.survey.mockReturnValue(
      of(
        survey({
          status: 'PUBLISHED',
          invitedCount: 12,
          responseCount: null,
          threshold: 7,
        }),
      ),
    );
    const first = await setup();
    expect(
      first.el.querySelector('[data-testid="survey-responses"]')?.textContent,
    ).toContain('minder dan 7');
    first.fixture.destroy();
    api.survey.mockReturnValue(
      of(survey({ status: 'PUBLISHED', responseCount: 9 })),
    );
    const second = await setup();
    expect(
      second.el
        .querySelector('[data-testid="survey-responses"]')
        ?.textContent?.trim(),
    ).toBe('9');
  });

  it('asks for the one reporting dimension, explains why one, sends it and fixes it once published', async () => {
    api.update.mockReturnValue(of(survey({ reportBy: 'LOCATION' })));
    const { el, fixture, save } = await setup();
    const select = el.querySelector<HTMLSelectElement>('#survey-report-by');
    expect(
      el.querySelector('label[for="survey-report-by"]')?.textContent,
    ).toContain('Resultaten uitsplitsen naar');
    expect(
      Array.from(select?.options ?? []).map((o) => o.textContent?.trim()),
    ).toEqual(['Afdeling', 'Locatie', 'Soort contract']);
    expect(el.querySelector('#survey-report-by-hint')?.textContent).toContain(
      'Eén indeling per vragenlijst: twee indelingen naast elkaar kunnen samen één persoon aanwijzen.',
    );
    expect(select?.disabled).toBe(false);
    if (select) {
      select.value = 'LOCATION';
      select.dispatchEvent(new Event('change'));
    }
    await save();
    expect(api.update.mock.calls[0][1]).toMatchObject({ reportBy: 'LOCATION' });
    fixture.destroy();

    api.survey.mockReturnValue(
      of(survey({ status: 'PUBLISHED', reportBy: 'CONTRACT_TYPE' })),
    );
    const published = await setup();
    const fixed =
      published.el.querySelector<HTMLSelectElement>('#survey-report-by');
    expect(fixed?.disabled).toBe(true);
    expect(fixed?.value).toBe('CONTRACT_TYPE');
    expect(
      published.el.querySelector('a[href="/privacy/vragenlijsten"]'),
    ).not.toBeNull();
  });

  it('offers a new version when the API refuses an incomparable change, carrying the change along', async () => {
    api.survey.mockReturnValue(of(survey({ status: 'PUBLISHED' })));
    api.update
      .mockReturnValueOnce(
        throwError(
          () =>
            new ApiError(
              'CONFLICT',
              'Deze wijziging maakt antwoorden onvergelijkbaar (q3).',
              'NEEDS_NEW_VERSION',
            ),
        ),
      )
      .mockReturnValueOnce(of(survey({ id: 'sv2', run: 2 })));
    api.newVersion.mockReturnValue(of(survey({ id: 'sv2', run: 2 })));
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    const { el, save, button, fixture } = await setup();
    await save();
    expect(el.textContent).toContain('maakt antwoorden onvergelijkbaar');
    button('Nieuwe versie maken')?.click();
    await fixture.whenStable();
    expect(api.newVersion).toHaveBeenCalledWith('sv1');
    expect(api.update).toHaveBeenLastCalledWith(
      'sv2',
      expect.objectContaining({ title: 'Pulsmeting' }),
    );
    expect(navigate).toHaveBeenCalledWith(['/surveys', 'sv2', 'edit']);
  });
});
