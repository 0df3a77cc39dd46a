import { Role, addDays, todayInAmsterdam } from '@inspraak/domain';
import { AuditEntry } from '@inspraak/api-core';
import {
  ConsentRecord,
  ParticipantPoolSettings,
} from '@inspraak/api-participants';
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
import {
  addSkill,
  joinPool,
  PARTICIPANT_FIELDS,
  profile,
} from './participant-fixtures';

describe('participant pool: joining, profile, pause, consent, leaving, skill catalogue', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'pool');
    callers = await callersFor(testApp.url, organisation);
  });

  const mine = async (caller: GraphqlCaller) =>
    (
      await caller.request<{ myParticipation: Record<string, unknown> | null }>(
        `{ myParticipation { ${PARTICIPANT_FIELDS} } }`,
      )
    ).data!.myParticipation;

  it('lets an employee join with a profile and consents, and refuses a second join', async () => {
    const employee = callers[Role.MEDEWERKER];
    expect(await mine(employee)).toBeNull();
    const skill = await addSkill(callers[Role.ADVISEUR], 'Roosteren');
    const joined = await joinPool(
      employee,
      {
        skillIds: [skill, skill],
        tags: [' excel ', 'excel', ''],
        languages: ['nl', 'en'],
      },
      ['SURVEY_PANEL', 'SOUNDING_BOARD'],
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinPool).toMatchObject({
      status: 'ACTIVE',
      skillIds: [skill],
      tags: ['excel'],
      languages: ['nl', 'en'],
      hoursPerMonth: 6,
    });
    expect((joined.data!.joinPool['consents'] as string[]).sort()).toEqual([
      'SOUNDING_BOARD',
      'SURVEY_PANEL',
    ]);
    expect(await mine(employee)).toEqual(joined.data!.joinPool);

    const again = await joinPool(employee);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorReason(again)).toBe('ALREADY_PARTICIPANT');
  });

  it.each([
    ['too many hours', { hoursPerMonth: 200 }, 'hoursPerMonth'],
    [
      'a language that is not a code',
      { languages: ['Nederlands'] },
      'languages',
    ],
    [
      'an unknown skill',
      { skillIds: ['00000000-0000-4000-8000-000000000000'] },
      'skillIds',
    ],
    ['a too long text', { about: 'x'.repeat(1001) }, 'about'],
  ])(
    'refuses a profile with %s, writing nothing',
    async (_label, overrides, field) => {
      const response = await joinPool(callers[Role.MEDEWERKER], overrides);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors![0]!.extensions!.fields)).toContain(
        field,
      );
      expect(await mine(callers[Role.MEDEWERKER])).toBeNull();
    },
  );

  it('updates the profile with an audit record of what changed', async () => {
    const employee = callers[Role.OR_LID];
    const id = (await joinPool(employee)).data!.joinPool['id'] as string;
    const updated = await employee.request<{
      updateMyProfile: { hoursPerMonth: number; themes: string[] };
    }>(
      'mutation($i: ProfileInput!) { updateMyProfile(input: $i) { hoursPerMonth themes } }',
      {
        i: profile({ hoursPerMonth: 10, themes: ['Huisvesting'] }),
      },
    );
    expect(updated.data?.updateMyProfile).toEqual({
      hoursPerMonth: 10,
      themes: ['Huisvesting'],
    });
    const trail = await testApp.dataSource.getRepository(AuditEntry).find({
      where: { organisationId: organisation.id, entityId: id },
      order: { at: 'ASC' },
    });
    expect(trail.map((t) => t.action)).toEqual([
      'participant.joined',
      'participant.profile-updated',
    ]);
    expect(trail[1]!.changes).toEqual({
      hoursPerMonth: [6, 10],
      themes: [['Roosters'], ['Huisvesting']],
    });
  });

  it('pauses until a future date and resumes; refuses a date in the past or beyond a year', async () => {
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee);
    const today = todayInAmsterdam();
    for (const until of [
      today,
      addDays(today, -3),
      addDays(today, 400),
      '2026-02-30',
      'morgen',
    ]) {
      const refused = await employee.request(
        'mutation($u: String!) { pauseMyParticipation(until: $u) { id } }',
        { u: until },
      );
      expect(errorReason(refused)).toBe('INVALID_PAUSE_DATE');
    }
    const until = addDays(today, 14);
    const paused = await employee.request<{
      pauseMyParticipation: { status: string; pausedUntil: string };
    }>(
      'mutation($u: String!) { pauseMyParticipation(until: $u) { status pausedUntil } }',
      { u: until },
    );
    expect(paused.data?.pauseMyParticipation).toEqual({
      status: 'PAUSED',
      pausedUntil: until,
    });
    const resumed = await employee.request<{
      resumeMyParticipation: { status: string; pausedUntil: null };
    }>('mutation { resumeMyParticipation { status pausedUntil } }');
    expect(resumed.data?.resumeMyParticipation).toEqual({
      status: 'ACTIVE',
      pausedUntil: null,
    });
  });

  it('records every consent change and lets the latest one count', async () => {
    const employee = callers[Role.MEDEWERKER];
    const id = (await joinPool(employee, {}, ['SURVEY_PANEL'])).data!.joinPool[
      'id'
    ] as string;
    await employee.request(
      'mutation { setMyConsent(purpose: SOUNDING_BOARD, granted: true) { id } }',
    );
    const withdrawn = await employee.request<{
      setMyConsent: { consents: string[] };
    }>(
      'mutation { setMyConsent(purpose: SURVEY_PANEL, granted: false) { consents } }',
    );
    expect(withdrawn.data?.setMyConsent.consents).toEqual(['SOUNDING_BOARD']);
    const records = await testApp.dataSource.getRepository(ConsentRecord).find({
      where: { organisationId: organisation.id, participantId: id },
      order: { recordedAt: 'ASC' },
    });
    expect(records.map((r) => [r.purpose, r.granted])).toEqual([
      ['SURVEY_PANEL', true],
      ['SOUNDING_BOARD', true],
      ['SURVEY_PANEL', false],
    ]);
    expect(records.every((r) => r.textVersion.length > 0)).toBe(true);
  });

  it('leaving withdraws all consents and schedules deletion after the retention period; rejoining is possible', async () => {
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee, {}, ['SURVEY_PANEL', 'SOUNDING_BOARD']);
    const left = await employee.request<{
      leavePool: {
        status: string;
        consents: string[];
        deletionScheduledOn: string;
      };
    }>('mutation { leavePool { status consents deletionScheduledOn } }');
    expect(left.data?.leavePool).toEqual({
      status: 'LEFT',
      consents: [],
      deletionScheduledOn: addDays(todayInAmsterdam(), 30),
    });
    expect(
      errorCode(await employee.request('mutation { leavePool { id } }')),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await employee.request('mutation { resumeMyParticipation { id } }'),
      ),
    ).toBe('NOT_FOUND');

    const rejoined = await joinPool(employee);
    expect(rejoined.data?.joinPool).toMatchObject({
      status: 'ACTIVE',
      deletionScheduledOn: null,
      consents: ['SURVEY_PANEL'],
    });

    await testApp.dataSource
      .getRepository(ParticipantPoolSettings)
      .save({ organisationId: organisation.id, profileRetentionDays: 7 });
    const leftAgain = await employee.request<{
      leavePool: { deletionScheduledOn: string };
    }>('mutation { leavePool { deletionScheduledOn } }');
    expect(leftAgain.data?.leavePool.deletionScheduledOn).toBe(
      addDays(todayInAmsterdam(), 7),
    );
  });

  it('shows colleagues only the fields a participant opened up, and only active participants', async () => {
    const skill = await addSkill(callers[Role.ADVISEUR], 'Roosteren');
    await joinPool(callers[Role.MEDEWERKER], {
      skillIds: [skill],
      themes: ['Werkdruk'],
      about: 'Alleen voor de adviseur',
      visibility: {
        skills: 'COLLEAGUES',
        themes: 'ADVISOR_ONLY',
        availability: 'COLLEAGUES',
        about: 'ADVISOR_ONLY',
      },
    });
    await joinPool(callers[Role.HR]);
    await callers[Role.HR].request(
      'mutation($u: String!) { pauseMyParticipation(until: $u) { id } }',
      { u: addDays(todayInAmsterdam(), 10) },
    );
    const seen = await callers[Role.OR_LID].request<{
      colleagues: { total: number; items: Record<string, unknown>[] };
    }>(
      '{ colleagues { total items { displayName skills tags themes hoursPerMonth about } } }',
    );
    expect(seen.data?.colleagues.total).toBe(1);
    expect(seen.data?.colleagues.items[0]).toEqual({
      displayName: expect.stringMatching(/^MEDEWERKER/),
      skills: ['Roosteren'],
      tags: ['excel'],
      themes: null,
      hoursPerMonth: 6,
      about: null,
    });
    expect(JSON.stringify(seen.data)).not.toContain('Alleen voor de adviseur');
  });

  it('lets the advisor curate the skill catalogue: add, refuse duplicates, rename, merge', async () => {
    const advisor = callers[Role.ADVISEUR];
    const excel = await addSkill(advisor, 'Excel');
    const spreadsheets = await addSkill(advisor, 'Spreadsheets');
    const duplicate = await advisor.request(
      'mutation { addSkill(name: "  excel ") { id } }',
    );
    expect(errorReason(duplicate)).toBe('SKILL_EXISTS');
    expect(
      errorReason(
        await advisor.request('mutation { addSkill(name: "   ") { id } }'),
      ),
    ).toBe('INVALID_INPUT');

    await joinPool(callers[Role.MEDEWERKER], {
      skillIds: [excel, spreadsheets],
    });
    await joinPool(callers[Role.HR], { skillIds: [spreadsheets] });

    const renamed = await advisor.request<{ renameSkill: { name: string } }>(
      'mutation($id: ID!) { renameSkill(id: $id, name: "Microsoft Excel") { name } }',
      { id: excel },
    );
    expect(renamed.data?.renameSkill.name).toBe('Microsoft Excel');
    expect(
      errorReason(
        await advisor.request(
          'mutation($id: ID!) { mergeSkills(duplicateId: $id, intoId: $id) { id } }',
          { id: excel },
        ),
      ),
    ).toBe('MERGE_INTO_ITSELF');

    const merged = await advisor.request<{ mergeSkills: { id: string } }>(
      'mutation($d: ID!, $i: ID!) { mergeSkills(duplicateId: $d, intoId: $i) { id } }',
      { d: spreadsheets, i: excel },
    );
    expect(merged.data?.mergeSkills.id).toBe(excel);
    const catalogue = await callers[Role.MEDEWERKER].request<{
      skills: { id: string; name: string; participantCount: number }[];
    }>('{ skills { id name participantCount } }');
    expect(catalogue.data?.skills).toEqual([
      { id: excel, name: 'Microsoft Excel', participantCount: 2 },
    ]);
    expect((await mine(callers[Role.MEDEWERKER]))!['skillIds']).toEqual([
      excel,
    ]);
    expect((await mine(callers[Role.HR]))!['skillIds']).toEqual([excel]);
    expect(
      errorReason(
        await advisor.request(
          'mutation($id: ID!) { renameSkill(id: $id, name: "Sheets") { id } }',
          { id: spreadsheets },
        ),
      ),
    ).toBe('SKILL_MERGED');
    // A merged skill can no longer be chosen.
    expect(
      errorCode(
        await callers[Role.MEDEWERKER].request(
          'mutation($i: ProfileInput!) { updateMyProfile(input: $i) { id } }',
          { i: profile({ skillIds: [spreadsheets] }) },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
