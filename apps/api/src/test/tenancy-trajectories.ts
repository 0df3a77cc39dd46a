import { Role } from '@inspraak/domain';
import { errorCode, GraphqlCaller, TestOrganisation } from './test-app';
import {
  completeRegieTeam,
  createTrajectory,
  openCall,
  post,
  scheduleMeeting,
  callInput,
} from './trajectory-fixtures';

/** What organisation B has in trajectories, for A to aim at. */
export interface TrajectoryWorld {
  trajectoryId: string;
  workgroupId: string;
  membershipId: string;
  documentId: string;
  postId: string;
  themeId: string;
  meetingId: string;
  agendaItemId: string;
  actionId: string;
  evaluationId: string;
  employeeUserId: string;
}

export async function trajectoryWorld(
  b: GraphqlCaller,
  bEmployee: GraphqlCaller,
  organisation: TestOrganisation,
): Promise<TrajectoryWorld> {
  const must = <T>(response: { data?: T | null; errors?: unknown }): T => {
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const { id: trajectoryId } = await createTrajectory(b, {
    title: 'Traject B',
  });
  await completeRegieTeam(b, trajectoryId, organisation);
  const workgroupId = await openCall(b, trajectoryId, { name: 'Werkgroep B' });
  const membershipId = must(
    await bEmployee.request<{ applyToCall: { id: string; userId: string } }>(
      'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "B") { id userId } }',
      { w: workgroupId },
    ),
  ).applyToCall;
  const documentId = must(
    await b.request<{ addDocument: { id: string } }>(
      'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
      {
        i: {
          workgroupId,
          fileName: 'b.txt',
          mediaType: 'text/plain',
          contentBase64: Buffer.from('Geheim B').toString('base64'),
        },
      },
    ),
  ).addDocument.id;
  const postId = await post(bEmployee, trajectoryId, 'Voordeel B');
  const themeId = must(
    await b.request<{ addBoardTheme: { id: string } }>(
      'mutation($t: ID!) { addBoardTheme(trajectoryId: $t, phase: 0, name: "Thema B") { id } }',
      { t: trajectoryId },
    ),
  ).addBoardTheme.id;
  const meeting = must(
    await scheduleMeeting(b, {
      trajectoryId,
      title: 'Vergadering B',
      agenda: [{ title: 'Punt B', notes: '', confidential: false }],
    }),
  ).scheduleMeeting;
  const actionId = must(
    await b.request<{ addAction: { id: string } }>(
      'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
      {
        i: {
          trajectoryId,
          description: 'Afspraak B',
          ownerEmail: organisation.emails[Role.MEDEWERKER],
          dueOn: '2020-01-01',
        },
      },
    ),
  ).addAction.id;
  const evaluationId = must(
    await b.request<{ startEvaluation: { id: string } }>(
      'mutation($t: ID!) { startEvaluation(trajectoryId: $t) { id } }',
      { t: trajectoryId },
    ),
  ).startEvaluation.id;
  return {
    trajectoryId,
    workgroupId,
    membershipId: membershipId.id,
    documentId,
    postId,
    themeId,
    meetingId: meeting.id,
    agendaItemId: meeting.agendaItems[0]!.id,
    actionId,
    evaluationId,
    employeeUserId: membershipId.userId,
  };
}

/**
 * Organisation A's advisor (who steers every trajectory of A) aims each
 * trajectory operation at B's trajectory, workgroup, post, meeting, action
 * and evaluation. Each must answer NOT_FOUND, or leave B out of a list.
 */
export function trajectoryTenancyAttempts(
  a: () => GraphqlCaller,
  world: () => TrajectoryWorld,
  aTrajectory: () => Promise<string>,
): Record<string, () => Promise<void>> {
  const notFound = async (
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const response = await a().request(query, variables);
    expect(errorCode(response)).toBe('NOT_FOUND');
  };
  const listLeavesOut = async (
    query: string,
    field: string,
    id: string,
    variables: Record<string, unknown> = {},
  ) => {
    const response = await a().request<Record<string, { id: string }[]>>(
      query,
      variables,
    );
    expect(response.data).toBeDefined();
    expect(response.data![field]!.map((x) => x.id)).not.toContain(id);
  };
  const w = world;
  return {
    'Query.phaseSettings': async () => {
      const response = await a().request<{ phaseSettings: { nl: string }[] }>(
        '{ phaseSettings { nl } }',
      );
      expect(response.data!.phaseSettings.length).toBeGreaterThan(0);
    },
    'Mutation.updatePhaseSettings': async () => {
      // The organisation is the caller's own; there is nothing to aim. A's change leaves B's trajectory's phases alone (checked at the end).
      const response = await a().request<{
        updatePhaseSettings: { nl: string }[];
      }>(
        'mutation { updatePhaseSettings(phases: [{ nl: "Alleen A", en: "Only A", decision: true }]) { nl } }',
      );
      expect(response.data!.updatePhaseSettings).toEqual([{ nl: 'Alleen A' }]);
    },
    'Query.trajectories': () =>
      listLeavesOut(
        '{ trajectories { id } }',
        'trajectories',
        w().trajectoryId,
      ),
    'Query.trajectory': () =>
      notFound('query($id: ID!) { trajectory(id: $id) { id } }', {
        id: w().trajectoryId,
      }),
    'Mutation.createTrajectory': async () => {
      // Created in A whatever is asked: B's department cannot be linked.
      const response = await a().request(
        'mutation($d: [ID!]!) { createTrajectory(input: { title: "A", departmentIds: $d }) { id } }',
        { d: [w().trajectoryId] },
      );
      expect(response.errors?.[0]?.extensions?.reason).toBe(
        'UNKNOWN_DEPARTMENT',
      );
    },
    'Mutation.updateTrajectory': () =>
      notFound(
        'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Gekaapt", status: CANCELLED }) { id } }',
        { id: w().trajectoryId },
      ),
    'Mutation.moveTrajectoryPhase': () =>
      notFound(
        'mutation($id: ID!) { moveTrajectoryPhase(id: $id, toPhase: 1) { id } }',
        { id: w().trajectoryId },
      ),
    'Mutation.addRegieTeamMember': () =>
      notFound(
        'mutation($t: ID!) { addRegieTeamMember(input: { trajectoryId: $t, email: "x@y.nl", role: HRM }) { id } }',
        { t: w().trajectoryId },
      ),
    'Mutation.removeRegieTeamMember': () =>
      notFound(
        'mutation($t: ID!, $u: ID!) { removeRegieTeamMember(trajectoryId: $t, userId: $u) { id } }',
        { t: w().trajectoryId, u: w().employeeUserId },
      ),
    'Mutation.openCall': () =>
      notFound(
        'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
        { t: w().trajectoryId, i: callInput() },
      ),
    'Mutation.updateCall': () =>
      notFound(
        'mutation($id: ID!, $i: CallInput!) { updateCall(id: $id, input: $i, open: false) { id } }',
        { id: w().workgroupId, i: callInput() },
      ),
    'Query.openCalls': () =>
      listLeavesOut('{ openCalls { id } }', 'openCalls', w().workgroupId),
    'Query.workgroups': () =>
      notFound('query($t: ID!) { workgroups(trajectoryId: $t) { id } }', {
        t: w().trajectoryId,
      }),
    'Query.workgroup': () =>
      notFound('query($id: ID!) { workgroup(id: $id) { id } }', {
        id: w().workgroupId,
      }),
    'Query.myWorkgroups': () =>
      listLeavesOut('{ myWorkgroups { id } }', 'myWorkgroups', w().workgroupId),
    'Mutation.applyToCall': () =>
      notFound(
        'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "A") { id } }',
        { w: w().workgroupId },
      ),
    'Mutation.leaveWorkgroup': () =>
      notFound('mutation($w: ID!) { leaveWorkgroup(workgroupId: $w) { id } }', {
        w: w().workgroupId,
      }),
    'Query.callApplicants': () =>
      notFound(
        'query($w: ID!) { callApplicants(workgroupId: $w) { membership { id } } }',
        { w: w().workgroupId },
      ),
    'Mutation.decideApplication': () =>
      notFound(
        'mutation($m: ID!) { decideApplication(membershipId: $m, accept: false) { id } }',
        { m: w().membershipId },
      ),
    'Query.callSuggestions': () =>
      notFound(
        'query($w: ID!) { callSuggestions(workgroupId: $w) { userId } }',
        { w: w().workgroupId },
      ),
    'Mutation.inviteToWorkgroup': async () => {
      await notFound(
        'mutation($w: ID!, $u: ID!) { inviteToWorkgroup(workgroupId: $w, userId: $u) { id } }',
        { w: w().workgroupId, u: w().employeeUserId },
      );
      // Nor can B's employee be invited into A's own workgroup.
      const own = await openCallIn(a(), await aTrajectory());
      await notFound(
        'mutation($w: ID!, $u: ID!) { inviteToWorkgroup(workgroupId: $w, userId: $u) { id } }',
        { w: own, u: w().employeeUserId },
      );
    },
    'Mutation.respondToInvitation': () =>
      notFound(
        'mutation($w: ID!) { respondToInvitation(workgroupId: $w, accept: true) { id } }',
        { w: w().workgroupId },
      ),
    'Mutation.setWorkgroupLead': () =>
      notFound(
        'mutation($w: ID!, $u: ID!) { setWorkgroupLead(workgroupId: $w, userId: $u) { id } }',
        { w: w().workgroupId, u: w().employeeUserId },
      ),
    'Mutation.submitWorkgroupReport': () =>
      notFound(
        'mutation($w: ID!) { submitWorkgroupReport(workgroupId: $w, report: "A") { id } }',
        { w: w().workgroupId },
      ),
    'Mutation.addDocument': () =>
      notFound(
        'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
        {
          i: {
            workgroupId: w().workgroupId,
            fileName: 'a.txt',
            mediaType: 'text/plain',
            contentBase64: 'QQ==',
          },
        },
      ),
    'Query.documentContent': () =>
      notFound('query($id: ID!) { documentContent(id: $id) { fileName } }', {
        id: w().documentId,
      }),
    'Mutation.removeDocument': () =>
      notFound('mutation($id: ID!) { removeDocument(id: $id) }', {
        id: w().documentId,
      }),
    'Query.board': () =>
      notFound('query($t: ID!) { board(trajectoryId: $t) { phase } }', {
        t: w().trajectoryId,
      }),
    'Query.myPosts': () =>
      listLeavesOut('{ myPosts { id } }', 'myPosts', w().postId),
    'Mutation.postToBoard': () =>
      notFound(
        'mutation($t: ID!) { postToBoard(input: { trajectoryId: $t, kind: PRO, text: "A", hideName: false }) { id } }',
        { t: w().trajectoryId },
      ),
    'Mutation.supportPost': () =>
      notFound(
        'mutation($p: ID!) { supportPost(postId: $p, support: true) { id } }',
        { p: w().postId },
      ),
    'Mutation.respondToPost': () =>
      notFound(
        'mutation($p: ID!) { respondToPost(postId: $p, response: "A") { id } }',
        { p: w().postId },
      ),
    'Mutation.moderatePost': () =>
      notFound(
        'mutation($p: ID!) { moderatePost(postId: $p, hidden: true, reason: "A") { id } }',
        { p: w().postId },
      ),
    'Mutation.addBoardTheme': () =>
      notFound(
        'mutation($t: ID!) { addBoardTheme(trajectoryId: $t, phase: 0, name: "A") { id } }',
        { t: w().trajectoryId },
      ),
    'Mutation.assignPostTheme': async () => {
      await notFound(
        'mutation($p: ID!, $th: String) { assignPostTheme(postId: $p, themeId: $th) { id } }',
        { p: w().postId, th: null },
      );
    },
    'Mutation.saveBoardSummary': () =>
      notFound(
        'mutation($t: ID!) { saveBoardSummary(trajectoryId: $t, phase: 0, text: "A") { phase } }',
        { t: w().trajectoryId },
      ),
    'Mutation.scheduleMeeting': () =>
      notFound(
        'mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id } }',
        {
          i: {
            trajectoryId: w().trajectoryId,
            kind: 'REGIE_TEAM',
            title: 'A',
            startsAt: '2030-01-01T10:00:00Z',
            endsAt: '2030-01-01T11:00:00Z',
            inviteeEmails: [],
          },
        },
      ),
    'Query.meetings': () =>
      notFound('query($t: ID!) { meetings(trajectoryId: $t) { id } }', {
        t: w().trajectoryId,
      }),
    'Query.meeting': () =>
      notFound('query($id: ID!) { meeting(id: $id) { id } }', {
        id: w().meetingId,
      }),
    'Mutation.updateMeeting': () =>
      notFound(
        'mutation($id: ID!) { updateMeeting(id: $id, input: { title: "A", startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z", inviteeEmails: [] }) { id } }',
        { id: w().meetingId },
      ),
    'Mutation.cancelMeeting': () =>
      notFound(
        'mutation($id: ID!) { cancelMeeting(id: $id, reason: "A") { id } }',
        { id: w().meetingId },
      ),
    'Mutation.recordMinutes': () =>
      notFound(
        'mutation($m: ID!) { recordMinutes(input: { meetingId: $m, minutes: "A" }) { id } }',
        { m: w().meetingId },
      ),
    'Mutation.addAction': () =>
      notFound(
        'mutation($t: ID!, $m: ID) { addAction(input: { trajectoryId: $t, meetingId: $m, description: "A", ownerEmail: "x@y.nl", dueOn: "2030-01-01" }) { id } }',
        { t: w().trajectoryId, m: w().meetingId },
      ),
    'Mutation.setActionDone': () =>
      notFound(
        'mutation($id: ID!) { setActionDone(id: $id, done: true) { id } }',
        { id: w().actionId },
      ),
    'Query.myMeetings': () =>
      listLeavesOut('{ myMeetings { id } }', 'myMeetings', w().meetingId),
    'Query.myActions': () =>
      listLeavesOut('{ myActions { id } }', 'myActions', w().actionId),
    'Query.trajectoryActions': () =>
      notFound(
        'query($t: ID!) { trajectoryActions(trajectoryId: $t) { id } }',
        { t: w().trajectoryId },
      ),
    'Query.overdueActions': () =>
      listLeavesOut(
        '{ overdueActions { id } }',
        'overdueActions',
        w().actionId,
      ),
    'Mutation.issueCalendarFeed': async () => {
      // The feed is the caller's own; its contents are checked in the meetings test. It holds nothing of B.
      const response = await a().request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      );
      expect(response.data!.issueCalendarFeed).toMatch(
        /\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
      );
    },
    'Mutation.startEvaluation': () =>
      notFound(
        'mutation($t: ID!) { startEvaluation(trajectoryId: $t) { id } }',
        { t: w().trajectoryId },
      ),
    'Query.evaluations': () =>
      notFound('query($t: ID!) { evaluations(trajectoryId: $t) { id } }', {
        t: w().trajectoryId,
      }),
    'Mutation.answerEvaluation': () =>
      notFound(
        'mutation($e: ID!) { answerEvaluation(input: { evaluationId: $e, wentWell: "A", toImprove: "" }) { id } }',
        { e: w().evaluationId },
      ),
    'Mutation.closeEvaluation': () =>
      notFound(
        'mutation($e: ID!) { closeEvaluation(id: $e, outcome: "A") { id } }',
        { e: w().evaluationId },
      ),
  };
}

