import { badInput, FieldProblem, LocalisedText } from '@inspraak/api-core';

/** http is allowed only for a provider on this machine (tests, development). */
export function isLocalHttp(url: URL): boolean {
  return (
    url.protocol === 'http:' &&
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  );
}

export const invalidSetting = (
  reason: string,
  field: string,
  message: LocalisedText,
): Error => badInput(reason, message, [{ field, message } as FieldProblem]);

/** https, or http on this machine; no credentials, query or fragment. Kept as typed: discovery compares it with the issuer the provider names. */
export function checkedIssuer(value: string): string {
  const problem = () =>
    invalidSetting('ISSUER_INVALID', 'issuer', {
      nl: 'Geef een https-adres op (http alleen voor localhost), zonder ? of #.',
      en: 'Give an https address (http only for localhost), without ? or #.',
    });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem();
  }
  if (
    !(url.protocol === 'https:' || isLocalHttp(url)) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  )
    throw problem();
  return value.trim();
}
