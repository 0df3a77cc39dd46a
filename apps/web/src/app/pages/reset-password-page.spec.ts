import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { ResetPasswordDocument } from '@inspraak/shared';
import { ApiError, GraphqlClient } from '@inspraak/web-core';
import { of, throwError, type Observable } from 'rxjs';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  const request = jest.fn<Observable<unknown>, unknown[]>();

  beforeEach(() => {
    localStorage.clear();
    request.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { paramMap: convertToParamMap({ token: 'tok-1' }) },
          },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { el, type, submit };
  }

  it('states the policy before the fields', async () => {
    const { el } = await setup();
    const policy = el.querySelector('#reset-policy')?.textContent ?? '';
    expect(policy).toContain('minstens 12 tekens');
    expect(policy).toContain('veelgebruikt of eerder uitgelekt');
    expect(policy).toContain('niet je naam of e-mailadres');
    expect(
      el.querySelector('#reset-password')?.getAttribute('aria-describedby'),
    ).toContain('reset-policy');
  });

  it('sends the token and the new password, then offers to log in', async () => {
    request.mockReturnValue(of({ resetPassword: true }));
    const { el, type, submit } = await setup();
    type('#reset-password', 'paard batterij nietje correct');
    type('#reset-repeat', 'paard batterij nietje correct');
    await submit();
    expect(request).toHaveBeenCalledWith(
      ResetPasswordDocument,
      {
        input: { token: 'tok-1', newPassword: 'paard batterij nietje correct' },
      },
      { redirectOnUnauthenticated: false },
    );
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Je nieuwe wachtwoord is opgeslagen',
    );
    expect(el.querySelector('#reset-to-login')?.getAttribute('href')).toBe(
      '/login',
    );
  });

  it('refuses two different or too short passwords at their fields without asking the API', async () => {
    const { el, type, submit } = await setup();
    type('#reset-password', 'kort');
    type('#reset-repeat', 'anders');
    await submit();
    expect(request).not.toHaveBeenCalled();
    expect(el.querySelector('#reset-password-error')?.textContent).toContain(
      'minstens 12 tekens',
    );
    expect(el.querySelector('#reset-repeat-error')?.textContent).toContain(
      'niet gelijk',
    );
  });

  it.each([
    [
      'PASSWORD_COMMON',
      'Dit wachtwoord komt voor in lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies een ander.',
    ],
    [
      'PASSWORD_PERSONAL',
      'Gebruik je naam of e-mailadres niet in je wachtwoord.',
    ],
    ['PASSWORD_WEAK', 'Dit wachtwoord is te makkelijk te raden.'],
    ['PASSWORD_TOO_SHORT', 'Kies een wachtwoord van minstens 12 tekens.'],
  ])('shows the refusal %s at the password field', async (reason, message) => {
    request.mockReturnValue(
      throwError(
        () =>
          new ApiError('BAD_USER_INPUT', message, reason, [
            { field: 'password', message },
          ]),
      ),
    );
    const { el, type, submit } = await setup();
    type('#reset-password', 'wachtwoord12345');
    type('#reset-repeat', 'wachtwoord12345');
    await submit();
    expect(el.querySelector('#reset-password-error')?.textContent).toContain(
      message,
    );
    expect(
      el.querySelector('#reset-password')?.getAttribute('aria-invalid'),
    ).toBe('true');
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it.each([
    ['RESET_LINK_EXPIRED', 'Deze link is verlopen'],
    ['RESET_LINK_USED', 'Deze link is al gebruikt'],
    ['RESET_LINK_INVALID', 'Deze link is niet (meer) geldig'],
  ])(
    'explains %s in an alert with a way to ask again',
    async (reason, text) => {
      request.mockReturnValue(
        throwError(() => new ApiError('BAD_USER_INPUT', 'x', reason)),
      );
      const { el, type, submit } = await setup();
      type('#reset-password', 'paard batterij nietje correct');
      type('#reset-repeat', 'paard batterij nietje correct');
      await submit();
      const alert = el.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain(text);
      expect(alert?.querySelector('a')?.getAttribute('href')).toBe(
        '/forgot-password',
      );
      expect(el.querySelector('form')).toBeNull();
    },
  );
});
