import { buildErrorReportCsv, csvCell } from './error-report';

const labels = {
  row: 'rij',
  column: 'kolom',
  error: 'fout',
  value: 'waarde',
  wholeRow: '(hele rij)',
};
const describeCode = (code: string) =>
  ({
    INVALID_EMAIL: 'Ongeldig e-mailadres',
    REQUIRED: 'Verplicht veld is leeg',
  })[code] ?? code;

describe('buildErrorReportCsv', () => {
  it('writes a localised header and one line per error', () => {
    const csv = buildErrorReportCsv(
      [
        { row: 7, column: 'email', code: 'INVALID_EMAIL', value: 'jan@' },
        { row: 9, column: 'achternaam', code: 'REQUIRED', value: null },
      ],
      labels,
      describeCode,
    );
    expect(csv).toBe(
      'rij;kolom;fout;waarde\r\n7;email;Ongeldig e-mailadres;jan@\r\n9;achternaam;Verplicht veld is leeg;\r\n',
    );
  });

  it('names the whole row when the error has no column', () => {
    const csv = buildErrorReportCsv(
      [{ row: 3, column: '', code: 'WRONG_COLUMN_COUNT', value: 'a;b' }],
      labels,
      (c) => c,
    );
    expect(csv.split('\r\n')[1]).toBe('3;(hele rij);WRONG_COLUMN_COUNT;"a;b"');
  });

  it('quotes values with the separator, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "hallo"')).toBe('"zei ""hallo"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a,b')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
  });

  it('keeps spreadsheet formulas from the uploaded file inert', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });

  it('keeps a multi-line value inside one record', () => {
    const csv = buildErrorReportCsv(
      [{ row: 2, column: 'voornaam', code: 'TOO_LONG', value: 'Jan;\n"Piet"' }],
      labels,
      (c) => c,
    );
    expect(csv).toBe(
      'rij;kolom;fout;waarde\r\n2;voornaam;TOO_LONG;"Jan;\n""Piet"""\r\n',
    );
  });
});
