import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RequestPasswordResetDocument } from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  TranslatePipe,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  describedBy,
} from '@inspraak/web-ui';
import { refusalText } from './api-refusal';
import { AuthCard } from './auth-card';
import { FormSubmission } from './form-submission';

/**
 * "Wachtwoord vergeten" (public): asks for a reset link by e-mail. The answer
 * is the same whether or not the address is known, so the page cannot be used
 * to find out who has an account; only too many attempts are told apart.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-auth-card [heading]="'account.forgot.heading' | translate">
      <div aria-live="polite">
        @if (sent()) {
          <isp-alert kind="success" data-testid="reset-requested">{{
            'account.forgot.sent' | translate
          }}</isp-alert>
        }
      </div>
      <div aria-live="assertive">
        @if (submission.error(); as message) {
          <isp-alert kind="error">{{ message }}</isp-alert>
        }
      </div>
      @if (!sent()) {
        <p class="muted">{{ 'account.forgot.intro' | translate }}</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <isp-form-field
            fieldId="forgot-email"
            [label]="'account.forgot.email' | translate"
            [error]="emailError()"
          >
            <input
              id="forgot-email"
              type="email"
              formControlName="email"
              autocomplete="username"
              inputmode="email"
              required
              [attr.aria-invalid]="!!emailError()"
              [attr.aria-describedby]="describedBy('forgot-email')"
            />
          </isp-form-field>
          <button
            type="submit"
            class="button full"
            [disabled]="submission.busy()"
          >
            {{
              (submission.busy()
                ? 'account.forgot.submitting'
                : 'account.forgot.submit'
              ) | translate
            }}
          </button>
        </form>
      }
      <p class="card-end">
        <a routerLink="/login">{{ 'account.backToLogin' | translate }}</a>
      </p>
    </app-auth-card>
  `,
})
export class ForgotPasswordPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly describedBy = describedBy;
  protected readonly submission = new FormSubmission();
  protected readonly sent = signal(false);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });

  protected emailError(): string | null {
    const control = this.form.controls.email;
    if (!control.errors || !showsErrors(control, this.submission.submitted()))
      return null;
    return this.i18n.translate(
      control.errors['required'] ? 'login.emailRequired' : 'login.emailInvalid',
    );
  }

  protected submit(): void {
    const ready = this.submission.begin(this.form, () =>
      this.document.getElementById('forgot-email')?.focus(),
    );
    if (!ready) return;
    this.submission.send(
      this.graphql.request(
        RequestPasswordResetDocument,
        { email: this.form.controls.email.value.trim() },
        { redirectOnUnauthenticated: false },
      ),
      {
        // Known or not, the answer is the same.
        next: () => this.sent.set(true),
        error: (e) =>
          this.submission.error.set(
            refusalText(this.i18n, e, {
              TOO_MANY_REQUESTS: 'account.forgot.tooMany',
            }),
          ),
      },
    );
  }
}
