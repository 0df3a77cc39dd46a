import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { I18nService, TranslatePipe, isApiError } from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  TagInputComponent,
  describedBy,
  type AlertKind,
} from '@inspraak/web-ui';
import { startWith } from 'rxjs';
import {
  AccountsApi,
  type OrganisationSettings,
  type SingleSignOnInput,
  type SingleSignOnSettings,
} from '../data-access/accounts-api';

export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 200;
export const IDLE_TIMEOUT_MIN = 5;
export const IDLE_TIMEOUT_MAX = 1440;
/** The API reads a secret only from variables named like this. */
export const SECRET_ENV_PATTERN = /^SSO_CLIENT_SECRET_[A-Z0-9_]{1,80}$/;
const DOMAIN_PATTERN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The first entry that is not an e-mail domain, or null. */
export function invalidDomain(domains: readonly string[]): string | null {
  return domains.find((d) => !DOMAIN_PATTERN.test(d)) ?? null;
}

/** https, or http on this machine (a local identity provider in development and tests). */
export function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return (
      url.protocol === 'http:' &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    );
  } catch {
    return false;
  }
}

function domainsValidator(control: AbstractControl): ValidationErrors | null {
  const bad = invalidDomain((control.value as string[] | null) ?? []);
  return bad ? { domain: bad } : null;
}

interface Message {
  kind: AlertKind;
  text: string;
}

@Component({
  selector: 'isp-organisation-settings-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    TagInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-settings-page.html',
  styleUrl: './organisation-settings-page.scss',
})
export class OrganisationSettingsPageComponent {
  private readonly api = inject(AccountsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);

