import { parse } from 'csv-parse/sync';
import { ContractType } from '../directory.entities';

/**
 * Reading an HR export. Dutch HR systems (AFAS, Visma, Youforce, Excel) write
 * `;` or `,` separated files, UTF-8 with or without a byte-order mark, with
 * Dutch or English headers. An unusable file is refused as a whole; a usable
 * file is checked row by row and every problem is reported with its line and
 * column.
 */

export type CanonicalColumn =
  | 'employeeNumber'
  | 'firstName'
  | 'namePrefix'
  | 'lastName'
  | 'email'
  | 'department'
  | 'location'
  | 'jobTitle'
  | 'contractType'
  | 'employmentStart';

const HEADER_ALIASES: Record<CanonicalColumn, string[]> = {
  employeeNumber: [
    'personeelsnummer',
    'personeelsnr',
    'medewerkernummer',
    'employee_number',
    'employee_id',
    'employeenumber',
  ],
  firstName: ['voornaam', 'roepnaam', 'first_name', 'firstname', 'given_name'],
  namePrefix: [
    'tussenvoegsel',
    'tussenvoegsels',
    'voorvoegsel',
    'name_prefix',
    'prefix',
  ],
  lastName: [
    'achternaam',
    'geslachtsnaam',
    'last_name',
    'lastname',
    'surname',
    'family_name',
  ],
  email: [
    'email',
    'e_mail',
    'emailadres',
    'e_mailadres',
    'email_address',
    'mail',
  ],
  department: [
    'afdeling',
    'organisatie_eenheid',
    'organisatieeenheid',
    'department',
  ],
  location: ['locatie', 'vestiging', 'werklocatie', 'location'],
  jobTitle: ['functie', 'functienaam', 'job_title', 'jobtitle', 'function'],
  contractType: [
    'contractsoort',
    'soort_contract',
    'dienstverband',
    'contract_type',
    'contracttype',
    'contract',
  ],
  employmentStart: [
    'datum_in_dienst',
    'in_dienst',
    'indienst',
    'startdatum',
    'employment_start',
    'start_date',
    'hire_date',
  ],
};

export const REQUIRED_COLUMNS: readonly CanonicalColumn[] = [
  'employeeNumber',
  'firstName',
  'lastName',
  'email',
  'department',
];

/** The header name we ask for in messages: the Dutch one. */
export const PREFERRED_HEADER: Record<CanonicalColumn, string> =
  Object.fromEntries(
    Object.entries(HEADER_ALIASES).map(([key, aliases]) => [key, aliases[0]]),
  ) as Record<CanonicalColumn, string>;

const MAX_LENGTH: Partial<Record<CanonicalColumn, number>> = {
  employeeNumber: 50,
  firstName: 100,
  namePrefix: 30,
  lastName: 120,
  email: 320,
  location: 100,
  jobTitle: 150,
};
const MAX_DEPARTMENT_SEGMENT = 200;

const CONTRACT_TYPES: Record<string, ContractType> = {
  vast: ContractType.VAST,
  'onbepaalde tijd': ContractType.VAST,
  permanent: ContractType.VAST,
  tijdelijk: ContractType.TIJDELIJK,
  'bepaalde tijd': ContractType.TIJDELIJK,
  temporary: ContractType.TIJDELIJK,
  'fixed term': ContractType.TIJDELIJK,
  oproep: ContractType.OPROEP,
  oproepkracht: ContractType.OPROEP,
  'on call': ContractType.OPROEP,
  'zero hours': ContractType.OPROEP,
  inhuur: ContractType.INHUUR,
  extern: ContractType.INHUUR,
  contractor: ContractType.INHUUR,
  stage: ContractType.STAGE,
  stagiair: ContractType.STAGE,
  intern: ContractType.STAGE,
  internship: ContractType.STAGE,
};

export type RowErrorCode =
  | 'REQUIRED'
  | 'INVALID_EMAIL'
  | 'INVALID_DATE'
  | 'INVALID_CONTRACT_TYPE'
  | 'DUPLICATE_EMPLOYEE_NUMBER'
  | 'DUPLICATE_EMAIL'
  | 'TOO_LONG'
  | 'WRONG_COLUMN_COUNT';

export interface RowError {
  row: number;
  column: string;
  code: RowErrorCode;
  value: string | null;
}

export interface EmployeeRow {
  row: number;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  departmentPath: string[];
  location: string | null;
  jobTitle: string | null;
  contractType: ContractType | null;
  employmentStart: string | null;
}

export type UnusableReason =
  | 'IMPORT_EMPTY'
  | 'IMPORT_WRONG_ENCODING'
  | 'IMPORT_MISSING_COLUMNS'
  | 'IMPORT_MALFORMED';

export type CsvReadResult =
  | {
      usable: false;
      reason: UnusableReason;
      missingColumns?: string[];
      line?: number;
    }
  | {
      usable: true;
      delimiter: string;
      /** Rows that passed every check. */
      rows: EmployeeRow[];
      errors: RowError[];
      totalRows: number;
      /** Employee numbers seen on any row, valid or not: those people are in the file. */
      employeeNumbersSeen: Set<string>;
    };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false } {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  )
    return { ok: false }; // UTF-16
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(start),
      ),
    };
  } catch {
    return { ok: false };
  }
}

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}

