import { Injectable, inject, signal } from '@angular/core';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  MyNotificationPreferencesDocument,
  MyNotificationsDocument,
  MyUnreadNotificationCountDocument,
  UpdateMyNotificationPreferencesDocument,
  type NotificationFieldsFragment,
  type NotificationPreferencesFieldsFragment,
  type NotificationPreferencesInput,
} from '@inspraak/shared';
import { Observable, map, tap } from 'rxjs';
import { GraphqlClient } from '../api/graphql-client';

/** A notice the API left for me (reminders, answers, invitations, changes to my account). */
export type AppNotification = NotificationFieldsFragment;
export type NotificationPreferences = NotificationPreferencesFieldsFragment;

/**
 * My notifications, through the one GraphQL client. Keeps the unread count
 * the bell shows, so marking read anywhere (the bell, the page) lowers it.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly graphql = inject(GraphqlClient);
  private readonly unread = signal<number | null>(null);
  /** The last known number of unread notifications; null before the first answer. */
  readonly unreadCount = this.unread.asReadonly();

  /** The newest first, a page at a time. */
  myNotifications(offset = 0, limit = 20): Observable<AppNotification[]> {
    return this.graphql
      .request(MyNotificationsDocument, { offset, limit })
      .pipe(map((d) => d.myNotifications));
  }

  refreshUnreadCount(): Observable<number> {
    return this.graphql.request(MyUnreadNotificationCountDocument, {}).pipe(
      map((d) => d.myUnreadNotificationCount),
      tap((count) => this.unread.set(count)),
    );
  }

  /** Marks these notices of mine as read (others' and already read ones are left alone). */
  markRead(ids: string[]): Observable<boolean> {
    return this.graphql.request(MarkNotificationsReadDocument, { ids }).pipe(
      map((d) => d.markNotificationsRead),
      tap(() =>
        this.refreshUnreadCount().subscribe({ error: () => undefined }),
      ),
    );
  }

  markAllRead(): Observable<number> {
    return this.graphql.request(MarkAllNotificationsReadDocument, {}).pipe(
      map((d) => d.markAllNotificationsRead),
      tap(() => this.unread.set(0)),
    );
  }

  preferences(): Observable<NotificationPreferences> {
    return this.graphql
      .request(MyNotificationPreferencesDocument, {})
      .pipe(map((d) => d.myNotificationPreferences));
  }

  savePreferences(
    input: NotificationPreferencesInput,
  ): Observable<NotificationPreferences> {
    return this.graphql
      .request(UpdateMyNotificationPreferencesDocument, { input })
      .pipe(map((d) => d.updateMyNotificationPreferences));
  }
}
