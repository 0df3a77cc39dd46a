import { TestBed } from '@angular/core/testing';
import { ApiError, PeopleSearch } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import {
  PEOPLE_SEARCH,
  buttonByText,
  choosePerson,
  text,
  trajectory,
  type,
} from '../testing/fixtures';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { TrajectoryOverviewPageComponent } from './trajectory-overview-page';

describe('TrajectoryOverviewPageComponent', () => {
  const api = {
    departments: jest.fn(() => of([])),
    update: jest.fn(),
    movePhase: jest.fn(),
    addTeamMember: jest.fn(),
    removeTeamMember: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        TrajectoryContext,
        { provide: TrajectoriesApi, useValue: api },
        { provide: PeopleSearch, useValue: PEOPLE_SEARCH },
      ],
    });
  });

  async function setup(t = trajectory()) {
    TestBed.inject(TrajectoryContext).set(t);
    const fixture = TestBed.createComponent(TrajectoryOverviewPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { el, stable: () => fixture.whenStable() };
  }

  const nextButton = (el: HTMLElement) =>
    buttonByText(el, 'Naar de volgende fase: Ontwerp');

  it('says which regie team roles are missing and keeps the trajectory in its first phase', async () => {
    const { el } = await setup(
      trajectory({ missingRoles: ['BESTUURDER', 'HRM'] }),
    );
    expect(text(el.querySelector('#missing-roles'))).toContain(
      'Nog nodig in het regieteam: bestuurder, HRM.',
    );
    expect(nextButton(el).disabled).toBe(true);
    expect(nextButton(el).getAttribute('aria-describedby')).toBe(
      'missing-roles',
    );
    const current = text(el.querySelector('.stepper [aria-current="step"]'));
    expect(current).toContain('Verkenning');
    expect(current).toContain('(huidige fase)');
  });

  it('moves to the next phase once the team is complete, and says so', async () => {
    api.movePhase.mockReturnValue(of(trajectory({ currentPhase: 1 })));
    const { el, stable } = await setup();
    expect(el.querySelector('#missing-roles')).toBeNull();
    nextButton(el).click();
    await stable();
    expect(api.movePhase).toHaveBeenCalledWith('t1', 1);
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Het traject is nu in de fase Ontwerp.',
    );
    expect(TestBed.inject(TrajectoryContext).trajectory()?.currentPhase).toBe(
      1,
    );
    expect(document.activeElement?.id).toBe('phases-heading');
  });

  it("shows the API's refusal when the team turned out to be incomplete", async () => {
    api.movePhase.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'Het regieteam is nog niet compleet: bestuurder ontbreekt.',
            'REGIE_TEAM_INCOMPLETE',
          ),
      ),
    );
    const { el, stable } = await setup();
    nextButton(el).click();
    await stable();
    expect(text(el.querySelector('[role="alert"]'))).toContain(
      'Het regieteam is nog niet compleet: bestuurder ontbreekt.',
    );
  });

  it('adds a regie team member chosen by name, with a role, and asks for both first', async () => {
    api.addTeamMember.mockReturnValue(
      of(
        trajectory({
          regieTeam: [
            {
              id: 'seat-1',
              userId: 'u-director',
              displayName: 'Bas Bestuurder',
              email: 'bestuurder@demo.inspraak.nl',
              role: 'BESTUURDER',
              joinedAt: '2026-05-01T09:00:00.000Z',
            },
          ],
        }),
      ),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Toevoegen').click();
    await stable();
    expect(api.addTeamMember).not.toHaveBeenCalled();
    expect(text(el.querySelector('#team-email-error'))).toBe(
      '⚠ Vul dit veld in.',
    );

    await choosePerson(el, '#team-email', 'Bas Bestuurder', stable);
    type(el, '#team-role', 'BESTUURDER');
    buttonByText(el, 'Toevoegen').click();
    await stable();
    expect(api.addTeamMember).toHaveBeenCalledWith({
      trajectoryId: 't1',
      email: 'bestuurder@demo.inspraak.nl',
      role: 'BESTUURDER',
    });
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Bas Bestuurder zit nu in het regieteam als bestuurder.',
    );
    expect(text(el.querySelector('tbody tr'))).toContain(
      'Bas Bestuurder bestuurder bestuurder@demo.inspraak.nl',
    );
    expect(document.activeElement?.id).toBe('team-email');
    // The emptied field is not marked wrong after the add, also once left.
    el.querySelector('#team-email')?.dispatchEvent(new Event('blur'));
    await stable();
    expect(text(el.querySelector('#team-email-error'))).toBe('');
    expect(
      el.querySelector('#team-email')?.getAttribute('aria-invalid'),
    ).not.toBe('true');
  });

  it("edits the details with the owner's address filled in, and hands the trajectory to another owner", async () => {
    api.update.mockReturnValue(of(trajectory({ ownerName: 'Hanna HR' })));
    const { el, stable } = await setup();
    buttonByText(el, 'Gegevens bewerken').click();
    await stable();
    const owner = el.querySelector<HTMLInputElement>('#edit-owner-email');
    expect(owner?.value).toBe('adviseur@example.test');
    expect(text(el.querySelector('#edit-owner-email-hint'))).toBe(
      'Zoek op naam. Leeg: de eigenaar blijft dezelfde.',
    );
    // A name typed but nobody chosen is not an owner.
    type(el, '#edit-owner-email', 'Nie mand');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.update).not.toHaveBeenCalled();
    expect(text(el.querySelector('#edit-owner-email-error'))).toContain(
      'Kies iemand uit de lijst.',
    );
    await choosePerson(el, '#edit-owner-email', 'Hanna HR', stable);
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.update).toHaveBeenCalledWith(
      't1',
      expect.objectContaining({ ownerEmail: 'hr@example.test' }),
    );
  });

  it('edits the dates of each phase with the details, and names a phase that ends before it starts', async () => {
    api.update.mockReturnValue(of(trajectory()));
    const { el, stable } = await setup(
      trajectory({
        phases: [
          {
            nl: 'Verkenning',
            en: 'Exploration',
            decision: false,
            startsOn: '2027-01-04',
            endsOn: null,
          },
          {
            nl: 'Ontwerp',
            en: 'Design',
            decision: false,
            startsOn: null,
            endsOn: null,
          },
        ],
      }),
    );
    buttonByText(el, 'Gegevens bewerken').click();
    await stable();
    expect(text(el.querySelector('.phase-dates legend'))).toBe('Data per fase');
    expect(
      el.querySelector<HTMLInputElement>('#edit-phase-0-starts-on')?.value,
    ).toBe('2027-01-04');
    expect(
      text(el.querySelector('label[for="edit-phase-1-ends-on"]')),
    ).toContain('Einde van Ontwerp');
    type(el, '#edit-phase-1-starts-on', '2027-03-01');
    type(el, '#edit-phase-1-ends-on', '2027-02-01');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.update).not.toHaveBeenCalled();
    expect(text(el.querySelector('#edit-phase-1-ends-on-error'))).toContain(
      'De einddatum ligt voor de begindatum.',
    );
    type(el, '#edit-phase-1-ends-on', '2027-04-30');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.update).toHaveBeenCalledWith(
      't1',
      expect.objectContaining({
        phaseDates: [
          { startsOn: '2027-01-04', endsOn: null },
          { startsOn: '2027-03-01', endsOn: '2027-04-30' },
        ],
      }),
    );
  });

  it('shows an employee the details and team but no controls', async () => {
    const { el } = await setup(
      trajectory({ steering: false, missingRoles: ['HRM'] }),
    );
    expect(el.querySelector('#edit-details-button')).toBeNull();
    expect(el.querySelector('#team-email')).toBeNull();
    expect(
      Array.from(el.querySelectorAll('button')).some((b) =>
        text(b).startsWith('Naar de volgende fase'),
      ),
    ).toBe(false);
    expect(text(el)).toContain('De hele organisatie');
  });
});
