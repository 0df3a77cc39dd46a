import { Role } from '@inspraak/domain';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';

/** Choosing a colleague by name (regie team, owner, action holder) instead of typing an exact address. */
describe('searching people by name', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let employee: GraphqlCaller;
  const search = (query: string, limit?: number) =>
    employee.request<{
      searchPeople: {
        userId: string;
        displayName: string;
        email: string;
        departmentName: string | null;
      }[];
    }>(
      'query($i: PeopleSearchInput!) { searchPeople(input: $i) { userId displayName email departmentName } }',
      { i: { query, ...(limit ? { limit } : {}) } },
    );

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'people');
    employee = (await callersFor(testApp.url, organisation))[Role.MEDEWERKER];
    await addMember(testApp, organisation, 'Mila de Vries');
    await addMember(testApp, organisation, 'Milan Jansen');
    await addMember(testApp, organisation, 'Fatima el Amrani');
    const blocked = await addMember(testApp, organisation, 'Mila Geblokkeerd');
    await testApp.dataSource.query(
      'UPDATE membership SET blocked_at = now() WHERE user_id = $1',
      [blocked.userId],
    );
  });
  afterAll(() => testApp.close());

  it('finds colleagues whose name holds every word, by name, with the address the operations take', async () => {
    const response = await search('mila');
    expect(response.errors).toBeUndefined();
    expect(response.data!.searchPeople.map((p) => p.displayName)).toEqual([
      'Mila de Vries',
      'Milan Jansen',
    ]);
    expect(response.data!.searchPeople[0]!.email).toMatch(/@/);
    const both = await search('vries mila');
    expect(both.data!.searchPeople.map((p) => p.displayName)).toEqual([
      'Mila de Vries',
    ]);
  });

  it('leaves out people who cannot sign in, and limits the results', async () => {
    const names = (await search('Mila')).data!.searchPeople.map(
      (p) => p.displayName,
    );
    expect(names).not.toContain('Mila Geblokkeerd');
    expect((await search('a', undefined)).errors).toBeDefined();
    expect((await search('mil', 1)).data!.searchPeople).toHaveLength(1);
  });

  it('refuses too short or too long a query and too many results with a clear error; wildcards are letters', async () => {
    expect(errorCode(await search('m'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await search('x'.repeat(101)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await search('mila', 500))).toBe('BAD_USER_INPUT');
    expect((await search('%%')).data!.searchPeople).toEqual([]);
    expect((await search('__')).data!.searchPeople).toEqual([]);
  });
});
