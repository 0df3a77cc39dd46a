import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { of } from 'rxjs';
import {
  SurveyResultsApi,
  type SurveyResults,
} from '../data-access/results-api';
import { SurveysApi } from '../data-access/surveys-api';
import { questionResult, survey } from '../testing/fixtures';
import { SurveyResultsPageComponent } from './survey-results-page';

function results(overrides: Partial<SurveyResults> = {}): SurveyResults {
  return {
    surveyId: 'sv1',
    title: 'Pulsmeting',
    threshold: 5,
    invited: 41,
    respondents: null,
    responseRate: null,
    reportBy: 'DEPARTMENT',
    breakdown: 'DEPARTMENT',
    breakdownShown: false,
    waitingForRelease: 6,
    nextReleaseAt: 10,
    hiddenGroups: 0,
    previousRunId: null,
    filter: null,
    filterOptions: [],
    units: [],
    questions: [questionResult({ key: 'workload' })],
    trend: [],
    ...overrides,
  };
}

const closed = () =>
  results({
    respondents: 18,
    responseRate: 44,
    breakdownShown: true,
    waitingForRelease: 0,
    nextReleaseAt: null,
    filterOptions: [
      { dimension: 'DEPARTMENT', unitKey: 'zorg', label: 'Zorg' },
      { dimension: 'DEPARTMENT', unitKey: 'thuis', label: 'Thuiszorg' },
    ],
    units: [
      { key: 'zorg', label: 'Zorg', depth: 0, respondents: 12, invited: 21 },
      {
        key: 'thuis',
        label: 'Thuiszorg',
        depth: 1,
        respondents: 6,
        invited: 20,
      },
    ],
  });

