import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslatePipe } from '@inspraak/web-core';
import { FormFieldComponent, describedBy } from '@inspraak/web-ui';

export interface BilingualChange {
  language: 'nl' | 'en';
  text: string;
}

/** A text in Dutch and English side by side (a section title, a question), with a message per language. */
@Component({
  selector: 'isp-bilingual-fields',
  imports: [FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row">
      @for (field of fields(); track field.language) {
        <isp-form-field
          [fieldId]="idBase() + '-' + field.language"
          [label]="field.label"
          [error]="field.error"
        >
          <input
            type="text"
            [lang]="field.language"
            [id]="idBase() + '-' + field.language"
            [value]="field.value"
            [attr.maxlength]="maxLength()"
            [attr.aria-invalid]="!!field.error"
            [attr.aria-describedby]="
              describedBy(idBase() + '-' + field.language)
            "
            (input)="
              changed.emit({ language: field.language, text: value($event) })
            "
          />
        </isp-form-field>
      }
    </div>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row > * {
      flex: 1 1 14rem;
      min-width: 0;
    }
  `,
})
export class BilingualFieldsComponent {
  protected readonly describedBy = describedBy;
  readonly idBase = input.required<string>();
  readonly labelNl = input.required<string>();
  readonly labelEn = input.required<string>();
  readonly nl = input.required<string>();
  readonly en = input.required<string>();
  readonly errorNl = input<string | null>(null);
  readonly errorEn = input<string | null>(null);
  readonly maxLength = input.required<number>();

  readonly changed = output<BilingualChange>();

  protected fields() {
    return [
      {
        language: 'nl' as const,
        label: this.labelNl(),
        value: this.nl(),
        error: this.errorNl(),
      },
      {
        language: 'en' as const,
        label: this.labelEn(),
        value: this.en(),
        error: this.errorEn(),
      },
    ];
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}

/** Up, down and remove for a section or question; each button names what it moves. */
@Component({
  selector: 'isp-move-buttons',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="move-buttons">
      <button
        type="button"
        class="button secondary small"
        [disabled]="first()"
        [attr.aria-label]="upLabel()"
        (click)="moved.emit(-1)"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="button secondary small"
        [disabled]="last()"
        [attr.aria-label]="downLabel()"
        (click)="moved.emit(1)"
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="button secondary small"
        [disabled]="removeDisabled()"
        [attr.aria-label]="removeLabel()"
        (click)="removed.emit()"
      >
        {{ 'common.delete' | translate }}
      </button>
    </div>
  `,
  styles: `
    .move-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .button.small {
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.25rem 0.625rem;
    }
  `,
})
export class MoveButtonsComponent {
  readonly first = input(false);
  readonly last = input(false);
  readonly removeDisabled = input(false);
  readonly upLabel = input.required<string>();
  readonly downLabel = input.required<string>();
  readonly removeLabel = input.required<string>();

  readonly moved = output<-1 | 1>();
  readonly removed = output<void>();
}
