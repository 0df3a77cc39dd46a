import { Role } from '@inspraak/domain';
import { AuditEntry } from '@inspraak/api-core';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { addSkill, joinPool } from './participant-fixtures';

describe("the advisor's tools: coaching notes, onboarding, CSV export", () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'tools');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
  });

  it('keeps private coaching notes, audits reading and writing, and refuses empty or unknown ones', async () => {
    const participantId = (await joinPool(callers[Role.MEDEWERKER])).data!
      .joinPool['id'] as string;
    const added = await advisor.request<{ addCoachingNote: { text: string } }>(
      'mutation($p: ID!) { addCoachingNote(participantId: $p, text: "  Wil graag meer over roosters leren. ") { text } }',
      { p: participantId },
    );
    expect(added.data?.addCoachingNote.text).toBe(
      'Wil graag meer over roosters leren.',
    );
    const notes = await advisor.request<{ coachingNotes: { text: string }[] }>(
      'query($p: ID!) { coachingNotes(participantId: $p) { text } }',
      { p: participantId },
    );
    expect(notes.data?.coachingNotes).toEqual([
      { text: 'Wil graag meer over roosters leren.' },
    ]);
    const trail = await testApp.dataSource.getRepository(AuditEntry).find({
      where: { organisationId: organisation.id, entityId: participantId },
    });
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining(['coaching-note.added', 'coaching-notes.viewed']),
    );
    expect(
      errorCode(
        await advisor.request(
          'mutation($p: ID!) { addCoachingNote(participantId: $p, text: "   ") { id } }',
          { p: participantId },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await advisor.request(
          'query { coachingNotes(participantId: "00000000-0000-4000-8000-000000000000") { id } }',
        ),
      ),
    ).toBe('NOT_FOUND');
    // The participant's own view never contains them.
    expect(
      JSON.stringify(
        (await callers[Role.MEDEWERKER].request('{ myPersonalData }')).data,
      ),
    ).not.toContain('roosters leren');
  });

  it('flags new participants for onboarding until the advisor marks them', async () => {
    const participantId = (await joinPool(callers[Role.HR])).data!.joinPool[
      'id'
    ] as string;
    const before = await advisor.request<{
      pool: { items: { needsOnboarding: boolean }[] };
    }>('{ pool { items { needsOnboarding } } }');
    expect(before.data?.pool.items).toEqual([{ needsOnboarding: true }]);
    expect(
      (
        await advisor.request(
          'mutation($p: ID!) { markParticipantOnboarded(participantId: $p) }',
          { p: participantId },
        )
      ).data,
    ).toEqual({ markParticipantOnboarded: true });
    const after = await advisor.request<{
      pool: { items: { needsOnboarding: boolean }[] };
    }>('{ pool { items { needsOnboarding } } }');
    expect(after.data?.pool.items).toEqual([{ needsOnboarding: false }]);
  });

  it('exports the pool as CSV with profile fields only where the participant allowed colleagues to see them', async () => {
    const skill = await addSkill(advisor, 'Roosteren');
    await joinPool(callers[Role.MEDEWERKER], {
      skillIds: [skill],
      about: '=GEHEIM()',
      visibility: {
        skills: 'COLLEAGUES',
        themes: 'ADVISOR_ONLY',
        availability: 'ADVISOR_ONLY',
        about: 'COLLEAGUES',
      },
    });
    await joinPool(callers[Role.OR_LID], {
      skillIds: [skill],
      about: 'Alleen voor de adviseur',
      visibility: {
        skills: 'ADVISOR_ONLY',
        themes: 'ADVISOR_ONLY',
        availability: 'ADVISOR_ONLY',
        about: 'ADVISOR_ONLY',
      },
    });
    const csv = (await advisor.request<{ poolCsv: string }>('{ poolCsv }'))
      .data!.poolCsv;
    expect(csv.startsWith('\uFEFFnaam;email;afdeling')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    const medewerker = lines
      .find((l) => l.startsWith('MEDEWERKER'))!
      .split(';');
    expect(medewerker[7]).toBe('Roosteren');
    expect(medewerker[8]).toBe('');
    expect(medewerker[10]).toBe("'=GEHEIM()");
    const orLid = lines.find((l) => l.startsWith('OR_LID'))!;
    expect(orLid).not.toContain('Roosteren');
    expect(orLid).not.toContain('Alleen voor de adviseur');
    const trail = await testApp.dataSource
      .getRepository(AuditEntry)
      .countBy({ organisationId: organisation.id, action: 'pool.exported' });
    expect(trail).toBe(1);
  });
});
