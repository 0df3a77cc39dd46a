import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@inspraak/domain';
import { AuditEntry } from '@inspraak/api-core';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
} from './test-app';
import { csvBase64 } from './directory-fixtures';

const HEADER =
  'personeelsnummer;voornaam;tussenvoegsel;achternaam;email;afdeling;locatie;functie;contractsoort;datum_in_dienst';
const IMPORT_FIELDS =
  'id status progress totalRows processedRows createdCount updatedCount unchangedCount markedLeftCount errorCount failureCode errors { row column code value }';

interface ImportResult {
  id: string;
  status: string;
  progress: number;
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  markedLeftCount: number;
  errorCount: number;
  errors: { row: number; column: string; code: string; value: string | null }[];
}

function rows(
  count: number,
  start = 1,
  change: (i: number) => string | null = () => null,
): string[] {
  const lines: string[] = [];
  for (let i = start; i < start + count; i += 1) {
    lines.push(
      change(i) ??
        `${1000 + i};Voor${i};van;Naam${i};p${i}@example.nl;Zorg / Team ${i % 3};Utrecht;Verpleegkundige;vast;01-02-2015`,
    );
  }
  return lines;
}

describe('CSV import of an HR export (API + worker)', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let hr: GraphqlCaller;
  let organisationId: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
    worker = await bootTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });
  beforeEach(async () => {
    const organisation = await createOrganisation(testApp.dataSource, 'import');
    organisationId = organisation.id;
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
  });

  async function runImport(
    contentBase64: string,
    mode: 'FULL' | 'PARTIAL' = 'PARTIAL',
    allowManyLeavers = false,
  ): Promise<ImportResult> {
    return waitForImport(
      await startImport(contentBase64, mode, allowManyLeavers),
    );
  }

  async function startImport(
    contentBase64: string,
    mode: 'FULL' | 'PARTIAL',
    allowManyLeavers = false,
  ): Promise<string> {
    const started = await hr.request<{
      startEmployeeImport: { id: string; status: string };
    }>(
      'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id status } }',
      { i: { fileName: 'export.csv', mode, contentBase64, allowManyLeavers } },
    );
    expect(started.errors).toBeUndefined();
    return started.data!.startEmployeeImport.id;
  }

  async function waitForImport(id: string): Promise<ImportResult> {
    // Bounded by time, not by a number of naps: a busy machine is slow, not wrong.
    const giveUpAt = Date.now() + 5 * 60_000;
    while (Date.now() < giveUpAt) {
      const response = await hr.request<{ employeeImport: ImportResult }>(
        `query($id: ID!) { employeeImport(id: $id) { ${IMPORT_FIELDS} } }`,
        { id },
      );
      const current = response.data!.employeeImport;
      if (current.status === 'COMPLETED' || current.status === 'FAILED')
        return current;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish in 5 minutes');
  }

  const total = async () =>
    (
      await hr.request<{ employees: { total: number } }>(
        '{ employees { total } }',
      )
    ).data!.employees.total;

  it('imports new employees, builds the department tree and reports a broken row with line and column', async () => {
    const result = await runImport(
      csvBase64(
        [
          HEADER,
          ...rows(20, 1, (i) =>
            i === 7
              ? '1007;Voor7;;Naam7;geen-email;Zorg;Utrecht;X;vast;31-02-2015'
              : null,
          ),
        ],
        { bom: true },
      ),
    );
    expect(result).toMatchObject({
      status: 'COMPLETED',
      progress: 100,
      totalRows: 20,
      createdCount: 19,
      errorCount: 2,
    });
    expect(result.errors).toEqual([
      { row: 8, column: 'email', code: 'INVALID_EMAIL', value: 'geen-email' },
      {
        row: 8,
        column: 'datum_in_dienst',
        code: 'INVALID_DATE',
        value: '31-02-2015',
      },
    ]);
    const departments = await hr.request<{
      departments: {
        name: string;
        parentId: string | null;
        activeEmployeeCount: number;
      }[];
    }>('{ departments { name parentId activeEmployeeCount } }');
    const names = departments.data!.departments.map((d) => d.name).sort();
    expect(names).toEqual(['Team 0', 'Team 1', 'Team 2', 'Zorg']);
    const found = await hr.request<{
      employees: {
        items: {
          lastName: string;
          employmentStart: string;
          contractType: string;
          department: { name: string };
        }[];
      };
    }>(
      '{ employees(filter: { search: "Naam12" }) { items { lastName employmentStart contractType department { name } } } }',
    );
    expect(found.data!.employees.items).toEqual([
      {
        lastName: 'van Naam12',
        employmentStart: '2015-02-01',
        contractType: 'VAST',
        department: { name: 'Team 0' },
      },
    ]);
  });

  it('changes nothing when the same file is imported again, and updates only a changed row', async () => {
    const file = [HEADER, ...rows(30)];
    expect(await runImport(csvBase64(file))).toMatchObject({
      createdCount: 30,
      updatedCount: 0,
      unchangedCount: 0,
    });
    const auditBefore = await testApp.dataSource
      .getRepository(AuditEntry)
      .count({ where: { organisationId } });

    expect(await runImport(csvBase64(file))).toMatchObject({
      status: 'COMPLETED',
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 30,
      markedLeftCount: 0,
    });
    const employeeAudits = await testApp.dataSource
      .getRepository(AuditEntry)
      .count({ where: { organisationId } });
    // Only the import's own start and completion are recorded: no employee was touched.
    expect(employeeAudits - auditBefore).toBe(2);

    const changed = [
      HEADER,
      ...rows(30, 1, (i) =>
        i === 5
          ? '1005;Voor5;van;Naam5;p5@example.nl;Zorg / Team 2;Amersfoort;Teamleider;tijdelijk;2015-02-01'
          : null,
      ),
    ];
    expect(await runImport(csvBase64(changed))).toMatchObject({
      createdCount: 0,
      updatedCount: 1,
      unchangedCount: 29,
    });
    const audit = await hr.request<{
      employees: {
        items: {
          id: string;
          location: string;
          jobTitle: string;
          contractType: string;
        }[];
      };
    }>(
      '{ employees(filter: { search: "p5@example.nl" }) { items { id location jobTitle contractType } } }',
    );
    expect(audit.data!.employees.items[0]).toMatchObject({
      location: 'Amersfoort',
      jobTitle: 'Teamleider',
      contractType: 'TIJDELIJK',
    });
    const trail = await testApp.dataSource.getRepository(AuditEntry).find({
      where: {
        organisationId,
        entityId: audit.data!.employees.items[0]!.id,
        action: 'employee.updated',
      },
    });
    expect(trail).toHaveLength(1);
    expect(trail[0]!.changes).toMatchObject({
      location: ['Utrecht', 'Amersfoort'],
      contractType: ['VAST', 'TIJDELIJK'],
    });
  });

  it('marks people missing from a full import as left instead of deleting them, and rehires them when they return', async () => {
    await runImport(csvBase64([HEADER, ...rows(10)]));
    const full = await runImport(csvBase64([HEADER, ...rows(8)]), 'FULL');
    expect(full).toMatchObject({ unchangedCount: 8, markedLeftCount: 2 });
    expect(await total()).toBe(10);
    const left = await hr.request<{
      employees: { items: { employeeNumber: string; leftOn: string }[] };
    }>(
      '{ employees(filter: { status: LEFT }) { items { employeeNumber leftOn } } }',
    );
    expect(
      left.data!.employees.items.map((e) => e.employeeNumber).sort(),
    ).toEqual(['1009', '1010']);
    expect(left.data!.employees.items[0]!.leftOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );

    const partial = await runImport(
      csvBase64([HEADER, ...rows(1, 9)]),
      'PARTIAL',
    );
    expect(partial).toMatchObject({ updatedCount: 1, markedLeftCount: 0 });
    const active = await hr.request<{ employees: { total: number } }>(
      '{ employees(filter: { status: ACTIVE }) { total } }',
    );
    expect(active.data!.employees.total).toBe(9);
  });

  it('does not mark someone as left whose row was in the file but broken', async () => {
    await runImport(csvBase64([HEADER, ...rows(3)]));
    const result = await runImport(
      csvBase64([
        HEADER,
        ...rows(3, 1, (i) =>
          i === 2 ? '1002;Voor2;;Naam2;kapot;Zorg;;;;' : null,
        ),
      ]),
      'FULL',
    );
    expect(result).toMatchObject({
      markedLeftCount: 0,
      errorCount: 1,
      unchangedCount: 2,
    });
  });

  it('accepts comma-separated files without a byte-order mark and English headers', async () => {
    const result = await runImport(
      csvBase64([
        'employee_number,first_name,last_name,email,department,contract_type,employment_start',
        '77,Ann,Smith,ann@example.nl,Logistics / Warehouse,Permanent,2020-03-01',
      ]),
    );
    expect(result).toMatchObject({
      status: 'COMPLETED',
      createdCount: 1,
      errorCount: 0,
    });
  });

  it('reports duplicates within the file and an email already used by someone else', async () => {
    await runImport(csvBase64([HEADER, ...rows(1)]));
    const result = await runImport(
      csvBase64([
        HEADER,
        '2001;A;;B;a@example.nl;Zorg;;;;',
        '2001;C;;D;c@example.nl;Zorg;;;;',
        '2002;E;;F;p1@example.nl;Zorg;;;;',
        '2003;G;;H;a@example.nl;Zorg;;;;',
        '2004;I;;J;i@example.nl;Zorg;;;onbekend;',
      ]),
    );
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'personeelsnummer',
        code: 'DUPLICATE_EMPLOYEE_NUMBER',
        value: '2001',
      },
      {
        row: 4,
        column: 'email',
        code: 'DUPLICATE_EMAIL',
        value: 'p1@example.nl',
      },
      {
        row: 5,
        column: 'email',
        code: 'DUPLICATE_EMAIL',
        value: 'a@example.nl',
      },
      {
        row: 6,
        column: 'contractsoort',
        code: 'INVALID_CONTRACT_TYPE',
        value: 'onbekend',
      },
    ]);
    expect(result.createdCount).toBe(1);
  });

  it.each([
    [
      'a file that is not UTF-8',
      csvBase64([HEADER, '1;José;;Müller;j@example.nl;Zorg;;;;'], {
        encoding: 'latin1',
      }),
      'IMPORT_WRONG_ENCODING',
    ],
    [
      'a file without required columns',
      csvBase64(['voornaam;achternaam', 'A;B']),
      'IMPORT_MISSING_COLUMNS',
    ],
    ['an empty file', '', 'IMPORT_EMPTY'],
    ['something that is not base64', '%%%not-base64%%%', 'IMPORT_NOT_BASE64'],
  ])(
    'refuses %s at once and writes nothing',
    async (_label, contentBase64, reason) => {
      const response = await hr.request(
        'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id } }',
        { i: { fileName: 'bad.csv', mode: 'FULL', contentBase64 } },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(errorReason(response)).toBe(reason);
      expect(response.errors![0]!.message.length).toBeGreaterThan(10);
      const imports = await hr.request<{ employeeImports: unknown[] }>(
        '{ employeeImports { id } }',
      );
      expect(imports.data!.employeeImports).toEqual([]);
      expect(await total()).toBe(0);
    },
  );

  it('runs two imports of one organisation one after the other, even on two workers', async () => {
    const secondWorker = await bootTestWorker();
    try {
      const file = csvBase64([HEADER, ...rows(1500)]);
      const ids = await Promise.all([
        startImport(file, 'PARTIAL'),
        startImport(file, 'PARTIAL'),
      ]);
      const results = await Promise.all(ids.map((id) => waitForImport(id)));
      expect(results.map((r) => r.status)).toEqual(['COMPLETED', 'COMPLETED']);
      expect(results.map((r) => r.createdCount).sort()).toEqual([0, 1500]);
      expect(results.map((r) => r.unchangedCount).sort()).toEqual([0, 1500]);
      expect(await total()).toBe(1500);
    } finally {
      await secondWorker.close();
    }
  });

  it('refuses a full import that would mark more than a fifth of the workforce as left, unless confirmed', async () => {
    await runImport(csvBase64([HEADER, ...rows(60)]));
    const truncated = csvBase64([HEADER, ...rows(40)]);
    const refused = await runImport(truncated, 'FULL');
    expect(refused).toMatchObject({
      status: 'FAILED',
      failureCode: 'IMPORT_TOO_MANY_LEAVERS',
      markedLeftCount: 20,
      createdCount: 0,
    });
    const active = await hr.request<{ employees: { total: number } }>(
      '{ employees(filter: { status: ACTIVE }) { total } }',
    );
    expect(active.data!.employees.total).toBe(60);

    const confirmed = await runImport(truncated, 'FULL', true);
    expect(confirmed).toMatchObject({
      status: 'COMPLETED',
      markedLeftCount: 20,
    });
  });

  it('imports 10,000 rows with one broken row', async () => {
    const started = Date.now();
    const result = await runImport(
      csvBase64(
        [
          HEADER,
          ...rows(10_000, 1, (i) =>
            i === 4321 ? '5321;Voor;;Naam;;Zorg;;;;' : null,
          ),
        ],
        { bom: true },
      ),
    );
    console.log(`10,000-row import took ${Date.now() - started} ms`);
    expect(result).toMatchObject({
      status: 'COMPLETED',
      createdCount: 9999,
      errorCount: 1,
    });
    expect(result.errors).toEqual([
      { row: 4322, column: 'email', code: 'REQUIRED', value: null },
    ]);
    expect(await total()).toBe(9999);
  });
});
