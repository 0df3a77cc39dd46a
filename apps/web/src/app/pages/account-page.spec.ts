import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ChangePasswordDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  MySessionsDocument,
} from '@inspraak/shared';
import {
  ApiError,
  GraphqlClient,
  SessionService,
  type Viewer,
} from '@inspraak/web-core';
import { of, throwError, type Observable } from 'rxjs';
import { AccountPage, type SessionInfo } from './account-page';

const VIEWER: Viewer = {
  userId: 'u1',
  email: 'medewerker@demo.inspraak.nl',
  displayName: 'Mo Medewerker',
  roles: ['MEDEWERKER'],
  organisation: { id: 'o1', name: 'Zorggroep Demo' },
  organisations: [
    { id: 'o1', name: 'Zorggroep Demo', roles: ['MEDEWERKER'] },
    { id: 'o2', name: 'Thuiszorg Noord', roles: ['MEDEWERKER', 'ADVISEUR'] },
  ],
  signInMethod: 'PASSWORD',
};

const SESSIONS: SessionInfo[] = [
  {
    id: 's1',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    createdAt: '2026-12-01T08:00:00.000Z',
    lastUsedAt: '2026-12-06T09:30:00.000Z',
    current: true,
    organisationName: 'Zorggroep Demo',
    signInMethod: 'PASSWORD',
  },
  {
    id: 's2',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    createdAt: '2026-11-20T18:00:00.000Z',
    lastUsedAt: '2026-12-05T21:00:00.000Z',
    current: false,
    organisationName: 'Thuiszorg Noord',
    signInMethod: 'OIDC',
  },
];

