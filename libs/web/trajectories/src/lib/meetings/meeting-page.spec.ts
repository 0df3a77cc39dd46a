import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PeopleSearch, SessionService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { MeetingsApi } from '../data-access/meetings-api';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import { WorkgroupsApi } from '../data-access/workgroups-api';
import {
  action,
  buttonByText,
  meeting,
  text,
  trajectory,
  type,
  PEOPLE_SEARCH,
  choosePerson,
} from '../testing/fixtures';
import { MeetingPageComponent } from './meeting-page';

describe('MeetingPageComponent', () => {
  const agenda = [
    {
      id: 'i1',
      title: 'Stand van zaken',
      notes: '',
      confidential: false,
      decision: null,
      minutes: null,
      documents: [],
    },
    {
      id: 'i2',
      title: 'Personele gevolgen',
      notes: 'Alleen voor genodigden.',
      confidential: true,
      decision: null,
      minutes: null,
      documents: [],
    },
  ];
  const api = {
    meeting: jest.fn(() => of(meeting({ agendaItems: agenda }))),
    trajectoryActions: jest.fn(() =>
      of([
        action(),
        action({ id: 'a2', meetingId: 'other', description: 'Iets anders' }),
      ]),
    ),
    myActions: jest.fn(() => of([])),
    recordMinutes: jest.fn(),
    addAction: jest.fn(),
    update: jest.fn(),
    cancel: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'meetings/:id', children: [] }]),
        { provide: MeetingsApi, useValue: api },
        { provide: PeopleSearch, useValue: PEOPLE_SEARCH },
        { provide: WorkgroupsApi, useValue: {} },
        {
          provide: TrajectoriesApi,
          useValue: { trajectory: () => of(trajectory()) },
        },
        {
          provide: SessionService,
          useValue: { viewer: signal({ userId: 'u-advisor' }) },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(MeetingPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  it('marks the confidential agenda item, warns about short notice and lists this meeting’s actions first', async () => {
    const { el } = await setup();
    expect(text(el.querySelector('h1'))).toBe('Regieteam overleg');
    const items = Array.from(el.querySelectorAll('.agenda > li')).map(text);
    expect(items[1]).toContain(
      'Personele gevolgen Vertrouwelijk (art. 20 WOR)',
    );
    expect(items[0]).not.toContain('Vertrouwelijk');
    expect(text(el)).toContain(
      'Minder dan 7 dagen tussen uitnodiging en vergadering (art. 14 WOR).',
    );
    expect(el.querySelector('#action-a1')).not.toBeNull();
    expect(text(el.querySelector('.other-actions summary'))).toBe(
      'Andere afspraken van dit traject (1)',
    );
  });

  it('records the general minutes and a decision and minutes per agenda item, a confidential item’s marked as for the invitees', async () => {
    api.recordMinutes.mockReturnValue(
      of(
        meeting({
          minutes: 'Iedereen was er.',
          agendaItems: [
            { ...agenda[0], decision: 'We gaan door.' },
            { ...agenda[1], minutes: 'Twee functies vervallen.' },
          ],
        }),
      ),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Notulen vastleggen').click();
    await stable();
    expect(document.activeElement?.id).toBe('minutes');
    type(el, '#minutes', 'Iedereen was er.');
    expect(text(el.querySelector('#minutes-hint'))).toContain(
      'notuleer een vertrouwelijk punt bij dat punt',
    );
    expect(el.querySelector('#item-minutes-i1-hint')).toBeNull();
    expect(text(el.querySelector('#item-minutes-i2-hint'))).toBe(
      'Vertrouwelijk punt: alleen wie is uitgenodigd leest deze notulen (art. 20 WOR).',
    );
    type(el, '#decision-i1', 'We gaan door.');
    type(el, '#item-minutes-i2', 'Twee functies vervallen.');
    buttonByText(el, 'Notulen opslaan').click();
    await stable();
    expect(api.recordMinutes).toHaveBeenCalledWith({
      meetingId: 'm1',
      minutes: 'Iedereen was er.',
      decisions: [
        { agendaItemId: 'i1', decision: 'We gaan door.', minutes: '' },
        {
          agendaItemId: 'i2',
          decision: '',
          minutes: 'Twee functies vervallen.',
        },
      ],
    });
    expect(
      text(
        el.querySelector(
          'section[aria-labelledby="minutes-heading"] [role="status"]',
        ),
      ),
    ).toBe('De notulen zijn opgeslagen.');
    expect(text(el.querySelector('.decision'))).toBe('Besluit: We gaan door.');
    const items = Array.from(el.querySelectorAll('.agenda > li')).map(text);
    expect(items[1]).toContain('Notulen: Twee functies vervallen.');
  });

  it('adds an action for someone by e-mail, on an agenda item', async () => {
    api.addAction.mockReturnValue(
      of(action({ id: 'a3', description: 'Cijfers delen' })),
    );
    const { el, stable } = await setup();
    type(el, '#action-description', 'Cijfers delen');
    await choosePerson(el, '#action-owner', 'Mila Medewerker', stable);
    type(el, '#action-due', '2026-06-15');
    type(el, '#action-item', 'i2');
    buttonByText(el, 'Afspraak toevoegen').click();
    await stable();
    expect(api.addAction).toHaveBeenCalledWith({
      trajectoryId: 't1',
      meetingId: 'm1',
      agendaItemId: 'i2',
      description: 'Cijfers delen',
      ownerEmail: 'medewerker@demo.inspraak.nl',
      dueOn: '2026-06-15',
    });
    expect(el.querySelector('#action-a3')).not.toBeNull();
  });

  it('changes the meeting from its current time, invitees and agenda, keeping the items', async () => {
    api.update.mockReturnValue(
      of(meeting({ agendaItems: agenda, location: 'Zaal 7' })),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Vergadering wijzigen').click();
    await stable();
    expect(document.activeElement?.id).toBe('meeting-title');
    expect(el.querySelector('#meeting-kind')).toBeNull();
    expect(
      (el.querySelector('#meeting-invitees') as HTMLTextAreaElement).value,
    ).toBe('adviseur@example.test');
    expect(
      (el.querySelector('#agenda-title-1') as HTMLInputElement).value,
    ).toBe('Personele gevolgen');
    type(el, '#meeting-location', 'Zaal 7');
    buttonByText(el, 'Wijzigingen opslaan').click();
    await stable();
    expect(api.update).toHaveBeenCalledWith(
      'm1',
      expect.objectContaining({
        title: 'Regieteam overleg',
        location: 'Zaal 7',
        inviteeEmails: ['adviseur@example.test'],
        agenda: [
          {
            id: 'i1',
            title: 'Stand van zaken',
            notes: '',
            confidential: false,
          },
          {
            id: 'i2',
            title: 'Personele gevolgen',
            notes: 'Alleen voor genodigden.',
            confidential: true,
          },
        ],
      }),
    );
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'De vergadering is gewijzigd; de genodigden krijgen bericht.',
    );
  });

  it('calls the meeting off with a reason, and then shows why it does not take place', async () => {
    api.cancel.mockReturnValue(
      of(
        meeting({
          agendaItems: agenda,
          canEdit: false,
          cancelledAt: '2026-05-30T09:00:00.000Z',
          cancelReason: 'De bestuurder is ziek.',
        }),
      ),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Vergadering annuleren').click();
    await stable();
    expect(document.activeElement?.id).toBe('cancel-reason');
    buttonByText(el, 'Vergadering annuleren').click();
    await stable();
    expect(api.cancel).not.toHaveBeenCalled();
    expect(text(el.querySelector('#cancel-reason-error'))).toContain(
      'Vul dit veld in.',
    );
    type(el, '#cancel-reason', 'De bestuurder is ziek.');
    buttonByText(el, 'Vergadering annuleren').click();
    await stable();
    expect(api.cancel).toHaveBeenCalledWith('m1', 'De bestuurder is ziek.');
    expect(text(el.querySelector('isp-alert'))).toContain(
      'Gaat niet door. Reden: De bestuurder is ziek.',
    );
    expect(el.querySelector('#edit-meeting-button')).toBeNull();
    expect(
      Array.from(el.querySelectorAll('button')).some(
        (b) => text(b) === 'Notulen vastleggen',
      ),
    ).toBe(false);
  });
});
