import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { I18nService, pageActions, TranslatePipe } from '@inspraak/web-core';
import {
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import {
  WorkgroupsApi,
  type WorkgroupSummary,
} from '../data-access/workgroups-api';
import { controlError, notBlank } from '../shared/form-errors';

/** The API's limit for a motivation. */
export const MOTIVATION_MAX = 1000;

/** Applying to an open call with a short motivation. */
@Component({
  selector: 'isp-apply-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="apply($event)" novalidate>
      <isp-form-field
        [fieldId]="fieldId()"
        [label]="
          'trajectories.apply.motivation'
            | translate: { name: workgroup().name }
        "
        [hint]="'trajectories.apply.motivationHint' | translate"
        [error]="error()"
      >
        <textarea
          rows="3"
          [id]="fieldId()"
          [formControl]="motivation"
          [attr.aria-invalid]="!!error()"
          [attr.aria-describedby]="describedBy(fieldId(), true)"
        ></textarea>
      </isp-form-field>
      <isp-section-feedback [messages]="actions.messagesFor('apply')" />
      <div class="actions">
        <button
          type="submit"
          class="button"
          [disabled]="actions.busy() !== null"
        >
          {{ 'trajectories.apply.submit' | translate }}
        </button>
        <button
          type="button"
          class="button secondary"
          (click)="cancelled.emit()"
        >
          {{ 'common.cancel' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ApplyFormComponent {
  private readonly api = inject(WorkgroupsApi);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<'apply'>();
  protected readonly describedBy = describedBy;

  readonly workgroup = input.required<WorkgroupSummary>();
  readonly fieldId = input('apply-motivation');
  readonly applied = output<void>();
  readonly cancelled = output<void>();

  protected readonly motivation = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(MOTIVATION_MAX)],
  });
  private readonly submitted = signal(false);

  protected error(): string | null {
    return controlError(this.i18n, this.motivation, this.submitted());
  }

  protected apply(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.motivation.invalid) {
      this.motivation.markAsTouched();
      this.actions.focus(`#${this.fieldId()}`);
      return;
    }
    this.actions.run(
      'apply',
      this.api.apply(this.workgroup().id, this.motivation.value.trim()),
      () => this.applied.emit(),
    );
  }
}
