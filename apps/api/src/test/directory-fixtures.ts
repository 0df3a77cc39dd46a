import { GraphqlCaller } from './test-app';

export const EMPLOYEE_FIELDS =
  'id employeeNumber firstName lastName fullName email departmentId department { id name } location jobTitle contractType employmentStart status leftOn';

export async function createDepartment(
  caller: GraphqlCaller,
  name: string,
  parentId: string | null = null,
): Promise<string> {
  const response = await caller.request<{ createDepartment: { id: string } }>(
    'mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }',
    { input: { name, parentId } },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createDepartment.id;
}

export async function createEmployee(
  caller: GraphqlCaller,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; email: string; employeeNumber: string }> {
  const n = Math.floor(Math.random() * 1e9);
  const input = {
    employeeNumber: `E${n}`,
    firstName: 'Test',
    lastName: `Persoon ${n}`,
    email: `p${n}@example.nl`,
    ...overrides,
  };
  const response = await caller.request<{
    createEmployee: { id: string; email: string; employeeNumber: string };
  }>(
    'mutation($input: EmployeeInput!) { createEmployee(input: $input) { id email employeeNumber } }',
    { input },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createEmployee;
}

/** Encodes a CSV the way the web app sends it: the raw bytes, base64. */
export function csvBase64(
  lines: string[],
  options: {
    bom?: boolean;
    separator?: string;
    encoding?: 'utf8' | 'latin1';
  } = {},
): string {
  const text =
    lines
      .map((line) =>
        options.separator ? line.replaceAll(';', options.separator) : line,
      )
      .join('\r\n') + '\r\n';
  const body = Buffer.from(text, options.encoding ?? 'utf8');
  return Buffer.concat([
    options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    body,
  ]).toString('base64');
}
