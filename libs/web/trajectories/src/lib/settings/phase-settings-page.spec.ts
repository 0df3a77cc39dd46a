import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import { buttonByText, text, type } from '../testing/fixtures';
import { PhaseSettingsPageComponent } from './phase-settings-page';

describe('PhaseSettingsPageComponent', () => {
  const api = {
    phaseSettings: jest.fn(() =>
      of([
        { nl: 'Verkenning', en: 'Exploration' },
        { nl: 'Ontwerp', en: 'Design' },
      ]),
    ),
    updatePhaseSettings: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: TrajectoriesApi, useValue: api },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(PhaseSettingsPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  const names = (el: HTMLElement) =>
    Array.from(
      el.querySelectorAll<HTMLInputElement>('input[id^="phase-nl-"]'),
    ).map((input) => input.value);

  it("shows the organisation's phases in order, adds, moves and removes one, and saves the list", async () => {
    api.updatePhaseSettings.mockImplementation((phases) => of(phases));
    const { el, stable } = await setup();
    expect(names(el)).toEqual(['Verkenning', 'Ontwerp']);
    expect(text(el.querySelector('legend'))).toBe('Fase 1');

    buttonByText(el, 'Fase toevoegen').click();
    await stable();
    expect(document.activeElement?.id).toBe('phase-nl-2');
    type(el, '#phase-nl-2', ' Pilot ');
    type(el, '#phase-en-2', 'Pilot');
    (
      el.querySelector(
        'button[aria-label="Fase 3 omhoog"]',
      ) as HTMLButtonElement
    ).click();
    await stable();
    expect(names(el)).toEqual(['Verkenning', ' Pilot ', 'Ontwerp']);
    expect(document.activeElement?.id).toBe('phase-up-1');
    (
      el.querySelector(
        'button[aria-label="Fase 1 verwijderen"]',
      ) as HTMLButtonElement
    ).click();
    await stable();
    expect(names(el)).toEqual([' Pilot ', 'Ontwerp']);

    buttonByText(el, 'Fasen opslaan').click();
    await stable();
    expect(api.updatePhaseSettings).toHaveBeenCalledWith([
      { nl: 'Pilot', en: 'Pilot' },
      { nl: 'Ontwerp', en: 'Design' },
    ]);
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'De fasen zijn opgeslagen. Nieuwe trajecten krijgen deze fasen.',
    );
  });

  it('names an empty and a duplicate name before sending, and shows what the API refuses', async () => {
    const { el, stable } = await setup();
    type(el, '#phase-nl-1', 'verkenning');
    type(el, '#phase-en-0', ' ');
    buttonByText(el, 'Fasen opslaan').click();
    await stable();
    expect(api.updatePhaseSettings).not.toHaveBeenCalled();
    expect(text(el.querySelector('#phase-nl-1-error'))).toContain(
      'Een andere fase heeft al deze naam.',
    );
    expect(text(el.querySelector('#phase-en-0-error'))).toContain(
      'Vul dit veld in.',
    );

    api.updatePhaseSettings.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'BAD_USER_INPUT',
            'Geef één tot twaalf fasen.',
            'PHASES_TOO_MANY',
          ),
      ),
    );
    type(el, '#phase-nl-1', 'Ontwerp');
    type(el, '#phase-en-0', 'Exploration');
    buttonByText(el, 'Fasen opslaan').click();
    await stable();
    expect(text(el.querySelector('[role="alert"]'))).toContain(
      'Geef één tot twaalf fasen.',
    );
  });

  it('restores the default phases', async () => {
    const { el, stable } = await setup();
    buttonByText(el, 'Standaardfasen terugzetten').click();
    await stable();
    expect(names(el)).toEqual([
      'Verkenning',
      'Ontwerp',
      'Besluitvorming',
      'Implementatie',
      'Evaluatie',
    ]);
  });
});
