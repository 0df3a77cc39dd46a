import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import { addSkill, joinPool, publishAgreement } from './participant-fixtures';

/**
 * The advisor's pool: five employees join (the ADVISEUR account only manages),
 * in two departments, with different skills, hours, consents and agreement
 * standing; one pauses.
 */
describe("the advisor's pool: search, representation, matching", () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'pool-view');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    ids['care'] = await createDepartment(advisor, 'Zorg');
    ids['homeCare'] = await createDepartment(advisor, 'Thuiszorg', ids['care']);
    ids['logistics'] = await createDepartment(advisor, 'Logistiek');
    const placement: [Role, string, string][] = [
      [Role.MEDEWERKER, 'homeCare', 'Utrecht'],
      [Role.HR, 'care', 'Utrecht'],
      [Role.OR_LID, 'logistics', 'Zeist'],
      [Role.OR_SECRETARIS, 'logistics', 'Zeist'],
      [Role.BESTUURDER, 'care', 'Utrecht'],
    ];
    for (const [role, department, location] of placement) {
      await createEmployee(advisor, {
        email: organisation.emails[role],
        departmentId: ids[department],
        location,
        firstName: role,
      });
    }
    // Headcount without participants: two more in Logistiek.
    await createEmployee(advisor, { departmentId: ids['logistics'] });
    await createEmployee(advisor, { departmentId: ids['logistics'] });

    ids['planning'] = await addSkill(advisor, 'Planning');
    ids['excel'] = await addSkill(advisor, 'Excel');
    const agreement = await publishAgreement(advisor, 'Overeenkomst');
    const accept = (caller: GraphqlCaller) =>
      caller.request(
        'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
        { v: agreement.id, h: agreement.contentHash },
      );

    await joinPool(
      callers[Role.MEDEWERKER],
      {
        skillIds: [ids['planning'], ids['excel']],
        hoursPerMonth: 8,
        themes: ['Huisvesting'],
      },
      ['WORKGROUP'],
    );
    await accept(callers[Role.MEDEWERKER]);
    await joinPool(
      callers[Role.HR],
      { skillIds: [ids['planning']], hoursPerMonth: 2 },
      ['WORKGROUP'],
    );
    await accept(callers[Role.HR]);
    await joinPool(
      callers[Role.OR_LID],
      { skillIds: [ids['planning']], hoursPerMonth: 6 },
      ['WORKGROUP'],
    );
    await accept(callers[Role.OR_LID]);
    // No agreement accepted.
    await joinPool(
      callers[Role.OR_SECRETARIS],
      { skillIds: [ids['planning'], ids['excel']], hoursPerMonth: 10 },
      ['WORKGROUP'],
    );
    // Paused, and no consent for workgroups.
    await joinPool(
      callers[Role.BESTUURDER],
      { skillIds: [ids['excel']], hoursPerMonth: 4 },
      ['SURVEY_PANEL'],
    );
    await accept(callers[Role.BESTUURDER]);
    await callers[Role.BESTUURDER].request(
      'mutation($u: String!) { pauseMyParticipation(until: $u) { status } }',
      { u: addDays(todayInAmsterdam(), 30) },
    );
  });
  afterAll(() => testApp.close());

  type Page = {
    pool: {
      total: number;
      items: {
        displayName: string;
        departmentName: string | null;
        location: string | null;
        agreementValid: boolean;
        isNew: boolean;
        status: string;
      }[];
    };
  };
  const names = (page: Page) =>
    page.pool.items.map((i) => i.displayName.split(' ')[0]).sort();
  const search = async (filter: Record<string, unknown>) =>
    (
      await advisor.request<Page>(
        'query($f: PoolFilter) { pool(filter: $f) { total items { displayName departmentName location agreementValid isNew status } } }',
        { f: filter },
      )
    ).data!;

  it('lists everyone in the pool with department, location and agreement standing from the directory', async () => {
    const all = await search({});
    expect(all.pool.total).toBe(5);
    const medewerker = all.pool.items.find((i) =>
      i.displayName.startsWith('MEDEWERKER'),
    );
    expect(medewerker).toMatchObject({
      departmentName: 'Thuiszorg',
      location: 'Utrecht',
      agreementValid: true,
      isNew: true,
      status: 'ACTIVE',
    });
  });

  it.each([
    [
      'skills (all of them)',
      () => ({ skillIds: [ids['planning'], ids['excel']] }),
      ['MEDEWERKER', 'OR_SECRETARIS'],
    ],
    [
      'a department including sub-departments',
      () => ({ departmentId: ids['care'] }),
      ['BESTUURDER', 'HR', 'MEDEWERKER'],
    ],
    ['location', () => ({ location: 'zeist' }), ['OR_LID', 'OR_SECRETARIS']],
    [
      'minimum hours',
      () => ({ minHoursPerMonth: 8 }),
      ['MEDEWERKER', 'OR_SECRETARIS'],
    ],
    ['theme', () => ({ theme: 'huisvesting' }), ['MEDEWERKER']],
    ['status', () => ({ status: 'PAUSED' }), ['BESTUURDER']],
    [
      'without a valid agreement',
      () => ({ agreementValid: false }),
      ['OR_SECRETARIS'],
    ],
    ['time in the pool', () => ({ minMonthsInPool: 1 }), []],
    ['name', () => ({ search: 'or_lid' }), ['OR_LID']],
  ])('filters by %s', async (_label, filter, expected) => {
    expect(names(await search(filter()))).toEqual(expected);
  });

  it('counts participants per department against the headcount, with shares, and gives no verdict for a pool this small', async () => {
    const response = await advisor.request<{
      poolRepresentation: Record<string, unknown>[];
    }>(
      '{ poolRepresentation { departmentName headcount participants poolSize minPoolForVerdict poolShare headcountShare expected verdict underRepresented } }',
    );
    // Five participants: below the minimum of ten, so no department is called under- or sufficiently represented.
    const row = (
      departmentName: string,
      headcount: number,
      participants: number,
    ) => ({
      departmentName,
      headcount,
      participants,
      poolSize: 5,
      minPoolForVerdict: 10,
      poolShare: participants / 5,
      headcountShare: headcount / 7,
      expected: expect.closeTo((5 * headcount) / 7, 6),
      verdict: 'NOT_ENOUGH_DATA',
      underRepresented: false,
    });
    expect(response.data?.poolRepresentation).toEqual([
      row('Logistiek', 4, 2),
      row('Thuiszorg', 1, 1),
      row('Zorg', 2, 2),
    ]);
  });

  it('accepts a need without hours (null, as forms send it)', async () => {
    const response = await advisor.request<{
      matchParticipants: { eligibleCount: number };
    }>(
      'query($need: MatchNeedInput!) { matchParticipants(need: $need) { eligibleCount } }',
      {
        need: {
          skillIds: [ids['planning']],
          themes: [],
          size: 1,
          hoursPerMonth: null,
          wayOfTakingPart: 'WORKGROUP',
          mustCoverDepartmentIds: [],
          mustCoverLocations: [],
        },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.matchParticipants.eligibleCount).toBe(3);
  });

  it('ranks only eligible people for a project, explains each, and suggests a team covering the must-cover department', async () => {
    const response = await advisor.request<{
      matchParticipants: {
        eligibleCount: number;
        ineligible: { reason: string; count: number }[];
        uncovered: string[];
        candidates: {
          displayName: string;
          score: number;
          explanationNl: string;
          explanationEn: string;
          suggested: boolean;
        }[];
      };
    }>(
      `query($need: MatchNeedInput!) { matchParticipants(need: $need) {
         eligibleCount ineligible { reason count } uncovered
         candidates { displayName score explanationNl explanationEn suggested } } }`,
      {
        need: {
          skillIds: [ids['planning'], ids['excel']],
          themes: [],
          size: 2,
          hoursPerMonth: 6,
          wayOfTakingPart: 'WORKGROUP',
          mustCoverDepartmentIds: [ids['logistics']],
        },
      },
    );
    const result = response.data!.matchParticipants;
    expect(result.eligibleCount).toBe(3);
    expect(
      Object.fromEntries(result.ineligible.map((i) => [i.reason, i.count])),
    ).toEqual({ NO_AGREEMENT: 1, PAUSED: 1, NO_CONSENT_FOR_PURPOSE: 1 });
    expect(result.candidates.map((c) => c.displayName.split(' ')[0])).toEqual([
      'MEDEWERKER',
      'OR_LID',
      'HR',
    ]);
    expect(
      result.candidates
        .filter((c) => c.suggested)
        .map((c) => c.displayName.split(' ')[0])
        .sort(),
    ).toEqual(['MEDEWERKER', 'OR_LID']);
    expect(result.uncovered).toEqual([]);
    const best = result.candidates[0]!;
    expect(best.explanationNl).toContain('2 van 2 vaardigheden');
    expect(best.explanationEn).toContain('2 of 2 skills');
    expect(result.candidates[1]!.explanationNl).toContain('Logistiek');
    expect(best.score).toBeGreaterThan(result.candidates[2]!.score);
  });

  it('names an uncovered must-cover department by its name, never its id, and gives each candidate the account to invite', async () => {
    const facilities = await createDepartment(advisor, 'Facilitair');
    const response = await advisor.request<{
      matchParticipants: {
        uncovered: string[];
        candidates: { userId: string; explanationNl: string }[];
      };
    }>(
      `query($need: MatchNeedInput!) { matchParticipants(need: $need) {
         uncovered candidates { userId explanationNl } } }`,
      {
        need: {
          skillIds: [],
          themes: [],
          size: 2,
          wayOfTakingPart: 'WORKGROUP',
          mustCoverDepartmentIds: [facilities, ids['logistics']],
        },
      },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.matchParticipants;
    expect(result.uncovered).toEqual(['Facilitair']);
    for (const candidate of result.candidates) {
      expect(candidate.userId).toMatch(/^[0-9a-f-]{36}$/);
      expect(candidate.explanationNl).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    }
  });
});
