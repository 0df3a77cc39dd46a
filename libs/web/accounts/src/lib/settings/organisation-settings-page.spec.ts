import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  AccountsApi,
  type OrganisationSettings,
  type SingleSignOnSettings,
} from '../data-access/accounts-api';
import {
  OrganisationSettingsPageComponent,
  invalidDomain,
  isIssuerUrl,
} from './organisation-settings-page';

const settings: OrganisationSettings = {
  name: 'Zorggroep Voorbeeld',
  emailDomains: ['demo.inspraak.nl'],
  passwordLoginAllowed: true,
  idleTimeoutMinutes: 120,
};
const sso: SingleSignOnSettings = {
  enabled: true,
  issuer: 'https://login.example.org',
  clientId: 'inspraak',
  hasClientSecret: true,
  clientSecretFromEnvironment: null,
  createAccounts: false,
  redirectUri: 'https://inspraak.example.org/auth/oidc/callback',
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
}

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('settings helpers', () => {
  it('recognises e-mail domains and issuer URLs', () => {
    expect(invalidDomain(['zorggroep.nl', 'mail.zorggroep.nl'])).toBeNull();
    expect(invalidDomain(['zorggroep.nl', 'geen domein'])).toBe('geen domein');
    expect(invalidDomain(['@zorggroep.nl'])).toBe('@zorggroep.nl');
    expect(isIssuerUrl('https://login.example.org/tenant/v2.0')).toBe(true);
    expect(isIssuerUrl('http://localhost:4010')).toBe(true);
    expect(isIssuerUrl('http://login.example.org')).toBe(false);
    expect(isIssuerUrl('login.example.org')).toBe(false);
  });
});

