import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/**
 * Texts the API sends in both languages (phase names, timeline lines, match
 * explanations): `{{ phase.nl | localText: phase.en }}` shows the UI language's.
 * Impure: it reads the language signal, so it follows the switch.
 */
@Pipe({ name: 'localText', pure: false })
export class LocalTextPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(nl: string, en: string): string {
    return this.i18n.language() === 'en' ? en : nl;
  }
}
