import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  type NotificationFieldsFragment,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

/** A notice the API left for me in the app (accepted, declined, invited, reminded, ...). */
export type AppNotification = NotificationFieldsFragment;

/** My in-app notices, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly graphql = inject(GraphqlClient);

  /** The latest first. */
  myNotifications(): Observable<AppNotification[]> {
    return this.graphql
      .request(MyNotificationsDocument, {})
      .pipe(map((d) => d.myNotifications));
  }

  /** Marks these notices of mine as read (others' and already read ones are left alone). */
  markRead(ids: string[]): Observable<boolean> {
    return this.graphql
      .request(MarkNotificationsReadDocument, { ids })
      .pipe(map((d) => d.markNotificationsRead));
  }
}
