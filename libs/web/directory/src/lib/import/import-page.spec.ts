import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ApiError, I18nService } from '@inspraak/web-core';
import { defer, of, throwError } from 'rxjs';
import {
  DirectoryApi,
  type EmployeeImportDetail,
  type EmployeeImportSummary,
} from '../data-access/directory-api';
import {
  IMPORT_FAILURE_CODES,
  IMPORT_POLL_INTERVAL_MS,
  ImportPageComponent,
} from './import-page';

jest.mock('./file-download', () => ({
  readFileAsBase64: jest.fn(() => Promise.resolve('cGVyc29uZWVsc251bW1lcg==')),
  downloadTextFile: jest.fn(),
}));
// The mocked module, to inspect its calls.
const fileDownload = require('./file-download') as {
  downloadTextFile: jest.Mock;
  readFileAsBase64: jest.Mock;
};

function importState(
  overrides: Partial<EmployeeImportDetail>,
): EmployeeImportDetail {
  return {
    id: 'imp-1',
    fileName: 'medewerkers.csv',
    mode: 'PARTIAL',
    status: 'RUNNING',
    progress: 0,
    totalRows: 50,
    processedRows: 0,
    createdCount: 0,
    updatedCount: 0,
    unchangedCount: 0,
    markedLeftCount: 0,
    errorCount: 0,
    failureCode: null,
    allowManyLeavers: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    finishedAt: null,
    errors: [],
    ...overrides,
  };
}

