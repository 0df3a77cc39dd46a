import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@inspraak/web-core';

/** Section navigation for the accounts pages. */
@Component({
  selector: 'isp-accounts-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav
      class="section-nav"
      [attr.aria-label]="'accounts.nav.section' | translate"
    >
      <ul>
        <li>
          <a
            routerLink="."
            routerLinkActive="active"
            [routerLinkActiveOptions]="{ exact: true }"
            ariaCurrentWhenActive="page"
            >{{ 'accounts.nav.list' | translate }}</a
          >
        </li>
        <li>
          <a
            routerLink="invite"
            routerLinkActive="active"
            ariaCurrentWhenActive="page"
            >{{ 'accounts.nav.invite' | translate }}</a
          >
        </li>
      </ul>
    </nav>
    <router-outlet />
  `,
  styles: `
    .section-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0;
      border-bottom: 1px solid var(--isp-border, #c4ced4);
    }
    .section-nav a {
      display: inline-block;
      padding: 0.625rem 1rem;
      color: var(--isp-text, #1a2b33);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
    }
    .section-nav a:hover {
      color: var(--isp-accent, #0a5a73);
      text-decoration: underline;
    }
    .section-nav a.active {
      border-bottom-color: var(--isp-accent, #0a5a73);
      color: var(--isp-accent, #0a5a73);
      font-weight: 600;
    }
  `,
})
export class AccountsShellComponent {}
