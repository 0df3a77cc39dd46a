import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { DevOutboxInUseDocument } from '@inspraak/shared';
import {
  GraphqlClient,
  SessionService,
  TranslatePipe,
} from '@inspraak/web-core';
import { filter } from 'rxjs';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import {
  DEV_OUTBOX_ROLES,
  groupOfUrl,
  navGroupsFor,
  type NavGroupId,
} from './nav-items';
import { OrganisationSwitch } from './organisation-switch';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    LanguageSwitch,
    NotificationBell,
    OrganisationSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  host: {
    '(document:keydown.escape)': 'closeOnEscape()',
    '(document:click)': 'closeGroupOnClickOutside($event)',
  },
})
export class Shell {
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionService);
  protected readonly menuOpen = signal(false);
  protected readonly loggingOut = signal(false);
  private readonly graphql = inject(GraphqlClient);
  private readonly destroyRef = inject(DestroyRef);
  /** The outbox page is linked only while e-mail is kept there (no SMTP server). */
  private readonly devOutboxInUse = signal(false);
  protected readonly navGroups = computed(() =>
    navGroupsFor(this.session.roles(), {
      devOutboxInUse: this.devOutboxInUse(),
    }),
  );
  /** The group whose pages are shown (desktop); on a phone the menu shows every group. */
  protected readonly openGroup = signal<NavGroupId | null>(null);
  private readonly url = signal('/');
  /** The group that holds the current page, marked in the menu bar. */
  protected readonly currentGroup = computed(() =>
    groupOfUrl(this.navGroups(), this.url()),
  );

  constructor() {
    const router = inject(Router);
    this.url.set(router.url);
    router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((end) => {
        this.url.set(end.urlAfterRedirects);
        this.menuOpen.set(false);
        this.openGroup.set(null);
      });
    effect(() => {
      if (!this.session.hasAnyRole(DEV_OUTBOX_ROLES)) {
        this.devOutboxInUse.set(false);
        return;
      }
      untracked(() =>
        this.graphql
          .request(DevOutboxInUseDocument, {})
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: (d) => this.devOutboxInUse.set(d.devOutboxInUse),
            // Without the answer the link stays away; the page itself still works.
            error: () => this.devOutboxInUse.set(false),
          }),
      );
    });
  }

  /** A plain "#main" link would resolve against <base href> and reload the app. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected toggleGroup(id: NavGroupId): void {
    this.openGroup.update((open) => (open === id ? null : id));
  }

  /** Escape closes the open group first (focus back on its button), then the phone menu. */
  protected closeOnEscape(): void {
    const group = this.openGroup();
    if (group) {
      this.openGroup.set(null);
      this.document.getElementById(`nav-group-${group}`)?.focus();
      return;
    }
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.document.getElementById('menu-button')?.focus();
  }

  protected closeGroupOnClickOutside(event: MouseEvent): void {
    if (!this.openGroup()) return;
    const target = event.target as Element | null;
    if (!target?.closest?.('.group')) this.openGroup.set(null);
  }

  protected logout(): void {
    this.loggingOut.set(true);
    this.session
      .logout()
      .subscribe({ error: () => this.loggingOut.set(false) });
  }
}
