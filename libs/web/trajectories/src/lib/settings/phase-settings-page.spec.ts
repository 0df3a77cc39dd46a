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
        { nl: 'Verkenning', en: 'Exploration', decision: false },
        { nl: 'Ontwerp', en: 'Design', decision: true },
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
      { nl: 'Pilot', en: 'Pilot', decision: false },
      { nl: 'Ontwerp', en: 'Design', decision: true },
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

  const decisionBoxes = (el: HTMLElement) =>
    Array.from(
      el.querySelectorAll<HTMLInputElement>('input[id^="phase-decision-"]'),
    );

  it('marks the decision phase, keeps the mark with a moved phase, and warns when no phase is marked', async () => {
    api.updatePhaseSettings.mockImplementation((phases) => of(phases));
    const { el, stable } = await setup();
    expect(decisionBoxes(el).map((box) => box.checked)).toEqual([false, true]);
    const label = el.querySelector('label[for="phase-decision-1"]');
    expect(text(label)).toBe('Besluitfase: hierin besluit de bestuurder');
    expect(decisionBoxes(el)[1]!.getAttribute('aria-describedby')).toBe(
      'phase-decision-hint',
    );
    expect(el.querySelector('#phase-decision-hint')).not.toBeNull();
    expect(el.querySelector('isp-alert')).toBeNull();

    (
      el.querySelector(
        'button[aria-label="Fase 2 omhoog"]',
      ) as HTMLButtonElement
    ).click();
    await stable();
    expect(names(el)).toEqual(['Ontwerp', 'Verkenning']);
    expect(decisionBoxes(el).map((box) => box.checked)).toEqual([true, false]);

    decisionBoxes(el)[0]!.click();
    await stable();
    expect(text(el.querySelector('isp-alert'))).toContain(
      'Geen fase is als besluitfase aangevinkt.',
    );
    buttonByText(el, 'Fasen opslaan').click();
    await stable();
    expect(api.updatePhaseSettings).toHaveBeenCalledWith([
      { nl: 'Ontwerp', en: 'Design', decision: false },
      { nl: 'Verkenning', en: 'Exploration', decision: false },
    ]);
  });

  it('restores the default phases, with Besluitvorming as the decision phase', async () => {
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
    expect(decisionBoxes(el).map((box) => box.checked)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
