import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ResetPasswordDocument } from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  TranslatePipe,
  isApiError,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { reasonText } from './api-refusal';
import { AuthCard, focusAfterRender } from './auth-card';
import { FormSubmission } from './form-submission';
import {
  NewPasswordFields,
  newPasswordGroup,
  passwordProblem,
} from './new-password-fields';

const LINK_PROBLEMS = new Set([
  'RESET_LINK_INVALID',
  'RESET_LINK_EXPIRED',
  'RESET_LINK_USED',
]);

/**
 * The link from the reset e-mail (public): a new password, twice. The API
 * ends every session of the account; afterwards the person logs in anew.
 */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    NewPasswordFields,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-auth-card [heading]="'account.reset.heading' | translate">
      <div aria-live="assertive">
        @if (submission.error(); as message) {
          <isp-alert kind="error" data-testid="reset-error">
            {{ message }}
            @if (linkProblem()) {
              <a routerLink="/forgot-password">{{
                'account.reset.requestNew' | translate
              }}</a>
            }
          </isp-alert>
        }
      </div>
      @if (done()) {
        <isp-alert kind="success">{{
          'account.reset.done' | translate
        }}</isp-alert>
        <p>
          <a class="button" routerLink="/login" id="reset-to-login">{{
            'account.toLogin' | translate
          }}</a>
        </p>
      } @else if (!linkProblem()) {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <app-new-password-fields
            [group]="form.controls.passwords"
            idPrefix="reset"
            [submitted]="submission.submitted()"
            [serverError]="passwordError()"
          />
          <button
            type="submit"
            class="button full"
            [disabled]="submission.busy()"
          >
            {{
              (submission.busy()
                ? 'account.reset.submitting'
                : 'account.reset.submit'
              ) | translate
            }}
          </button>
        </form>
        <p class="card-end">
          <a routerLink="/login">{{ 'account.backToLogin' | translate }}</a>
        </p>
      }
    </app-auth-card>
  `,
})
export class ResetPasswordPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);
  private readonly focus = focusAfterRender();
  private readonly token =
    inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';

  protected readonly submission = new FormSubmission();
  protected readonly done = signal(false);
  /** The link itself is refused (invalid, expired, used): asking anew is the way on. */
  protected readonly linkProblem = signal(false);
  protected readonly passwordError = signal<string | null>(null);

  protected readonly form = new FormGroup({ passwords: newPasswordGroup() });

  constructor() {
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.passwordError.set(null));
  }

  protected submit(): void {
    const ready = this.submission.begin(this.form, () =>
      this.focus('[aria-invalid="true"]'),
    );
    if (!ready) return;
    this.submission.send(
      this.graphql.request(
        ResetPasswordDocument,
        {
          input: {
            token: this.token,
            newPassword: this.form.controls.passwords.controls.password.value,
          },
        },
        { redirectOnUnauthenticated: false },
      ),
      {
        next: () => {
          this.done.set(true);
          this.focus('#reset-to-login');
        },
        error: (e) => this.refused(e),
      },
    );
  }

  private refused(e: unknown): void {
    // A link cut short fails the input check on its token: not a valid link either.
    const reason = !isApiError(e)
      ? null
      : e.fieldMessage('token')
        ? 'RESET_LINK_INVALID'
        : e.reason;
    const linkProblem =
      reason && LINK_PROBLEMS.has(reason)
        ? reasonText(this.i18n, 'account.reset.linkProblems', reason)
        : null;
    if (linkProblem) {
      this.linkProblem.set(true);
      this.submission.error.set(linkProblem);
      return;
    }
    const problem = passwordProblem(e, this.i18n);
    this.submission.error.set(problem.alert);
    if (problem.field) {
      this.passwordError.set(problem.field);
      this.focus('#reset-password');
    }
  }
}
