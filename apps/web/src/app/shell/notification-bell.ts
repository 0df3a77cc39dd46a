import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  NotificationsApi,
  SessionService,
  TranslatePipe,
  type AppNotification,
} from '@inspraak/web-core';
import { filter, interval } from 'rxjs';

/** How many of the newest notifications the bell's panel lists. */
const SHOWN = 8;
/** How often the count is asked again while a page stays open. */
const REFRESH_MS = 60_000;

/**
 * The bell on every page: a button named with the unread count that opens a
 * panel (a disclosure: Escape or a click elsewhere closes it and focus returns
 * to the button) with the newest notifications, each a link to where to act.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [RouterLink, TranslatePipe, LocalTextPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:keydown.escape)': 'closeOnEscape()',
    '(document:click)': 'closeOnClickOutside($event)',
  },
  template: `
    @if (session.viewer()) {
      <button
        #bellButton
        id="notification-bell"
        type="button"
        class="bell"
        aria-controls="notification-panel"
        [attr.aria-expanded]="open()"
        [attr.aria-label]="label()"
        (click)="toggle()"
      >
        <!-- Drawn, not an emoji: a machine without an emoji font showed an empty box. -->
        <svg
          class="icon"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="22"
          height="22"
        >
          <path
            d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.07-1.63-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.64 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
          />
        </svg>
        @if (count() > 0) {
          <span aria-hidden="true" class="count">{{ count() }}</span>
        }
      </button>
      <span class="sr-only" aria-live="polite">{{ label() }}</span>
      @if (open()) {
        <div
          id="notification-panel"
          class="panel"
          role="region"
          [attr.aria-label]="'notifications.panelHeading' | translate"
        >
          <div class="panel-head">
            <h2>{{ 'notifications.panelHeading' | translate }}</h2>
            @if (count() > 0) {
              <button type="button" class="link-button" (click)="markAll()">
                {{ 'notifications.markAllRead' | translate }}
              </button>
            }
          </div>
          @if (items() === null) {
            <p role="status">{{ 'common.loading' | translate }}</p>
          } @else if (items()!.length === 0) {
            <p class="muted">{{ 'notifications.none' | translate }}</p>
          } @else {
            <ul>
              @for (item of items(); track item.id) {
                <li [class.unread]="!item.readAt">
                  @if (item.link?.startsWith('/')) {
                    <a [routerLink]="item.link" (click)="follow(item)">{{
                      item.titleNl | localText: item.titleEn
                    }}</a>
                  } @else {
                    <strong>{{
                      item.titleNl | localText: item.titleEn
                    }}</strong>
                  }
                  <span class="body">{{
                    item.bodyNl | localText: item.bodyEn
                  }}</span>
                  <span class="meta">
                    @if (!item.readAt) {
                      <span class="new-label">{{
                        'notifications.unread' | translate
                      }}</span>
                      <button
                        type="button"
                        class="link-button"
                        [attr.aria-label]="
                          'notifications.markReadOf'
                            | translate
                              : {
                                  title: item.titleNl | localText: item.titleEn,
                                }
                        "
                        (click)="markOne(item)"
                      >
                        {{ 'notifications.markRead' | translate }}
                      </button>
                    }
                    <span class="muted">{{
                      item.createdAt | localDate: true
                    }}</span>
                  </span>
                </li>
              }
            </ul>
          }
          <a class="all" routerLink="/notifications" (click)="close(false)">{{
            'notifications.showAll' | translate
          }}</a>
        </div>
      }
    }
  `,
  styles: `
    :host {
      position: relative;
      display: inline-block;
    }
    .bell {
      position: relative;
      min-width: 2.75rem;
      min-height: 2.5rem;
      border: 1px solid #fff;
      border-radius: 0.375rem;
      background: transparent;
      color: #fff;
      font: inherit;
      cursor: pointer;
    }
    .bell:focus-visible,
    a:focus-visible,
    .link-button:focus-visible {
      outline: 3px solid var(--isp-focus, #ffbf47);
      outline-offset: 2px;
    }
    .icon {
      display: block;
      margin: auto;
      fill: currentColor;
    }
    .count {
      position: absolute;
      top: -0.5rem;
      right: -0.5rem;
      min-width: 1.375rem;
      padding: 0 0.25rem;
      border-radius: 0.75rem;
      background: #b3261e;
      color: #fff;
      font-size: 0.8125rem;
      font-weight: 700;
      line-height: 1.375rem;
    }
    .panel {
      position: absolute;
      right: 0;
      top: calc(100% + 0.5rem);
      z-index: 20;
      width: min(26rem, calc(100vw - 2rem));
      max-height: 70vh;
      overflow-y: auto;
      padding: 0.75rem 1rem;
      border: 1px solid var(--isp-border, #c9d3d8);
      border-radius: 0.5rem;
      background: #fff;
      color: var(--isp-text, #1b1f23);
      box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 20%);
      text-align: start;
    }
    .panel-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5rem;
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding-block: 0.5rem;
      border-bottom: 1px solid var(--isp-border, #c9d3d8);
      overflow-wrap: anywhere;
    }
    li.unread {
      border-left: 3px solid var(--isp-accent, #0a5a73);
      padding-left: 0.5rem;
    }
    a {
      color: var(--isp-accent, #0a5a73);
      font-weight: 600;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      font-size: 0.875rem;
    }
    .new-label {
      padding: 0 0.375rem;
      border-radius: 0.25rem;
      background: var(--isp-accent, #0a5a73);
      color: #fff;
      font-weight: 600;
    }
    .muted {
      color: var(--isp-muted, #4a5560);
    }
    .link-button {
      min-height: 2rem;
      border: 0;
      background: none;
      color: var(--isp-accent, #0a5a73);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .all {
      display: inline-block;
      margin-top: 0.75rem;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (max-width: 40rem) {
      .panel {
        position: fixed;
        left: 0.5rem;
        right: 0.5rem;
        top: 4rem;
        width: auto;
      }
    }
  `,
})
export class NotificationBell {
  protected readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly destroyRef = inject(DestroyRef);
  private readonly button =
    viewChild<ElementRef<HTMLButtonElement>>('bellButton');

  protected readonly open = signal(false);
  protected readonly items = signal<AppNotification[] | null>(null);
  protected readonly count = computed(() => this.api.unreadCount() ?? 0);
  protected readonly label = computed(() => {
    const count = this.count();
    return count > 0
      ? this.i18n.translate('notifications.bell', { count })
      : this.i18n.translate('notifications.bellNone');
  });

  constructor() {
    // Count again whenever someone signs in, moves to another page, and every minute.
    effect(() => {
      if (this.session.viewer()) untracked(() => this.refresh());
    });
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.refresh());
    interval(REFRESH_MS)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.refresh());
  }

  private refresh(): void {
    if (!this.session.viewer()) return;
    this.api.refreshUnreadCount().subscribe({ error: () => undefined });
  }

  protected toggle(): void {
    if (this.open()) {
      this.close(true);
      return;
    }
    this.open.set(true);
    this.items.set(null);
    this.api.myNotifications(0, SHOWN).subscribe({
      next: (items) => this.items.set(items),
      error: () => this.items.set([]),
    });
  }

  close(returnFocus: boolean): void {
    this.open.set(false);
    if (returnFocus) this.button()?.nativeElement.focus();
  }

  protected closeOnEscape(): void {
    if (this.open()) this.close(true);
  }

  protected closeOnClickOutside(event: MouseEvent): void {
    if (
      this.open() &&
      !this.host.nativeElement.contains(event.target as Node | null)
    )
      this.close(false);
  }

  /** Following a notification reads it; the navigation does not wait for the API. */
  protected follow(item: AppNotification): void {
    this.close(false);
    if (!item.readAt)
      this.api.markRead([item.id]).subscribe({ error: () => undefined });
  }

  protected markOne(item: AppNotification): void {
    this.api.markRead([item.id]).subscribe({
      next: () => this.markedRead([item.id]),
      error: () => undefined,
    });
  }

  protected markAll(): void {
    this.api.markAllRead().subscribe({
      next: () => this.markedRead((this.items() ?? []).map((i) => i.id)),
      error: () => undefined,
    });
  }

  private markedRead(ids: readonly string[]): void {
    const now = new Date().toISOString();
    this.items.update((items) =>
      (items ?? []).map((item) =>
        ids.includes(item.id) && !item.readAt ? { ...item, readAt: now } : item,
      ),
    );
  }
}
