import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { MeetingsApi } from '../data-access/meetings-api';
import { WorkgroupsApi } from '../data-access/workgroups-api';
import {
  PEOPLE_SEARCH,
  buttonByText,
  choosePerson,
  meeting,
  text,
  trajectory,
  type,
  workgroup,
} from '../testing/fixtures';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { MeetingsPageComponent } from './meetings-page';
import {
  localDateTimeToIso,
  PeopleSearch,
  SessionService,
} from '@inspraak/web-core';
import { addDays, todayInAmsterdam } from '@inspraak/domain';

describe('MeetingsPageComponent', () => {
  const api = {
    meetings: jest.fn(() => of([])),
    schedule: jest.fn(),
  };
  const viewer = signal<{ userId: string } | null>(null);
  const workgroupsApi = {
    workgroups: jest.fn(() => of([workgroup()])),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        TrajectoryContext,
        { provide: MeetingsApi, useValue: api },
        { provide: WorkgroupsApi, useValue: workgroupsApi },
        { provide: SessionService, useValue: { viewer } },
        { provide: PeopleSearch, useValue: PEOPLE_SEARCH },
      ],
    });
    viewer.set(null);
    TestBed.inject(TrajectoryContext).set(trajectory());
  });

  async function setup() {
    const fixture = TestBed.createComponent(MeetingsPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    buttonByText(el, 'Vergadering plannen').click();
    await fixture.whenStable();
    return { el, stable: () => fixture.whenStable() };
  }

  function fill(el: HTMLElement) {
    type(el, '#meeting-title', 'Overleg roosters');
    type(el, '#meeting-starts-at', '2026-06-01T10:00');
    type(el, '#meeting-ends-at', '2026-06-01T11:30');
    type(el, '#agenda-title-0', 'Stand van zaken');
  }

  it('sends the meeting with ISO times and the parsed invitees, and warns about short notice (art. 14 WOR)', async () => {
    api.schedule.mockReturnValue(of(meeting({ title: 'Overleg roosters' })));
    const { el, stable } = await setup();
    fill(el);
    type(
      el,
      '#meeting-invitees',
      'hr@demo.inspraak.nl,\nmedewerker@demo.inspraak.nl',
    );
    (el.querySelector('#agenda-confidential-0') as HTMLInputElement).click();
    buttonByText(el, 'Vergadering plannen').click();
    await stable();

    expect(api.schedule).toHaveBeenCalledWith(
      expect.objectContaining({
        trajectoryId: 't1',
        kind: 'REGIE_TEAM',
        workgroupId: null,
        startsAt: localDateTimeToIso('2026-06-01T10:00'),
        endsAt: localDateTimeToIso('2026-06-01T11:30'),
        inviteeEmails: ['hr@demo.inspraak.nl', 'medewerker@demo.inspraak.nl'],
        agenda: [{ title: 'Stand van zaken', notes: '', confidential: true }],
      }),
    );
    expect(text(el.querySelector('#scheduled-heading'))).toBe(
      '“Overleg roosters” is gepland.',
    );
    expect(text(el.querySelector('isp-alert'))).toContain(
      'Minder dan 7 dagen tussen uitnodiging en vergadering (art. 14 WOR).',
    );
    expect(document.activeElement?.id).toBe('scheduled-heading');
    expect(text(el.querySelector('tbody'))).toContain('Overleg roosters');
  });

  it('invites colleagues found by name beside typed addresses, each once', async () => {
    api.schedule.mockReturnValue(of(meeting({ title: 'Overleg roosters' })));
    const { el, stable } = await setup();
    fill(el);
    type(el, '#meeting-invitees', 'extern@example.test');
    await choosePerson(el, '#meeting-invitee-search', 'Hanna HR', stable);
    await choosePerson(
      el,
      '#meeting-invitee-search',
      'Mila Medewerker',
      stable,
    );
    await choosePerson(el, '#meeting-invitee-search', 'Hanna HR', stable);
    expect(
      (el.querySelector('#meeting-invitees') as HTMLTextAreaElement).value,
    ).toBe('extern@example.test\nhr@example.test\nmedewerker@demo.inspraak.nl');
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'hr@example.test stond al bij de genodigden.',
    );
    // The search is empty again for the next colleague.
    expect(
      (el.querySelector('#meeting-invitee-search') as HTMLInputElement).value,
    ).toBe('');
    buttonByText(el, 'Vergadering plannen').click();
    await stable();
    expect(api.schedule).toHaveBeenCalledWith(
      expect.objectContaining({
        inviteeEmails: [
          'extern@example.test',
          'hr@example.test',
          'medewerker@demo.inspraak.nl',
        ],
      }),
    );
  });

  it('warns before planning when the invitees would get under seven days, and not when they get more', async () => {
    const { el, stable } = await setup();
    fill(el);
    const soon = addDays(todayInAmsterdam(), 3);
    type(el, '#meeting-starts-at', `${soon}T10:00`);
    type(el, '#meeting-ends-at', `${soon}T11:00`);
    await stable();
    const warning = el.querySelector('#meeting-notice-warning');
    expect(warning?.getAttribute('role')).toBe('status');
    expect(text(warning)).toBe(
      'Let op: de genodigden krijgen maar 3 dagen de tijd. De wet vraagt minstens 7 dagen tussen uitnodiging en vergadering (art. 14 WOR); je kunt de vergadering toch plannen.',
    );
    expect(api.schedule).not.toHaveBeenCalled();

    const later = addDays(todayInAmsterdam(), 7);
    type(el, '#meeting-starts-at', `${later}T10:00`);
    await stable();
    expect(el.querySelector('#meeting-notice-warning')).toBeNull();
  });

  it('names addresses that are not e-mail addresses and an end before the start', async () => {
    const { el, stable } = await setup();
    fill(el);
    type(el, '#meeting-ends-at', '2026-06-01T09:00');
    type(el, '#meeting-invitees', 'hr@demo.inspraak.nl, jan');
    buttonByText(el, 'Vergadering plannen').click();
    await stable();
    expect(api.schedule).not.toHaveBeenCalled();
    expect(text(el.querySelector('#meeting-invitees-error'))).toContain(
      'Geen geldig e-mailadres: jan',
    );
    expect(text(el.querySelector('#meeting-ends-at-error'))).toContain(
      'Het einde moet na het begin liggen, binnen een dag.',
    );
  });

  it('asks which workgroup meets for a workgroup meeting', async () => {
    const { el, stable } = await setup();
    fill(el);
    type(el, '#meeting-kind', 'WORKGROUP');
    await stable();
    buttonByText(el, 'Vergadering plannen').click();
    await stable();
    expect(api.schedule).not.toHaveBeenCalled();
    expect(text(el.querySelector('#meeting-workgroup-error'))).toContain(
      'Kies de werkgroep die vergadert.',
    );
    expect(text(el.querySelector('#meeting-workgroup'))).toContain(
      'Werkgroep roosters',
    );
  });

  it("lets a workgroup's lead who does not steer plan only that workgroup's meetings", async () => {
    TestBed.inject(TrajectoryContext).set(trajectory({ steering: false }));
    viewer.set({ userId: 'u-lead' });
    workgroupsApi.workgroups.mockReturnValueOnce(
      of([
        workgroup({
          id: 'w-mine',
          name: 'Mijn werkgroep',
          leadUserId: 'u-lead',
          myStatus: 'MEMBER',
        }),
        workgroup({
          id: 'w-other',
          name: 'Andere werkgroep',
          leadUserId: 'u-x',
        }),
      ]),
    );
    api.schedule.mockReturnValue(of(meeting({ kind: 'WORKGROUP' })));
    const { el, stable } = await setup();
    const kinds = Array.from(
      el.querySelectorAll<HTMLOptionElement>('#meeting-kind option'),
    ).map((o) => o.value);
    expect(kinds).toEqual(['WORKGROUP']);
    const groups = Array.from(
      el.querySelectorAll<HTMLOptionElement>('#meeting-workgroup option'),
    ).map((o) => o.value);
    expect(groups).toEqual(['', 'w-mine']);
    fill(el);
    type(el, '#meeting-workgroup', 'w-mine');
    buttonByText(el, 'Vergadering plannen').click();
    await stable();
    expect(api.schedule).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'WORKGROUP', workgroupId: 'w-mine' }),
    );
  });

  it('offers no planning to someone who neither steers nor leads a workgroup', async () => {
    TestBed.inject(TrajectoryContext).set(trajectory({ steering: false }));
    const fixture = TestBed.createComponent(MeetingsPageComponent);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('#schedule-button'),
    ).toBeNull();
  });
});