describe('AccountPage', () => {
  let responses: Map<unknown, () => Observable<unknown>>;
  const request = jest.fn((document: unknown) => {
    const respond = responses.get(document);
    if (!respond) throw new Error('unexpected request');
    return respond();
  });

  beforeEach(() => {
    localStorage.clear();
    request.mockClear();
    responses = new Map<unknown, () => Observable<unknown>>([
      [MySessionsDocument, () => of({ mySessions: SESSIONS })],
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        { provide: SessionService, useValue: { viewer: signal(VIEWER) } },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(AccountPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const changePassword = async (
      current: string,
      next: string,
      repeat = next,
    ) => {
      type('#account-current', current);
      type('#account-new-password', next);
      type('#account-new-repeat', repeat);
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    const click = async (button: HTMLElement | null | undefined) => {
      if (!button) throw new Error('no button');
      button.click();
      await fixture.whenStable();
    };
    return { el, fixture, changePassword, click };
  }

  const sessionItems = (el: HTMLElement) =>
    Array.from(el.querySelectorAll<HTMLElement>('[data-testid="session"]'));

  it('changes the password with the current one and says the other sessions were ended', async () => {
    responses.set(ChangePasswordDocument, () => of({ changePassword: true }));
    const { el, changePassword } = await setup();
    await changePassword(
      'Inspraak-demo-2026!',
      'paard batterij nietje correct',
    );
    expect(request).toHaveBeenCalledWith(
      ChangePasswordDocument,
      {
        input: {
          currentPassword: 'Inspraak-demo-2026!',
          newPassword: 'paard batterij nietje correct',
        },
      },
      { redirectOnUnauthenticated: false },
    );
    const status = el.querySelector(
      'section[aria-labelledby="password-heading"] [role="status"]',
    );
    expect(status?.textContent).toContain('Je wachtwoord is gewijzigd');
    expect(status?.textContent).toContain('andere sessies zijn beëindigd');
    expect(el.querySelector<HTMLInputElement>('#account-current')?.value).toBe(
      '',
    );
  });

  it('shows a wrong current password at its field', async () => {
    const message = 'Je huidige wachtwoord klopt niet.';
    responses.set(ChangePasswordDocument, () =>
      throwError(
        () =>
          new ApiError('BAD_USER_INPUT', message, 'WRONG_PASSWORD', [
            { field: 'currentPassword', message },
          ]),
      ),
    );
    const { el, changePassword } = await setup();
    await changePassword('fout', 'paard batterij nietje correct');
    expect(el.querySelector('#account-current-error')?.textContent).toContain(
      message,
    );
    expect(el.querySelector('#account-new-password-error')?.textContent).toBe(
      '',
    );
  });

  it('shows a refused new password at the new password field', async () => {
    const message = 'Dit wachtwoord is te makkelijk te raden.';
    responses.set(ChangePasswordDocument, () =>
      throwError(
        () =>
          new ApiError('BAD_USER_INPUT', message, 'PASSWORD_WEAK', [
            { field: 'newPassword', message },
          ]),
      ),
    );
    const { el, changePassword } = await setup();
    await changePassword('Inspraak-demo-2026!', 'aaaaaaaaaaaaaaa');
    expect(
      el.querySelector('#account-new-password-error')?.textContent,
    ).toContain(message);
    expect(el.querySelector('#account-current-error')?.textContent).toBe('');
  });

  it('lists the sessions in plain words and marks this one', async () => {
    const { el } = await setup();
    const [current, other] = sessionItems(el);
    expect(current.querySelector('h3')?.textContent).toContain(
      'Firefox op Linux',
    );
    expect(current.textContent).toContain('Deze sessie');
    expect(current.textContent).toContain('Zorggroep Demo');
    expect(current.textContent).toContain('wachtwoord');
    expect(current.querySelector('button')).toBeNull();
    expect(other.querySelector('h3')?.textContent).toContain(
      'Safari op iPhone',
    );
    expect(other.textContent).not.toContain('Deze sessie');
    expect(other.textContent).toContain('Thuiszorg Noord');
    expect(other.textContent).toContain('single sign-on');
    expect(other.textContent).toContain('2026');
  });

  it('ends another session', async () => {
    responses.set(EndSessionDocument, () => of({ endSession: true }));
    const { el, click } = await setup();
    const button = sessionItems(el)[1].querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe(
      'Sessie op Safari op iPhone beëindigen',
    );
    responses.set(MySessionsDocument, () => of({ mySessions: [SESSIONS[0]] }));
    await click(button);
    expect(request).toHaveBeenCalledWith(EndSessionDocument, { id: 's2' });
    expect(sessionItems(el)).toHaveLength(1);
    expect(el.textContent).toContain('De sessie is beëindigd.');
  });

  it('ends all other sessions after asking', async () => {
    responses.set(EndOtherSessionsDocument, () => of({ endOtherSessions: 1 }));
    const { el, click } = await setup();
    await click(el.querySelector<HTMLElement>('#end-other-sessions'));
    expect(request).not.toHaveBeenCalledWith(EndOtherSessionsDocument, {});
    const dialog = el.querySelector('dialog');
    expect(dialog?.textContent).toContain('Alle andere sessies beëindigen?');
    responses.set(MySessionsDocument, () => of({ mySessions: [SESSIONS[0]] }));
    await click(dialog?.querySelector<HTMLElement>('button.danger'));
    expect(request).toHaveBeenCalledWith(EndOtherSessionsDocument, {});
    expect(sessionItems(el)).toHaveLength(1);
    expect(el.textContent).toContain('Andere sessies beëindigd: 1.');
    expect(el.textContent).toContain('Je bent nergens anders ingelogd.');
  });

  it('lists the organisations one belongs to, with roles, marking the current one', async () => {
    const { el } = await setup();
    const items = Array.from(
      el.querySelectorAll<HTMLElement>('[data-testid="organisation"]'),
    );
    expect(items.map((i) => i.querySelector('strong')?.textContent)).toEqual([
      'Zorggroep Demo',
      'Thuiszorg Noord',
    ]);
    expect(items[0].textContent).toContain('huidige organisatie');
    expect(items[1].textContent).not.toContain('huidige organisatie');
    expect(items[1].textContent).toContain('Adviseur');
  });
});