/** The separator is whichever of `;`, `,` or tab occurs most often outside quotes in the header line. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (the Dutch order), checked to be a real calendar date. */
export function parseDutchDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1]]
      : [];
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    y < 1900 ||
    y > 2200
  )
    return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseDepartmentPath(value: string): string[] {
  return value
    .split(/\s*[/>|]\s*/)
    .map((segment) => segment.trim().replace(/\s+/g, ' '))
    .filter((segment) => segment.length > 0);
}

export function readEmployeeCsv(bytes: Uint8Array): CsvReadResult {
  if (bytes.length === 0) return { usable: false, reason: 'IMPORT_EMPTY' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { usable: false, reason: 'IMPORT_WRONG_ENCODING' };
  if (decoded.text.trim().length === 0)
    return { usable: false, reason: 'IMPORT_EMPTY' };

  const delimiter = detectDelimiter(decoded.text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter,
      info: true,
      relax_column_count: true,
      // HR exports carry stray quotes in names and titles (`Medewerker "senior"`): keep them as text, do not reject the file.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      // With `info: true` csv-parse returns records with their line info; its typings do not model that overload.
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { usable: false, reason: 'IMPORT_MALFORMED', line };
  }
  const [header, ...body] = records;
  if (!header) return { usable: false, reason: 'IMPORT_EMPTY' };

  const columnIndex = new Map<CanonicalColumn, number>();
  const headerNames = header.record;
  headerNames.forEach((name, index) => {
    const normalised = normaliseHeader(name);
    for (const [canonical, aliases] of Object.entries(HEADER_ALIASES) as [
      CanonicalColumn,
      string[],
    ][]) {
      if (aliases.includes(normalised) && !columnIndex.has(canonical))
        columnIndex.set(canonical, index);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    return {
      usable: false,
      reason: 'IMPORT_MISSING_COLUMNS',
      missingColumns: missing.map((c) => PREFERRED_HEADER[c]),
    };
  }

  const rows: EmployeeRow[] = [];
  const errors: RowError[] = [];
  const employeeNumbersSeen = new Set<string>();
  const numbersOnValidRows = new Map<string, number>();
  const emailsOnValidRows = new Map<string, number>();

  for (const { record, info } of body) {
    const row = info.lines;
    const columnName = (column: CanonicalColumn) =>
      headerNames[columnIndex.get(column) ?? -1] ?? PREFERRED_HEADER[column];
    const cell = (column: CanonicalColumn): string => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const rowErrors: RowError[] = [];
    const fail = (
      column: CanonicalColumn | '',
      code: RowErrorCode,
      value: string | null,
    ) =>
      rowErrors.push({
        row,
        column: column === '' ? '' : columnName(column),
        code,
        value: value === '' ? null : value,
      });

    if (record.length !== headerNames.length)
      fail('', 'WRONG_COLUMN_COUNT', String(record.length));

    const employeeNumber = cell('employeeNumber');
    if (employeeNumber) employeeNumbersSeen.add(employeeNumber);
    for (const column of REQUIRED_COLUMNS)
      if (!cell(column)) fail(column, 'REQUIRED', null);
    for (const [column, max] of Object.entries(MAX_LENGTH) as [
      CanonicalColumn,
      number,
    ][]) {
      if (cell(column).length > max)
        fail(column, 'TOO_LONG', cell(column).slice(0, 40));
    }

    const email = cell('email').toLowerCase();
    if (email && !EMAIL.test(email))
      fail('email', 'INVALID_EMAIL', cell('email'));

    const departmentPath = parseDepartmentPath(cell('department'));
    if (
      departmentPath.some((segment) => segment.length > MAX_DEPARTMENT_SEGMENT)
    )
      fail('department', 'TOO_LONG', cell('department').slice(0, 40));

    const rawStart = cell('employmentStart');
    const employmentStart = rawStart ? parseDutchDate(rawStart) : null;
    if (rawStart && !employmentStart)
      fail('employmentStart', 'INVALID_DATE', rawStart);

    const rawContract = cell('contractType');
    const contractType = rawContract
      ? (CONTRACT_TYPES[rawContract.toLowerCase().replace(/\s+/g, ' ')] ?? null)
      : null;
    if (rawContract && !contractType)
      fail('contractType', 'INVALID_CONTRACT_TYPE', rawContract);

    if (rowErrors.length === 0 && numbersOnValidRows.has(employeeNumber))
      fail('employeeNumber', 'DUPLICATE_EMPLOYEE_NUMBER', employeeNumber);
    if (rowErrors.length === 0 && emailsOnValidRows.has(email))
      fail('email', 'DUPLICATE_EMAIL', email);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    numbersOnValidRows.set(employeeNumber, row);
    emailsOnValidRows.set(email, row);
    const prefix = cell('namePrefix');
    rows.push({
      row,
      employeeNumber,
      firstName: cell('firstName'),
      lastName: prefix ? `${prefix} ${cell('lastName')}` : cell('lastName'),
      email,
      departmentPath,
      location: cell('location') || null,
      jobTitle: cell('jobTitle') || null,
      contractType,
      employmentStart,
    });
  }
  return {
    usable: true,
    delimiter,
    rows,
    errors,
    totalRows: body.length,
    employeeNumbersSeen,
  };
}