describe('OrganisationSettingsPageComponent', () => {
  const api = {
    organisationSettings: jest.fn(),
    updateOrganisationSettings: jest.fn(),
    singleSignOnSettings: jest.fn(),
    updateSingleSignOn: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.organisationSettings.mockReturnValue(of(settings));
    api.singleSignOnSettings.mockReturnValue(of(sso));
    TestBed.configureTestingModule({
      providers: [{ provide: AccountsApi, useValue: api }],
    });
  });

  async function open() {
    const fixture = TestBed.createComponent(OrganisationSettingsPageComponent);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the settings and saves the changes', async () => {
    api.updateOrganisationSettings.mockImplementation(
      (input: OrganisationSettings) => of(input),
    );
    const { fixture, el } = await open();
    expect(el.querySelector<HTMLInputElement>('#org-name')?.value).toBe(
      'Zorggroep Voorbeeld',
    );
    expect(el.querySelector('isp-tag-input')?.textContent).toContain(
      'demo.inspraak.nl',
    );
    expect(el.querySelector<HTMLInputElement>('#org-idle')?.value).toBe('120');

    type(el, '#org-name', 'Zorggroep Oost ');
    type(el, '#org-domains', 'ZorgOost.NL');
    el.querySelector<HTMLInputElement>('#org-domains')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter' }),
    );
    el.querySelector<HTMLInputElement>('#org-password-login')?.click();
    type(el, '#org-idle', '30');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);

    expect(api.updateOrganisationSettings).toHaveBeenCalledWith({
      name: 'Zorggroep Oost',
      emailDomains: ['demo.inspraak.nl', 'zorgoost.nl'],
      passwordLoginAllowed: false,
      idleTimeoutMinutes: 30,
    });
    expect(el.textContent).toContain('De instellingen zijn opgeslagen.');
  });

  it('checks the name, the domains and the idle timeout before saving', async () => {
    const { fixture, el } = await open();
    type(el, '#org-name', '');
    type(el, '#org-domains', 'geen domein');
    el.querySelector<HTMLInputElement>('#org-domains')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter' }),
    );
    type(el, '#org-idle', '2');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);

    expect(api.updateOrganisationSettings).not.toHaveBeenCalled();
    expect(el.querySelector('#org-name-error')?.textContent).toContain(
      'Vul de naam van de organisatie in.',
    );
    expect(el.querySelector('#org-domains-error')?.textContent).toContain(
      '"geen domein" is geen geldig domein',
    );
    expect(el.querySelector('#org-idle-error')?.textContent).toContain(
      'Vul een heel getal in tussen 5 en 1440.',
    );
    expect(el.querySelector('#org-name')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(document.activeElement?.id).toBe('org-name');
  });

  it('never fills in the client secret, keeps the stored one when left empty and sends a new one only when typed', async () => {
    api.updateSingleSignOn.mockReturnValue(of(sso));
    const { fixture, el } = await open();
    const secret = el.querySelector<HTMLInputElement>('#sso-client-secret');
    expect(secret?.value).toBe('');
    expect(secret?.type).toBe('password');
    expect(el.querySelector('#sso-client-secret-hint')?.textContent).toContain(
      'Er is een secret ingesteld',
    );
    expect(el.querySelector<HTMLInputElement>('#sso-issuer')?.value).toBe(
      'https://login.example.org',
    );
    expect(el.querySelector('.redirect')?.textContent).toContain(
      'https://inspraak.example.org/auth/oidc/callback',
    );

    const ssoForm = el.querySelectorAll('form')[1];
    ssoForm?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(api.updateSingleSignOn).toHaveBeenLastCalledWith({
      enabled: true,
      issuer: 'https://login.example.org',
      clientId: 'inspraak',
      createAccounts: false,
    });

    type(el, '#sso-client-secret', 's3cr3t-value');
    el.querySelector<HTMLInputElement>('#sso-create-accounts')?.click();
    ssoForm?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(api.updateSingleSignOn).toHaveBeenLastCalledWith({
      enabled: true,
      issuer: 'https://login.example.org',
      clientId: 'inspraak',
      clientSecret: 's3cr3t-value',
      createAccounts: true,
    });
    // After saving, the typed secret is gone from the page.
    expect(secret?.value).toBe('');
    expect(el.textContent).toContain(
      'De instellingen voor single sign-on zijn opgeslagen.',
    );
  });

  it('asks for issuer, client id and secret when single sign-on is turned on for the first time', async () => {
    api.singleSignOnSettings.mockReturnValue(of(null));
    const { fixture, el } = await open();
    expect(el.querySelector('#sso-client-secret-hint')?.textContent).toContain(
      'Er is nog geen secret ingesteld.',
    );
    el.querySelector<HTMLInputElement>('#sso-enabled')?.click();
    type(el, '#sso-issuer', 'http://login.example.org');
    el.querySelectorAll('form')[1]?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(api.updateSingleSignOn).not.toHaveBeenCalled();
    expect(el.querySelector('#sso-issuer-error')?.textContent).toContain(
      'Vul een volledige https-URL in.',
    );
    expect(el.querySelector('#sso-client-id-error')?.textContent).toContain(
      'Vul de client-ID in.',
    );
    expect(el.querySelector('#sso-client-secret-error')?.textContent).toContain(
      'Vul het client secret in, of de naam van een omgevingsvariabele',
    );
  });

  it('says the secret comes from an environment variable, keeps it when nothing is typed and shows the API field errors', async () => {
    api.singleSignOnSettings.mockReturnValue(
      of({
        ...sso,
        hasClientSecret: true,
        clientSecretFromEnvironment: 'SSO_CLIENT_SECRET_DEMO',
      }),
    );
    api.updateSingleSignOn.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'BAD_USER_INPUT',
            'De issuer is niet bereikbaar.',
            null,
            [{ field: 'issuer', message: 'De issuer is niet bereikbaar.' }],
          ),
      ),
    );
    const { fixture, el } = await open();
    expect(el.querySelector('#sso-client-secret-hint')?.textContent).toContain(
      'omgevingsvariabele SSO_CLIENT_SECRET_DEMO',
    );
    expect(
      el.querySelector<HTMLInputElement>('#sso-client-secret-env')?.value,
    ).toBe('SSO_CLIENT_SECRET_DEMO');
    const ssoForm = el.querySelectorAll('form')[1];
    ssoForm?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(api.updateSingleSignOn).toHaveBeenLastCalledWith({
      enabled: true,
      issuer: 'https://login.example.org',
      clientId: 'inspraak',
      createAccounts: false,
    });
    expect(el.querySelector('#sso-issuer-error')?.textContent).toContain(
      'De issuer is niet bereikbaar.',
    );

    // Another variable: only a well-formed name is sent.
    type(el, '#sso-client-secret-env', 'DATABASE_URL');
    ssoForm?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(
      el.querySelector('#sso-client-secret-env-error')?.textContent,
    ).toContain('SSO_CLIENT_SECRET_ORGANISATIE');
    expect(api.updateSingleSignOn).toHaveBeenCalledTimes(1);
    type(el, '#sso-client-secret-env', 'SSO_CLIENT_SECRET_OOST');
    ssoForm?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(api.updateSingleSignOn).toHaveBeenLastCalledWith(
      expect.objectContaining({
        clientSecretFromEnvironment: 'SSO_CLIENT_SECRET_OOST',
      }),
    );
  });
});
