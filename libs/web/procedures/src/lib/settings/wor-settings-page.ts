import {
  ChangeDetectionStrategy,
  Component,
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
import {
  I18nService,
  TranslatePipe,
  loadable,
  pageActions,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  SectionFeedbackComponent,
  describedBy,
} from '@inspraak/web-ui';
import { ProceduresApi, type WorSettings } from '../data-access/procedures-api';
import { applyServerErrors, fieldError, filled } from '../shared/form-support';

/** /procedures/settings (keepers): the letterhead and whether deadlines move to the next working day. */
@Component({
  selector: 'isp-wor-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './wor-settings-page.html',
  styleUrl: './wor-settings-page.scss',
})
export class WorSettingsPageComponent {
  private readonly api = inject(ProceduresApi);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<'settings'>();
  protected readonly describedBy = describedBy;
  protected readonly settings = loadable<WorSettings | null>(null);
  protected readonly submitted = signal(false);
  protected readonly form = new FormGroup({
    councilName: new FormControl('', {
      nonNullable: true,
      validators: [filled, Validators.maxLength(200)],
    }),
    letterheadAddress: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(1000)],
    }),
    signatory: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(200)],
    }),
    moveDeadlinesToWorkingDay: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    this.settings.load(this.api.settings(), (s) => {
      if (s) this.form.reset(s);
    });
  }

  protected error(name: keyof typeof this.form.controls): string | null {
    return fieldError(this.i18n, this.form.controls[name], this.submitted());
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.actions.refuses('settings', this.form)) return;
    const v = this.form.getRawValue();
    this.actions.run(
      'settings',
      this.api.updateSettings({
        ...v,
        councilName: v.councilName.trim(),
        signatory: v.signatory.trim(),
      }),
      (saved) => {
        this.form.reset(saved);
        this.submitted.set(false);
        return this.i18n.translate('common.saved');
      },
      (e) => applyServerErrors(this.form, e),
    );
  }
}
