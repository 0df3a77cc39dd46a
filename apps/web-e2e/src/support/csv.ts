export interface GeneratedImport {
  fileName: string;
  buffer: Buffer;
  /** 1-based line of the broken row in the file (header is line 1). */
  brokenLine: number;
  brokenColumn: string;
  /** Last names of the valid rows, for searching afterwards. */
  lastNames: string[];
  validRows: number;
}

/**
 * An employee export as an HR system would write it: `;` separated, Dutch
 * headers, UTF-8 with BOM, CRLF. One row has an invalid e-mail address.
 */
export function generateEmployeeCsv(
  run: string,
  rows = 50,
  brokenIndex = 24,
): GeneratedImport {
  const header = [
    'personeelsnummer',
    'voornaam',
    'tussenvoegsel',
    'achternaam',
    'email',
    'afdeling',
    'locatie',
    'functie',
    'contractsoort',
    'datum_in_dienst',
  ];
  const contracts = ['vast', 'tijdelijk', 'oproep', 'inhuur', 'stage'];
  const lines = [header.join(';')];
  const lastNames: string[] = [];
  for (let i = 0; i < rows; i++) {
    const n = String(i + 1).padStart(3, '0');
    const lastName = `Testpersoon${run}${n}`;
    const broken = i === brokenIndex;
    if (!broken) lastNames.push(lastName);
    lines.push(
      [
        `E2E-${run}-${n}`,
        i % 2 ? 'Sanne' : 'Jeroen',
        i % 3 === 0 ? 'van der' : '',
        lastName,
        broken
          ? 'geen-geldig-adres'
          : `e2e.${run.toLowerCase()}.${n}@example.org`,
        i % 2 ? `E2E ${run} / Zorg` : `E2E ${run} / Zorg / Verpleging`,
        'Utrecht',
        'Medewerker',
        contracts[i % contracts.length],
        i % 2 ? '2024-03-01' : '01-09-2023',
      ].join(';'),
    );
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return {
    fileName: `medewerkers-${run}.csv`,
    buffer: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text, 'utf8'),
    ]),
    brokenLine: brokenIndex + 2,
    brokenColumn: 'email',
    lastNames,
    validRows: rows - 1,
  };
}
