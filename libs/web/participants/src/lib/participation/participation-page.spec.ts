import { PersonalDataApi } from '../data-access/personal-data-api';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  ParticipantsApi,
  type AgreementVersion,
} from '../data-access/participants-api';
import { ParticipationPageComponent } from './participation-page';
import {
  SKILLS,
  agreementVersion,
  buttonByText,
  click,
  input,
  participation,
  type,
} from './testing';

describe('ParticipationPageComponent', () => {
  const api = {
    myParticipation: jest.fn(),
    skills: jest.fn(() => of(SKILLS)),
    currentAgreement: jest.fn(() => of<AgreementVersion | null>(null)),
    acceptAgreement: jest.fn(),
    joinPool: jest.fn(),
    leavePool: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: PersonalDataApi,
          useValue: {
            myPersonalData: () => of('{}'),
            requestErasure: () => of(null),
            erasureRequests: () => of([]),
            handle: () => of({}),
          },
        },
        { provide: ParticipantsApi, useValue: api },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(ParticipationPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const stable = () => fixture.whenStable();
    const stepHeading = () =>
      el.querySelector('#join-step-heading')?.textContent?.replace(/\s+/g, ' ');
    return { fixture, el, stable, stepHeading };
  }

  describe('when not in the pool', () => {
    beforeEach(() => api.myParticipation.mockReturnValue(of(null)));

    it('explains participation and data use in step 1 and moves focus to each step heading', async () => {
      const { el, stable, stepHeading } = await setup();

      expect(stepHeading()).toContain('Stap 1 van 3: Wat meedoen betekent');
      expect(el.textContent).toContain('Hoeveel tijd kost het?');
      expect(el.textContent).toContain('Wat gebeurt er met je gegevens?');
      expect(el.textContent).toContain('op elk moment intrekken');
      expect(el.textContent).toContain('bewaartermijn (standaard 30 dagen)');
      expect(
        el.querySelector('ol.steps [aria-current="step"]')?.textContent,
      ).toContain('Wat meedoen betekent');

      buttonByText(el, 'Volgende').click();
      await stable();
      expect(stepHeading()).toContain('Stap 2 van 3: Je profiel');
      expect(document.activeElement?.id).toBe('join-step-heading');
      expect(el.querySelector('ol.steps li.done')?.textContent).toContain(
        '(afgerond)',
      );

      buttonByText(el, 'Vorige').click();
      await stable();
      expect(stepHeading()).toContain('Stap 1 van 3');
      expect(document.activeElement?.id).toBe('join-step-heading');
    });

    it('keeps you on the profile step while a field is invalid', async () => {
      const { el, stable, stepHeading } = await setup();
      buttonByText(el, 'Volgende').click();
      await stable();

      type(el, '#profile-hours', '90');
      type(el, '#profile-about', 'x'.repeat(1001));
      buttonByText(el, 'Volgende').click();
      await stable();

      expect(stepHeading()).toContain('Stap 2 van 3');
      expect(el.querySelector('[role="alert"]')?.textContent).toContain(
        'Controleer de gemarkeerde velden',
      );
      expect(el.querySelector('#profile-hours-error')?.textContent).toContain(
        'Vul een heel getal van 0 tot en met 80 in.',
      );
      expect(el.querySelector('#profile-about-error')?.textContent).toContain(
        'Hoogstens 1000 tekens; je hebt er nu 1001.',
      );
      expect(document.activeElement?.id).toBe('profile-hours');
      expect(api.joinPool).not.toHaveBeenCalled();
    });

    it('joins with the profile and only the consents that were ticked', async () => {
      api.joinPool.mockReturnValue(of(participation()));
      const { el, stable, stepHeading } = await setup();
      buttonByText(el, 'Volgende').click();
      await stable();

      // The special-category warning sits with the free text and is read with it.
      expect(
        input(el, '#profile-about').getAttribute('aria-describedby'),
      ).toContain('profile-about-warning');
      expect(el.querySelector('#profile-about-warning')?.textContent).toContain(
        'lidmaatschap van een vakbond',
      );

      type(el, '#profile-skill-filter', 'plan');
      await stable();
      expect(el.querySelector('#profile-skill-s-excel')).toBeNull();
      click(el, '#profile-skill-s-plan');
      type(el, '#profile-tags', 'roosters,');
      type(el, '#profile-themes', 'werkdruk,');
      type(el, '#profile-hours', '6');
      click(el, '#profile-way-WORKGROUP');
      click(el, '#profile-language-nl');
      type(el, '#profile-other-languages', 'SO,');
      type(el, '#profile-about', '  Nachtdienst.  ');
      type(el, '#profile-visibility-skills', 'COLLEAGUES');
      await stable();
      expect(el.querySelector('#profile-skills-chosen')?.textContent).toContain(
        'Gekozen: Planning',
      );

      buttonByText(el, 'Volgende').click();
      await stable();
      expect(stepHeading()).toContain('Stap 3 van 3: Toestemming');
      const boxes = el.querySelectorAll<HTMLInputElement>(
        'fieldset.consents input[type="checkbox"]',
      );
      expect(boxes).toHaveLength(4);
      expect(Array.from(boxes).every((b) => !b.checked)).toBe(true);
      expect(
        el.querySelector('fieldset.consents legend')?.textContent,
      ).toContain('Toestemming per manier van meedoen');
      click(el, '#join-consent-SURVEY_PANEL');
      click(el, '#join-consent-WORKGROUP');
      await stable();

      buttonByText(el, 'Aanmelden').click();
      await stable();

      expect(api.joinPool).toHaveBeenCalledWith({
        profile: {
          skillIds: ['s-plan'],
          tags: ['roosters'],
          themes: ['werkdruk'],
          hoursPerMonth: 6,
          waysOfTakingPart: ['WORKGROUP'],
          languages: ['nl', 'so'],
          about: 'Nachtdienst.',
          visibility: {
            skills: 'COLLEAGUES',
            themes: 'ADVISOR_ONLY',
            availability: 'ADVISOR_ONLY',
            about: 'ADVISOR_ONLY',
          },
        },
        consents: ['WORKGROUP', 'SURVEY_PANEL'],
      });
      expect(el.querySelector('[role="status"]')?.textContent).toContain(
        'Welkom in de participantenpool!',
      );
      expect(el.textContent).toContain('Mijn profiel');
      expect(document.activeElement?.tagName).toBe('H1');
    });

    it('shows the server’s message when joining fails', async () => {
      api.joinPool.mockReturnValue(
        throwError(
          () =>
            new ApiError(
              'CONFLICT',
              'Je doet al mee met de participantenpool.',
              'ALREADY_PARTICIPANT',
            ),
        ),
      );
      const { el, stable } = await setup();
      buttonByText(el, 'Volgende').click();
      await stable();
      buttonByText(el, 'Volgende').click();
      await stable();
      buttonByText(el, 'Aanmelden').click();
      await stable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain(
        'Je doet al mee met de participantenpool.',
      );
    });
  });

  it('after leaving, tells the deletion date and offers to join again with the old profile', async () => {
    api.myParticipation.mockReturnValue(
      of(
        participation({
          status: 'LEFT',
          consents: [],
          deletionScheduledOn: '2026-06-30',
        }),
      ),
    );
    const { el, stable, stepHeading } = await setup();
    expect(el.querySelector('#left-heading')?.textContent).toContain(
      'Je bent afgemeld',
    );
    expect(el.textContent).toContain(
      'Je profiel wordt verwijderd op 30 jun 2026',
    );

    buttonByText(el, 'Opnieuw aanmelden').click();
    await stable();
    expect(stepHeading()).toContain('Stap 1 van 3');
    expect(document.activeElement?.id).toBe('join-step-heading');
    buttonByText(el, 'Volgende').click();
    await stable();
    expect(input(el, '#profile-hours').value).toBe('6');
    expect(input(el, '#profile-skill-s-plan').checked).toBe(true);
    expect(input(el, '#profile-language-nl').checked).toBe(true);
  });

  it('links to the colleagues in the pool, whether or not you take part', async () => {
    api.myParticipation.mockReturnValue(of(null));
    const { el } = await setup();
    const link = Array.from(el.querySelectorAll('a')).find((a) =>
      a.textContent?.includes('Bekijk welke collega’s al meedoen'),
    );
    expect(link?.getAttribute('href')).toBe('/participation/colleagues');
  });

  it('says so when loading fails and can try again', async () => {
    api.myParticipation.mockReturnValueOnce(
      throwError(() => new ApiError('NETWORK_ERROR', 'Geen verbinding.')),
    );
    const { el, stable } = await setup();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Je deelname kon niet worden geladen. Geen verbinding.',
    );
    api.myParticipation.mockReturnValue(of(participation()));
    buttonByText(el, 'Opnieuw proberen').click();
    await stable();
    expect(el.textContent).toContain('Mijn profiel');
  });

  describe('with a published agreement', () => {
    beforeEach(() =>
      api.currentAgreement.mockReturnValue(of(agreementVersion())),
    );
    afterEach(() => api.currentAgreement.mockReturnValue(of(null)));

    it('ends the join flow with the agreement; “Ik ga akkoord” joins and accepts with the text’s hash', async () => {
      api.myParticipation.mockReturnValueOnce(of(null)).mockReturnValue(
        of(
          participation({
            agreement: {
              acceptedVersionId: 'v1',
              acceptedVersion: 2,
              acceptedAt: '2026-04-02T09:00:00.000Z',
              validUntil: '2027-04-02',
              currentVersion: 2,
              needsAcceptance: false,
              previousVersionValidUntil: null,
              valid: true,
            },
          }),
        ),
      );
      api.joinPool.mockReturnValue(of(participation()));
      api.acceptAgreement.mockReturnValue(
        of({
          id: 'a1',
          versionId: 'v2',
          version: 2,
          acceptedAt: '2026-04-02T09:00:00.000Z',
          validUntil: '2027-04-02',
        }),
      );
      const { el, stable, stepHeading } = await setup();
      expect(stepHeading()).toContain('Stap 1 van 4');
      buttonByText(el, 'Volgende').click();
      await stable();
      buttonByText(el, 'Volgende').click();
      await stable();
      expect(stepHeading()).toContain('Stap 3 van 4: Toestemming');
      buttonByText(el, 'Volgende').click();
      await stable();

      expect(stepHeading()).toContain('Stap 4 van 4: Overeenkomst');
      const text = el.querySelector('.agreement-text') as HTMLElement;
      expect(text.querySelector('h3')?.textContent).toContain(
        'Deelnemersovereenkomst 2026',
      );
      expect(text.querySelector('h4')?.textContent).toContain('Afspraken');
      expect(text.querySelector('strong')?.textContent).toBe('vrijwillig');
      expect(text.querySelector('li')?.textContent).toContain(
        'Je mag altijd stoppen',
      );
      expect(api.joinPool).not.toHaveBeenCalled();

      buttonByText(el, 'Ik ga akkoord').click();
      await stable();

      expect(api.joinPool).toHaveBeenCalledTimes(1);
      expect(api.acceptAgreement).toHaveBeenCalledWith('v2', 'hash-v2');
      expect(el.textContent).toContain('Welkom in de participantenpool!');
      expect(el.querySelector('.agreement')?.textContent).toContain(
        'Je bent akkoord met versie 2',
      );
      expect(el.querySelector('.agreement')?.textContent).toContain(
        'Geldig tot en met 2 apr 2027',
      );
    });

    it('retries only the acceptance when joining worked but accepting failed', async () => {
      api.myParticipation.mockReturnValue(of(null));
      api.joinPool.mockReturnValue(of(participation()));
      api.acceptAgreement.mockReturnValueOnce(
        throwError(
          () =>
            new ApiError(
              'CONFLICT',
              'De tekst is gewijzigd.',
              'AGREEMENT_TEXT_DIFFERS',
            ),
        ),
      );
      const { el, stable } = await setup();
      for (let i = 0; i < 3; i++) {
        buttonByText(el, 'Volgende').click();
        await stable();
      }
      buttonByText(el, 'Ik ga akkoord').click();
      await stable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain(
        'De tekst is gewijzigd.',
      );

      api.acceptAgreement.mockReturnValue(
        of({
          id: 'a1',
          versionId: 'v2',
          version: 2,
          acceptedAt: '2026-04-02T09:00:00.000Z',
          validUntil: '2027-04-02',
        }),
      );
      api.myParticipation.mockReturnValue(of(participation()));
      buttonByText(el, 'Ik ga akkoord').click();
      await stable();
      expect(api.joinPool).toHaveBeenCalledTimes(1);
      expect(api.acceptAgreement).toHaveBeenCalledTimes(2);
      expect(el.textContent).toContain('Mijn profiel');
    });

    it('asks a participant to accept a new version and says until when the old one holds', async () => {
      api.myParticipation.mockReturnValue(
        of(
          participation({
            agreement: {
              acceptedVersionId: 'v1',
              acceptedVersion: 1,
              acceptedAt: '2025-05-01T09:00:00.000Z',
              validUntil: '2026-05-01',
              currentVersion: 2,
              needsAcceptance: true,
              previousVersionValidUntil: '2026-06-30',
              valid: true,
            },
          }),
        ),
      );
      api.acceptAgreement.mockReturnValue(
        of({
          id: 'a2',
          versionId: 'v2',
          version: 2,
          acceptedAt: '2026-04-02T09:00:00.000Z',
          validUntil: '2027-04-02',
        }),
      );
      const { el, stable } = await setup();
      const card = () => el.querySelector('.agreement') as HTMLElement;
      expect(card().textContent).toContain('Je bent akkoord met versie 1');
      expect(card().querySelector('[role="status"]')?.textContent).toContain(
        'Er is een nieuwe versie van de overeenkomst (versie 2)',
      );
      expect(card().textContent).toContain(
        'Je akkoord met de vorige versie blijft geldig tot en met 30 jun 2026',
      );

      api.myParticipation.mockReturnValue(
        of(
          participation({
            agreement: {
              acceptedVersionId: 'v1',
              acceptedVersion: 2,
              acceptedAt: '2026-04-02T09:00:00.000Z',
              validUntil: '2027-04-02',
              currentVersion: 2,
              needsAcceptance: false,
              previousVersionValidUntil: null,
              valid: true,
            },
          }),
        ),
      );
      buttonByText(card(), 'Ik ga akkoord').click();
      await stable();
      expect(api.acceptAgreement).toHaveBeenCalledWith('v2', 'hash-v2');
      expect(card().textContent).toContain(
        'Je bent akkoord met versie 2. De overeenkomst geldt tot en met 2 apr 2027.',
      );
      // The accept button is gone; only the download of the accepted text remains.
      const buttons = Array.from(card().querySelectorAll('button')).map((b) =>
        b.textContent?.trim(),
      );
      expect(buttons).toEqual(['Download de aanvaarde tekst (PDF)']);
    });
  });
});
