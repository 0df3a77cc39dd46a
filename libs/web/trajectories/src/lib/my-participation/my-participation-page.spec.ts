import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { signal } from '@angular/core';
import { BoardApi } from '../data-access/board-api';
import { MeetingsApi } from '../data-access/meetings-api';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import { WorkgroupsApi } from '../data-access/workgroups-api';
import {
  action,
  buttonByText,
  post,
  text,
  trajectory,
  type,
  workgroup,
} from '../testing/fixtures';
import { MyParticipationPageComponent } from './my-participation-page';

describe('MyParticipationPageComponent', () => {
  const open = workgroup({ id: 'w-open', name: 'Werkgroep roosters' });
  const applied = workgroup({
    id: 'w-applied',
    name: 'Werkgroep vervoer',
    myStatus: 'APPLIED',
  });
  const invited = workgroup({
    id: 'w-invited',
    name: 'Werkgroep kantine',
    myStatus: 'INVITED',
  });
  const workgroupsApi = {
    openCalls: jest.fn(() => of([open, applied])),
    myWorkgroups: jest.fn(() => of([applied, invited])),
    apply: jest.fn(() => of({ id: 'ms-1' })),
    respondToInvitation: jest.fn(() => of({ id: 'ms-2' })),
    leave: jest.fn(),
  };
  const meetingsApi = {
    myActions: jest.fn(() => of([action({ ownerUserId: 'u-employee' })])),
    issueCalendarFeed: jest.fn(() =>
      of('http://localhost:3000/calendar/abc.ics'),
    ),
    setActionDone: jest.fn(() => of(action({ status: 'DONE' }))),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        // Any address resolves, so following a link does not fail the test.
        provideRouter([{ path: '**', children: [] }]),
        {
          provide: TrajectoriesApi,
          useValue: {
            trajectories: () => of([trajectory({ steering: false })]),
          },
        },
        { provide: WorkgroupsApi, useValue: workgroupsApi },
        {
          provide: BoardApi,
          useValue: {
            myPosts: () =>
              of([post({ mine: true, response: 'Dank, we nemen het mee.' })]),
          },
        },
        { provide: MeetingsApi, useValue: meetingsApi },
        {
          provide: SessionService,
          useValue: {
            viewer: signal({ userId: 'u-employee', displayName: 'Mo' }),
          },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(MyParticipationPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  const section = (el: HTMLElement, heading: string) =>
    el.querySelector(`section[aria-labelledby="${heading}"]`);

  it('offers only the calls I can still apply to, and applies with a motivation', async () => {
    const { el, stable } = await setup();
    const calls = section(el, 'calls-heading');
    expect(text(calls)).toContain('Werkgroep roosters');
    expect(text(calls)).not.toContain('Werkgroep vervoer');

    (
      calls?.querySelector(
        'button[aria-label="Aanmelden voor Werkgroep roosters"]',
      ) as HTMLButtonElement
    ).click();
    await stable();
    expect(document.activeElement?.id).toBe('motivation-w-open');
    type(el, '#motivation-w-open', 'Ik ken de roosters goed.');
    buttonByText(el, 'Aanmelding versturen').click();
    await stable();
    expect(workgroupsApi.apply).toHaveBeenCalledWith(
      'w-open',
      'Ik ken de roosters goed.',
    );
    expect(text(el.querySelector('[role="status"]'))).toContain(
      'Je aanmelding voor “Werkgroep roosters” is verstuurd.',
    );
  });

  it('accepts an invitation and shows where applications stand', async () => {
    const { el, stable } = await setup();
    const mine = section(el, 'workgroups-heading');
    expect(text(mine)).toContain('Aangemeld – het regieteam beslist nog.');
    (
      mine?.querySelector(
        'button[aria-label="Uitnodiging voor Werkgroep kantine aannemen"]',
      ) as HTMLButtonElement
    ).click();
    await stable();
    expect(workgroupsApi.respondToInvitation).toHaveBeenCalledWith(
      'w-invited',
      true,
    );
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Je doet mee met “Werkgroep kantine”.',
    );
  });

  it("shows my posts with the regie team's answer and my actions", async () => {
    const { el } = await setup();
    expect(text(section(el, 'posts-heading'))).toContain(
      'Dank, we nemen het mee.',
    );
    expect(text(section(el, 'my-actions-heading'))).toContain(
      'Roosterdata aanleveren',
    );
    expect(
      (el.querySelector('#my-action-a1') as HTMLInputElement).disabled,
    ).toBe(false);
  });

  it('sends me to the one place for notifications instead of listing them', async () => {
    const { el } = await setup();
    expect(el.querySelector('li.notice')).toBeNull();
    expect(el.querySelector('a[href="/notifications"]')?.textContent).toContain(
      'Je meldingen staan bij de bel',
    );
  });

  it('makes a calendar address to copy and says the old one stops working', async () => {
    const { el, stable } = await setup();
    expect(text(section(el, 'calendar-heading'))).toContain(
      'werkt het vorige niet meer',
    );
    buttonByText(el, 'Maak een agenda-adres').click();
    await stable();
    const url = el.querySelector('#feed-url') as HTMLInputElement;
    expect(url.value).toBe('http://localhost:3000/calendar/abc.ics');
    expect(url.readOnly).toBe(true);
    expect(document.activeElement).toBe(url);
  });
});
