/**
 * Paths whose second segment is a secret: the link is the credential (the
 * calendar feed a calendar program subscribes to, the one-time links in
 * e-mails for answering a survey, setting a password, accepting an
 * invitation). The web app's routes reach the API as page loads of the app
 * shell, so they are logged like any other request.
 */
const SECRET_SEGMENT =
  /^((?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?\/+)(calendar|s|reset-password|invite)\/+[^/?#]+/i;

/** Query parameters whose value is kept in logs; every other value may be a secret (OpenID Connect's code and state, a GraphQL GET's variables). */
const VISIBLE_QUERY_PARAMETERS = new Set(['sso_error']);

export const REDACTED = '[redacted]';

/** The URL as it may stand in a log (the request target as sent, also in absolute form): secret path segments and query values replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const redactedPath = path.replace(
    SECRET_SEGMENT,
    (_match, start: string, route: string) => `${start}${route}/${REDACTED}`,
  );
  if (queryStart === -1) return redactedPath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1)
        return pair === '' || VISIBLE_QUERY_PARAMETERS.has(pair)
          ? pair
          : REDACTED;
      const name = pair.slice(0, equals);
      return VISIBLE_QUERY_PARAMETERS.has(name) ? pair : `${name}=${REDACTED}`;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}