  protected readonly describedBy = describedBy;
  protected readonly idleMin = IDLE_TIMEOUT_MIN;
  protected readonly idleMax = IDLE_TIMEOUT_MAX;
  protected readonly lowerCase = (value: string) => value.toLowerCase();
  private readonly defaultRedirectUri = `${this.document.defaultView?.location.origin ?? ''}/auth/oidc/callback`;

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(NAME_MIN_LENGTH),
        Validators.maxLength(NAME_MAX_LENGTH),
      ],
    }),
    emailDomains: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [domainsValidator],
    }),
    passwordLoginAllowed: new FormControl(true, { nonNullable: true }),
    idleTimeoutMinutes: new FormControl<number | null>(null, {
      validators: [
        Validators.required,
        Validators.min(IDLE_TIMEOUT_MIN),
        Validators.max(IDLE_TIMEOUT_MAX),
        Validators.pattern(/^\d+$/),
      ],
    }),
  });

  protected readonly ssoForm = new FormGroup({
    enabled: new FormControl(false, { nonNullable: true }),
    issuer: new FormControl('', { nonNullable: true }),
    clientId: new FormControl('', { nonNullable: true }),
    /** Write-only: never filled from the API, sent only when typed. */
    clientSecret: new FormControl('', { nonNullable: true }),
    /** The name of a server environment variable holding the secret (not secret itself). */
    clientSecretFromEnvironment: new FormControl('', { nonNullable: true }),
    createAccounts: new FormControl(false, { nonNullable: true }),
  });

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly ssoSubmitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly ssoSaving = signal(false);
  protected readonly message = signal<Message | null>(null);
  protected readonly ssoMessage = signal<Message | null>(null);
  protected readonly sso = signal<SingleSignOnSettings | null>(null);
  /** Messages the API gave per field on the last save. */
  private readonly serverErrors = signal<Record<string, string>>({});
  private readonly ssoServerErrors = signal<Record<string, string>>({});

  // Re-evaluate the error texts whenever a value or the language changes.
  private readonly formState = toSignal(
    this.form.valueChanges.pipe(startWith(null)),
  );
  private readonly ssoState = toSignal(
    this.ssoForm.valueChanges.pipe(startWith(null)),
  );

  protected readonly secretStatus = computed(() => {
    this.i18n.language();
    const sso = this.sso();
    if (sso?.clientSecretFromEnvironment)
      return this.i18n.translate('accounts.settings.secretFromEnvironment', {
        name: sso.clientSecretFromEnvironment,
      });
    return this.i18n.translate(
      sso?.hasClientSecret
        ? 'accounts.settings.secretSet'
        : 'accounts.settings.secretMissing',
    );
  });
  protected readonly redirectUri = computed(
    () => this.sso()?.redirectUri || this.defaultRedirectUri,
  );

  protected readonly errors = computed(() => {
    this.formState();
    this.i18n.language();
    const show = this.submitted();
    const c = this.form.controls;
    const server = this.serverErrors();
    const t = this.i18n;
    const name = c.name.errors;
    const domain = c.emailDomains.errors?.['domain'] as string | undefined;
    const idle = c.idleTimeoutMinutes.errors;
    return {
      name:
        show && name?.['required']
          ? t.translate('accounts.settings.nameRequired')
          : show && name?.['minlength']
            ? t.translate('accounts.settings.nameTooShort', {
                min: NAME_MIN_LENGTH,
              })
            : show && name?.['maxlength']
              ? t.translate('accounts.settings.nameTooLong', {
                  max: NAME_MAX_LENGTH,
                })
              : (server['name'] ?? null),
      emailDomains: domain
        ? t.translate('accounts.settings.domainInvalid', { value: domain })
        : (server['emailDomains'] ?? null),
      idleTimeoutMinutes:
        show && idle
          ? t.translate('accounts.settings.idleTimeoutInvalid', {
              min: IDLE_TIMEOUT_MIN,
              max: IDLE_TIMEOUT_MAX,
            })
          : (server['idleTimeoutMinutes'] ?? null),
      passwordLoginAllowed: server['passwordLoginAllowed'] ?? null,
    };
  });

  protected readonly ssoErrors = computed(() => {
    this.ssoState();
    this.sso();
    this.i18n.language();
    const show = this.ssoSubmitted();
    const v = this.ssoForm.getRawValue();
    const server = this.ssoServerErrors();
    const t = this.i18n;
    const issuer = v.issuer.trim();
    const envName = v.clientSecretFromEnvironment.trim();
    const envChanged =
      !!envName && envName !== (this.sso()?.clientSecretFromEnvironment ?? '');
    return {
      issuer:
        show && !issuer
          ? t.translate('accounts.settings.issuerRequired')
          : show && !isIssuerUrl(issuer)
            ? t.translate('accounts.settings.issuerInvalid')
            : (server['issuer'] ?? null),
      clientId:
        show && !v.clientId.trim()
          ? t.translate('accounts.settings.clientIdRequired')
          : (server['clientId'] ?? null),
      clientSecret:
        show && v.clientSecret && envChanged
          ? t.translate('accounts.settings.secretTwice')
          : show &&
              v.enabled &&
              !v.clientSecret &&
              !envName &&
              !this.hasSecret()
            ? t.translate('accounts.settings.secretRequired')
            : (server['clientSecret'] ?? null),
      clientSecretFromEnvironment:
        show && envChanged && !SECRET_ENV_PATTERN.test(envName)
          ? t.translate('accounts.settings.secretEnvInvalid')
          : (server['clientSecretFromEnvironment'] ?? null),
    };
  });

  constructor() {
    this.api
      .organisationSettings()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settings) => {
          this.fill(settings);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.loadError.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
    this.api
      .singleSignOnSettings()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (sso) => this.fillSso(sso),
        error: (e: unknown) =>
          this.ssoMessage.set({
            kind: 'error',
            text: this.i18n.errorMessage(e),
          }),
      });
  }

  protected save(): void {
    this.submitted.set(true);
    this.message.set(null);
    this.serverErrors.set({});
    if (this.form.invalid) {
      this.focusFirstError(this.errors(), {
        name: 'org-name',
        emailDomains: 'org-domains',
        idleTimeoutMinutes: 'org-idle',
      });
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .updateOrganisationSettings({
        name: v.name.trim(),
        emailDomains: v.emailDomains,
        passwordLoginAllowed: v.passwordLoginAllowed,
        idleTimeoutMinutes: Number(v.idleTimeoutMinutes),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settings) => {
          this.saving.set(false);
          this.submitted.set(false);
          this.fill(settings);
          this.message.set({
            kind: 'success',
            text: this.i18n.translate('accounts.settings.saved'),
          });
        },
        error: (e: unknown) => {
          this.saving.set(false);
          this.serverErrors.set(fieldErrors(e));
          this.message.set({ kind: 'error', text: this.i18n.errorMessage(e) });
        },
      });
  }

  protected saveSso(): void {
    this.ssoSubmitted.set(true);
    this.ssoMessage.set(null);
    this.ssoServerErrors.set({});
    const errors = this.ssoErrors();
    if (
      errors.issuer ||
      errors.clientId ||
      errors.clientSecret ||
      errors.clientSecretFromEnvironment
    ) {
      this.focusFirstError(errors, {
        issuer: 'sso-issuer',
        clientId: 'sso-client-id',
        clientSecret: 'sso-client-secret',
        clientSecretFromEnvironment: 'sso-client-secret-env',
      });
      return;
    }
    const v = this.ssoForm.getRawValue();
    const input: SingleSignOnInput = {
      enabled: v.enabled,
      issuer: v.issuer.trim(),
      clientId: v.clientId.trim(),
      createAccounts: v.createAccounts,
    };
    const envName = v.clientSecretFromEnvironment.trim();
    if (v.clientSecret) input.clientSecret = v.clientSecret;
    else if (
      envName &&
      envName !== (this.sso()?.clientSecretFromEnvironment ?? '')
    )
      input.clientSecretFromEnvironment = envName;
    this.ssoSaving.set(true);
    this.api
      .updateSingleSignOn(input)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (sso) => {
          this.ssoSaving.set(false);
          this.ssoSubmitted.set(false);
          this.fillSso(sso);
          this.ssoMessage.set({
            kind: 'success',
            text: this.i18n.translate('accounts.settings.ssoSaved'),
          });
        },
        error: (e: unknown) => {
          this.ssoSaving.set(false);
          this.ssoServerErrors.set(fieldErrors(e));
          this.ssoMessage.set({
            kind: 'error',
            text: this.i18n.errorMessage(e),
          });
        },
      });
  }

  private hasSecret(): boolean {
    const sso = this.sso();
    return !!sso && (sso.hasClientSecret || !!sso.clientSecretFromEnvironment);
  }

  private fill(settings: OrganisationSettings): void {
    this.form.setValue({
      name: settings.name,
      emailDomains: [...settings.emailDomains],
      passwordLoginAllowed: settings.passwordLoginAllowed,
      idleTimeoutMinutes: settings.idleTimeoutMinutes,
    });
  }

  private fillSso(sso: SingleSignOnSettings | null): void {
    this.sso.set(sso);
    this.ssoForm.setValue({
      enabled: sso?.enabled ?? false,
      issuer: sso?.issuer ?? '',
      clientId: sso?.clientId ?? '',
      clientSecret: '',
      clientSecretFromEnvironment: sso?.clientSecretFromEnvironment ?? '',
      createAccounts: sso?.createAccounts ?? false,
    });
  }

  private focusFirstError(
    errors: Record<string, string | null>,
    ids: Record<string, string>,
  ): void {
    const first = Object.keys(ids).find((field) => errors[field]);
    if (first) this.document.getElementById(ids[first])?.focus();
  }
}

function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(error.fields.map((f) => [f.field, f.message]));
}
