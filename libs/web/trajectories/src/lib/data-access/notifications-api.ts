import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
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
}
