import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LoginDocument, ViewerDocument } from '@inspraak/shared';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { ApiError } from './api-error';
import {
  CSRF_BOOTSTRAP_URL,
  GRAPHQL_ENDPOINT,
  GraphqlClient,
} from './graphql-client';

describe('GraphqlClient', () => {
  let client: GraphqlClient;
  let http: HttpTestingController;
  let router: Router;

  function setCsrfCookie(value: string): void {
    document.cookie = `inspraak_csrf=${value}; path=/`;
  }

  function clearCsrfCookie(): void {
    document.cookie =
      'inspraak_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  }

  beforeEach(() => {
    localStorage.clear();
    setCsrfCookie('token-123');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    client = TestBed.inject(GraphqlClient);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    http.verify();
    clearCsrfCookie();
  });

  async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error('expected the request to fail');
  }

  it('posts the operation with CSRF and language headers and returns typed data', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    const result = firstValueFrom(client.request(ViewerDocument, {}));

    const req = http.expectOne(GRAPHQL_ENDPOINT);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('x-csrf-token')).toBe('token-123');
    expect(req.request.headers.get('accept-language')).toBe('en');
    expect(req.request.credentials).toBe('same-origin');
    expect(req.request.body.operationName).toBe('Viewer');
    expect(req.request.body.query).toContain('query Viewer');
    expect(req.request.body.query).toContain('fragment ViewerFields on Viewer');
    req.flush({ data: { viewer: null } });

    await expect(result).resolves.toEqual({ viewer: null });
  });

  it('fetches /health first when the CSRF cookie is missing', async () => {
    clearCsrfCookie();
    const result = firstValueFrom(client.request(ViewerDocument, {}));

    http.expectOne(CSRF_BOOTSTRAP_URL).flush('ok', { headers: {} });
    // The real server sets the cookie with that response.
    const req = http.expectOne(GRAPHQL_ENDPOINT);
    expect(req.request.headers.has('x-csrf-token')).toBe(false);
    req.flush({ data: { viewer: null } });
    await result;
  });

  it('maps a GraphQL error to ApiError with code, reason, message and fields', async () => {
    const result = firstValueFrom(
      client.request(LoginDocument, {
        input: { email: 'a@b.nl', password: 'x' },
      }),
    );
    http.expectOne(GRAPHQL_ENDPOINT).flush({
      data: null,
      errors: [
        {
          message: 'E-mailadres is ongeldig.',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'VALIDATION',
            fields: [
              { field: 'email', message: 'Vul een geldig e-mailadres in.' },
              { nonsense: true },
            ],
          },
        },
      ],
    });

    const error = await failureOf(result);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('VALIDATION');
    expect(error.message).toBe('E-mailadres is ongeldig.');
    expect(error.fields).toEqual([
      { field: 'email', message: 'Vul een geldig e-mailadres in.' },
    ]);
    expect(error.fieldMessage('email')).toBe('Vul een geldig e-mailadres in.');
  });

  it('reads GraphQL errors from a non-200 response body', async () => {
    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http.expectOne(GRAPHQL_ENDPOINT).flush(
      {
        errors: [
          {
            message: 'Te veel pogingen.',
            extensions: { code: 'TOO_MANY_REQUESTS' },
          },
        ],
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    const error = await failureOf(result);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toBe('Te veel pogingen.');
  });

  it('maps an HTTP failure without a GraphQL body by status, with a translated message', async () => {
    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http
      .expectOne(GRAPHQL_ENDPOINT)
      .flush('Forbidden', { status: 403, statusText: 'Forbidden' });
    const error = await failureOf(result);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Je hebt geen rechten voor deze actie.');
    expect(error.reason).toBeNull();
  });

  it('maps an HTTP 413 from the body parser to a clear BAD_USER_INPUT error', async () => {
    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http
      .expectOne(GRAPHQL_ENDPOINT)
      .flush('<pre>PayloadTooLargeError: request entity too large</pre>', {
        status: 413,
        statusText: 'Payload Too Large',
      });
    const error = await failureOf(result);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toContain('te groot');
    expect(error.message).not.toBe(
      'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    );

    TestBed.inject(I18nService).setLanguage('en');
    const english = firstValueFrom(client.request(ViewerDocument, {}));
    http
      .expectOne(GRAPHQL_ENDPOINT)
      .flush('', { status: 413, statusText: 'Payload Too Large' });
    expect((await failureOf(english)).message).toContain('too large');
  });

  it('maps a network failure to NETWORK_ERROR', async () => {
    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http
      .expectOne(GRAPHQL_ENDPOINT)
      .error(new ProgressEvent('error'), { status: 0 });
    expect((await failureOf(result)).code).toBe('NETWORK_ERROR');
  });

  it('treats unknown codes as INTERNAL_SERVER_ERROR and fills in a missing message', async () => {
    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http.expectOne(GRAPHQL_ENDPOINT).flush({
      errors: [{ message: '', extensions: { code: 'SOMETHING_ODD' } }],
    });
    const error = await failureOf(result);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe(
      'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    );
  });

  it('navigates to /login on UNAUTHENTICATED, keeping the way back', async () => {
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/directory/employees');
    const expired = jest.fn();
    client.unauthenticated$.subscribe(expired);

    const result = firstValueFrom(client.request(ViewerDocument, {}));
    http.expectOne(GRAPHQL_ENDPOINT).flush({
      errors: [
        {
          message: 'Log opnieuw in.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });

    expect((await failureOf(result)).code).toBe('UNAUTHENTICATED');
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/directory/employees' },
    });
    expect(expired).toHaveBeenCalled();
  });

  it('does not navigate when the caller handles UNAUTHENTICATED itself (wrong password)', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const result = firstValueFrom(
      client.request(
        LoginDocument,
        { input: { email: 'a@b.nl', password: 'x' } },
        { redirectOnUnauthenticated: false },
      ),
    );
    http.expectOne(GRAPHQL_ENDPOINT).flush({
      errors: [
        {
          message: 'Onjuist e-mailadres of wachtwoord.',
          extensions: {
            code: 'UNAUTHENTICATED',
            reason: 'INVALID_CREDENTIALS',
          },
        },
      ],
    });
    const error = await failureOf(result);
    expect(error.reason).toBe('INVALID_CREDENTIALS');
    expect(navigate).not.toHaveBeenCalled();
  });
});
