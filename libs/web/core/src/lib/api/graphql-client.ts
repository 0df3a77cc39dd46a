import {
  HttpClient,
  HttpErrorResponse,
  HttpHeaders,
} from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  print,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import {
  Observable,
  Subject,
  catchError,
  defer,
  map,
  of,
  switchMap,
  throwError,
} from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import {
  ApiError,
  PAYLOAD_TOO_LARGE_REASON,
  errorCodeForHttpStatus,
  normaliseErrorCode,
  type ApiFieldError,
} from './api-error';

export const GRAPHQL_ENDPOINT = '/graphql';
export const CSRF_COOKIE = 'inspraak_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** A GET here makes the server set the CSRF cookie. */
export const CSRF_BOOTSTRAP_URL = '/health';

export interface GraphqlRequestOptions {
  /** Default true. The login form turns it off: a wrong password is UNAUTHENTICATED too. */
  redirectOnUnauthenticated?: boolean;
}

interface GraphqlErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; fields?: unknown };
}

interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: GraphqlErrorPayload[];
}

/**
 * The one way the web app talks to the API. Observables throughout; every
 * failure arrives as an `ApiError` whose message is already in the UI language.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly printed = new WeakMap<
    object,
    { query: string; operationName: string | undefined }
  >();
  private readonly unauthenticated = new Subject<void>();

  /** Emits whenever the API says the session is gone. */
  readonly unauthenticated$ = this.unauthenticated.asObservable();

  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options: GraphqlRequestOptions = {},
  ): Observable<TData> {
    const { query, operationName } = this.print(document);
    return this.csrfToken().pipe(
      switchMap((token) => {
        let headers = new HttpHeaders({
          'content-type': 'application/json',
          'accept-language': this.i18n.language(),
        });
        if (token) headers = headers.set(CSRF_HEADER, token);
        return this.http.post<GraphqlResponse<TData>>(
          GRAPHQL_ENDPOINT,
          { query, operationName, variables },
          { headers, credentials: 'same-origin' },
        );
      }),
      map((response) => {
        if (response.errors?.length)
          throw this.fromGraphqlError(response.errors[0]);
        if (response.data == null) throw this.withCode('INTERNAL_SERVER_ERROR');
        return response.data;
      }),
      catchError((error: unknown) => {
        const apiError = this.toApiError(error);
        if (
          apiError.code === 'UNAUTHENTICATED' &&
          options.redirectOnUnauthenticated !== false
        ) {
          this.unauthenticated.next();
          const returnUrl = this.router.url;
          if (!returnUrl.startsWith('/login')) {
            void this.router.navigate(['/login'], {
              queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
            });
          }
        }
        return throwError(() => apiError);
      }),
    );
  }

  /** The CSRF cookie value; fetches /health once first when the cookie is not there yet. */
  private csrfToken(): Observable<string | null> {
    return defer(() => {
      const existing = this.readCookie(CSRF_COOKIE);
      if (existing) return of(existing);
      return this.http
        .get(CSRF_BOOTSTRAP_URL, {
          responseType: 'text',
          credentials: 'same-origin',
        })
        .pipe(
          catchError(() => of('')),
          map(() => this.readCookie(CSRF_COOKIE)),
        );
    });
  }

  private readCookie(name: string): string | null {
    const prefix = `${name}=`;
    for (const part of (this.document.cookie ?? '').split(';')) {
      const cookie = part.trim();
      if (cookie.startsWith(prefix))
        return decodeURIComponent(cookie.slice(prefix.length));
    }
    return null;
  }

  private print(document: DocumentNode): {
    query: string;
    operationName: string | undefined;
  } {
    let cached = this.printed.get(document);
    if (!cached) {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      cached = {
        query: print(document),
        operationName: operation?.name?.value,
      };
      this.printed.set(document, cached);
    }
    return cached;
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof HttpErrorResponse) {
      const body = parseBody(error.error);
      if (body?.errors?.length) return this.fromGraphqlError(body.errors[0]);
      // The HTTP body parser refuses an oversized request (a big import file)
      // before GraphQL runs, so there is no GraphQL error to pass on.
      if (error.status === 413)
        return new ApiError(
          'BAD_USER_INPUT',
          this.i18n.translate('errors.PAYLOAD_TOO_LARGE'),
          PAYLOAD_TOO_LARGE_REASON,
        );
      return this.withCode(errorCodeForHttpStatus(error.status));
    }
    return this.withCode('INTERNAL_SERVER_ERROR');
  }

  private fromGraphqlError(payload: GraphqlErrorPayload): ApiError {
    const code = normaliseErrorCode(payload.extensions?.code);
    const reason =
      typeof payload.extensions?.reason === 'string'
        ? payload.extensions.reason
        : null;
    const message =
      typeof payload.message === 'string' && payload.message.trim()
        ? payload.message
        : this.i18n.translate(`errors.${code}`);
    return new ApiError(
      code,
      message,
      reason,
      parseFields(payload.extensions?.fields),
    );
  }

  private withCode(code: ReturnType<typeof normaliseErrorCode>): ApiError {
    return new ApiError(code, this.i18n.translate(`errors.${code}`));
  }
}

function parseBody(body: unknown): GraphqlResponse<unknown> | null {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as GraphqlResponse<unknown>;
    } catch {
      return null;
    }
  }
  return body && typeof body === 'object'
    ? (body as GraphqlResponse<unknown>)
    : null;
}

function parseFields(fields: unknown): ApiFieldError[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: unknown) => {
    if (!f || typeof f !== 'object') return [];
    const { field, message } = f as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string'
      ? [{ field, message }]
      : [];
  });
}
