import { Pipe, PipeTransform, inject } from '@angular/core';
import type { TranslationKey, TranslationParams } from './dictionary';
import { I18nService } from './i18n.service';

/**
 * `{{ 'common.save' | translate }}`. Impure so it re-runs on every check; it reads
 * the language signal, so OnPush views that use it refresh when the language changes.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.translate(key, params);
  }
}

/** `{{ employee.employmentStart | localDate }}`, following the UI language. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, withTime = false): string {
    return this.i18n.formatDate(value, withTime);
  }
}