async function openCallIn(
  caller: GraphqlCaller,
  trajectoryId: string,
): Promise<string> {
  return openCall(caller, trajectoryId, { name: 'Werkgroep A' });
}

/** B's trajectory after all of A's attempts: unchanged. */
export async function expectTrajectoryWorldIntact(
  b: GraphqlCaller,
  world: TrajectoryWorld,
): Promise<void> {
  const trajectory = await b.request<{
    trajectory: {
      title: string;
      status: string;
      currentPhase: number;
      regieTeam: unknown[];
      phases: { nl: string }[];
    };
  }>(
    'query($id: ID!) { trajectory(id: $id) { title status currentPhase regieTeam { userId } phases { nl } } }',
    { id: world.trajectoryId },
  );
  expect(trajectory.data!.trajectory).toMatchObject({
    title: 'Traject B',
    status: 'ACTIVE',
    currentPhase: 0,
  });
  expect(trajectory.data!.trajectory.regieTeam).toHaveLength(4);
  expect(trajectory.data!.trajectory.phases).toHaveLength(5);
  const board = await b.request<{
    board: {
      posts: {
        id: string;
        hidden: boolean;
        response: string | null;
        supportCount: number;
      }[];
      summary: string | null;
    };
  }>(
    'query($t: ID!) { board(trajectoryId: $t) { summary posts { id hidden response supportCount } } }',
    { t: world.trajectoryId },
  );
  expect(board.data!.board).toEqual({
    summary: null,
    posts: [
      { id: world.postId, hidden: false, response: null, supportCount: 0 },
    ],
  });
  const applicants = await b.request<{
    callApplicants: { membership: { status: string } }[];
  }>(
    'query($w: ID!) { callApplicants(workgroupId: $w) { membership { status } } }',
    { w: world.workgroupId },
  );
  expect(
    applicants.data!.callApplicants.map((x) => x.membership.status),
  ).toEqual(['APPLIED']);
  const meeting = await b.request<{ meeting: { minutes: string | null } }>(
    'query($id: ID!) { meeting(id: $id) { minutes } }',
    { id: world.meetingId },
  );
  expect(meeting.data!.meeting.minutes).toBeNull();
  const actions = await b.request<{
    trajectoryActions: { id: string; status: string }[];
  }>('query($t: ID!) { trajectoryActions(trajectoryId: $t) { id status } }', {
    t: world.trajectoryId,
  });
  expect(actions.data!.trajectoryActions).toEqual([
    { id: world.actionId, status: 'OPEN' },
  ]);
  const evaluations = await b.request<{
    evaluations: { responseCount: number; outcome: string | null }[];
  }>(
    'query($t: ID!) { evaluations(trajectoryId: $t) { responseCount outcome } }',
    { t: world.trajectoryId },
  );
  expect(evaluations.data!.evaluations).toEqual([
    { responseCount: 0, outcome: null },
  ]);
}
