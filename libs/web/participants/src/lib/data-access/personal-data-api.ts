import { Injectable, inject } from '@angular/core';
import {
  ErasureRequestsDocument,
  HandleErasureRequestDocument,
  MyPersonalDataDocument,
  RequestErasureDocument,
  type ErasureRequestsQuery,
  type RequestErasureMutation,
} from '@inspraak/shared';
import { GraphqlClient } from '@inspraak/web-core';
import { map, type Observable } from 'rxjs';

export type ErasureRequest = ErasureRequestsQuery['erasureRequests'][number];
export type ErasureReceipt = RequestErasureMutation['requestErasure'];

/** Data-subject rights: my data as JSON, asking for erasure; the advisor handles requests. */
@Injectable({ providedIn: 'root' })
export class PersonalDataApi {
  private readonly graphql = inject(GraphqlClient);

  myPersonalData(): Observable<string> {
    return this.graphql
      .request(MyPersonalDataDocument, {})
      .pipe(map((d) => d.myPersonalData));
  }

  requestErasure(): Observable<ErasureReceipt> {
    return this.graphql
      .request(RequestErasureDocument, {})
      .pipe(map((d) => d.requestErasure));
  }

  erasureRequests(): Observable<ErasureRequest[]> {
    return this.graphql
      .request(ErasureRequestsDocument, {})
      .pipe(map((d) => d.erasureRequests));
  }

  handle(id: string): Observable<unknown> {
    return this.graphql.request(HandleErasureRequestDocument, { id });
  }
}
