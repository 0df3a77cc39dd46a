import { Role } from '@inspraak/domain';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment } from './directory-fixtures';
import { DecisionPhaseMarker1796219000000 } from '../migrations/1796219000000-DecisionPhaseMarker';
import {
  addSeat,
  completeRegieTeam,
  createTrajectory,
  TRAJECTORY_FIELDS,
} from './trajectory-fixtures';

interface TrajectoryShape {
  id: string;
  title: string;
  published: boolean;
  status: string;
  currentPhase: number;
  steering: boolean;
  missingRoles: string[];
  phases: { nl: string; en: string; decision: boolean }[];
  regieTeam: { userId: string; role: string; displayName: string }[];
  timeline: { kind: string; textNl: string }[];
}

describe('change trajectories and their regie teams', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;
  let employee: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'trajectories');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    employee = callers[Role.MEDEWERKER];
  });
  afterAll(() => testApp.close());

  const get = async (caller: GraphqlCaller, id: string) =>
    caller.request<{ trajectory: TrajectoryShape }>(
      `query($id: ID!) { trajectory(id: $id) { ${TRAJECTORY_FIELDS} } }`,
      { id },
    );
  const move = (caller: GraphqlCaller, id: string, toPhase: number) =>
    caller.request<{ moveTrajectoryPhase: TrajectoryShape }>(
      `mutation($id: ID!, $p: Int!) { moveTrajectoryPhase(id: $id, toPhase: $p) { ${TRAJECTORY_FIELDS} } }`,
      { id, p: toPhase },
    );

  it("starts a trajectory with the organisation's five default phases and an empty regie team", async () => {
    const { id } = await createTrajectory(advisor, { published: false });
    const trajectory = (await get(advisor, id)).data!.trajectory;
    expect(trajectory.phases.map((p) => p.nl)).toEqual([
      'Verkenning',
      'Ontwerp',
      'Besluitvorming',
      'Implementatie',
      'Evaluatie',
    ]);
    expect(trajectory.currentPhase).toBe(0);
    expect(trajectory.missingRoles).toEqual([
      'MEDEZEGGENSCHAP',
      'HRM',
      'BESTUURDER',
      'ADVISEUR_PARTICIPATIE',
    ]);
    expect(trajectory.timeline.map((e) => e.kind)).toEqual([
      'trajectory.created',
    ]);
  });

  it('refuses bad input with a field and a stable reason, and writes nothing', async () => {
    const before = (
      await advisor.request<{ trajectories: unknown[] }>(
        '{ trajectories { id } }',
      )
    ).data!.trajectories.length;
    const empty = await advisor.request(
      'mutation { createTrajectory(input: { title: "" }) { id } }',
    );
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const dates = await advisor.request(
      'mutation { createTrajectory(input: { title: "X", startsOn: "2027-02-01", endsOn: "2027-01-01" }) { id } }',
    );
    expect(errorReason(dates)).toBe('END_BEFORE_START');
    const impossible = await advisor.request(
      'mutation { createTrajectory(input: { title: "X", startsOn: "2027-02-30" }) { id } }',
    );
    expect(errorReason(impossible)).toBe('INVALID_DATE');
    const department = await advisor.request(
      'mutation { createTrajectory(input: { title: "X", departmentIds: ["00000000-0000-4000-8000-000000000000"] }) { id } }',
    );
    expect(errorReason(department)).toBe('UNKNOWN_DEPARTMENT');
    const owner = await advisor.request(
      'mutation { createTrajectory(input: { title: "X", ownerEmail: "nobody@nowhere.test" }) { id } }',
    );
    expect(errorReason(owner)).toBe('NO_SUCH_MEMBER');
    expect(
      (
        await advisor.request<{ trajectories: unknown[] }>(
          '{ trajectories { id } }',
        )
      ).data!.trajectories,
    ).toHaveLength(before);
  });

  it('does not leave the first phase until all four roles sit in the regie team, and says which are missing', async () => {
    const { id } = await createTrajectory(advisor);
    await addSeat(
      advisor,
      id,
      organisation.emails[Role.OR_LID],
      'MEDEZEGGENSCHAP',
    );
    await addSeat(advisor, id, organisation.emails[Role.HR], 'HRM');
    const refused = await move(advisor, id, 1);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorReason(refused)).toBe('REGIE_TEAM_INCOMPLETE');
    expect(refused.errors![0]!.message).toContain(
      'bestuurder, adviseur participatie',
    );
    expect((await get(advisor, id)).data!.trajectory.currentPhase).toBe(0);

    await addSeat(
      advisor,
      id,
      organisation.emails[Role.BESTUURDER],
      'BESTUURDER',
    );
    const last = await addSeat(
      advisor,
      id,
      organisation.emails[Role.ADVISEUR],
      'ADVISEUR_PARTICIPATIE',
    );
    expect(last.data!.addRegieTeamMember.missingRoles).toEqual([]);
    const skipping = await move(advisor, id, 2);
    expect(errorReason(skipping)).toBe('PHASE_SKIPS_PHASES');
    const moved = await move(advisor, id, 1);
    expect(moved.data!.moveTrajectoryPhase.currentPhase).toBe(1);
    expect(moved.data!.moveTrajectoryPhase.timeline[0]).toEqual({
      kind: 'phase.moved',
      textNl: 'Fase Verkenning → Ontwerp',
    });
  });

  it('gives a person one role per team, and refuses unknown people', async () => {
    const { id } = await createTrajectory(advisor);
    await addSeat(advisor, id, organisation.emails[Role.HR], 'HRM');
    const twice = await addSeat(
      advisor,
      id,
      organisation.emails[Role.HR],
      'BESTUURDER',
    );
    expect(errorReason(twice)).toBe('ALREADY_IN_REGIE_TEAM');
    const stranger = await addSeat(
      advisor,
      id,
      'someone@else.test',
      'BESTUURDER',
    );
    expect(errorReason(stranger)).toBe('NO_SUCH_MEMBER');
    expect(stranger.errors![0]!.extensions!.fields![0]!.field).toBe('email');
  });

  it('audits changes of the regie team', async () => {
    const { id } = await createTrajectory(advisor);
    await addSeat(advisor, id, organisation.emails[Role.HR], 'HRM');
    const hrUserId = (await get(advisor, id)).data!.trajectory.regieTeam[0]!
      .userId;
    await advisor.request(
      'mutation($t: ID!, $u: ID!) { removeRegieTeamMember(trajectoryId: $t, userId: $u) { id } }',
      { t: id, u: hrUserId },
    );
    const audit = await advisor.request<{ auditLog: { action: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { action } }',
      { id },
    );
    const actions = audit.data!.auditLog.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'regie-team.member-added',
        'regie-team.member-removed',
      ]),
    );
  });

  it('keeps the owner when a regie team member edits the details, and changes the owner only when asked, audited', async () => {
    const { id } = await createTrajectory(advisor);
    await addSeat(
      advisor,
      id,
      organisation.emails[Role.OR_LID],
      'MEDEZEGGENSCHAP',
    );
    const ownerOf = async () => {
      const t = (
        await advisor.request<{
          trajectory: { ownerUserId: string; ownerEmail: string | null };
        }>(
          'query($id: ID!) { trajectory(id: $id) { ownerUserId ownerEmail } }',
          {
            id,
          },
        )
      ).data!.trajectory;
      return t;
    };
    const original = await ownerOf();
    expect(original.ownerEmail).toBe(organisation.emails[Role.ADVISEUR]);

    // The OR member edits the details (no ownerEmail, as the form sends when the owner is unchanged).
    const edited = await callers[Role.OR_LID].request(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Bijgewerkt door de OR", status: ACTIVE }) { id } }`,
      { id },
    );
    expect(edited.errors).toBeUndefined();
    expect(await ownerOf()).toEqual(original);

    // Handing ownership to HR by e-mail.
    const handed = await callers[Role.OR_LID].request<{
      updateTrajectory: { ownerName: string; ownerEmail: string };
    }>(
      `mutation($id: ID!, $o: String) { updateTrajectory(id: $id, input: { title: "Bijgewerkt door de OR", status: ACTIVE, ownerEmail: $o }) { ownerName ownerEmail } }`,
      { id, o: organisation.emails[Role.HR].toUpperCase() },
    );
    expect(handed.data!.updateTrajectory.ownerEmail).toBe(
      organisation.emails[Role.HR],
    );
    const now = await ownerOf();
    expect(now.ownerUserId).not.toBe(original.ownerUserId);
    const audit = (
      await advisor.request<{
        auditLog: { action: string; actorEmail: string; changes: string }[];
      }>(
        'query($id: ID) { auditLog(entityId: $id) { action actorEmail changes } }',
        {
          id,
        },
      )
    ).data!.auditLog.filter(
      (entry) =>
        entry.action === 'trajectory.updated' &&
        entry.changes.includes('ownerUserId'),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorEmail).toBe(organisation.emails[Role.OR_LID]);
    expect(audit[0]!.changes).toContain(original.ownerUserId);
    expect(audit[0]!.changes).toContain(now.ownerUserId);

    // Readers who do not steer do not get the owner's address.
    await advisor.request(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Openbaar", status: ACTIVE, published: true }) { id } }`,
      { id },
    );
    const seen = await employee.request<{
      trajectory: { ownerName: string; ownerEmail: string | null };
    }>('query($id: ID!) { trajectory(id: $id) { ownerName ownerEmail } }', {
      id,
    });
    expect(seen.data!.trajectory.ownerEmail).toBeNull();
    expect(seen.data!.trajectory.ownerName).not.toBe('—');
  });

  it('lets regie team members steer, shows others only published trajectories, and never lets them steer', async () => {
    const hidden = await createTrajectory(advisor, {
      published: false,
      title: 'Verhuizing (nog geheim)',
    });
    const published = await createTrajectory(advisor, {
      title: 'Nieuw roostersysteem',
    });
    await addSeat(
      advisor,
      hidden.id,
      organisation.emails[Role.OR_LID],
      'MEDEZEGGENSCHAP',
    );

    // An employee outside the team: the unpublished one does not exist for them.
    expect(errorCode(await get(employee, hidden.id))).toBe('NOT_FOUND');
    const seen = (
      await employee.request<{
        trajectories: { id: string; steering: boolean }[];
      }>('{ trajectories { id steering } }')
    ).data!.trajectories;
    expect(seen.map((t) => t.id)).toContain(published.id);
    expect(seen.map((t) => t.id)).not.toContain(hidden.id);
    expect(seen.every((t) => !t.steering)).toBe(true);
    const steer = await employee.request(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Gekaapt", status: ACTIVE }) { id } }`,
      { id: published.id },
    );
    expect(errorCode(steer)).toBe('FORBIDDEN');
    expect(errorReason(steer)).toBe('NOT_IN_REGIE_TEAM');
    // Employees see only the public lines of the timeline.
    await addSeat(advisor, published.id, organisation.emails[Role.HR], 'HRM');
    const timeline = (
      await get(employee, published.id)
    ).data!.trajectory.timeline.map((e) => e.kind);
    expect(timeline).toContain('trajectory.created');
    expect(timeline).not.toContain('team.added');

    // The OR member in the team steers the unpublished trajectory.
    const orMember = callers[Role.OR_LID];
    const updated = await orMember.request<{
      updateTrajectory: { title: string; steering: boolean };
    }>(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Verhuizing naar Zwolle", status: ACTIVE, budgetLine: "OR-budget 2027 (art. 22 gemeld)" }) { title steering } }`,
      { id: hidden.id },
    );
    expect(updated.data!.updateTrajectory).toEqual({
      title: 'Verhuizing naar Zwolle',
      steering: true,
    });
  });

  it('keeps phase dates per phase and refuses a list of the wrong length', async () => {
    const { id } = await createTrajectory(advisor);
    const wrong = await advisor.request(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "T", status: ACTIVE, phaseDates: [{ startsOn: "2027-01-01" }] }) { id } }`,
      { id },
    );
    expect(errorReason(wrong)).toBe('PHASE_DATES_MISMATCH');
    const dates = Array.from({ length: 5 }, (_, i) => ({
      startsOn: `2027-0${i + 1}-01`,
      endsOn: `2027-0${i + 1}-28`,
    }));
    const saved = await advisor.request<{
      updateTrajectory: { phases: { startsOn: string }[] };
    }>(
      `mutation($id: ID!, $d: [PhaseDatesInput!]) { updateTrajectory(id: $id, input: { title: "T", status: ACTIVE, phaseDates: $d }) { phases { startsOn } } }`,
      { id, d: dates },
    );
    expect(saved.data!.updateTrajectory.phases.map((p) => p.startsOn)).toEqual(
      dates.map((d) => d.startsOn),
    );
  });

  it('lets the advisor edit the phase list for new trajectories, within limits', async () => {
    const bad = await advisor.request(
      'mutation { updatePhaseSettings(phases: []) { nl } }',
    );
    expect(errorReason(bad)).toBe('PHASES_EMPTY');
    const phases = [
      { nl: 'Oriëntatie', en: 'Orientation', decision: false },
      { nl: 'Uitvoering', en: 'Execution', decision: true },
    ];
    const missingMarker = await advisor.request(
      'mutation { updatePhaseSettings(phases: [{ nl: "A", en: "A" }]) { nl } }',
    );
    expect(errorCode(missingMarker)).toBe('BAD_USER_INPUT');
    await advisor.request(
      'mutation($p: [PhaseNameInput!]!) { updatePhaseSettings(phases: $p) { nl } }',
      { p: phases },
    );
    const { id } = await createTrajectory(advisor);
    expect((await get(advisor, id)).data!.trajectory.phases).toEqual(phases);
    // Other organisations keep the defaults.
    const other = (
      await callersFor(
        testApp.url,
        await createOrganisation(testApp.dataSource, 'other'),
      )
    )[Role.ADVISEUR];
    expect(
      (
        await other.request<{ phaseSettings: { nl: string }[] }>(
          '{ phaseSettings { nl } }',
        )
      ).data!.phaseSettings,
    ).toHaveLength(5);
  });

  it('marks the decision phase of phases stored before the marker existed by their old "besluit…" name', async () => {
    const fresh = await createOrganisation(testApp.dataSource, 'pre-marker');
    const { id } = await createTrajectory(
      (await callersFor(testApp.url, fresh))[Role.ADVISEUR],
    );
    const runner = testApp.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const unmarked = (phases: string) =>
        `(SELECT jsonb_agg(phase - 'decision' ORDER BY position) FROM jsonb_array_elements(${phases}) WITH ORDINALITY AS list(phase, position))`;
      await runner.query(
        `UPDATE trajectory SET phases = ${unmarked('phases')} WHERE id = $1`,
        [id],
      );
      await runner.query(
        `INSERT INTO phase_settings (organisation_id, phases) VALUES ($1, $2)
         ON CONFLICT (organisation_id) DO UPDATE SET phases = excluded.phases`,
        [
          fresh.id,
          JSON.stringify([
            { nl: 'Start', en: 'Start' },
            { nl: 'Besluit OR en bestuurder', en: 'Decision' },
          ]),
        ],
      );
      await new DecisionPhaseMarker1796219000000().up(runner);
      const [trajectory] = await runner.query(
        'SELECT phases FROM trajectory WHERE id = $1',
        [id],
      );
      expect(
        trajectory.phases.map((p: { nl: string; decision: boolean }) => [
          p.nl,
          p.decision,
        ]),
      ).toEqual([
        ['Verkenning', false],
        ['Ontwerp', false],
        ['Besluitvorming', true],
        ['Implementatie', false],
        ['Evaluatie', false],
      ]);
      const [settings] = await runner.query(
        'SELECT phases FROM phase_settings WHERE organisation_id = $1',
        [fresh.id],
      );
      expect(settings.phases).toEqual([
        { nl: 'Start', en: 'Start', decision: false },
        { nl: 'Besluit OR en bestuurder', en: 'Decision', decision: true },
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('does not move a completed trajectory', async () => {
    const { id } = await createTrajectory(advisor);
    await completeRegieTeam(advisor, id, organisation);
    await advisor.request(
      `mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Klaar", status: COMPLETED }) { id } }`,
      { id },
    );
    expect(errorReason(await move(advisor, id, 1))).toBe(
      'TRAJECTORY_NOT_ACTIVE',
    );
  });

  it('tells a new team member in the app', async () => {
    const extra = await addMember(testApp, organisation, 'Nieuw Teamlid');
    const { id } = await createTrajectory(advisor);
    await addSeat(advisor, id, extra.email, 'MEDEZEGGENSCHAP');
    const notes = (
      await extra.caller.request<{
        myNotifications: { kind: string; link: string }[];
      }>('{ myNotifications { kind link } }')
    ).data!.myNotifications;
    expect(notes).toEqual([
      { kind: 'regie-team.added', link: `/trajectories/${id}` },
    ]);
    // And a department can be linked.
    const department = await createDepartment(advisor, 'Logistiek');
    const linked = await advisor.request<{
      updateTrajectory: { departmentIds: string[] };
    }>(
      `mutation($id: ID!, $d: [ID!]!) { updateTrajectory(id: $id, input: { title: "T", status: ACTIVE, departmentIds: $d }) { departmentIds } }`,
      { id, d: [department] },
    );
    expect(linked.data!.updateTrajectory.departmentIds).toEqual([department]);
    await advisor.request(
      `mutation($id: ID!, $d: [ID!]!) { updateTrajectory(id: $id, input: { title: "T", status: ACTIVE, published: true, departmentIds: $d }) { id } }`,
      { id, d: [department] },
    );
    // Employees, who may not read the department list, see the linked departments' names.
    const seen = await employee.request<{
      trajectory: { departments: { id: string; name: string }[] };
    }>('query($id: ID!) { trajectory(id: $id) { departments { id name } } }', {
      id,
    });
    expect(seen.data!.trajectory.departments).toEqual([
      { id: department, name: 'Logistiek' },
    ]);
  });
});
