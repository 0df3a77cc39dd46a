import { TestBed } from '@angular/core/testing';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  ParticipantsApi,
  type Participation,
} from '../data-access/participants-api';
import { MyParticipationComponent } from './my-participation';
import {
  SKILLS,
  buttonByText,
  click,
  input,
  participation,
  type,
} from './testing';

describe('MyParticipationComponent', () => {
  const api = {
    updateMyProfile: jest.fn(),
    setConsent: jest.fn(),
    pause: jest.fn(),
    resume: jest.fn(),
    leavePool: jest.fn(),
    acceptedAgreementPdf: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [{ provide: ParticipantsApi, useValue: api }],
    });
  });

  async function setup(start: Participation = participation()) {
    const fixture = TestBed.createComponent(MyParticipationComponent);
    fixture.componentRef.setInput('participation', start);
    fixture.componentRef.setInput('skills', SKILLS);
    const changed: Participation[] = [];
    // The page feeds each change back in, as ParticipationPageComponent does.
    fixture.componentInstance.changed.subscribe((p) => {
      changed.push(p);
      fixture.componentRef.setInput('participation', p);
    });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, changed, stable: () => fixture.whenStable() };
  }

  it('shows the profile with who may see each part', async () => {
    const { el } = await setup();
    const view = el.querySelector('dl.profile-view')?.textContent ?? '';
    expect(view).toContain('Planning');
    expect(view).toContain('roosters');
    expect(view).toContain('Zichtbaar voor: Ook collega’s');
    expect(view).toContain('6 uur per maand');
    expect(view).toContain('Nederlands, SO');
    expect(view).toContain('Werkgroep');
    expect(el.querySelector('.status-line')?.textContent).toContain('Actief');
  });

  it('edits the profile with the shared form and refuses invalid input', async () => {
    api.updateMyProfile.mockReturnValue(
      of(participation({ hoursPerMonth: 12 })),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Profiel bewerken').click();
    await stable();
    expect(document.activeElement?.id).toBe('edit-profile-heading');
    expect(input(el, '#profile-hours').value).toBe('6');

    type(el, '#profile-hours', '');
    type(el, '#profile-other-languages', 'n1,');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.updateMyProfile).not.toHaveBeenCalled();
    expect(el.querySelector('#profile-hours-error')?.textContent).toContain(
      'Vul een heel getal van 0 tot en met 80 in.',
    );
    expect(el.querySelector('#profile-languages-error')?.textContent).toContain(
      'Geen geldige taalcode: n1',
    );

    click(el, 'button[aria-label="n1 verwijderen"]');
    type(el, '#profile-hours', '12');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.updateMyProfile).toHaveBeenCalledWith(
      expect.objectContaining({ hoursPerMonth: 12, languages: ['nl', 'so'] }),
    );
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Je profiel is opgeslagen.',
    );
    expect(el.textContent).toContain('12 uur per maand');
    expect(document.activeElement?.id).toBe('profile-heading');
  });

  it('saves a consent change at once and confirms it', async () => {
    api.setConsent.mockReturnValue(
      of(participation({ consents: ['WORKGROUP'] })),
    );
    const { el, stable, changed } = await setup();
    const panel = input(el, '#consent-SURVEY_PANEL');
    expect(panel.checked).toBe(true);
    expect(input(el, '#consent-AMBASSADOR').checked).toBe(false);

    panel.click();
    await stable();
    expect(api.setConsent).toHaveBeenCalledWith('SURVEY_PANEL', false);
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Toestemming ingetrokken: enquêtepanel.',
    );
    expect(changed.at(-1)?.consents).toEqual(['WORKGROUP']);
    expect(panel.checked).toBe(false);
  });

  it('puts a consent box back when saving fails', async () => {
    api.setConsent.mockReturnValue(
      throwError(() => new ApiError('NETWORK_ERROR', 'Geen verbinding.')),
    );
    const { el, stable } = await setup();
    const ambassador = input(el, '#consent-AMBASSADOR');
    ambassador.click();
    await stable();
    expect(api.setConsent).toHaveBeenCalledWith('AMBASSADOR', true);
    expect(ambassador.checked).toBe(false);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Geen verbinding.',
    );
  });

  it('pauses until a valid date and resumes', async () => {
    const until = addDays(todayInAmsterdam(), 30);
    api.pause.mockReturnValue(
      of(participation({ status: 'PAUSED', pausedUntil: until })),
    );
    api.resume.mockReturnValue(of(participation()));
    const { el, stable } = await setup();

    // Today is not "after today": refused before asking the server.
    type(el, '#pause-until', todayInAmsterdam());
    buttonByText(el, 'Pauzeren').click();
    await stable();
    expect(api.pause).not.toHaveBeenCalled();
    expect(el.querySelector('#pause-until-error')?.textContent).toContain(
      'Kies een datum na vandaag en binnen een jaar.',
    );

    type(el, '#pause-until', until);
    buttonByText(el, 'Pauzeren').click();
    await stable();
    expect(api.pause).toHaveBeenCalledWith(until);
    expect(el.querySelector('.status-line')?.textContent).toContain(
      'Gepauzeerd tot',
    );
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Je deelname is gepauzeerd tot',
    );
    expect(document.activeElement?.id).toBe('resume-button');

    buttonByText(el, 'Weer beschikbaar').click();
    await stable();
    expect(api.resume).toHaveBeenCalled();
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Je bent weer beschikbaar.',
    );
    expect(el.querySelector('#pause-until')).not.toBeNull();
  });

  it('shows the server’s refusal of a pause date at the field', async () => {
    api.pause.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'BAD_USER_INPUT',
            'Kies een datum na vandaag en binnen een jaar.',
            'INVALID_PAUSE_DATE',
          ),
      ),
    );
    const { el, stable } = await setup();
    buttonByText(el, 'Pauzeren').click();
    await stable();
    expect(input(el, '#pause-until').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#pause-until-error')?.textContent).toContain(
      'Kies een datum na vandaag',
    );
  });

  it('downloads the accepted agreement as a PDF file', async () => {
    api.acceptedAgreementPdf.mockReturnValue(of(btoa('%PDF-1.7 test')));
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:agreement';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { el, stable } = await setup(
      participation({
        agreement: {
          acceptedVersionId: 'v2',
          acceptedVersion: 2,
          acceptedAt: '2026-04-02T09:00:00.000Z',
          validUntil: '2027-04-02',
          currentVersion: 2,
          needsAcceptance: false,
          previousVersionValidUntil: null,
          valid: true,
        },
      }),
    );
    const button = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('PDF'),
    );
    expect(button).toBeDefined();
    button!.click();
    await stable();
    expect(api.acceptedAgreementPdf).toHaveBeenCalledWith('v2');
    expect(created[0]?.type).toBe('application/pdf');
    expect(clicked).toHaveBeenCalled();
    clicked.mockRestore();
  });

  it('asks before leaving and says what happens to the profile', async () => {
    api.leavePool.mockReturnValue(
      of(
        participation({
          status: 'LEFT',
          consents: [],
          deletionScheduledOn: '2026-12-31',
        }),
      ),
    );
    const { el, stable, changed } = await setup();
    buttonByText(el, 'Afmelden bij de pool').click();
    await stable();
    const dialog = el.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.textContent).toContain('bewaartermijn');
    expect(dialog?.textContent).toContain('standaard 30 dagen');

    buttonByText(el, 'Annuleren').click();
    await stable();
    expect(api.leavePool).not.toHaveBeenCalled();
    expect(dialog?.hasAttribute('open')).toBe(false);

    buttonByText(el, 'Afmelden bij de pool').click();
    await stable();
    buttonByText(el, 'Ja, afmelden').click();
    await stable();
    expect(api.leavePool).toHaveBeenCalled();
    expect(changed.at(-1)?.deletionScheduledOn).toBe('2026-12-31');
  });
});
