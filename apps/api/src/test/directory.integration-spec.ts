import { Role } from '@inspraak/domain';
import { AuditEntry } from '@inspraak/api-core';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
} from './test-app';
import {
  createDepartment,
  createEmployee,
  EMPLOYEE_FIELDS,
} from './directory-fixtures';

describe('employee directory', () => {
  let testApp: TestApp;
  let advisor: GraphqlCaller;
  let organisationId: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    const organisation = await createOrganisation(
      testApp.dataSource,
      'directory',
    );
    organisationId = organisation.id;
    advisor = (await callersFor(testApp.url, organisation))[Role.ADVISEUR];
  });

  const auditActions = async (entityId: string) =>
    (
      await testApp.dataSource
        .getRepository(AuditEntry)
        .find({ where: { organisationId, entityId }, order: { at: 'ASC' } })
    ).map((e) => e.action);

  it('keeps departments as a tree and refuses loops, duplicates and deleting a department in use', async () => {
    const care = await createDepartment(advisor, 'Zorg');
    const nursing = await createDepartment(advisor, 'Verpleging', care);
    const ward = await createDepartment(advisor, 'Afdeling 3B', nursing);

    const loop = await advisor.request(
      'mutation($id: ID!, $p: ID) { updateDepartment(id: $id, input: { name: "Zorg", parentId: $p }) { id } }',
      { id: care, p: ward },
    );
    expect(errorReason(loop)).toBe('DEPARTMENT_CYCLE');
    const duplicate = await advisor.request(
      'mutation($p: ID) { createDepartment(input: { name: "verpleging", parentId: $p }) { id } }',
      { p: care },
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(errorReason(duplicate)).toBe('DEPARTMENT_NAME_TAKEN');

    expect(
      errorReason(
        await advisor.request(
          'mutation($id: ID!) { deleteDepartment(id: $id) }',
          { id: nursing },
        ),
      ),
    ).toBe('DEPARTMENT_HAS_CHILDREN');
    await createEmployee(advisor, { departmentId: ward });
    expect(
      errorReason(
        await advisor.request(
          'mutation($id: ID!) { deleteDepartment(id: $id) }',
          { id: ward },
        ),
      ),
    ).toBe('DEPARTMENT_HAS_EMPLOYEES');

    const renamed = await advisor.request<{
      updateDepartment: { name: string; parentId: string };
    }>(
      'mutation($id: ID!, $p: ID) { updateDepartment(id: $id, input: { name: "Verpleegkunde", parentId: $p }) { name parentId } }',
      { id: nursing, p: care },
    );
    expect(renamed.data?.updateDepartment).toEqual({
      name: 'Verpleegkunde',
      parentId: care,
    });
    const empty = await createDepartment(advisor, 'Tijdelijk');
    expect(
      (
        await advisor.request(
          'mutation($id: ID!) { deleteDepartment(id: $id) }',
          { id: empty },
        )
      ).data,
    ).toEqual({ deleteDepartment: true });
    expect(await auditActions(nursing)).toEqual([
      'department.created',
      'department.updated',
    ]);
    expect(await auditActions(empty)).toEqual([
      'department.created',
      'department.deleted',
    ]);

    const tree = await advisor.request<{
      departments: {
        name: string;
        parentId: string | null;
        activeEmployeeCount: number;
      }[];
    }>('{ departments { name parentId activeEmployeeCount } }');
    expect(tree.data?.departments).toEqual([
      { name: 'Afdeling 3B', parentId: nursing, activeEmployeeCount: 1 },
      { name: 'Verpleegkunde', parentId: care, activeEmployeeCount: 0 },
      { name: 'Zorg', parentId: null, activeEmployeeCount: 0 },
    ]);
  });

  it('lets exactly one of several simultaneous requests create the same department or employee', async () => {
    const names = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        advisor.request(
          'mutation($n: String!) { createDepartment(input: { name: $n }) { id } }',
          { n: i % 2 ? 'Gelijktijdig' : 'gelijktijdig' },
        ),
      ),
    );
    expect(names.filter((r) => r.data).length).toBe(1);
    expect(names.filter((r) => !r.data).map((r) => errorCode(r))).toEqual(
      Array(5).fill('CONFLICT'),
    );

    const people = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        advisor.request(
          'mutation($n: String!) { createEmployee(input: { employeeNumber: $n, firstName: "Gelijk", lastName: "Tijdig", email: "tegelijk@example.nl" }) { id } }',
          { n: `RACE-${i}` },
        ),
      ),
    );
    expect(people.filter((r) => r.data).length).toBe(1);
    expect(people.filter((r) => !r.data).map((r) => errorCode(r))).toEqual(
      Array(3).fill('CONFLICT'),
    );
  });

  it('creates, edits, marks as left and deletes an employee, with an audit record for each change', async () => {
    const department = await createDepartment(advisor, 'ICT');
    const created = await advisor.request<{
      createEmployee: Record<string, unknown>;
    }>(
      `mutation($input: EmployeeInput!) { createEmployee(input: $input) { ${EMPLOYEE_FIELDS} } }`,
      {
        input: {
          employeeNumber: ' 4711 ',
          firstName: 'Fatima',
          lastName: 'El Amrani',
          email: 'Fatima.ElAmrani@Example.nl',
          departmentId: department,
          location: 'Utrecht',
          jobTitle: 'Ontwikkelaar',
          contractType: 'VAST',
          employmentStart: '2019-09-01',
        },
      },
    );
    const employee = created.data!.createEmployee;
    expect(employee).toMatchObject({
      employeeNumber: '4711',
      fullName: 'Fatima El Amrani',
      email: 'fatima.elamrani@example.nl',
      department: { id: department, name: 'ICT' },
      status: 'ACTIVE',
      employmentStart: '2019-09-01',
    });

    const updated = await advisor.request<{
      updateEmployee: { jobTitle: string; location: string | null };
    }>(
      'mutation($id: ID!, $input: EmployeeInput!) { updateEmployee(id: $id, input: $input) { jobTitle location } }',
      {
        id: employee['id'],
        input: {
          employeeNumber: '4711',
          firstName: 'Fatima',
          lastName: 'El Amrani',
          email: 'fatima.elamrani@example.nl',
          departmentId: department,
          jobTitle: 'Architect',
        },
      },
    );
    expect(updated.data?.updateEmployee).toEqual({
      jobTitle: 'Architect',
      location: null,
    });

    const impossibleDate = await advisor.request(
      'mutation($id: ID!) { markEmployeeLeft(id: $id, leftOn: "2026-02-31") { status } }',
      { id: employee['id'] },
    );
    expect(errorCode(impossibleDate)).toBe('BAD_USER_INPUT');
    const left = await advisor.request<{
      markEmployeeLeft: { status: string; leftOn: string };
    }>(
      'mutation($id: ID!) { markEmployeeLeft(id: $id, leftOn: "2026-12-31") { status leftOn } }',
      { id: employee['id'] },
    );
    expect(left.data?.markEmployeeLeft).toEqual({
      status: 'LEFT',
      leftOn: '2026-12-31',
    });
    expect(
      (
        await advisor.request(
          'mutation($id: ID!) { deleteEmployee(id: $id) }',
          { id: employee['id'] },
        )
      ).data,
    ).toEqual({ deleteEmployee: true });
    expect(
      (
        await advisor.request('query($id: ID!) { employee(id: $id) { id } }', {
          id: employee['id'],
        })
      ).data,
    ).toEqual({ employee: null });

    const trail = await testApp.dataSource.getRepository(AuditEntry).find({
      where: { organisationId, entityId: String(employee['id']) },
      order: { at: 'ASC' },
    });
    expect(trail.map((e) => e.action)).toEqual([
      'employee.created',
      'employee.updated',
      'employee.left',
      'employee.deleted',
    ]);
    expect(trail[1]!.changes).toEqual({
      jobTitle: ['Ontwikkelaar', 'Architect'],
      location: ['Utrecht', null],
      contractType: ['VAST', null],
      employmentStart: ['2019-09-01', null],
    });
    expect(trail.every((e) => e.actorEmail?.startsWith('adviseur.'))).toBe(
      true,
    );
  });

  it('answers bad input with field errors and taken numbers or addresses with a conflict, writing nothing', async () => {
    const invalid = await advisor.request(
      'mutation { createEmployee(input: { employeeNumber: "", firstName: "A", lastName: "B", email: "geen-adres", employmentStart: "31-12-2020" }) { id } }',
    );
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    expect(
      invalid.errors![0]!.extensions!.fields!.map((f) => f.field).sort(),
    ).toEqual(['email', 'employeeNumber', 'employmentStart']);
    expect(invalid.errors![0]!.message).toBe(
      'Niet alle velden zijn goed ingevuld.',
    );

    const first = await createEmployee(advisor);
    const sameNumber = await advisor.request(
      'mutation($n: String!) { createEmployee(input: { employeeNumber: $n, firstName: "A", lastName: "B", email: "other@example.nl" }) { id } }',
      { n: first.employeeNumber },
    );
    expect(errorReason(sameNumber)).toBe('EMPLOYEE_NUMBER_TAKEN');
    const sameEmail = await advisor.request(
      'mutation($e: String!) { createEmployee(input: { employeeNumber: "NEW-1", firstName: "A", lastName: "B", email: $e }) { id } }',
      { e: first.email.toUpperCase() },
    );
    expect(errorReason(sameEmail)).toBe('EMAIL_TAKEN');
    const missingDepartment = await advisor.request(
      'mutation { createEmployee(input: { employeeNumber: "NEW-2", firstName: "A", lastName: "B", email: "b@example.nl", departmentId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    );
    expect(errorCode(missingDepartment)).toBe('NOT_FOUND');
    const list = await advisor.request<{ employees: { total: number } }>(
      '{ employees { total } }',
    );
    expect(list.data?.employees.total).toBe(1);
  });

  it('searches, filters by department including sub-departments and by status, and pages', async () => {
    const care = await createDepartment(advisor, 'Zorg');
    const home = await createDepartment(advisor, 'Thuiszorg', care);
    const office = await createDepartment(advisor, 'Kantoor');
    for (let i = 0; i < 7; i += 1)
      await createEmployee(advisor, {
        lastName: `Jansen ${i}`,
        departmentId: i < 3 ? care : i < 5 ? home : office,
      });
    const leaver = await createEmployee(advisor, {
      lastName: 'Vertrokken',
      departmentId: home,
    });
    await advisor.request(
      'mutation($id: ID!) { markEmployeeLeft(id: $id) { id } }',
      { id: leaver.id },
    );

    type Page = {
      employees: {
        total: number;
        offset: number;
        limit: number;
        items: { lastName: string }[];
      };
    };
    const search = await advisor.request<Page>(
      '{ employees(filter: { search: "jansen 4" }) { total items { lastName } } }',
    );
    expect(search.data?.employees.items.map((e) => e.lastName)).toEqual([
      'Jansen 4',
    ]);
    const withSubs = await advisor.request<Page>(
      'query($d: ID) { employees(filter: { departmentId: $d, status: ACTIVE }) { total } }',
      { d: care },
    );
    expect(withSubs.data?.employees.total).toBe(5);
    const withoutSubs = await advisor.request<Page>(
      'query($d: ID) { employees(filter: { departmentId: $d, includeSubDepartments: false }) { total } }',
      { d: care },
    );
    expect(withoutSubs.data?.employees.total).toBe(3);
    const leftOnly = await advisor.request<Page>(
      '{ employees(filter: { status: LEFT }) { items { lastName } } }',
    );
    expect(leftOnly.data?.employees.items.map((e) => e.lastName)).toEqual([
      'Vertrokken',
    ]);
    const page2 = await advisor.request<Page>(
      '{ employees(page: { offset: 3, limit: 3 }) { total offset limit items { lastName } } }',
    );
    expect(page2.data?.employees).toEqual({
      total: 8,
      offset: 3,
      limit: 3,
      items: [
        { lastName: 'Jansen 3' },
        { lastName: 'Jansen 4' },
        { lastName: 'Jansen 5' },
      ],
    });
    const tooBig = await advisor.request(
      '{ employees(page: { limit: 1000 }) { total } }',
    );
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
    const wildcard = await advisor.request<Page>(
      '{ employees(filter: { search: "%" }) { total } }',
    );
    expect(wildcard.data?.employees.total).toBe(0);
  });
});
