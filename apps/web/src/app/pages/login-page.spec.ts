import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiError, I18nService, SessionService } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { LoginPage, safeReturnUrl } from './login-page';

describe('LoginPage', () => {
  const login = jest.fn();

  beforeEach(() => {
    localStorage.clear();
    login.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SessionService, useValue: { login } },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLFormElement>('form')?.dispatchEvent(
        new Event('submit'),
      );
      await fixture.whenStable();
    };
    return { fixture, el, type, submit };
  }

  it('says in one line what the product is, in Dutch and English', async () => {
    const { fixture, el } = await setup();
    expect(el.querySelector('.tagline')?.textContent).toContain(
      'medezeggenschap',
    );
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.querySelector('.tagline')?.textContent).toContain(
      'works council',
    );
  });

  it('shows the server message when the password is wrong', async () => {
    login.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'UNAUTHENTICATED',
            'Onjuist e-mailadres of wachtwoord.',
            'INVALID_CREDENTIALS',
          ),
      ),
    );
    const { fixture, el, type, submit } = await setup();
    type('#login-email', 'adviseur@demo.inspraak.nl');
    type('#login-password', 'fout');
    await submit();

    expect(login).toHaveBeenCalledWith('adviseur@demo.inspraak.nl', 'fout');
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Onjuist e-mailadres of wachtwoord.');
    expect(el.querySelector<HTMLInputElement>('#login-password')?.value).toBe(
      '',
    );
    // The emptied password is not marked wrong: the message says it once.
    const password = el.querySelector<HTMLInputElement>('#login-password')!;
    expect(password.getAttribute('aria-invalid')).not.toBe('true');
    expect(el.querySelector('#login-password-error')?.textContent ?? '').toBe(
      '',
    );
    password.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(password.getAttribute('aria-invalid')).not.toBe('true');
    expect(el.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('explains empty fields next to them without calling the server', async () => {
    const { el, submit } = await setup();
    await submit();
    expect(login).not.toHaveBeenCalled();
    expect(el.querySelector('#login-email-error')?.textContent).toContain(
      'Vul je e-mailadres in.',
    );
    expect(el.querySelector('#login-email')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(el.querySelector('#login-password-error')?.textContent).toContain(
      'Vul je wachtwoord in.',
    );
  });

  it('goes to the page the user came for after logging in', async () => {
    login.mockReturnValue(of({}));
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const { type, submit } = await setup();
    type('#login-email', 'hr@demo.inspraak.nl');
    type('#login-password', 'Inspraak-demo-2026!');
    await submit();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('offers the language switch and follows it', async () => {
    const { el, fixture } = await setup();
    const english = el.querySelector<HTMLButtonElement>('button[lang="en"]');
    english?.click();
    await fixture.whenStable();
    expect(TestBed.inject(I18nService).language()).toBe('en');
    expect(el.querySelector('h1')?.textContent).toContain('Log in to Inspraak');
    expect(english?.getAttribute('aria-pressed')).toBe('true');
  });

  it('links "Wachtwoord vergeten?" to the reset request', async () => {
    const { el } = await setup();
    const link = Array.from(el.querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === 'Wachtwoord vergeten?',
    );
    expect(link?.getAttribute('href')).toBe('/forgot-password');
  });

  it('shows why signing in through the organisation was refused, and refuses an empty work address', async () => {
    await TestBed.inject(Router).navigateByUrl('/?sso_error=NOT_IN_DIRECTORY');
    const { el, fixture } = await setup();
    expect(
      el.querySelector('[data-testid="sso-error"]')?.textContent,
    ).toContain('staat niet in het personeelsbestand');
    el.querySelectorAll<HTMLFormElement>('form')[1]?.dispatchEvent(
      new Event('submit'),
    );
    await fixture.whenStable();
    expect(el.querySelector('#sso-email')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('only returns to paths inside the app', () => {
    expect(safeReturnUrl('/directory/import')).toBe('/directory/import');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
