import { Role } from '@inspraak/domain';
import { SortitionDraw } from '@inspraak/api-participants';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import { joinPool, publishAgreement } from './participant-fixtures';
import { createTrajectory } from './trajectory-fixtures';

describe('fair draw for a sounding board', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;

  const DRAW_FIELDS =
    'draw { id seed seats reserves strataBy algorithmVersion } poolSize seated { participantId displayName departmentName } reserves { participantId } strata { key headcount eligible target drawn reservesDrawn }';
  type Detail = {
    draw: { id: string; seed: string; seats: number; algorithmVersion: string };
    poolSize: number;
    seated: {
      participantId: string;
      displayName: string;
      departmentName: string;
    }[];
    reserves: { participantId: string }[];
    strata: {
      key: string;
      headcount: number;
      eligible: number;
      target: number;
      drawn: number;
      reservesDrawn: number;
    }[];
  };
  const draw = async (input: Record<string, unknown>) =>
    advisor.request<{ drawSortition: Detail }>(
      `mutation($i: DrawInput!) { drawSortition(input: $i) { ${DRAW_FIELDS} } }`,
      { i: input },
    );

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'draw');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    const care = await createDepartment(advisor, 'Zorg');
    const office = await createDepartment(advisor, 'Kantoor');
    // Headcount: Zorg 6, Kantoor 3 (the draw follows the workforce, not the pool).
    const inPool: [Role, string][] = [
      [Role.MEDEWERKER, care],
      [Role.HR, care],
      [Role.OR_LID, care],
      [Role.OR_SECRETARIS, office],
      [Role.BESTUURDER, office],
    ];
    for (const [role, department] of inPool)
      await createEmployee(advisor, {
        email: organisation.emails[role],
        departmentId: department,
      });
    for (let i = 0; i < 3; i += 1)
      await createEmployee(advisor, { departmentId: care });
    await createEmployee(advisor, { departmentId: office });
    const agreement = await publishAgreement(advisor, 'Overeenkomst');
    for (const [role] of inPool) {
      // The director does not consent to being drawn: never drawn.
      await joinPool(
        callers[role],
        {},
        role === Role.BESTUURDER ? ['WORKGROUP'] : ['SOUNDING_BOARD'],
      );
      await callers[role].request(
        'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
        { v: agreement.id, h: agreement.contentHash },
      );
    }
  });
  afterAll(() => testApp.close());

  it('draws seats in proportion to headcount per department, with reserves, only among eligible people', async () => {
    const response = await draw({
      title: 'Klankbordgroep huisvesting',
      seats: 3,
      reserves: 1,
      strataBy: ['department'],
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.drawSortition;
    expect(result.poolSize).toBe(4);
    expect(result.seated).toHaveLength(3);
    expect(result.reserves).toHaveLength(1);
    const ids = [...result.seated, ...result.reserves].map(
      (p) => p.participantId,
    );
    expect(new Set(ids).size).toBe(4);
    const byDepartment = Object.fromEntries(
      result.seated
        .map((p) => p.departmentName)
        .reduce(
          (m, d) => m.set(d, (m.get(d) ?? 0) + 1),
          new Map<string, number>(),
        ),
    );
    expect(byDepartment).toEqual({ Zorg: 2, Kantoor: 1 });
    expect(
      result.strata.map((s) => [s.headcount, s.eligible, s.target]).sort(),
    ).toEqual([
      [3, 1, 1],
      [6, 3, 2],
    ]);
    expect(result.seated.map((p) => p.displayName)).not.toContainEqual(
      expect.stringMatching(/^BESTUURDER/),
    );
    expect(result.draw.seed).toMatch(/^[0-9a-f]{24}$/);
  });

  it('is reproducible from its seed and verifiable by any member; a tampered record fails verification', async () => {
    const first = (
      await draw({
        title: 'Eerste',
        seats: 2,
        reserves: 1,
        strataBy: ['department'],
      })
    ).data!.drawSortition;
    const again = (
      await draw({
        title: 'Opnieuw',
        seats: 2,
        reserves: 1,
        strataBy: ['department'],
        seed: first.draw.seed,
      })
    ).data!.drawSortition;
    expect(again.seated.map((p) => p.participantId)).toEqual(
      first.seated.map((p) => p.participantId),
    );
    expect(again.reserves).toEqual(first.reserves);

    const employee = callers[Role.MEDEWERKER];
    const verified = await employee.request<{
      verifySortitionDraw: { matches: boolean; mismatches: string[] };
    }>(
      'query($id: ID!) { verifySortitionDraw(id: $id) { matches mismatches } }',
      { id: first.draw.id },
    );
    expect(verified.data?.verifySortitionDraw).toEqual({
      matches: true,
      mismatches: [],
    });

    const repo = testApp.dataSource.getRepository(SortitionDraw);
    const record = await repo.findOneByOrFail({ id: first.draw.id });
    const result = record.result as { seats: string[]; reserves: string[] };
    await repo.update(
      { id: record.id },
      {
        result: {
          ...record.result,
          seats: [...result.reserves, ...result.seats.slice(1)],
          reserves: [result.seats[0]],
        },
      },
    );
    const tampered = await employee.request<{
      verifySortitionDraw: { matches: boolean; mismatches: string[] };
    }>(
      'query($id: ID!) { verifySortitionDraw(id: $id) { matches mismatches } }',
      { id: first.draw.id },
    );
    expect(tampered.data?.verifySortitionDraw.matches).toBe(false);
    expect(tampered.data?.verifySortitionDraw.mismatches).toEqual(
      expect.arrayContaining(['seats']),
    );
  });

  it('lists draws and shows one again; refuses impossible requests clearly', async () => {
    const listed = await advisor.request<{
      sortitionDraws: { title: string }[];
    }>('{ sortitionDraws { title } }');
    expect(listed.data?.sortitionDraws.length).toBeGreaterThanOrEqual(3);
    expect(
      errorCode(await draw({ title: 'X', seats: 0, strataBy: ['department'] })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await draw({ title: 'X', seats: 2, strataBy: ['hair colour'] }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorReason(await draw({ title: 'X', seats: 2, strataBy: [] })),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(
        await advisor.request(
          'query { sortitionDraw(id: "00000000-0000-4000-8000-000000000000") { poolSize } }',
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('says how many seats and reserves could not be filled, sorts its groups by name and links to a trajectory', async () => {
    const trajectory = await createTrajectory(advisor, {
      title: 'Nieuwe huisvesting',
    });
    const response = await advisor.request<{
      drawSortition: {
        draw: { trajectoryId: string | null; trajectoryTitle: string | null };
        seatsRequested: number;
        seatsUnfilled: number;
        reservesUnfilled: number;
        seated: { displayName: string; userId: string }[];
        strata: { label: string }[];
      };
    }>(
      `mutation($i: DrawInput!) { drawSortition(input: $i) {
         draw { trajectoryId trajectoryTitle } seatsRequested seatsUnfilled reservesUnfilled
         seated { displayName userId } strata { label } } }`,
      {
        i: {
          title: 'Te grote klankbordgroep',
          seats: 6,
          reserves: 2,
          strataBy: ['department'],
          trajectoryId: trajectory.id,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.drawSortition;
    // Four eligible people for six seats and two reserves.
    expect(result.seatsRequested).toBe(6);
    expect(result.seatsUnfilled).toBe(2);
    expect(result.reservesUnfilled).toBe(2);
    expect(result.draw).toEqual({
      trajectoryId: trajectory.id,
      trajectoryTitle: 'Nieuwe huisvesting',
    });
    expect(result.strata.map((s) => s.label)).toEqual(['Kantoor', 'Zorg']);
    const names = result.seated.map((p) => p.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    for (const person of result.seated)
      expect(person.userId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a trajectory of another organisation or that does not exist', async () => {
    const response = await draw({
      title: 'X',
      seats: 1,
      strataBy: ['department'],
      trajectoryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(response)).toBe('NOT_FOUND');
  });
});
