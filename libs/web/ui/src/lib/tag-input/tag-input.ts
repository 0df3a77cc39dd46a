import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  forwardRef,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';

/** Trims, collapses spaces and drops empties and case-insensitive duplicates. */
export function addTags(
  current: readonly string[],
  raw: readonly string[],
  transform: (value: string) => string = (v) => v,
): string[] {
  const result = [...current];
  const seen = new Set(current.map((v) => v.toLocaleLowerCase()));
  for (const part of raw) {
    const value = transform(part.trim().replace(/\s+/g, ' '));
    const key = value.toLocaleLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/**
 * Free words as a list of chips: type and press Enter, type a comma, or use
 * the add button. Each chip has its own remove button. A form control
 * (`string[]`); put it in `isp-form-field` with `inputId` = the field id.
 */
@Component({
  selector: 'isp-tag-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => TagInputComponent),
      multi: true,
    },
  ],
  template: `
    <div class="entry">
      <input
        #entry
        type="text"
        autocomplete="off"
        [id]="inputId()"
        [attr.maxlength]="maxLength()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid()"
        [disabled]="disabled()"
        [value]="draft()"
        (input)="onInput(entry.value)"
        (keydown.enter)="onEnter($event)"
        (blur)="onBlur()"
      />
      <button
        type="button"
        class="button secondary"
        [disabled]="disabled()"
        (click)="commit()"
      >
        {{ addLabel() }}
      </button>
    </div>
    @if (values().length > 0) {
      <ul class="chips" [attr.aria-label]="listLabel()">
        @for (value of values(); track value) {
          <li class="chip">
            <span>{{ value }}</span>
            <button
              type="button"
              [disabled]="disabled()"
              [attr.aria-label]="removeLabelFor(value)"
              (click)="remove(value)"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .entry {
      display: flex;
      gap: 0.5rem;
    }
    .entry input {
      flex: 1 1 auto;
      min-width: 0;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0.125rem 0.25rem 0.125rem 0.625rem;
      border-radius: 999px;
      background: var(--isp-accent-soft, #dcecf1);
      color: var(--isp-accent-dark, #063f52);
    }
    .chip button {
      min-width: 2rem;
      min-height: 2rem;
      border: 0;
      border-radius: 999px;
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: 1.125rem;
      line-height: 1;
      cursor: pointer;
    }
    .chip button:hover {
      background: #fff;
    }
  `,
})
export class TagInputComponent implements ControlValueAccessor {
  private readonly entry =
    viewChild.required<ElementRef<HTMLInputElement>>('entry');

  readonly inputId = input.required<string>();
  readonly addLabel = input.required<string>();
  /** `{value}` is replaced by the chip's text, e.g. "Remove {value}". */
  readonly removeLabel = input.required<string>();
  readonly listLabel = input.required<string>();
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  readonly maxLength = input<number | null>(null);
  /** Applied to every new value, e.g. lower-casing language codes. */
  readonly transform = input<(value: string) => string>((v) => v);

  protected readonly values = signal<string[]>([]);
  protected readonly draft = signal('');
  protected readonly disabled = signal(false);

  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: string[] | null): void {
    this.values.set(value ? [...value] : []);
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

  protected removeLabelFor(value: string): string {
    return this.removeLabel().replace('{value}', value);
  }

  protected onInput(text: string): void {
    if (text.includes(',')) {
      const parts = text.split(',');
      const rest = parts.pop() ?? '';
      this.add(parts);
      this.draft.set(rest);
      this.entry().nativeElement.value = rest;
    } else {
      this.draft.set(text);
    }
  }

  /** Enter adds the word instead of submitting the surrounding form. */
  protected onEnter(event: Event): void {
    event.preventDefault();
    this.commit();
  }

  protected commit(): void {
    this.add([this.draft()]);
    this.draft.set('');
    this.entry().nativeElement.value = '';
  }

  protected onBlur(): void {
    this.onTouched();
  }

  protected remove(value: string): void {
    this.setValues(this.values().filter((v) => v !== value));
    this.onTouched();
    // The chip's button disappears; keep the keyboard user in the field.
    this.entry().nativeElement.focus();
  }

  private add(raw: string[]): void {
    const next = addTags(this.values(), raw, this.transform());
    if (next.length !== this.values().length) this.setValues(next);
  }

  private setValues(values: string[]): void {
    this.values.set(values);
    this.onChange(values);
  }
}
