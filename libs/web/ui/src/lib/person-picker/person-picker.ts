import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import {
  Observable,
  Subject,
  catchError,
  debounceTime,
  of,
  switchMap,
} from 'rxjs';

/** A person as the picker offers them. */
export interface PersonOption {
  userId: string;
  displayName: string;
  email: string;
  departmentName?: string | null;
  jobTitle?: string | null;
}

/** The picker's words, in the reader's language. */
export interface PersonPickerTexts {
  searching: string;
  /** `{query}` is replaced. */
  none: string;
  /** `{count}` is replaced. */
  results: string;
  /** `{name}` is replaced. */
  chosen: string;
}

/** Fewer letters than this find too many people (the API refuses them too). */
export const PERSON_PICKER_MIN_LENGTH = 2;

/**
 * Choose a colleague by typing part of their name: an ARIA 1.2 combobox with
 * a list of matches (arrow keys, Enter, Escape; or click). A form control
 * whose value is the chosen person's e-mail address ('' until someone is
 * chosen from the list), which is what the operations that take a person
 * expect. Put it in `isp-form-field` with `inputId` = the field id.
 */
@Component({
  selector: 'isp-person-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => PersonPickerComponent),
      multi: true,
    },
    {
      provide: NG_VALIDATORS,
      useExisting: forwardRef(() => PersonPickerComponent),
      multi: true,
    },
  ],
  template: `
    <div class="picker">
      <input
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        [id]="inputId()"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="listId()"
        [attr.aria-activedescendant]="activeId()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid()"
        [disabled]="disabled()"
        [value]="text()"
        (input)="onInput($any($event.target).value)"
        (keydown)="onKeydown($event)"
        (blur)="onBlur()"
      />
      <ul
        role="listbox"
        class="options"
        [id]="listId()"
        [hidden]="!open()"
        [attr.aria-label]="listLabel()"
      >
        @for (person of options(); track person.userId; let i = $index) {
          <!-- The combobox pattern: keys stay on the input (aria-activedescendant); an option is only clicked. -->
          <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
          <li
            role="option"
            [id]="optionId(i)"
            [attr.aria-selected]="i === active()"
            [class.active]="i === active()"
            (mousedown)="$event.preventDefault()"
            (click)="choose(person)"
          >
            <span class="name">{{ person.displayName }}</span>
            @if (detailOf(person); as detail) {
              <span class="detail">{{ detail }}</span>
            }
          </li>
        }
      </ul>
      <p class="sr-only" aria-live="polite">{{ status() }}</p>
    </div>
  `,
  styles: `
    .picker {
      position: relative;
    }
    input {
      width: 100%;
    }
    .options {
      background: #fff;
      border: 1px solid #5f6b73;
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
      left: 0;
      list-style: none;
      margin: 0.25rem 0 0;
      max-height: 18rem;
      overflow-y: auto;
      padding: 0.25rem 0;
      position: absolute;
      right: 0;
      z-index: 20;
    }
    .options[hidden] {
      display: none;
    }
    li {
      cursor: pointer;
      display: grid;
      min-height: 2.75rem;
      padding: 0.35rem 0.75rem;
      align-content: center;
    }
    li.active,
    li:hover {
      background: #e6f0f5;
      outline: 2px solid #00557f;
      outline-offset: -2px;
    }
    .detail {
      color: #4a555c;
      font-size: 0.875rem;
    }
  `,
})
export class PersonPickerComponent implements ControlValueAccessor, Validator {
  private readonly destroyRef = inject(DestroyRef);

  readonly inputId = input.required<string>();
  /** Finds people by (part of) their name. */
  readonly search =
    input.required<(query: string) => Observable<PersonOption[]>>();
  readonly texts = input.required<PersonPickerTexts>();
  readonly listLabel = input<string>('');
  readonly describedBy = input<string | null>(null);
  readonly invalid = input<boolean>(false);

  protected readonly text = signal('');
  protected readonly options = signal<PersonOption[]>([]);
  protected readonly open = signal(false);
  protected readonly active = signal(-1);
  protected readonly status = signal('');
  protected readonly disabled = signal(false);
  protected readonly listId = computed(() => `${this.inputId()}-options`);
  protected readonly activeId = computed(() =>
    this.open() && this.active() >= 0 ? this.optionId(this.active()) : null,
  );

  private readonly queries = new Subject<string>();
  /** The text that stands for the value: a chosen person's name, or the value the form gave. */
  private chosenText: string | null = '';
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    this.queries
      .pipe(
        debounceTime(250),
        switchMap((query) =>
          query.length < PERSON_PICKER_MIN_LENGTH
            ? of(null)
            : this.search()(query).pipe(catchError(() => of([]))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((found) => {
        if (found === null) {
          this.close();
          return;
        }
        this.options.set(found);
        this.active.set(found.length ? 0 : -1);
        this.open.set(found.length > 0);
        this.status.set(
          found.length
            ? this.texts().results.replace('{count}', String(found.length))
            : this.texts().none.replace('{query}', this.text().trim()),
        );
      });
  }

  protected optionId(index: number): string {
    return `${this.inputId()}-option-${index}`;
  }

  protected detailOf(person: PersonOption): string {
    return [person.jobTitle, person.departmentName]
      .filter((v): v is string => !!v)
      .join(' · ');
  }

  protected onInput(value: string): void {
    this.text.set(value);
    this.chosenText = null;
    // Typing again undoes a choice: only a person from the list is a value.
    this.onChange('');
    const query = value.trim();
    if (query.length >= PERSON_PICKER_MIN_LENGTH)
      this.status.set(this.texts().searching);
    this.queries.next(query);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        this.open.set(true);
        this.active.set((this.active() + 1) % count);
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        this.open.set(true);
        this.active.set((this.active() - 1 + count) % count);
        break;
      case 'Enter': {
        const person = this.options()[this.active()];
        if (this.open() && person) {
          event.preventDefault();
          this.choose(person);
        }
        break;
      }
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.close();
        }
        break;
    }
  }

  protected onBlur(): void {
    this.close();
    this.onTouched();
  }

  protected choose(person: PersonOption): void {
    this.text.set(person.displayName);
    this.chosenText = person.displayName;
    this.close();
    this.status.set(this.texts().chosen.replace('{name}', person.displayName));
    this.onChange(person.email);
  }

  private close(): void {
    this.open.set(false);
    this.active.set(-1);
  }

  writeValue(value: string | null): void {
    // A value from the form (an owner already set, a reset) shows as it is; a reset empties the field.
    this.text.set(value ?? '');
    this.chosenText = value ?? '';
    this.options.set([]);
    this.close();
  }

  /** A name typed but nobody chosen from the list: `personNotChosen` (the field would otherwise silently be empty). */
  validate(): ValidationErrors | null {
    return this.text().trim() !== '' && this.chosenText !== this.text()
      ? { personNotChosen: true }
      : null;
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
