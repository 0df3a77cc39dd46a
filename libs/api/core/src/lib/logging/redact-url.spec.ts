import { redactUrl } from './redact-url';

describe('URLs in the request log', () => {
  const token = 'kX3_9fQ-ab12cd34ef56gh78ij90kl12mn34op56qr7';

  it('hides the secret of a calendar feed and of one-time links', () => {
    expect(redactUrl(`/calendar/${token}.ics`)).toBe('/calendar/[redacted]');
    expect(redactUrl(`/s/${token}`)).toBe('/s/[redacted]');
    expect(redactUrl(`/reset-password/${token}`)).toBe(
      '/reset-password/[redacted]',
    );
    expect(redactUrl(`/invite/${token}/accept`)).toBe(
      '/invite/[redacted]/accept',
    );
  });

  it('hides it however the path is spelled (routing ignores case; absolute form)', () => {
    expect(redactUrl(`/CALENDAR/${token}.ics`)).toBe('/CALENDAR/[redacted]');
    expect(redactUrl(`//s//${token}`)).toBe('//s/[redacted]');
    expect(redactUrl(`http://inspraak.example/calendar/${token}.ics`)).toBe(
      'http://inspraak.example/calendar/[redacted]',
    );
  });

  it('hides query values but keeps their names and the login error code', () => {
    expect(
      redactUrl(`/auth/oidc/callback?code=${token}&state=${token}&iss=x`),
    ).toBe(
      '/auth/oidc/callback?code=[redacted]&state=[redacted]&iss=[redacted]',
    );
    expect(redactUrl('/login?sso_error=NO_PROVIDER')).toBe(
      '/login?sso_error=NO_PROVIDER',
    );
    expect(redactUrl(`/graphql?${token}`)).toBe('/graphql?[redacted]');
  });

  it('leaves other paths as they are', () => {
    expect(redactUrl('/surveys/123/results')).toBe('/surveys/123/results');
    expect(redactUrl('/settings')).toBe('/settings');
    expect(redactUrl('/s')).toBe('/s');
  });
});
