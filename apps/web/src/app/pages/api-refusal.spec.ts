import { TestBed } from '@angular/core/testing';
import { ApiError, I18nService } from '@inspraak/web-core';
import { reasonText, refusalText } from './api-refusal';

describe('reasonText', () => {
  beforeEach(() => localStorage.clear());

  it('gives our own text for a known reason, in the current language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(
      reasonText(i18n, 'account.reset.linkProblems', 'RESET_LINK_EXPIRED'),
    ).toContain('een uur lang');
    i18n.setLanguage('en');
    expect(
      reasonText(i18n, 'account.reset.linkProblems', 'RESET_LINK_EXPIRED'),
    ).toContain('one hour');
  });

  it('has nothing for a missing, unknown or malformed reason', () => {
    const i18n = TestBed.inject(I18nService);
    expect(reasonText(i18n, 'sso.errors', null)).toBeNull();
    expect(reasonText(i18n, 'sso.errors', 'NOT_A_REASON_WE_KNOW')).toBeNull();
    expect(reasonText(i18n, 'sso', 'errors.UNKNOWN')).toBeNull();
  });
});

describe('refusalText', () => {
  beforeEach(() => localStorage.clear());

  it("uses the page's own text for the codes it explains, otherwise the API's message", () => {
    const i18n = TestBed.inject(I18nService);
    const own = { TOO_MANY_REQUESTS: 'account.forgot.tooMany' } as const;
    expect(
      refusalText(i18n, new ApiError('TOO_MANY_REQUESTS', 'Slow down'), own),
    ).toBe(i18n.translate('account.forgot.tooMany'));
    expect(refusalText(i18n, new ApiError('CONFLICT', 'Al gedaan'), own)).toBe(
      'Al gedaan',
    );
    expect(refusalText(i18n, new Error('boom'), own)).toBe(
      i18n.translate('errors.INTERNAL_SERVER_ERROR'),
    );
  });
});
