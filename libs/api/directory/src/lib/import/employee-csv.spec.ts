import { ContractType } from '../directory.entities';
import {
  decodeUtf8,
  detectDelimiter,
  parseDepartmentPath,
  parseDutchDate,
  readEmployeeCsv,
} from './employee-csv';

const bytes = (text: string, bom = false) =>
  Buffer.concat([
    bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    Buffer.from(text, 'utf8'),
  ]);
const HEADER =
  'Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Locatie;Functie;Contractsoort;Datum in dienst';

describe('reading an HR export', () => {
  it('reads a semicolon file with a byte-order mark and Dutch headers', () => {
    const result = readEmployeeCsv(
      bytes(
        `${HEADER}\r\n12;Jan;van der;Berg;Jan@Example.nl;Zorg / Thuiszorg;Zeist;Verzorgende;bepaalde tijd;1-3-2021\r\n`,
        true,
      ),
    );
    if (!result.usable) throw new Error(result.reason);
    expect(result.delimiter).toBe(';');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        employeeNumber: '12',
        firstName: 'Jan',
        lastName: 'van der Berg',
        email: 'jan@example.nl',
        departmentPath: ['Zorg', 'Thuiszorg'],
        location: 'Zeist',
        jobTitle: 'Verzorgende',
        contractType: ContractType.TIJDELIJK,
        employmentStart: '2021-03-01',
      },
    ]);
  });

  it('reads a comma file with quoted fields and English headers', () => {
    const result = readEmployeeCsv(
      bytes(
        'employee_number,first_name,last_name,email,department\n7,"Ann, Jr.",Smith,ann@example.nl,"Sales > Inside"\n',
      ),
    );
    if (!result.usable) throw new Error(result.reason);
    expect(result.rows[0]).toMatchObject({
      firstName: 'Ann, Jr.',
      departmentPath: ['Sales', 'Inside'],
    });
  });

  it.each([
    ['an empty file', bytes(''), 'IMPORT_EMPTY'],
    ['only whitespace', bytes(' \r\n '), 'IMPORT_EMPTY'],
    [
      'Windows-1252 bytes',
      Buffer.from(`${HEADER}\n1;José;;Müller;j@x.nl;Zorg;;;;\n`, 'latin1'),
      'IMPORT_WRONG_ENCODING',
    ],
    [
      'UTF-16',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(HEADER, 'utf16le'),
      ]),
      'IMPORT_WRONG_ENCODING',
    ],
    [
      'a file without the required columns',
      bytes('naam;email\nJan;jan@x.nl\n'),
      'IMPORT_MISSING_COLUMNS',
    ],
    [
      'an unclosed quote',
      bytes(`${HEADER}\n1;"Jan;;B;j@x.nl;Zorg;;;;\n`),
      'IMPORT_MALFORMED',
    ],
  ])('refuses %s as a whole', (_label, input, reason) => {
    const result = readEmployeeCsv(input);
    expect(result.usable).toBe(false);
    expect(!result.usable && result.reason).toBe(reason);
  });

  it('keeps a stray quote inside a field as text instead of refusing the file', () => {
    const result = readEmployeeCsv(
      bytes(
        `${HEADER}\n1;Jan;;Berg;j@x.nl;Zorg;Zeist;Medewerker "senior";vast;\n2;Els;;Mol;e@x.nl;Zorg;;;;\n`,
      ),
    );
    if (!result.usable) throw new Error(result.reason);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.jobTitle)).toEqual([
      'Medewerker "senior"',
      null,
    ]);
  });

  it('names the missing columns', () => {
    const result = readEmployeeCsv(bytes('voornaam;achternaam\nA;B\n'));
    expect(!result.usable && result.missingColumns).toEqual([
      'personeelsnummer',
      'email',
      'afdeling',
    ]);
  });

  it('reports every problem of a row with its line number and the column as written in the file', () => {
    const text = [
      HEADER,
      ';Jan;;;kapot;Zorg;;;vast-ish;30-02-2020',
      `2;${'x'.repeat(101)};;B;b@x.nl;Zorg;;;;`,
      '3;C;;D;c@x.nl',
      '',
    ].join('\n');
    const result = readEmployeeCsv(bytes(text));
    if (!result.usable) throw new Error(result.reason);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: 'Personeelsnummer', code: 'REQUIRED', value: null },
      { row: 2, column: 'Achternaam', code: 'REQUIRED', value: null },
      { row: 2, column: 'E-mail', code: 'INVALID_EMAIL', value: 'kapot' },
      {
        row: 2,
        column: 'Datum in dienst',
        code: 'INVALID_DATE',
        value: '30-02-2020',
      },
      {
        row: 2,
        column: 'Contractsoort',
        code: 'INVALID_CONTRACT_TYPE',
        value: 'vast-ish',
      },
      { row: 3, column: 'Voornaam', code: 'TOO_LONG', value: 'x'.repeat(40) },
      { row: 4, column: '', code: 'WRONG_COLUMN_COUNT', value: '5' },
      { row: 4, column: 'Afdeling', code: 'REQUIRED', value: null },
    ]);
    expect([...result.employeeNumbersSeen]).toEqual(['2', '3']);
  });

  it('keeps the first of two rows with the same number or address and reports the second', () => {
    const text = [
      HEADER,
      '1;A;;B;a@x.nl;Zorg;;;;',
      '1;C;;D;c@x.nl;Zorg;;;;',
      '2;E;;F;A@X.NL;Zorg;;;;',
    ].join('\n');
    const result = readEmployeeCsv(bytes(text));
    if (!result.usable) throw new Error(result.reason);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'DUPLICATE_EMPLOYEE_NUMBER'],
      [4, 'DUPLICATE_EMAIL'],
    ]);
  });
});

describe('pieces of the reader', () => {
  it('detects the separator outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2')).toBe(';');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['1/3/2021', '2021-03-01'],
    ['01.03.2021', '2021-03-01'],
    ['2023-02-29', null],
    ['31-04-2020', null],
    ['2020/01/01', null],
    ['yesterday', null],
  ])('reads the date %s as %s', (input, expected) => {
    expect(parseDutchDate(input)).toBe(expected);
  });

  it('splits department paths and tidies spaces', () => {
    expect(parseDepartmentPath(' Zorg  /  Thuis  zorg / ')).toEqual([
      'Zorg',
      'Thuis zorg',
    ]);
    expect(parseDepartmentPath('A > B | C')).toEqual(['A', 'B', 'C']);
  });

  it('strips a UTF-8 byte-order mark and refuses invalid UTF-8', () => {
    expect(decodeUtf8(bytes('é', true))).toEqual({ ok: true, text: 'é' });
    expect(decodeUtf8(Buffer.from([0x41, 0xe9, 0x42]))).toEqual({ ok: false });
  });
});
