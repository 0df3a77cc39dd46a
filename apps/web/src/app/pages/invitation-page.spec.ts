import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  Router,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { AcceptInvitationDocument, InvitationDocument } from '@inspraak/shared';
import { ApiError, GraphqlClient, SessionService } from '@inspraak/web-core';
import { of, throwError, type Observable } from 'rxjs';
import { InvitationPage, type InvitationDetails } from './invitation-page';

const VIEWER = {
  userId: 'u9',
  email: 'nieuw@zorg.nl',
  displayName: 'Noor Nieuw',
  roles: ['MEDEWERKER'],
  organisation: { id: 'o1', name: 'Zorggroep Oost' },
  organisations: [{ id: 'o1', name: 'Zorggroep Oost', roles: ['MEDEWERKER'] }],
  signInMethod: 'PASSWORD',
};

describe('InvitationPage', () => {
  const replaceViewer = jest.fn();
  let invitation: Observable<unknown>;
  let accept: Observable<unknown>;
  const request = jest.fn((document: unknown) => {
    if (document === InvitationDocument) return invitation;
    if (document === AcceptInvitationDocument) return accept;
    throw new Error('unexpected request');
  });

  function details(extra: Partial<InvitationDetails> = {}) {
    return of({
      invitation: {
        organisationName: 'Zorggroep Oost',
        displayName: 'Noor Nieuw',
        email: 'nieuw@zorg.nl',
        expired: false,
        used: false,
        passwordExists: false,
        singleSignOnRequired: false,
        ...extra,
      },
    });
  }

  beforeEach(() => {
    localStorage.clear();
    request.mockClear();
    replaceViewer.mockReset();
    invitation = details();
    accept = of({ acceptInvitation: VIEWER });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        { provide: SessionService, useValue: { replaceViewer } },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { paramMap: convertToParamMap({ token: 'inv-1' }) },
          },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(InvitationPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const choose = async (password: string, repeat = password) => {
      for (const [selector, value] of [
        ['#invite-password', password],
        ['#invite-repeat', repeat],
      ]) {
        const input = el.querySelector<HTMLInputElement>(selector);
        if (!input) throw new Error(`no ${selector}`);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { el, choose };
  }

  it('says who is invited by which organisation, with the policy', async () => {
    const { el } = await setup();
    expect(request).toHaveBeenCalledWith(
      InvitationDocument,
      { token: 'inv-1' },
      { redirectOnUnauthenticated: false },
    );
    expect(el.textContent).toContain('Zorggroep Oost nodigt je uit');
    expect(el.querySelector('dl')?.textContent).toContain('Noor Nieuw');
    expect(el.querySelector('dl')?.textContent).toContain('nieuw@zorg.nl');
    expect(el.querySelector('#invite-policy')?.textContent).toContain(
      'minstens 12 tekens',
    );
  });

  it('accepts with the chosen password, signs in and goes to the start page', async () => {
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const { choose } = await setup();
    await choose('paard batterij nietje correct');
    expect(request).toHaveBeenCalledWith(
      AcceptInvitationDocument,
      { input: { token: 'inv-1', password: 'paard batterij nietje correct' } },
      { redirectOnUnauthenticated: false },
    );
    expect(replaceViewer).toHaveBeenCalledWith(VIEWER);
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('shows a refused password at the field', async () => {
    const message = 'Gebruik je naam of e-mailadres niet in je wachtwoord.';
    accept = throwError(
      () =>
        new ApiError('BAD_USER_INPUT', message, 'PASSWORD_PERSONAL', [
          { field: 'password', message },
        ]),
    );
    const { el, choose } = await setup();
    await choose('noornieuw-zorg-2026');
    expect(el.querySelector('#invite-password-error')?.textContent).toContain(
      message,
    );
    expect(replaceViewer).not.toHaveBeenCalled();
  });

  it('refuses two different passwords without asking the API', async () => {
    const { el, choose } = await setup();
    await choose('paard batterij nietje correct', 'paard batterij nietje');
    expect(request).not.toHaveBeenCalledWith(
      AcceptInvitationDocument,
      expect.anything(),
      expect.anything(),
    );
    expect(el.querySelector('#invite-repeat-error')?.textContent).toContain(
      'niet gelijk',
    );
  });

  it('asks someone who already has an account for that password instead of a new one', async () => {
    invitation = details({ passwordExists: true });
    const message = 'Niet je huidige wachtwoord.';
    accept = throwError(
      () =>
        new ApiError('BAD_USER_INPUT', message, 'PASSWORD_INCORRECT', [
          { field: 'password', message },
        ]),
    );
    const fixture = TestBed.createComponent(InvitationPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Je hebt al een Inspraak-account');
    expect(el.querySelector('#invite-repeat')).toBeNull();
    const input = el.querySelector<HTMLInputElement>('#invite-existing');
    expect(input?.getAttribute('autocomplete')).toBe('current-password');
    if (!input) throw new Error('no password field');
    input.value = 'Mijn-oude-wachtwoord-1';
    input.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(
      AcceptInvitationDocument,
      { input: { token: 'inv-1', password: 'Mijn-oude-wachtwoord-1' } },
      { redirectOnUnauthenticated: false },
    );
    expect(el.querySelector('#invite-existing-error')?.textContent).toContain(
      message,
    );
  });

  it('explains an expired invitation instead of the form', async () => {
    invitation = details({ expired: true });
    const { el } = await setup();
    expect(
      el.querySelector('[data-testid="invitation-expired"]')?.textContent,
    ).toContain('Deze uitnodiging is verlopen');
    expect(el.querySelector('form')).toBeNull();
  });

  it('explains a used invitation and links to the login', async () => {
    invitation = details({ used: true });
    const { el } = await setup();
    expect(
      el.querySelector('[data-testid="invitation-used"]')?.textContent,
    ).toContain('al gebruikt');
    expect(el.querySelector('a[href="/login"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('sends someone whose organisation signs in only through its own provider to the login page', async () => {
    invitation = details({ singleSignOnRequired: true });
    const { el } = await setup();
    expect(
      el.querySelector('[data-testid="invitation-sso"]')?.textContent,
    ).toContain('Inloggen via je organisatie');
    expect(el.querySelector('a[href="/login"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('explains an unknown link', async () => {
    invitation = throwError(
      () => new ApiError('NOT_FOUND', 'Niet gevonden.', null),
    );
    const { el } = await setup();
    expect(
      el.querySelector('[data-testid="invitation-error"]')?.textContent,
    ).toContain('Deze uitnodigingslink is niet geldig');
  });
});