describe('ImportPageComponent', () => {
  const api = {
    employeeImports: jest.fn(() => of([] as EmployeeImportSummary[])),
    startEmployeeImport: jest.fn(),
    employeeImport: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.employeeImports.mockReturnValue(of([] as EmployeeImportSummary[]));
    TestBed.configureTestingModule({
      providers: [{ provide: DirectoryApi, useValue: api }],
    });
  });

  it('uploads the file, shows progress while running and the results at the end', async () => {
    api.startEmployeeImport.mockReturnValue(
      of(importState({ progress: 40, processedRows: 20 })),
    );
    api.employeeImport.mockReturnValue(
      of(
        importState({
          status: 'COMPLETED',
          progress: 100,
          processedRows: 50,
          createdCount: 49,
          errorCount: 1,
          errors: [
            {
              row: 7,
              column: 'email',
              code: 'INVALID_EMAIL',
              value: 'geen-mail',
            },
          ],
        }),
      ),
    );

    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    // Help with the expected columns is on the page.
    expect(el.textContent).toContain('personeelsnummer');
    expect(el.textContent).toContain('datum_in_dienst');

    const input = el.querySelector<HTMLInputElement>('#import-file');
    if (!input) throw new Error('no file input');
    const file = new File(['personeelsnummer;voornaam\n'], 'medewerkers.csv', {
      type: 'text/csv',
    });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    el.querySelector<HTMLInputElement>('#mode-full')?.click();
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();

    expect(api.startEmployeeImport).toHaveBeenCalledWith({
      fileName: 'medewerkers.csv',
      contentBase64: 'cGVyc29uZWVsc251bW1lcg==',
      mode: 'FULL',
      allowManyLeavers: false,
    });
    const bar = el.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-valuetext')).toBe(
      '20 van 50 rijen verwerkt',
    );

    // One poll later the import is done.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await fixture.whenStable();
    expect(api.employeeImport).toHaveBeenCalledWith('imp-1');
    expect(bar?.getAttribute('aria-valuenow')).toBe('100');
    expect(el.querySelector('[data-testid="count-created"]')?.textContent).toBe(
      '49',
    );
    expect(el.querySelector('[data-testid="count-errors"]')?.textContent).toBe(
      '1',
    );
    const errorRow = el.querySelector('table.errors tbody tr');
    expect(errorRow?.textContent).toContain('7');
    expect(errorRow?.textContent).toContain('email');
    expect(errorRow?.textContent).toContain('Ongeldig e-mailadres');

    // The error report is built from the same rows.
    el.querySelectorAll<HTMLButtonElement>('button.secondary')[0]?.click();
    const [, fileName, csv] = fileDownload.downloadTextFile.mock.calls[0];
    expect(fileName).toBe('medewerkers-foutenrapport.csv');
    expect(csv).toBe(
      'Rij;Kolom;Fout;Waarde\r\n7;email;Ongeldig e-mailadres;geen-mail\r\n',
    );
    fixture.destroy();
  });

  it('asks for a file before starting', async () => {
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(el.querySelector('#import-file-error')?.textContent).toContain(
      'Kies een bestand.',
    );
    expect(api.startEmployeeImport).not.toHaveBeenCalled();
  });
  function chooseFile(el: HTMLElement, file: File): void {
    const input = el.querySelector<HTMLInputElement>('#import-file');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
  }

  async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  const csvFile = () =>
    new File(['personeelsnummer;voornaam\n'], 'medewerkers.csv', {
      type: 'text/csv',
    });

  it('refuses a file over 20 MB before reading or sending it', async () => {
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const big = csvFile();
    Object.defineProperty(big, 'size', { value: 22 * 1024 * 1024 });

    chooseFile(el, big);
    await fixture.whenStable();
    const message = el.querySelector('#import-file-error')?.textContent ?? '';
    expect(message).toContain('22 MB');
    expect(message).toContain('tot 20 MB');
    expect(el.querySelector('#import-file')?.getAttribute('aria-invalid')).toBe(
      'true',
    );

    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(fileDownload.readFileAsBase64).not.toHaveBeenCalled();
    expect(api.startEmployeeImport).not.toHaveBeenCalled();
    expect(el.querySelector('#import-file-error')?.textContent).toContain(
      'tot 20 MB',
    );

    // Exactly 20 MB is still allowed.
    const limit = csvFile();
    Object.defineProperty(limit, 'size', { value: 20 * 1024 * 1024 });
    chooseFile(el, limit);
    await fixture.whenStable();
    expect(el.querySelector('#import-file-error')?.textContent?.trim()).toBe(
      '',
    );
  });

  it('explains a failed import in words, without the raw code, counts or "no errors"', async () => {
    api.startEmployeeImport.mockReturnValue(
      of(
        importState({
          status: 'FAILED',
          failureCode: 'IMPORT_WRONG_ENCODING',
          finishedAt: '2026-03-01T10:00:01.000Z',
        }),
      ),
    );
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    chooseFile(el, csvFile());
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);

    const result = el.querySelector('[data-testid="import-result"]');
    const failure = el.querySelector('[data-testid="import-failure"]');
    expect(failure?.getAttribute('role')).toBe('alert');
    expect(failure?.textContent).toContain('CSV UTF-8');
    expect(result?.textContent).not.toContain('IMPORT_WRONG_ENCODING');
    expect(el.querySelector('[data-testid="count-created"]')).toBeNull();
    expect(result?.textContent).not.toContain('Geen fouten gevonden');
    expect(el.querySelector('[data-testid="confirm-many-leavers"]')).toBeNull();

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(
      el.querySelector('[data-testid="import-failure"]')?.textContent,
    ).toContain('is not saved as UTF-8');
    fixture.destroy();
  });

  it('has a Dutch and an English explanation for every failure code', () => {
    const i18n = TestBed.inject(I18nService);
    for (const language of ['nl', 'en'] as const) {
      i18n.setLanguage(language);
      for (const code of IMPORT_FAILURE_CODES)
        expect(i18n.has(`importFailures.${code}`)).toBe(true);
    }
  });

  it('shows an unknown failure code as a general failure', async () => {
    api.startEmployeeImport.mockReturnValue(
      of(importState({ status: 'FAILED', failureCode: 'SOMETHING_NEW' })),
    );
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    chooseFile(el, csvFile());
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const failure = el.querySelector('[data-testid="import-failure"]');
    expect(failure?.textContent).toContain('De import is mislukt.');
    expect(failure?.textContent).not.toContain('SOMETHING_NEW');
    fixture.destroy();
  });

  it('asks to confirm a full import that would mark many as left and sends the same file again', async () => {
    api.startEmployeeImport
      .mockReturnValueOnce(
        of(
          importState({
            mode: 'FULL',
            status: 'FAILED',
            failureCode: 'IMPORT_TOO_MANY_LEAVERS',
            markedLeftCount: 20,
          }),
        ),
      )
      .mockReturnValueOnce(
        of(
          importState({
            id: 'imp-2',
            mode: 'FULL',
            status: 'COMPLETED',
            progress: 100,
            markedLeftCount: 20,
            allowManyLeavers: true,
          }),
        ),
      );
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const file = csvFile();
    chooseFile(el, file);
    el.querySelector<HTMLInputElement>('#mode-full')?.click();
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);

    const failure = el.querySelector('[data-testid="import-failure"]');
    expect(failure?.textContent).toContain(
      'Deze volledige export zou 20 medewerkers als uit dienst markeren',
    );
    expect(failure?.textContent).toContain(
      'controleer of het bestand compleet is',
    );
    expect(el.querySelector('[data-testid="count-marked-left"]')).toBeNull();

    // The radio changing meanwhile does not matter: the refused import was FULL.
    el.querySelector<HTMLInputElement>('#mode-partial')?.click();
    const confirm = el.querySelector<HTMLButtonElement>(
      '[data-testid="confirm-many-leavers"]',
    );
    expect(confirm?.textContent?.trim()).toBe(
      'Ik weet het zeker, importeer opnieuw',
    );
    confirm?.click();
    await settle(fixture);

    expect(fileDownload.readFileAsBase64).toHaveBeenLastCalledWith(file);
    expect(api.startEmployeeImport).toHaveBeenCalledTimes(2);
    expect(api.startEmployeeImport).toHaveBeenLastCalledWith({
      fileName: 'medewerkers.csv',
      contentBase64: 'cGVyc29uZWVsc251bW1lcg==',
      mode: 'FULL',
      allowManyLeavers: true,
    });
    expect(el.querySelector('[data-testid="import-failure"]')).toBeNull();
    expect(
      el.querySelector('[data-testid="count-marked-left"]')?.textContent,
    ).toBe('20');
    expect(
      el.querySelector('[data-testid="allowed-many-leavers"]'),
    ).not.toBeNull();
    expect(document.activeElement?.id).toBe('result-heading');
    fixture.destroy();
  });

  it('says "1 medewerker" and offers no confirm button for a refused import opened from the list', async () => {
    const refused = importState({
      mode: 'FULL',
      status: 'FAILED',
      failureCode: 'IMPORT_TOO_MANY_LEAVERS',
      markedLeftCount: 1,
    });
    api.employeeImports.mockReturnValue(of([refused]));
    api.employeeImport.mockReturnValue(of(refused));
    const fixture = TestBed.createComponent(ImportPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    // The list shows no zero counts for a failed import.
    expect(el.querySelector('.recent tbody')?.textContent).not.toContain(
      '0 nieuw',
    );
    el.querySelector<HTMLButtonElement>('.recent button.link')?.click();
    await settle(fixture);

    const failure = el.querySelector('[data-testid="import-failure"]');
    expect(failure?.textContent).toContain(
      'zou 1 medewerker als uit dienst markeren',
    );
    expect(el.querySelector('[data-testid="confirm-many-leavers"]')).toBeNull();
    expect(failure?.textContent).toContain('Kies het bestand opnieuw');
  });

  describe('polling', () => {
    const networkError = () =>
      new ApiError('NETWORK_ERROR', 'Geen verbinding met de server.');

    beforeEach(() => {
      jest.useFakeTimers();
      api.startEmployeeImport.mockReturnValue(
        of(importState({ progress: 40, processedRows: 20 })),
      );
    });

    afterEach(() => jest.useRealTimers());

    async function startRunningImport(): Promise<{
      fixture: ComponentFixture<ImportPageComponent>;
      el: HTMLElement;
    }> {
      const fixture = TestBed.createComponent(ImportPageComponent);
      fixture.detectChanges();
      const el = fixture.nativeElement as HTMLElement;
      chooseFile(el, csvFile());
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await jest.advanceTimersByTimeAsync(0);
      fixture.detectChanges();
      return { fixture, el };
    }

    it('retries a failed progress request with backoff and carries on', async () => {
      let calls = 0;
      api.employeeImport.mockImplementation(() =>
        defer(() => {
          calls++;
          return calls <= 2
            ? throwError(networkError)
            : of(importState({ status: 'COMPLETED', progress: 100 }));
        }),
      );
      const { fixture, el } = await startRunningImport();

      await jest.advanceTimersByTimeAsync(IMPORT_POLL_INTERVAL_MS);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(999);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(2000);
      expect(calls).toBe(3);
      fixture.detectChanges();

      expect(el.querySelector('[data-testid="poll-error"]')).toBeNull();
      expect(
        el.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'),
      ).toBe('100');
      expect(el.querySelector('[data-testid="count-created"]')).not.toBeNull();
      fixture.destroy();
    });

    it('gives up after three retries with a message and resumes on "Opnieuw proberen"', async () => {
      let calls = 0;
      let online = false;
      api.employeeImport.mockImplementation(() =>
        defer(() => {
          calls++;
          return online
            ? of(
                importState({
                  status: 'COMPLETED',
                  progress: 100,
                  createdCount: 50,
                }),
              )
            : throwError(networkError);
        }),
      );
      const { fixture, el } = await startRunningImport();

      await jest.advanceTimersByTimeAsync(
        IMPORT_POLL_INTERVAL_MS + 1000 + 2000,
      );
      fixture.detectChanges();
      expect(calls).toBe(3);
      expect(el.querySelector('[data-testid="poll-error"]')).toBeNull();

      await jest.advanceTimersByTimeAsync(4000);
      fixture.detectChanges();
      expect(calls).toBe(4);
      const message = el.querySelector('[data-testid="poll-error"]');
      expect(message?.textContent).toContain(
        'De voortgang kon niet worden opgehaald.',
      );
      expect(message?.textContent).toContain('Geen verbinding met de server.');

      // Stopped: no more requests.
      await jest.advanceTimersByTimeAsync(20_000);
      expect(calls).toBe(4);

      online = true;
      const retryButton = message?.querySelector('button');
      expect(retryButton?.textContent?.trim()).toBe('Opnieuw proberen');
      retryButton?.click();
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_INTERVAL_MS);
      fixture.detectChanges();
      expect(calls).toBe(5);
      expect(el.querySelector('[data-testid="poll-error"]')).toBeNull();
      expect(
        el.querySelector('[data-testid="count-created"]')?.textContent,
      ).toBe('50');
      fixture.destroy();
    });

    it('does not retry a refusal such as FORBIDDEN', async () => {
      let calls = 0;
      api.employeeImport.mockImplementation(() =>
        defer(() => {
          calls++;
          return throwError(
            () => new ApiError('FORBIDDEN', 'Je hebt geen rechten.'),
          );
        }),
      );
      const { fixture, el } = await startRunningImport();
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_INTERVAL_MS + 10_000);
      fixture.detectChanges();
      expect(calls).toBe(1);
      expect(
        el.querySelector('[data-testid="poll-error"]')?.textContent,
      ).toContain('Je hebt geen rechten.');
      fixture.destroy();
    });
  });
});
