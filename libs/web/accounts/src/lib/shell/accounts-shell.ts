import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { I18nService, TranslatePipe } from '@inspraak/web-core';
import { SectionNavComponent, type SectionLink } from '@inspraak/web-ui';

/** Section navigation for the accounts pages. */
@Component({
  selector: 'isp-accounts-shell',
  imports: [RouterOutlet, TranslatePipe, SectionNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <isp-section-nav
      [label]="'accounts.nav.section' | translate"
      [links]="links()"
    />
    <router-outlet />
  `,
})
export class AccountsShellComponent {
  private readonly i18n = inject(I18nService);
  protected readonly links = computed<SectionLink[]>(() => [
    { link: '.', label: this.i18n.translate('accounts.nav.list'), exact: true },
    { link: 'invite', label: this.i18n.translate('accounts.nav.invite') },
  ]);
}
