import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Label, hint and error around one projected control. The control needs
 * `id="{{fieldId}}"` and `aria-describedby` = `describedBy(fieldId)` (see helper).
 */
@Component({
  selector: 'isp-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field" [class.invalid]="!!error()">
      <label [for]="fieldId()">
        {{ label() }}
        @if (optionalText()) {
          <span class="optional">({{ optionalText() }})</span>
        }
      </label>
      @if (hint()) {
        <p class="hint" [id]="fieldId() + '-hint'">{{ hint() }}</p>
      }
      <ng-content />
      <p class="error" [id]="fieldId() + '-error'" aria-live="polite">
        @if (error()) {
          <span aria-hidden="true">⚠ </span>{{ error() }}
        }
      </p>
    </div>
  `,
  styles: `
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block-end: 0.75rem;
    }
    label {
      font-weight: 600;
    }
    .optional,
    .hint {
      font-weight: 400;
      color: var(--isp-text-muted, #46555c);
      font-size: 0.875rem;
      margin: 0;
    }
    .error {
      margin: 0;
      min-height: 1.25rem;
      color: var(--isp-danger, #b3261e);
      font-size: 0.875rem;
      font-weight: 600;
    }
    .invalid ::ng-deep :is(input, select, textarea) {
      border-color: var(--isp-danger, #b3261e);
      border-width: 2px;
    }
  `,
})
export class FormFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  /** e.g. "optioneel"; leave empty for required fields. */
  readonly optionalText = input<string | null>(null);
}

/** The `aria-describedby` value for a control inside `isp-form-field`. */
export function describedBy(fieldId: string, withHint = false): string {
  return withHint ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-error`;
}
