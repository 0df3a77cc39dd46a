import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import {
  I18nService,
  TranslatePipe,
  isApiError,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import { FormFieldComponent } from '@inspraak/web-ui';
import { reasonText } from './api-refusal';

/** The API's minimum (libs/api/core password-policy); the API checks the rest. */
export const PASSWORD_MIN_LENGTH = 12;

export type NewPasswordGroup = FormGroup<{
  password: FormControl<string>;
  repeat: FormControl<string>;
}>;

function samePasswords(group: AbstractControl): ValidationErrors | null {
  const { password, repeat } = (group as NewPasswordGroup).getRawValue();
  return repeat && password !== repeat ? { mismatch: true } : null;
}

/** A new password typed twice; the two must be equal and at least 12 characters long. */
export function newPasswordGroup(): NewPasswordGroup {
  return new FormGroup(
    {
      password: new FormControl('', {
        nonNullable: true,
        validators: [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
        ],
      }),
      repeat: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required],
      }),
    },
    { validators: samePasswords },
  );
}

const PASSWORD_FIELDS = ['newPassword', 'password'];

/**
 * Where the API's answer to a new password belongs: a refused password
 * (reason PASSWORD_…) at the password field, anything else (a used or expired
 * link, too many attempts) in an alert. The API's message is already in the
 * reader's language; a known reason without one gets our own text.
 */
export function passwordProblem(
  error: unknown,
  i18n: I18nService,
): { field: string | null; alert: string | null } {
  if (isApiError(error)) {
    const fieldMessage =
      PASSWORD_FIELDS.map((f) => error.fieldMessage(f)).find(Boolean) ?? null;
    if (fieldMessage) return { field: fieldMessage, alert: null };
    if (error.reason?.startsWith('PASSWORD_'))
      return {
        field:
          reasonText(i18n, 'account.passwordRefusals', error.reason) ??
          error.message,
        alert: null,
      };
  }
  return { field: null, alert: i18n.errorMessage(error) };
}

/**
 * The policy, stated before the fields, and the two password fields
 * (`<idPrefix>-password`, `<idPrefix>-repeat`). Put it inside the page's form;
 * the page sends it and passes the API's refusal as `serverError`.
 */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="policy" [id]="idPrefix() + '-policy'">
      <p>{{ 'account.policy.heading' | translate }}</p>
      <ul>
        <li>{{ 'account.policy.minLength' | translate }}</li>
        <li>{{ 'account.policy.notCommon' | translate }}</li>
        <li>{{ 'account.policy.notPersonal' | translate }}</li>
      </ul>
    </div>
    <ng-container [formGroup]="group()">
      <isp-form-field
        [fieldId]="idPrefix() + '-password'"
        [label]="labels().password | translate"
        [error]="error('password')"
      >
        <input
          [id]="idPrefix() + '-password'"
          type="password"
          formControlName="password"
          autocomplete="new-password"
          required
          [attr.aria-invalid]="!!error('password')"
          [attr.aria-describedby]="
            idPrefix() + '-policy ' + idPrefix() + '-password-error'
          "
        />
      </isp-form-field>
      <isp-form-field
        [fieldId]="idPrefix() + '-repeat'"
        [label]="labels().repeat | translate"
        [error]="error('repeat')"
      >
        <input
          [id]="idPrefix() + '-repeat'"
          type="password"
          formControlName="repeat"
          autocomplete="new-password"
          required
          [attr.aria-invalid]="!!error('repeat')"
          [attr.aria-describedby]="idPrefix() + '-repeat-error'"
        />
      </isp-form-field>
    </ng-container>
  `,
  styles: `
    .policy {
      margin-block-end: 1rem;
    }
    .policy p {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    .policy ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class NewPasswordFields {
  private readonly i18n = inject(I18nService);
  readonly group = input.required<NewPasswordGroup>();
  readonly idPrefix = input.required<string>();
  /** Whether the form was sent once: then every problem shows, touched or not. */
  readonly submitted = input(false);
  /** The API's refusal of the password, shown at the first field. */
  readonly serverError = input<string | null>(null);
  /** "Nieuw wachtwoord" when changing one, "Wachtwoord" when choosing the first. */
  readonly kind = input<'new' | 'first'>('new');

  protected labels(): { password: TranslationKey; repeat: TranslationKey } {
    return this.kind() === 'new'
      ? {
          password: 'account.fields.newPassword',
          repeat: 'account.fields.repeatPassword',
        }
      : {
          password: 'account.fields.password',
          repeat: 'account.fields.repeat',
        };
  }

  protected error(name: 'password' | 'repeat'): string | null {
    const group = this.group();
    const control = group.controls[name];
    const shown = showsErrors(control, this.submitted());
    if (name === 'password') {
      if (this.serverError()) return this.serverError();
      if (!control.errors || !shown) return null;
      return this.i18n.translate(
        control.errors['required']
          ? 'account.fields.passwordRequired'
          : 'account.fields.tooShort',
      );
    }
    if (!shown) return null;
    if (control.errors?.['required'])
      return this.i18n.translate('account.fields.repeatRequired');
    return group.errors?.['mismatch']
      ? this.i18n.translate('account.fields.mismatch')
      : null;
  }
}
