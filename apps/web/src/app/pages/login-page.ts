import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  I18nService,
  SessionService,
  TranslatePipe,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  describedBy,
} from '@inspraak/web-ui';
import { LanguageSwitch } from '../shell/language-switch';
import { reasonText } from './api-refusal';
import { AuthCard } from './auth-card';
import { FormSubmission } from './form-submission';

/** Only paths inside this app; never an absolute or protocol-relative URL. */
export function safeReturnUrl(value: string | null): string {
  return value &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/login')
    ? value
    : '/';
}

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    LanguageSwitch,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  protected readonly describedBy = describedBy;
  protected readonly submission = new FormSubmission();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });

  /** Single sign-on: the work address decides the organisation; the API sends the browser on to its provider. */
  protected readonly ssoForm = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  protected readonly ssoSubmitted = signal(false);
  /** A refused single sign-on comes back as `/login?sso_error=<CODE>`. */
  protected readonly ssoError = computed(() => {
    const code = this.route.snapshot.queryParamMap.get('sso_error');
    if (!code) return null;
    return (
      reasonText(this.i18n, 'sso.errors', code) ??
      this.i18n.translate('sso.errors.UNKNOWN')
    );
  });

  protected ssoFieldError(): string | null {
    return this.ssoForm.invalid &&
      showsErrors(this.ssoForm.controls.email, this.ssoSubmitted())
      ? this.i18n.translate('sso.emailInvalid')
      : null;
  }

  protected startSso(): void {
    this.ssoSubmitted.set(true);
    if (this.ssoForm.invalid) {
      this.document.getElementById('sso-email')?.focus();
      return;
    }
    this.document.location.assign(
      `/auth/oidc/start?email=${encodeURIComponent(this.ssoForm.controls.email.value.trim())}`,
    );
  }

  protected fieldError(name: 'email' | 'password'): string | null {
    const control = this.form.controls[name];
    if (!control.errors || !showsErrors(control, this.submission.submitted()))
      return null;
    if (name === 'password')
      return this.i18n.translate('login.passwordRequired');
    return control.errors['required']
      ? this.i18n.translate('login.emailRequired')
      : this.i18n.translate('login.emailInvalid');
  }

  protected submit(): void {
    const ready = this.submission.begin(this.form, () => {
      const first = this.form.controls.email.invalid
        ? 'login-email'
        : 'login-password';
      this.document.getElementById(first)?.focus();
    });
    if (!ready) return;
    const { email, password } = this.form.getRawValue();
    this.submission.send(this.session.login(email.trim(), password), {
      next: () =>
        void this.router.navigateByUrl(
          safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')),
        ),
      error: (e) => {
        this.submission.error.set(this.i18n.errorMessage(e));
        // The message says what went wrong, once; the emptied password is not a second error.
        this.form.controls.password.reset();
        this.submission.submitted.set(false);
        this.document.getElementById('login-password')?.focus();
      },
    });
  }
}
