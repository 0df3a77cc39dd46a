import { Role } from '@inspraak/domain';
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
  TrajectoryWorld,
  trajectoryTenancyAttempts,
  trajectoryWorld,
} from './tenancy-trajectories';
import { callInput } from './trajectory-fixtures';

/**
 * The second guard of trajectories, after the role: per trajectory, only its
 * regie team (and the advisor) steers; workgroup matters are for members,
 * meetings for invitees. A colleague of the same organisation who is none of
 * these aims every such operation at a published trajectory.
 */
describe('only the regie team steers a trajectory', () => {
  let testApp: TestApp;
  let world: TrajectoryWorld;
  let outsider: GraphqlCaller;
  let advisor: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    const organisation = await createOrganisation(testApp.dataSource, 'guard');
    const callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    world = await trajectoryWorld(
      advisor,
      callers[Role.MEDEWERKER],
      organisation,
    );
    // The council secretary holds a role but no seat in this regie team.
    outsider = callers[Role.OR_SECRETARIS];
  });
  afterAll(() => testApp.close());

  const refused =
    (code: string, reason?: string) =>
    async (query: string, variables: Record<string, unknown>) => {
      const response = await outsider.request(query, variables);
      expect(errorCode(response)).toBe(code);
      if (reason) expect(errorReason(response)).toBe(reason);
    };
  const steering = refused('FORBIDDEN', 'NOT_IN_REGIE_TEAM');
  const hidden = refused('NOT_FOUND');

  const GUARDED: Record<string, () => Promise<void>> = {
    'Mutation.updateTrajectory': () =>
      steering(
        'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "X", status: CANCELLED }) { id } }',
        { id: world.trajectoryId },
      ),
    'Mutation.moveTrajectoryPhase': () =>
      steering(
        'mutation($id: ID!) { moveTrajectoryPhase(id: $id, toPhase: 1) { id } }',
        { id: world.trajectoryId },
      ),
    'Mutation.addRegieTeamMember': () =>
      steering(
        'mutation($t: ID!, $e: String!) { addRegieTeamMember(input: { trajectoryId: $t, email: $e, role: HRM }) { id } }',
        { t: world.trajectoryId, e: 'x@y.nl' },
      ),
    'Mutation.removeRegieTeamMember': () =>
      steering(
        'mutation($t: ID!, $u: ID!) { removeRegieTeamMember(trajectoryId: $t, userId: $u) { id } }',
        { t: world.trajectoryId, u: world.employeeUserId },
      ),
    'Mutation.openCall': () =>
      steering(
        'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
        { t: world.trajectoryId, i: callInput() },
      ),
    'Mutation.updateCall': () =>
      steering(
        'mutation($id: ID!, $i: CallInput!) { updateCall(id: $id, input: $i, open: false) { id } }',
        { id: world.workgroupId, i: callInput() },
      ),
    'Query.callApplicants': () =>
      steering(
        'query($w: ID!) { callApplicants(workgroupId: $w) { fit { score } } }',
        { w: world.workgroupId },
      ),
    'Mutation.decideApplication': () =>
      steering(
        'mutation($m: ID!) { decideApplication(membershipId: $m, accept: true) { id } }',
        { m: world.membershipId },
      ),
    'Query.callSuggestions': () =>
      steering(
        'query($w: ID!) { callSuggestions(workgroupId: $w) { userId } }',
        { w: world.workgroupId },
      ),
    'Mutation.inviteToWorkgroup': () =>
      steering(
        'mutation($w: ID!, $u: ID!) { inviteToWorkgroup(workgroupId: $w, userId: $u) { id } }',
        { w: world.workgroupId, u: world.employeeUserId },
      ),
    'Mutation.setWorkgroupLead': () =>
      steering(
        'mutation($w: ID!, $u: ID!) { setWorkgroupLead(workgroupId: $w, userId: $u) { id } }',
        { w: world.workgroupId, u: world.employeeUserId },
      ),
    'Mutation.submitWorkgroupReport': () =>
      refused('FORBIDDEN', 'NOT_THE_LEAD')(
        'mutation($w: ID!) { submitWorkgroupReport(workgroupId: $w, report: "X") { id } }',
        { w: world.workgroupId },
      ),
    'Mutation.addDocument': () =>
      refused('FORBIDDEN', 'NOT_ALLOWED_FOR_DOCUMENT')(
        'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
        {
          i: {
            workgroupId: world.workgroupId,
            fileName: 'x.txt',
            mediaType: 'text/plain',
            contentBase64: 'QQ==',
          },
        },
      ),
    'Query.documentContent': () =>
      hidden('query($id: ID!) { documentContent(id: $id) { fileName } }', {
        id: world.documentId,
      }),
    'Mutation.removeDocument': () =>
      hidden('mutation($id: ID!) { removeDocument(id: $id) }', {
        id: world.documentId,
      }),
    'Mutation.respondToPost': () =>
      steering(
        'mutation($p: ID!) { respondToPost(postId: $p, response: "X") { id } }',
        { p: world.postId },
      ),
    'Mutation.moderatePost': () =>
      steering(
        'mutation($p: ID!) { moderatePost(postId: $p, hidden: true, reason: "X") { id } }',
        { p: world.postId },
      ),
    'Mutation.addBoardTheme': () =>
      steering(
        'mutation($t: ID!) { addBoardTheme(trajectoryId: $t, phase: 0, name: "X") { id } }',
        { t: world.trajectoryId },
      ),
    'Mutation.assignPostTheme': () =>
      steering(
        'mutation($p: ID!, $th: String) { assignPostTheme(postId: $p, themeId: $th) { id } }',
        { p: world.postId, th: world.themeId },
      ),
    'Mutation.saveBoardSummary': () =>
      steering(
        'mutation($t: ID!) { saveBoardSummary(trajectoryId: $t, phase: 0, text: "X") { phase } }',
        { t: world.trajectoryId },
      ),
    'Mutation.scheduleMeeting': () =>
      steering(
        'mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id } }',
        {
          i: {
            trajectoryId: world.trajectoryId,
            kind: 'REGIE_TEAM',
            title: 'X',
            startsAt: '2030-01-01T10:00:00Z',
            endsAt: '2030-01-01T11:00:00Z',
            inviteeEmails: [],
          },
        },
      ),
    'Query.meeting': () =>
      hidden('query($id: ID!) { meeting(id: $id) { id } }', {
        id: world.meetingId,
      }),
    'Mutation.recordMinutes': () =>
      hidden(
        'mutation($m: ID!) { recordMinutes(input: { meetingId: $m, minutes: "X" }) { id } }',
        { m: world.meetingId },
      ),
    'Mutation.updateMeeting': () =>
      hidden(
        'mutation($m: ID!) { updateMeeting(id: $m, input: { title: "X", startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z", inviteeEmails: [] }) { id } }',
        { m: world.meetingId },
      ),
    'Mutation.cancelMeeting': () =>
      hidden(
        'mutation($m: ID!) { cancelMeeting(id: $m, reason: "X") { id } }',
        { m: world.meetingId },
      ),
    'Mutation.addAction': () =>
      steering(
        'mutation($t: ID!) { addAction(input: { trajectoryId: $t, description: "X", ownerEmail: "x@y.nl", dueOn: "2030-01-01" }) { id } }',
        { t: world.trajectoryId },
      ),
    'Mutation.setActionDone': () =>
      steering(
        'mutation($id: ID!) { setActionDone(id: $id, done: true) { id } }',
        { id: world.actionId },
      ),
    // A member outside the regie team sees only their own actions and those of their meetings: none here.
    'Query.trajectoryActions': async () => {
      const response = await outsider.request<{
        trajectoryActions: { id: string }[];
      }>('query($t: ID!) { trajectoryActions(trajectoryId: $t) { id } }', {
        t: world.trajectoryId,
      });
      expect(response.data!.trajectoryActions).toEqual([]);
    },
    'Mutation.startEvaluation': () =>
      steering(
        'mutation($t: ID!) { startEvaluation(trajectoryId: $t) { id } }',
        { t: world.trajectoryId },
      ),
    'Mutation.answerEvaluation': () =>
      refused('FORBIDDEN', 'NOT_A_PARTICIPANT')(
        'mutation($e: ID!) { answerEvaluation(input: { evaluationId: $e, wentWell: "X", toImprove: "" }) { id } }',
        { e: world.evaluationId },
      ),
    'Mutation.closeEvaluation': () =>
      steering(
        'mutation($e: ID!) { closeEvaluation(id: $e, outcome: "X") { id } }',
        { e: world.evaluationId },
      ),
    // Reads that filter rather than refuse: the outsider gets the meeting list without the regie team's meeting.
    'Query.meetings': async () => {
      const response = await outsider.request<{ meetings: { id: string }[] }>(
        'query($t: ID!) { meetings(trajectoryId: $t) { id } }',
        { t: world.trajectoryId },
      );
      expect(response.data!.meetings).toEqual([]);
    },
    'Query.myMeetings': async () => {
      const response = await outsider.request<{ myMeetings: { id: string }[] }>(
        '{ myMeetings { id } }',
      );
      expect(response.data!.myMeetings.map((m) => m.id)).not.toContain(
        world.meetingId,
      );
    },
    // Answering an invitation or leaving needs an invitation or membership of one's own.
    'Mutation.respondToInvitation': () =>
      hidden(
        'mutation($w: ID!) { respondToInvitation(workgroupId: $w, accept: true) { id } }',
        { w: world.workgroupId },
      ),
    'Mutation.leaveWorkgroup': () =>
      hidden('mutation($w: ID!) { leaveWorkgroup(workgroupId: $w) { id } }', {
        w: world.workgroupId,
      }),
  };

  /** Open to every member by design (the published trajectory, its board and calls, one's own things), or guarded by role in the access test. */
  const OPEN = [
    'Query.phaseSettings',
    'Mutation.updatePhaseSettings',
    'Query.trajectories',
    'Query.trajectory',
    'Mutation.createTrajectory',
    'Query.openCalls',
    'Query.workgroups',
    'Query.workgroup',
    'Query.myWorkgroups',
    'Mutation.applyToCall',
    'Query.board',
    'Query.myPosts',
    'Mutation.postToBoard',
    'Mutation.supportPost',
    'Query.myActions',
    'Query.overdueActions',
    'Mutation.issueCalendarFeed',
    'Query.evaluations',
  ];

  it('names every trajectory operation as guarded per trajectory or open to members', () => {
    const all = Object.keys(
      trajectoryTenancyAttempts(
        () => outsider,
        () => world,
        async () => world.trajectoryId,
      ),
    );
    expect([...Object.keys(GUARDED), ...OPEN].sort()).toEqual(all.sort());
  });

  it.each(Object.keys(GUARDED))(
    '%s is refused to a member outside the regie team, workgroup or meeting',
    async (key) => {
      await GUARDED[key]!();
    },
  );

  it('hides the trajectory and all it holds once it is unpublished', async () => {
    await advisor.request(
      'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Traject B", status: ACTIVE, published: false }) { id } }',
      { id: world.trajectoryId },
    );
    await hidden('query($id: ID!) { trajectory(id: $id) { id } }', {
      id: world.trajectoryId,
    });
    await hidden('query($id: ID!) { workgroup(id: $id) { id } }', {
      id: world.workgroupId,
    });
    await hidden('query($t: ID!) { board(trajectoryId: $t) { phase } }', {
      t: world.trajectoryId,
    });
    await hidden(
      'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "X", status: CANCELLED }) { id } }',
      { id: world.trajectoryId },
    );
    const calls = await outsider.request<{ openCalls: { id: string }[] }>(
      '{ openCalls { id } }',
    );
    expect(calls.data!.openCalls.map((c) => c.id)).not.toContain(
      world.workgroupId,
    );
  });
});