describe('SurveyResultsPageComponent', () => {
  const api = {
    results: jest.fn(),
    csv: jest.fn(),
    xlsx: jest.fn(),
    snapshots: jest.fn(),
    snapshot: jest.fn(),
  };
  const surveysApi = { survey: jest.fn(), trajectories: jest.fn() };

  beforeEach(() => {
    jest.resetAllMocks();
    api.snapshots.mockReturnValue(of([]));
    surveysApi.survey.mockReturnValue(of(survey({ status: 'PUBLISHED' })));
    surveysApi.trajectories.mockReturnValue(of([]));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SurveyResultsApi, useValue: api },
        { provide: SurveysApi, useValue: surveysApi },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { paramMap: convertToParamMap({ id: 'sv1' }) },
          },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(SurveyResultsPageComponent);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('says, while the survey runs, how many answers wait for release and why, instead of "fewer than 5"', async () => {
    api.results.mockReturnValue(of(results()));
    const { el } = await setup();
    const notice = text(el.querySelector('[data-testid="release-notice"]'));
    expect(notice).toContain('6 antwoorden wachten op vrijgave.');
    expect(notice).toContain(
      'Antwoorden worden in groepen van minstens 5 vrijgegeven, zodat niemand te herkennen is aan het moment waarop hij antwoordde; de volgende groep komt vrij zodra er 10 wachten.',
    );
    expect(notice).toContain(
      'Per afdeling zie je de resultaten zodra de vragenlijst gesloten is.',
    );
    expect(text(el)).not.toContain('Minder dan 5 antwoorden');
    expect(text(el)).toContain('Nog geen antwoorden vrijgegeven.');
    // No breakdown to choose and nothing to filter on while it runs.
    expect(el.querySelector('#results-breakdown')).toBeNull();
    expect(el.querySelector('#results-filter')).toBeNull();
    expect(text(el.querySelector('[data-testid="results-report-by"]'))).toBe(
      'Afdeling',
    );
    expect(api.results).toHaveBeenCalledWith('sv1', { filter: null });
  });

  it('says "1 antwoord" for one waiting answer', async () => {
    api.results.mockReturnValue(of(results({ waitingForRelease: 1 })));
    const { el } = await setup();
    expect(text(el.querySelector('[data-testid="release-notice"]'))).toContain(
      '1 antwoord wacht op vrijgave.',
    );
  });

  it('shows the units of the one dimension as a tree once closed, and filters on one of them', async () => {
    surveysApi.survey.mockReturnValue(of(survey({ status: 'CLOSED' })));
    api.results.mockReturnValue(of(closed()));
    const { el, fixture } = await setup();
    expect(el.querySelector('[data-testid="release-notice"]')).toBeNull();
    const table = Array.from(el.querySelectorAll('table')).find((t) =>
      text(t.querySelector('caption')).startsWith('Respons per afdeling'),
    );
    const names = Array.from(
      table?.querySelectorAll<HTMLElement>('tbody .unit-name') ?? [],
    );
    expect(
      names.map((n) => [text(n), n.style.getPropertyValue('--depth')]),
    ).toEqual([
      ['Zorg', '0'],
      ['Thuiszorg', '1'],
    ]);

    const filter = el.querySelector<HTMLSelectElement>('#results-filter');
    expect(Array.from(filter?.options ?? []).map((o) => text(o))).toEqual([
      'Iedereen',
      'Zorg',
      'Thuiszorg',
    ]);
    // The sub-department is indented in the list too.
    expect(filter?.options[2]?.textContent).toContain('\u00a0\u00a0Thuiszorg');
    api.results.mockReturnValue(
      of(
        results({
          ...closed(),
          units: [],
          respondents: 6,
          filter: {
            dimension: 'DEPARTMENT',
            unitKey: 'thuis',
            label: 'Thuiszorg',
          },
        }),
      ),
    );
    if (filter) {
      filter.value = 'thuis';
      filter.dispatchEvent(new Event('change'));
    }
    await fixture.whenStable();
    fixture.detectChanges();
    expect(api.results).toHaveBeenLastCalledWith('sv1', {
      filter: { dimension: 'DEPARTMENT', unitKey: 'thuis' },
    });
    expect(text(el)).toContain('Alleen: Thuiszorg');
    // The list stays while the filtered view lists no units.
    expect(el.querySelectorAll('#results-filter option').length).toBe(3);
  });

  it('shows the question × unit heatmap with a withheld cell labelled as withheld, and the trend over the runs', async () => {
    surveysApi.survey.mockReturnValue(of(survey({ status: 'CLOSED' })));
    const stats = (mean: number) => ({
      answered: 6,
      distribution: [],
      mean,
      agreePercentage: null,
      enps: null,
      meanRanks: [],
    });
    const point = (questionKey: string, mean: number | null) => ({
      questionKey,
      withheld: mean === null,
      summary:
        mean === null
          ? null
          : { answered: 6, mean, agreePercentage: null, enps: null },
    });
    api.results.mockReturnValue(
      of(
        results({
          ...closed(),
          questions: [
            questionResult({
              key: 'workload',
              text: { nl: 'Werkdruk', en: 'Workload' },
              overall: stats(3.5),
              byUnit: [
                { unitKey: 'zorg', withheld: false, summary: stats(4) },
                { unitKey: 'thuis', withheld: true, summary: null },
              ],
            }),
          ],
          trend: [1, 2].map((run) => ({
            surveyId: `run${run}`,
            run,
            status: 'CLOSED',
            closedAt: null,
            points: [point('workload', run === 1 ? null : 3.5)],
          })),
        }),
      ),
    );
    const { el } = await setup();
    const heatmap = el.querySelector('[data-testid="results-heatmap"]');
    const rows = (root: Element | null) =>
      Array.from(root?.querySelectorAll('tr') ?? []).map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) => text(cell)),
      );
    expect(rows(heatmap)).toEqual([
      ['Vraag', 'Iedereen', 'Zorg', 'Thuiszorg'],
      ['1. Werkdruk', '3,5', '4,0', 'afgeschermd'],
    ]);
    expect(rows(el.querySelector('[data-testid="results-trend"]'))).toEqual([
      ['Ronde', '1. Werkdruk'],
      ['Ronde 1', 'afgeschermd'],
      ['Ronde 2', '3,5'],
    ]);
  });

  it('links to how answers are protected', async () => {
    api.results.mockReturnValue(of(results()));
    const { el } = await setup();
    expect(
      el.querySelector('a[href="/privacy/vragenlijsten"]')?.textContent,
    ).toContain('Hoe we antwoorden beschermen');
  });
});
