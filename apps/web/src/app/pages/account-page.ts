import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import {
  ChangePasswordDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  MySessionsDocument,
  type MySessionsQuery,
  type Role,
} from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  SessionService,
  TranslatePipe,
  isApiError,
  loadable,
  pageActions,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  SectionFeedbackComponent,
  describedBy,
} from '@inspraak/web-ui';
import { map } from 'rxjs';
import {
  NewPasswordFields,
  newPasswordGroup,
  passwordProblem,
} from './new-password-fields';
import { describeUserAgent } from './user-agent';

export type SessionInfo = MySessionsQuery['mySessions'][number];

/** Reasons with which the API refuses the current password. */
const WRONG_CURRENT = new Set([
  'INVALID_CREDENTIALS',
  'WRONG_PASSWORD',
  'INVALID_PASSWORD',
  'CURRENT_PASSWORD_WRONG',
]);

/**
 * "Mijn account" (every member): change the password, see where one is
 * logged in and end those sessions, and the organisations one belongs to.
 */
@Component({
  selector: 'app-account-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    ConfirmDialogComponent,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
})
export class AccountPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);
  protected readonly actions = pageActions<'password' | 'sessions'>();
  protected readonly describedBy = describedBy;

  protected readonly sessions = loadable<SessionInfo[]>([]);
  protected readonly others = computed(() =>
    this.sessions.value().filter((s) => !s.current),
  );
  protected readonly confirmingEndOthers = signal(false);

  protected readonly submitted = signal(false);
  protected readonly currentError = signal<string | null>(null);
  protected readonly newPasswordError = signal<string | null>(null);
  protected readonly passwordForm = new FormGroup({
    current: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    passwords: newPasswordGroup(),
  });

  constructor() {
    this.passwordForm.controls.current.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.currentError.set(null));
    this.passwordForm.controls.passwords.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.newPasswordError.set(null));
    this.sessions.load(this.mySessions());
  }

  private mySessions() {
    return this.graphql
      .request(MySessionsDocument, {})
      .pipe(map((d) => d.mySessions));
  }

  protected currentPasswordError(): string | null {
    if (this.currentError()) return this.currentError();
    const control = this.passwordForm.controls.current;
    return control.errors?.['required'] &&
      showsErrors(control, this.submitted())
      ? this.i18n.translate('account.fields.currentRequired')
      : null;
  }

  protected changePassword(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.actions.refuses('password', this.passwordForm)) return;
    const { current, passwords } = this.passwordForm.getRawValue();
    this.actions.run(
      'password',
      this.graphql.request(
        ChangePasswordDocument,
        {
          input: { currentPassword: current, newPassword: passwords.password },
        },
        // A wrong current password must not log this session out.
        { redirectOnUnauthenticated: false },
      ),
      () => {
        this.submitted.set(false);
        this.passwordForm.reset();
        this.sessions.refresh(this.mySessions());
        return this.i18n.translate('account.myAccount.password.done');
      },
      (e) => this.placePasswordError(e),
    );
  }

  /** The API's refusal at its field: the current password, or the new one (policy); other errors stay in the alert. */
  private placePasswordError(e: unknown): void {
    if (!isApiError(e)) return;
    const currentMessage =
      e.fieldMessage('currentPassword') ??
      (e.reason && WRONG_CURRENT.has(e.reason) ? e.message : null);
    if (currentMessage) {
      this.currentError.set(currentMessage);
      this.actions.focus('#account-current');
      return;
    }
    const problem = passwordProblem(e, this.i18n);
    if (problem.field) {
      this.newPasswordError.set(problem.field);
      this.actions.focus('#account-new-password');
    }
  }

  protected device(session: SessionInfo): string {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (!browser && !system)
      return this.i18n.translate('account.devices.unknown');
    if (!system) return browser ?? '';
    return this.i18n.translate('account.devices.browserOn', {
      browser: browser ?? this.i18n.translate('account.devices.browser'),
      system,
    });
  }

  protected methodKey(session: SessionInfo): TranslationKey {
    return session.signInMethod === 'OIDC'
      ? 'account.methods.OIDC'
      : 'account.methods.PASSWORD';
  }

  protected roleKey(role: Role): TranslationKey {
    return `roles.${role}`;
  }

  protected endSession(session: SessionInfo): void {
    this.actions.run(
      'sessions',
      this.graphql.request(EndSessionDocument, { id: session.id }),
      () => {
        this.sessions.value.update((list) =>
          list.filter((s) => s.id !== session.id),
        );
        this.sessions.refresh(this.mySessions());
        this.actions.focus('#sessions-heading');
        return this.i18n.translate('account.myAccount.sessions.ended');
      },
    );
  }

  protected endOtherSessions(): void {
    this.confirmingEndOthers.set(false);
    this.actions.run(
      'sessions',
      this.graphql.request(EndOtherSessionsDocument, {}),
      ({ endOtherSessions }) => {
        this.sessions.value.update((list) => list.filter((s) => s.current));
        this.sessions.refresh(this.mySessions());
        this.actions.focus('#sessions-heading');
        return this.i18n.translate('account.myAccount.sessions.endedOthers', {
          count: endOtherSessions,
        });
      },
    );
  }
}
