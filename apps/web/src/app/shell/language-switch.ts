import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import {
  I18nService,
  LANGUAGES,
  TranslatePipe,
  type Language,
} from '@inspraak/web-core';

/** NL | EN toggle; each button is in its own language so screen readers say it right. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="switch"
      role="group"
      [attr.aria-label]="'app.language' | translate"
      [class.on-dark]="onDark()"
    >
      @for (language of languages; track language) {
        <button
          type="button"
          [attr.lang]="language"
          [attr.aria-pressed]="i18n.language() === language"
          [attr.title]="switchKey(language) | translate"
          (click)="i18n.setLanguage(language)"
        >
          {{ language.toUpperCase() }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid var(--isp-accent, #0a5a73);
      border-radius: 0.375rem;
      overflow: hidden;
    }
    button {
      min-width: 2.75rem;
      min-height: 2.25rem;
      border: 0;
      background: #fff;
      color: var(--isp-accent, #0a5a73);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--isp-accent, #0a5a73);
      color: #fff;
    }
    button:focus-visible {
      outline: 3px solid var(--isp-focus, #0a5a73);
      outline-offset: -5px;
      box-shadow: inset 0 0 0 2px #fff;
    }
    .on-dark {
      border-color: #fff;
    }
    .on-dark button {
      background: transparent;
      color: #fff;
    }
    .on-dark button[aria-pressed='true'] {
      background: #fff;
      color: var(--isp-accent-dark, #063f52);
    }
    .on-dark button:focus-visible {
      outline-color: #fff;
      box-shadow: inset 0 0 0 2px var(--isp-accent-dark, #063f52);
    }
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;
  readonly onDark = input(false);

  protected switchKey(language: Language) {
    return language === 'nl'
      ? ('app.switchTo.nl' as const)
      : ('app.switchTo.en' as const);
  }
}
