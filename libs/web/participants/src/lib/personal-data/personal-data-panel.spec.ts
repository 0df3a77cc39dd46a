import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { ApiError } from '@inspraak/web-core';
import { PersonalDataApi } from '../data-access/personal-data-api';
import { PersonalDataPanelComponent } from './personal-data-panel';
import { ErasureRequestsPanelComponent } from './erasure-requests-panel';

const EXPORT = JSON.stringify({
  account: { email: 'mila@demo.nl', roles: ['MEDEWERKER'] },
  directoryEntry: { jobTitle: 'Verpleegkundige', department: 'Zorg' },
  participation: { about: 'Ik denk mee', themes: ['Roosters', 'ICT'] },
  consents: [{ purpose: 'WORKGROUP', granted: true }],
  agreementAcceptances: [],
  boardPosts: [{ kind: 'PRO', text: 'Minder overdrachten' }],
  evaluationsAnswered: 2,
  calendarFeed: false,
  notifications: [],
  activity: [{ action: 'participant.joined' }],
});

describe('personal data', () => {
  const api = {
    myPersonalData: jest.fn(),
    requestErasure: jest.fn(),
    erasureRequests: jest.fn(),
    handle: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [{ provide: PersonalDataApi, useValue: api }],
    });
  });

  it('shows the overview, downloads the JSON and asks for erasure after confirming', async () => {
    api.myPersonalData.mockReturnValue(of(EXPORT));
    api.requestErasure.mockReturnValue(
      of({ id: 'r1', status: 'OPEN', requestedAt: '2026-11-22T10:00:00.000Z' }),
    );
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:x'),
      revokeObjectURL: jest.fn(),
    });
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const fixture = TestBed.createComponent(PersonalDataPanelComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (text: string) =>
      Array.from(el.querySelectorAll('button')).find((b) =>
        b.textContent?.includes(text),
      )!;

    button('leesbaar overzicht').click();
    await fixture.whenStable();
    expect(el.querySelector('.overview')?.textContent).toContain(
      'Verpleegkundige',
    );
    expect(el.querySelector('.overview h3')?.textContent).toBe('Account');

    button('JSON').click();
    await fixture.whenStable();
    expect(clicked).toHaveBeenCalled();

    button('Vraag om verwijdering').click();
    await fixture.whenStable();
    expect(api.requestErasure).not.toHaveBeenCalled();
    button('Ja, verwijder').click();
    await fixture.whenStable();
    expect(api.requestErasure).toHaveBeenCalledTimes(1);
    expect(el.textContent).toContain('Je verzoek is ontvangen');
    clicked.mockRestore();
  });

  it('shows the server’s message when the export fails', async () => {
    api.myPersonalData.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'INTERNAL_SERVER_ERROR',
            'Er ging iets mis.',
            'INTERNAL',
          ),
      ),
    );
    const fixture = TestBed.createComponent(PersonalDataPanelComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('JSON'))!
      .click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Er ging iets mis.');
  });

  it('lets the advisor handle an open erasure request after confirming', async () => {
    api.erasureRequests
      .mockReturnValueOnce(
        of([
          {
            id: 'r1',
            displayName: 'Mila Medewerker',
            status: 'OPEN',
            requestedAt: '2026-11-22T10:00:00.000Z',
          },
        ]),
      )
      .mockReturnValue(of([]));
    api.handle.mockReturnValue(of({}));
    const fixture = TestBed.createComponent(ErasureRequestsPanelComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Mila Medewerker');
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Afhandelen'))!
      .click();
    await fixture.whenStable();
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Verwijder het deelnemersprofiel'))!
      .click();
    await fixture.whenStable();
    expect(api.handle).toHaveBeenCalledWith('r1');
    expect(el.textContent).toContain(
      'Het verzoek van Mila Medewerker is afgehandeld.',
    );
    expect(el.textContent).toContain('Er zijn geen open verzoeken.');
  });
});
