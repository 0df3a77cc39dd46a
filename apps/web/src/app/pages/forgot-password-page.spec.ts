import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RequestPasswordResetDocument } from '@inspraak/shared';
import { ApiError, GraphqlClient, I18nService } from '@inspraak/web-core';
import { of, throwError, type Observable } from 'rxjs';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  const request = jest.fn<Observable<unknown>, unknown[]>();

  beforeEach(() => {
    localStorage.clear();
    request.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
      ],
    });
  });

  async function requestFor(email: string) {
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector<HTMLInputElement>('#forgot-email');
    if (!input) throw new Error('no e-mail field');
    input.value = email;
    input.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    return { el, fixture };
  }

  it('asks for a reset link for the address typed', async () => {
    request.mockReturnValue(of({ requestPasswordReset: true }));
    const { el } = await requestFor('  medewerker@demo.inspraak.nl ');
    expect(request).toHaveBeenCalledWith(
      RequestPasswordResetDocument,
      { email: 'medewerker@demo.inspraak.nl' },
      { redirectOnUnauthenticated: false },
    );
    expect(
      el.querySelector('[data-testid="reset-requested"]')?.textContent,
    ).toContain(
      'Als dit adres bij ons bekend is, ontvang je binnen enkele minuten een e-mail',
    );
    expect(el.querySelector('form')).toBeNull();
  });

  it('answers the same whether or not the address is known', async () => {
    request.mockReturnValue(of({ requestPasswordReset: true }));
    const known = await requestFor('medewerker@demo.inspraak.nl');
    const knownText = known.el.textContent;
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
      ],
    });
    request.mockReturnValue(of({ requestPasswordReset: false }));
    const unknown = await requestFor('niemand@example.org');
    expect(unknown.el.textContent).toBe(knownText);
  });

  it('says clearly when there were too many attempts', async () => {
    request.mockReturnValue(
      throwError(
        () => new ApiError('TOO_MANY_REQUESTS', 'Te veel pogingen.', null),
      ),
    );
    const { el } = await requestFor('medewerker@demo.inspraak.nl');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Je hebt het te vaak achter elkaar geprobeerd',
    );
    expect(el.querySelector('[data-testid="reset-requested"]')).toBeNull();
    expect(el.querySelector('form')).not.toBeNull();
  });

  it('explains an invalid address at the field without asking the API', async () => {
    const { el } = await requestFor('geen-adres');
    expect(request).not.toHaveBeenCalled();
    expect(el.querySelector('#forgot-email-error')?.textContent).toContain(
      'Vul een geldig e-mailadres in',
    );
    expect(
      el.querySelector('#forgot-email')?.getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('says it in English too', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    request.mockReturnValue(of({ requestPasswordReset: true }));
    const { el } = await requestFor('medewerker@demo.inspraak.nl');
    expect(el.querySelector('h1')?.textContent).toContain('Forgot password');
    expect(
      el.querySelector('[data-testid="reset-requested"]')?.textContent,
    ).toContain('If we know this address, you will receive an e-mail');
  });
});
