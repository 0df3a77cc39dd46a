import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AcceptInvitationDocument,
  InvitationDocument,
  type InvitationQuery,
} from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  SessionService,
  TranslatePipe,
  isApiError,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  describedBy,
} from '@inspraak/web-ui';
import { refusalText } from './api-refusal';
import { AuthCard, focusAfterRender } from './auth-card';
import { FormSubmission } from './form-submission';
import {
  NewPasswordFields,
  newPasswordGroup,
  passwordProblem,
} from './new-password-fields';

export type InvitationDetails = InvitationQuery['invitation'];

/**
 * The link from an invitation e-mail (public): who is invited by which
 * organisation, and a password to choose (twice). Accepting signs the person
 * in; the app continues as them on the start page.
 */
@Component({
  selector: 'app-invitation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    NewPasswordFields,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-auth-card [heading]="'account.invitation.heading' | translate">
      @if (loading()) {
        <p role="status">{{ 'common.loading' | translate }}</p>
      } @else if (loadError(); as message) {
        <isp-alert kind="error" data-testid="invitation-error">{{
          message
        }}</isp-alert>
      } @else if (details(); as details) {
        @if (details.used) {
          <isp-alert kind="info" data-testid="invitation-used">{{
            'account.invitation.used' | translate
          }}</isp-alert>
          <p>
            <a class="button" routerLink="/login">{{
              'account.toLogin' | translate
            }}</a>
          </p>
        } @else if (details.expired) {
          <isp-alert kind="warning" data-testid="invitation-expired">{{
            'account.invitation.expired' | translate
          }}</isp-alert>
        } @else if (details.singleSignOnRequired) {
          <isp-alert kind="info" data-testid="invitation-sso">{{
            'account.invitation.singleSignOn'
              | translate: { organisation: details.organisationName }
          }}</isp-alert>
          <p>
            <a class="button" routerLink="/login">{{
              'account.toLogin' | translate
            }}</a>
          </p>
        } @else {
          <p>
            {{
              (details.passwordExists
                ? 'account.invitation.existingIntro'
                : 'account.invitation.intro'
              ) | translate: { organisation: details.organisationName }
            }}
          </p>
          <dl class="who">
            <dt>{{ 'account.invitation.name' | translate }}</dt>
            <dd>{{ details.displayName }}</dd>
            <dt>{{ 'account.invitation.email' | translate }}</dt>
            <dd>{{ details.email }}</dd>
            <dt>{{ 'account.invitation.organisation' | translate }}</dt>
            <dd>{{ details.organisationName }}</dd>
          </dl>
          <div aria-live="assertive">
            @if (submission.error(); as message) {
              <isp-alert kind="error">{{ message }}</isp-alert>
            }
          </div>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            @if (details.passwordExists) {
              <!-- Already an account elsewhere: the password it has proves it is them. -->
              <isp-form-field
                fieldId="invite-existing"
                [label]="'account.invitation.existingPassword' | translate"
                [error]="existingError()"
              >
                <input
                  id="invite-existing"
                  type="password"
                  formControlName="existing"
                  autocomplete="current-password"
                  required
                  [attr.aria-invalid]="!!existingError()"
                  [attr.aria-describedby]="describedBy('invite-existing')"
                />
              </isp-form-field>
            } @else {
              <app-new-password-fields
                [group]="form.controls.passwords"
                idPrefix="invite"
                kind="first"
                [submitted]="submission.submitted()"
                [serverError]="passwordError()"
              />
            }
            <button
              type="submit"
              class="button full"
              [disabled]="submission.busy()"
            >
              {{
                (submission.busy()
                  ? 'account.invitation.submitting'
                  : details.passwordExists
                    ? 'account.invitation.existingSubmit'
                    : 'account.invitation.submit'
                ) | translate
              }}
            </button>
          </form>
        }
      }
    </app-auth-card>
  `,
  styles: `
    .who {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.25rem 1rem;
      margin-block: 1rem;
    }
    .who dt {
      font-weight: 600;
    }
    .who dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class InvitationPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();
  private readonly token =
    inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly details = signal<InvitationDetails | null>(null);
  protected readonly submission = new FormSubmission();
  protected readonly passwordError = signal<string | null>(null);
  protected readonly describedBy = describedBy;
  protected readonly form = new FormGroup({
    passwords: newPasswordGroup(),
    existing: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });

  constructor() {
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.passwordError.set(null));
    this.load();
  }

  /** The invitation as it is now; an unknown link is explained, not "not found". */
  private load(): void {
    this.graphql
      .request(
        InvitationDocument,
        { token: this.token },
        { redirectOnUnauthenticated: false },
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ invitation }) => {
          this.details.set(invitation);
          this.loadError.set(null);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.loadError.set(
            refusalText(this.i18n, e, {
              NOT_FOUND: 'account.invitation.invalid',
              BAD_USER_INPUT: 'account.invitation.invalid',
            }),
          );
          this.loading.set(false);
        },
      });
  }

  protected existingError(): string | null {
    if (this.passwordError()) return this.passwordError();
    const control = this.form.controls.existing;
    return control.errors?.['required'] &&
      showsErrors(control, this.submission.submitted())
      ? this.i18n.translate('account.invitation.existingRequired')
      : null;
  }

  protected submit(): void {
    const existing = this.details()?.passwordExists ?? false;
    const ready = this.submission.begin(
      existing ? this.form.controls.existing : this.form.controls.passwords,
      () => this.focus('[aria-invalid="true"]'),
    );
    if (!ready) return;
    this.submission.send(
      this.graphql.request(
        AcceptInvitationDocument,
        {
          input: {
            token: this.token,
            password: existing
              ? this.form.controls.existing.value
              : this.form.controls.passwords.controls.password.value,
          },
        },
        { redirectOnUnauthenticated: false },
      ),
      {
        next: ({ acceptInvitation }) => {
          this.session.replaceViewer(acceptInvitation);
          void this.router.navigateByUrl('/');
        },
        error: (e) => {
          const problem = passwordProblem(e, this.i18n);
          this.submission.error.set(problem.alert);
          if (problem.field) {
            this.passwordError.set(problem.field);
            this.focus(existing ? '#invite-existing' : '#invite-password');
          } else if (isApiError(e) && e.code !== 'TOO_MANY_REQUESTS') {
            // Expired or used in the meantime: show the invitation as it is now.
            this.load();
          }
        },
      },
    );
  }
}
