import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  DigestFrequency,
  NotificationCategory,
  NotificationMailMode,
} from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  NotificationsApi,
  TranslatePipe,
  loadable,
  pageActions,
  type AppNotification,
  type NotificationPreferences,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';

const PAGE_SIZE = 20;

type Section = 'list' | 'preferences';

/**
 * The one place for notifications: everything addressed to me, newest first,
 * a page at a time, to read and follow; and how I get them by e-mail.
 */
@Component({
  selector: 'app-notifications-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalTextPipe,
    LocalDatePipe,
    AlertComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<Section>();
  protected readonly loaded = loadable<AppNotification[]>([]);
  protected readonly more = signal(false);
  protected readonly preferences = signal<NotificationPreferences | null>(null);
  protected readonly digests: readonly DigestFrequency[] = [
    'DAILY',
    'WEEKLY',
    'OFF',
  ];
  protected readonly modes: readonly NotificationMailMode[] = [
    'IMMEDIATE',
    'DIGEST',
    'NEVER',
  ];
  protected readonly unreadCount = this.api.unreadCount;

  constructor() {
    this.loaded.load(this.api.myNotifications(0, PAGE_SIZE));
    this.api.refreshUnreadCount().subscribe({ error: () => undefined });
    this.api.preferences().subscribe({
      next: (p) => this.preferences.set(p),
      error: () => undefined,
    });
  }

  protected hasMore(): boolean {
    const count = this.loaded.value().length;
    return count > 0 && count % PAGE_SIZE === 0 && !this.more();
  }

  protected loadMore(): void {
    const shown = this.loaded.value();
    this.actions.run(
      'list',
      this.api.myNotifications(shown.length, PAGE_SIZE),
      (next) => {
        this.loaded.value.set([...shown, ...next]);
        if (next.length < PAGE_SIZE) this.more.set(true);
      },
    );
  }

  /** Following a notification reads it; the navigation does not wait for the API. */
  protected follow(item: AppNotification): void {
    if (!item.readAt)
      this.api.markRead([item.id]).subscribe({ error: () => undefined });
  }

  protected markOne(item: AppNotification): void {
    this.actions.run('list', this.api.markRead([item.id]), () => {
      this.markedRead([item.id]);
    });
  }

  protected markAll(): void {
    this.actions.run('list', this.api.markAllRead(), () => {
      this.markedRead(this.loaded.value().map((i) => i.id));
      this.actions.focus('#notifications-heading');
      return this.i18n.translate('notifications.markedAllRead');
    });
  }

  protected hasUnread(): boolean {
    return (
      (this.unreadCount() ?? 0) > 0 ||
      this.loaded.value().some((item) => !item.readAt)
    );
  }

  private markedRead(ids: readonly string[]): void {
    const now = new Date().toISOString();
    this.loaded.value.update((items) =>
      items.map((item) =>
        ids.includes(item.id) && !item.readAt ? { ...item, readAt: now } : item,
      ),
    );
  }

  // --- Preferences

  protected digestKey(digest: DigestFrequency): TranslationKey {
    const key = { DAILY: 'Daily', WEEKLY: 'Weekly', OFF: 'Off' }[digest];
    return `notifications.preferences.digest${key}` as TranslationKey;
  }

  protected modeKey(mode: NotificationMailMode): TranslationKey {
    return `notifications.preferences.mode${mode}`;
  }

  protected categoryKey(category: NotificationCategory): TranslationKey {
    return `notifications.preferences.category${category}`;
  }

  protected setDigest(digest: string): void {
    this.preferences.update(
      (p) => p && { ...p, digest: digest as DigestFrequency },
    );
  }

  protected setLanguage(language: string): void {
    this.preferences.update((p) => p && { ...p, language });
  }

  protected setMode(category: NotificationCategory, mode: string): void {
    this.preferences.update(
      (p) =>
        p && {
          ...p,
          categories: p.categories.map((c) =>
            c.category === category
              ? { ...c, mode: mode as NotificationMailMode }
              : c,
          ),
        },
    );
  }

  protected save(event: Event): void {
    event.preventDefault();
    const p = this.preferences();
    if (!p) return;
    this.actions.run(
      'preferences',
      this.api.savePreferences({
        digest: p.digest,
        language: p.language,
        categories: p.categories
          .filter((c) => !c.locked)
          .map(({ category, mode }) => ({ category, mode })),
      }),
      (saved) => {
        this.preferences.set(saved);
        return this.i18n.translate('notifications.preferences.saved');
      },
    );
  }
}
