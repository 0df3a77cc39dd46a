import {
  I18nService,
  isApiError,
  type ApiErrorCode,
  type TranslationKey,
} from '@inspraak/web-core';

/**
 * Our own text for the reason an API refusal gives (`<group>.<REASON>` in the
 * dictionary, e.g. `account.passwordRefusals.PASSWORD_COMMON`), or null
 * when there is no reason, it is not of the reason's form, or we have no text for it.
 */
export function reasonText(
  i18n: I18nService,
  group: string,
  reason: string | null | undefined,
): string | null {
  if (!reason || !/^[A-Z_]{1,40}$/.test(reason)) return null;
  const key = `${group}.${reason}`;
  return i18n.has(key) ? i18n.translateDynamic(key) : null;
}

/**
 * What a page says about a failed request: its own text for the error codes
 * it explains itself (too many attempts, an unknown link), otherwise the API's
 * message, already in the reader's language.
 */
export function refusalText(
  i18n: I18nService,
  error: unknown,
  ownTexts: Partial<Record<ApiErrorCode, TranslationKey>>,
): string {
  const own = isApiError(error) ? ownTexts[error.code] : undefined;
  return own ? i18n.translate(own) : i18n.errorMessage(error);
}
