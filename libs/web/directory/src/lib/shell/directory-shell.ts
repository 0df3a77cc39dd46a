import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { I18nService, TranslatePipe } from '@inspraak/web-core';
import { SectionNavComponent, type SectionLink } from '@inspraak/web-ui';

/** Section navigation for the directory pages. */
@Component({
  selector: 'isp-directory-shell',
  imports: [RouterOutlet, TranslatePipe, SectionNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <isp-section-nav
      [label]="'directory.sectionNavigation' | translate"
      [links]="links()"
    />
    <router-outlet />
  `,
})
export class DirectoryShellComponent {
  private readonly i18n = inject(I18nService);
  protected readonly links = computed<SectionLink[]>(() => [
    { link: 'employees', label: this.i18n.translate('nav.employees') },
    { link: 'departments', label: this.i18n.translate('nav.departments') },
    { link: 'import', label: this.i18n.translate('nav.import') },
  ]);
}
