import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@inspraak/shared';
import { SessionService } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  DashboardApi,
  type AdvisorDashboard,
  type MyDashboard,
} from './dashboard-api';
import { DashboardPage } from './dashboard-page';

const employeeSection: MyDashboard['employee'] = {
  happening: [],
  surveysToAnswer: [],
  openCalls: 0,
  agreementToAccept: false,
  myOpenActions: 0,
  myOverdueActions: 0,
  poolStatus: null,
  workgroups: 0,
  regieTeams: 0,
};
const mine = (overrides: Partial<MyDashboard> = {}): MyDashboard => ({
  regie: null,
  secretary: null,
  governance: null,
  employee: employeeSection,
  ...overrides,
});
const emptyAdvisor: AdvisorDashboard = {
  needsAction: {
    applicationsWaiting: [],
    overdueActions: 0,
    regieTeamsIncomplete: [],
    decisionWithoutProcedure: [],
    erasureRequests: 0,
    postsWithoutResponse: [],
    failedSurveyMails: [],
    failedAccountInvitations: 0,
  },
  trajectories: [],
  pool: {
    active: 0,
    paused: 0,
    newAwaitingOnboarding: 0,
    latestAgreementVersion: null,
    acceptedLatest: 0,
    agreementsEndingSoon: 0,
    representation: [],
  },
  surveys: { running: [], latestClosed: [] },
  procedures: { byState: [], nextDeadlines: [] },
};

describe('DashboardPage', () => {
  const api = { advisor: jest.fn(), mine: jest.fn() };

  function setup(roles: Role[]) {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DashboardApi, useValue: api },
        {
          provide: SessionService,
          useValue: {
            viewer: signal({
              userId: 'u',
              email: 'm@x.nl',
              displayName: 'Mo',
              roles,
              organisation: { id: 'o', name: 'Demo BV' },
            }),
            hasAnyRole: (wanted: readonly Role[]) =>
              wanted.some((r) => roles.includes(r)),
          },
        },
      ],
    });
  }
  async function render() {
    const fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('gives an employee only their own sections, each figure a link to where they act', async () => {
    setup(['MEDEWERKER']);
    api.mine.mockReturnValue(
      of(
        mine({
          employee: {
            ...employeeSection,
            openCalls: 2,
            agreementToAccept: true,
            surveysToAnswer: [
              {
                id: 's1',
                title: 'Puls',
                detailNl: null,
                detailEn: null,
                date: null,
              },
            ],
          },
        }),
      ),
    );
    const el = await render();
    expect(api.advisor).not.toHaveBeenCalled();
    expect(el.querySelector('h1')?.textContent).toContain('Welkom, Mo');
    expect(el.querySelector('[data-testid="needs-action"]')).toBeNull();
    const asked = el.querySelector('[data-testid="asked"]')!;
    expect(
      Array.from(asked.querySelectorAll('a')).map((a) =>
        a.getAttribute('href'),
      ),
    ).toEqual(['/my-surveys/s1', '/my-participation', '/participation']);
  });

  it('shows the advisor that nothing waits and that representation has no data yet', async () => {
    setup(['MEDEWERKER', 'ADVISEUR']);
    api.advisor.mockReturnValue(of(emptyAdvisor));
    api.mine.mockReturnValue(of(mine()));
    const el = await render();
    expect(el.textContent).toContain('Er wacht nu niets op je.');
    expect(
      el.querySelector('[data-testid="representation-no-data"]'),
    ).not.toBeNull();
    expect(el.textContent).toContain('Nog geen overeenkomst gepubliceerd');
    expect(el.querySelector('isp-chart')).toBeNull();
  });

  it('says so when the dashboard cannot be loaded', async () => {
    setup(['MEDEWERKER']);
    api.mine.mockReturnValue(throwError(() => new Error('down')));
    const el = await render();
    expect(el.querySelector('isp-alert')).not.toBeNull();
  });
});
