import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  DirectoryApi,
  type EmployeeImportDetail,
} from '../data-access/directory-api';
import { ImportPageComponent } from './import-page';

jest.mock('./file-download', () => ({
  readFileAsBase64: jest.fn(() => Promise.resolve('cGVyc29uZWVsc251bW1lcg==')),
  downloadTextFile: jest.fn(),
}));
// The mocked module, to inspect its calls.
const fileDownload = require('./file-download') as {
  downloadTextFile: jest.Mock;
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
    createdAt: '2026-03-01T10:00:00.000Z',
    finishedAt: null,
    errors: [],
    ...overrides,
  };
}

describe('ImportPageComponent', () => {
  const api = {
    employeeImports: jest.fn(() => of([])),
    startEmployeeImport: jest.fn(),
    employeeImport: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
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
});
