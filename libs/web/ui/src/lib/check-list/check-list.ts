import {
  ChangeDetectionStrategy,
  Component,
  forwardRef,
  input,
  signal,
} from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';

export interface CheckListOption {
  value: string;
  label: string;
}

/**
 * A multi-select as a fieldset of checkboxes (keyboard and screen-reader
 * friendly, unlike `<select multiple>`). A form control holding the chosen
 * values (`string[]`) in the order of the options.
 */
@Component({
  selector: 'isp-check-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => CheckListComponent),
      multi: true,
    },
  ],
  template: `
    <fieldset class="check-list" [attr.aria-describedby]="hintId()">
      <legend>{{ legend() }}</legend>
      @if (hint()) {
        <p class="hint" [id]="idPrefix() + '-hint'">{{ hint() }}</p>
      }
      @if (options().length === 0) {
        <p class="hint">{{ emptyText() }}</p>
      } @else {
        <ul [class.scroll]="options().length > 8">
          @for (option of options(); track option.value) {
            <li>
              <input
                type="checkbox"
                [id]="idPrefix() + '-' + option.value"
                [checked]="chosen().includes(option.value)"
                [disabled]="disabled()"
                (change)="toggle(option.value, $event)"
              />
              <label [for]="idPrefix() + '-' + option.value">{{
                option.label
              }}</label>
            </li>
          }
        </ul>
      }
    </fieldset>
  `,
  styles: `
    .check-list {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--isp-border, #c4ced4);
      border-radius: 0.5rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .hint {
      margin: 0 0 0.25rem;
      font-size: 0.875rem;
      color: var(--isp-text-muted, #46555c);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.375rem 1rem;
    }
    ul.scroll {
      max-height: 14rem;
      overflow-y: auto;
    }
    li {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    input {
      flex: none;
      margin-top: 0.2rem;
    }
  `,
})
export class CheckListComponent implements ControlValueAccessor {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly CheckListOption[]>();
  /** Prefix for the checkbox ids: `{idPrefix}-{value}`. */
  readonly idPrefix = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly emptyText = input('');

  protected readonly chosen = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  protected hintId(): string | null {
    return this.hint() ? `${this.idPrefix()}-hint` : null;
  }

  protected toggle(value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const set = new Set(this.chosen());
    if (checked) set.add(value);
    else set.delete(value);
    const next = this.options()
      .map((o) => o.value)
      .filter((v) => set.has(v));
    this.chosen.set(next);
    this.onChange(next);
    this.onTouched();
  }

  writeValue(value: string[] | null): void {
    this.chosen.set(value ?? []);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
