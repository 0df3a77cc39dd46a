import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** One tab of a section navigation; `link` is relative to the page that shows the navigation. */
export interface SectionLink {
  link: string;
  /** Already translated by the caller. */
  label: string;
  /** Active only on this exact address (the section's first page, `.`), not below it. */
  exact?: boolean;
}

/** A feature's tabbed sub-navigation: a named `<nav>` whose current link is marked `aria-current="page"`. */
@Component({
  selector: 'isp-section-nav',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="section-nav" [attr.aria-label]="label()">
      <ul>
        @for (item of links(); track item.link) {
          <li>
            <a
              [routerLink]="item.link"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: item.exact ?? false }"
              ariaCurrentWhenActive="page"
              >{{ item.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
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
export class SectionNavComponent {
  /** The navigation's accessible name. */
  readonly label = input.required<string>();
  readonly links = input.required<readonly SectionLink[]>();
}
