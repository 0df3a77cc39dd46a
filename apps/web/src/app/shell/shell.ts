import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { SessionService, TranslatePipe } from '@inspraak/web-core';
import { filter } from 'rxjs';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav-items';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  host: { '(document:keydown.escape)': 'closeMenuOnEscape()' },
})
export class Shell {
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionService);
  protected readonly menuOpen = signal(false);
  protected readonly loggingOut = signal(false);
  protected readonly navItems = computed(() =>
    navItemsFor(this.session.roles()),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  /** A plain "#main" link would resolve against <base href> and reload the app. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenuOnEscape(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.document.getElementById('menu-button')?.focus();
  }

  protected logout(): void {
    this.loggingOut.set(true);
    this.session
      .logout()
      .subscribe({ error: () => this.loggingOut.set(false) });
  }
}
