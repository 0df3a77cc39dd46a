import { createHash, randomBytes } from 'node:crypto';
import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  completeRegieTeam,
  createTrajectory,
  openCall,
  post,
} from './trajectory-fixtures';
import { answer, submitByToken, surveyWithLinks } from './survey-fixtures';
import { registerProcedure } from './procedure-fixtures';
import { joinPool, publishAgreement } from './participant-fixtures';

const ADVISOR_FIELDS = `{
  needsAction {
    applicationsWaiting { trajectoryId title workgroupId workgroupName count }
    overdueActions
    regieTeamsIncomplete { trajectoryId title count }
    decisionWithoutProcedure { trajectoryId title count }
    erasureRequests
    postsWithoutResponse { trajectoryId title count }
    failedSurveyMails { surveyId title count }
    failedAccountInvitations
  }
  trajectories { trajectoryId title phaseIndex phaseNl phaseEn daysInPhase }
  pool { active paused newAwaitingOnboarding latestAgreementVersion acceptedLatest agreementsEndingSoon
         representation { departmentId departmentName headcount participants share underRepresented } }
  surveys {
    running { surveyId title invited answered waitingForRelease closesAt }
    latestClosed { surveyId title run invited respondents responseRate headline { questionNl measure value previous } }
  }
  procedures { byState { state count } nextDeadlines { procedureId procedureTitle kind date } }
}`;

const MY_FIELDS = `{
  regie { trajectories { trajectoryId title phaseNl missingRoles applicationsWaiting postsWithoutResponse openActions overdueActions nextMeetingAt } }
  secretary {
    procedures { byState { state count } nextDeadlines { procedureId kind date } }
    meetingsToPrepare { date title procedureId meetingId }
  }
  governance {
    surveys { running { surveyId answered } latestClosed { surveyId respondents headline { value previous } } }
    awaitingDecision { procedureId title responseSentOn }
  }
  employee { happening { id title detailNl } surveysToAnswer { id title date } openCalls agreementToAccept
             myOpenActions myOverdueActions poolStatus workgroups regieTeams }
}`;

interface Count {
  trajectoryId?: string;
  surveyId?: string;
  title: string;
  count: number;
}
interface Headline {
  questionNl: string;
  measure: string;
  value: number;
  previous: number | null;
}
interface ClosedSurvey {
  surveyId: string;
  run: number;
  respondents: number | null;
  responseRate: number | null;
  headline: Headline | null;
}
interface AdvisorDashboard {
  needsAction: {
    applicationsWaiting: (Count & {
      workgroupId: string;
      workgroupName: string;
    })[];
    overdueActions: number;
    regieTeamsIncomplete: Count[];
    decisionWithoutProcedure: Count[];
    erasureRequests: number;
    postsWithoutResponse: Count[];
    failedSurveyMails: Count[];
    failedAccountInvitations: number;
  };
  trajectories: {
    trajectoryId: string;
    phaseIndex: number;
    phaseNl: string;
    daysInPhase: number;
  }[];
  pool: Record<string, unknown> & { representation: unknown[] };
  surveys: {
    running: {
      surveyId: string;
      invited: number;
      answered: number | null;
      waitingForRelease: number;
    }[];
    latestClosed: ClosedSurvey[];
  };
  procedures: {
    byState: { state: string; count: number }[];
    nextDeadlines: { procedureId: string }[];
  };
}
interface MyDashboard {
  regie: { trajectories: Record<string, unknown>[] } | null;
  secretary: {
    procedures: { byState: { state: string; count: number }[] };
    meetingsToPrepare: { procedureId: string | null }[];
  } | null;
  governance: {
    surveys: { running: unknown[]; latestClosed: unknown[] };
    awaitingDecision: { procedureId: string; title: string }[];
  } | null;
  employee: Record<string, unknown>;
}

/**
 * One organisation with one of each thing the advisor must act on, surveys
 * on both sides of the anonymity threshold and procedures; a second
 * organisation with the same kinds of things, none of which may be counted.
 */
describe('the dashboard per role', () => {
  let testApp: TestApp;
  let org: TestOrganisation;
  let people: Record<Role, GraphqlCaller>;
  const ids: Record<string, string> = {};

  const advisorDashboard = async (caller: GraphqlCaller) => {
    const response = await caller.request<{
      advisorDashboard: AdvisorDashboard;
    }>(`{ advisorDashboard ${ADVISOR_FIELDS} }`);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.advisorDashboard;
  };
  const myDashboard = async (caller: GraphqlCaller) => {
    const response = await caller.request<{ myDashboard: MyDashboard }>(
      `{ myDashboard ${MY_FIELDS} }`,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.myDashboard;
  };
  const userIdOf = async (caller: GraphqlCaller) =>
    (
      await caller.request<{ viewer: { userId: string } }>(
        '{ viewer { userId } }',
      )
    ).data!.viewer.userId;
  const overdueAction = async (
    organisationId: string,
    trajectoryId: string,
    ownerUserId: string,
  ) =>
    testApp.dataSource.query(
      `INSERT INTO action_item (organisation_id, trajectory_id, description, owner_user_id, due_on)
       VALUES ($1, $2, 'Verslag rondsturen', $3, $4)`,
      [
        organisationId,
        trajectoryId,
        ownerUserId,
        addDays(todayInAmsterdam(), -3),
      ],
    );
  const erasureRequest = (organisationId: string, userId: string) =>
    testApp.dataSource.query(
      `INSERT INTO erasure_request (organisation_id, user_id, display_name) VALUES ($1, $2, 'Iemand')`,
      [organisationId, userId],
    );
  /** Links for a survey's invitations, given out directly (their hash written as the worker would). */
  const linksOf = async (surveyId: string): Promise<string[]> => {
    const invitations = (await testApp.dataSource.query(
      'SELECT id FROM survey_invitation WHERE survey_id = $1',
      [surveyId],
    )) as { id: string }[];
    const tokens: string[] = [];
    for (const invitation of invitations) {
      const token = randomBytes(32).toString('base64url');
      await testApp.dataSource.query(
        `UPDATE survey_invitation SET token_hash = $2, status = 'SENT', sent_at = now() WHERE id = $1`,
        [invitation.id, createHash('sha256').update(token).digest('hex')],
      );
      tokens.push(token);
    }
    return tokens;
  };
  const answerAll = async (tokens: string[], moods: number[]) => {
    for (const [index, mood] of moods.entries()) {
      const response = await submitByToken(
        new GraphqlCaller(testApp.url),
        tokens[index]!,
        [answer('mood', mood)],
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
    }
  };
  const close = (author: GraphqlCaller, id: string) =>
    author.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
  const nextRun = async (author: GraphqlCaller, id: string) => {
    const next = await author.request<{ newSurveyVersion: { id: string } }>(
      'mutation($id: ID!) { newSurveyVersion(id: $id) { id } }',
      { id },
    );
    const nextId = next.data!.newSurveyVersion.id;
    await author.request(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      {
        id: nextId,
      },
    );
    return { id: nextId, tokens: await linksOf(nextId) };
  };

  /** The same kinds of things in another organisation: nothing of it may be counted. */
  async function otherOrganisation() {
    const other = await createOrganisation(testApp.dataSource, 'dash-other');
    const them = await callersFor(testApp.url, other);
    const trajectory = await createTrajectory(them[Role.ADVISEUR], {
      title: 'Traject van de ander',
    });
    await post(them[Role.MEDEWERKER], trajectory.id, 'Een bericht elders');
    await overdueAction(
      other.id,
      trajectory.id,
      await userIdOf(them[Role.MEDEWERKER]),
    );
    await erasureRequest(other.id, await userIdOf(them[Role.MEDEWERKER]));
    await registerProcedure(them[Role.OR_SECRETARIS], { title: 'Elders' });
    const survey = await surveyWithLinks(testApp, them[Role.HR], 2);
    await testApp.dataSource.query(
      `UPDATE survey_invitation SET status = 'FAILED' WHERE survey_id = $1`,
      [survey.id],
    );
    await joinPool(them[Role.MEDEWERKER]);
  }

  beforeAll(async () => {
    testApp = await bootTestApp();
    org = await createOrganisation(testApp.dataSource, 'dashboard');
    people = await callersFor(testApp.url, org);
    const advisor = people[Role.ADVISEUR];
    const hr = people[Role.HR];
    await otherOrganisation();

    // A trajectory whose regie team is not complete, and one in its decision phase without a procedure.
    ids['incomplete'] = (
      await createTrajectory(advisor, { title: 'Onvolledig regieteam' })
    ).id;
    ids['deciding'] = (
      await createTrajectory(advisor, { title: 'In besluitvorming' })
    ).id;
    await completeRegieTeam(advisor, ids['deciding'], org);
    for (const phase of [1, 2])
      await advisor.request(
        'mutation($id: ID!, $p: Int!) { moveTrajectoryPhase(id: $id, toPhase: $p) { id } }',
        { id: ids['deciding'], p: phase },
      );
    // An application waiting, a board post without a response, an overdue action, an erasure request.
    const call = await openCall(advisor, ids['deciding']);
    ids['call'] = call;
    const applied = await people[Role.MEDEWERKER].request(
      'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Ik doe graag mee") { id } }',
      { w: call },
    );
    if (!applied.data) throw new Error(JSON.stringify(applied.errors));
    await post(
      people[Role.MEDEWERKER],
      ids['deciding'],
      'Wat gebeurt er met de roosters?',
    );
    await overdueAction(
      org.id,
      ids['deciding'],
      await userIdOf(people[Role.MEDEWERKER]),
    );
    await erasureRequest(org.id, await userIdOf(people[Role.OR_LID]));

    // The pool: an agreement; the employee joins without accepting it, the council member accepts one that ends soon.
    const agreement = await publishAgreement(advisor, 'Deelnemersovereenkomst');
    await joinPool(people[Role.MEDEWERKER]);
    await joinPool(people[Role.OR_LID]);
    await people[Role.OR_LID].request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: agreement.id, h: agreement.contentHash },
    );
    await testApp.dataSource.query(
      `UPDATE participant SET agreement_valid_until = $2 WHERE organisation_id = $1 AND accepted_agreement_version IS NOT NULL`,
      [org.id, addDays(todayInAmsterdam(), 10)],
    );

    // Surveys (threshold 5). A series answered enough twice: 50% then 100% agree.
    const pulse = await surveyWithLinks(testApp, hr, 6, { title: 'Puls' });
    await answerAll(pulse.tokens, [5, 5, 5, 1, 1, 1]);
    await close(hr, pulse.id);
    const pulse2 = await nextRun(hr, pulse.id);
    await answerAll(pulse2.tokens, [5, 5, 4, 4, 4, 5]);
    await close(hr, pulse2.id);
    ids['pulse2'] = pulse2.id;
    // A series whose first run stays below the threshold (3 of 7 answer): no figures, and no change shown for run 2.
    const small = await surveyWithLinks(testApp, hr, 7, { title: 'Klein' });
    await answerAll(small.tokens, [5, 5, 5]);
    await close(hr, small.id);
    ids['small'] = small.id;
    const small2 = await nextRun(hr, small.id);
    await answerAll(small2.tokens, [4, 4, 4, 4, 2, 2]);
    await close(hr, small2.id);
    ids['small2'] = small2.id;
    // A running survey with two answers waiting and one invitation that could not be mailed.
    const running = await surveyWithLinks(testApp, hr, 4, { title: 'Lopend' });
    await answerAll(running.tokens, [4, 4]);
    await testApp.dataSource.query(
      `UPDATE survey_invitation SET status = 'FAILED' WHERE id = (SELECT id FROM survey_invitation WHERE survey_id = $1 AND token_hash IS NOT NULL ORDER BY id LIMIT 1)`,
      [running.id],
    );
    ids['running'] = running.id;

    // Procedures: one with an overlegvergadering planned, one where the director's decision is awaited.
    ids['planned'] = (
      await registerProcedure(people[Role.OR_SECRETARIS], {
        title: 'Reorganisatie Inkoop',
        requestReceivedOn: todayInAmsterdam(),
        plannedMeetingOn: addDays(todayInAmsterdam(), 14),
      })
    ).id;
    ids['answered'] = (
      await registerProcedure(people[Role.OR_SECRETARIS], {
        title: 'Nieuw roostersysteem',
      })
    ).id;
    await testApp.dataSource.query(
      `UPDATE procedure SET state = 'RESPONSE_SENT', response_sent_on = $2 WHERE id = $1`,
      [ids['answered'], todayInAmsterdam()],
    );
  });
  afterAll(() => testApp.close());

  it("gives the advisor every figure that needs action, counted in the advisor's organisation only", async () => {
    const dashboard = await advisorDashboard(people[Role.ADVISEUR]);
    const action = dashboard.needsAction;
    expect(action.applicationsWaiting).toEqual([
      {
        trajectoryId: ids['deciding'],
        title: 'In besluitvorming',
        workgroupId: ids['call'],
        workgroupName: 'Werkgroep roosters',
        count: 1,
      },
    ]);
    expect(action.overdueActions).toBe(1);
    expect(action.regieTeamsIncomplete.map((t) => t.trajectoryId)).toEqual([
      ids['incomplete'],
    ]);
    expect(action.regieTeamsIncomplete[0]!.count).toBeGreaterThan(0);
    expect(action.decisionWithoutProcedure).toEqual([
      { trajectoryId: ids['deciding'], title: 'In besluitvorming', count: 1 },
    ]);
    expect(action.erasureRequests).toBe(1);
    expect(action.postsWithoutResponse).toEqual([
      { trajectoryId: ids['deciding'], title: 'In besluitvorming', count: 1 },
    ]);
    expect(action.failedSurveyMails).toEqual([
      { surveyId: ids['running'], title: 'Lopend', count: 1 },
    ]);
    expect(action.failedAccountInvitations).toBe(0);

    expect(
      dashboard.trajectories.map((t) => [
        t.trajectoryId,
        t.phaseIndex,
        t.daysInPhase,
      ]),
    ).toEqual([
      [ids['incomplete'], 0, 0],
      [ids['deciding'], 2, 0],
    ]);
    expect(dashboard.procedures.byState).toEqual([
      { state: 'RECEIVED', count: 1 },
      { state: 'RESPONSE_SENT', count: 1 },
    ]);
    expect(
      dashboard.procedures.nextDeadlines.every((d) =>
        [ids['planned'], ids['answered']].includes(d.procedureId),
      ),
    ).toBe(true);
    expect(dashboard.procedures.nextDeadlines.length).toBeGreaterThan(0);
  });

  it('shows pool health with the pool service’s own representation', async () => {
    const advisor = people[Role.ADVISEUR];
    const { pool } = await advisorDashboard(advisor);
    expect(pool).toMatchObject({
      active: 2,
      paused: 0,
      newAwaitingOnboarding: 2,
      latestAgreementVersion: 1,
      acceptedLatest: 1,
      agreementsEndingSoon: 1,
    });
    const own = await advisor.request<{ poolRepresentation: unknown[] }>(
      '{ poolRepresentation { departmentId departmentName headcount participants share underRepresented } }',
    );
    expect(pool.representation).toEqual(own.data!.poolRepresentation);
  });

  it('shows survey figures only where the results publish them', async () => {
    const { surveys } = await advisorDashboard(people[Role.ADVISEUR]);
    // Running, two answers waiting: under the threshold no count of answers shows.
    expect(surveys.running).toEqual([
      {
        surveyId: ids['running'],
        title: 'Lopend',
        invited: 4,
        answered: null,
        waitingForRelease: 2,
        closesAt: null,
      },
    ]);
    const closed = new Map(surveys.latestClosed.map((s) => [s.surveyId, s]));
    expect(surveys.latestClosed.map((s) => s.surveyId)).toEqual([
      ids['small2'],
      ids['small'],
      ids['pulse2'],
    ]);
    // Both runs published: 100% agree now, 50% before.
    expect(closed.get(ids['pulse2'])).toMatchObject({
      run: 2,
      respondents: 6,
      responseRate: 100,
      headline: { measure: 'AGREE', value: 100, previous: 50 },
    });
    // Below the threshold: no figures at all.
    expect(closed.get(ids['small'])).toMatchObject({
      respondents: null,
      responseRate: null,
      headline: null,
    });
    // Its next run is published, but the change is not: the previous run never was.
    expect(closed.get(ids['small2'])).toMatchObject({
      respondents: 6,
      headline: { measure: 'AGREE', value: 67, previous: null },
    });
  });

  it('gives each role its own sections and not the others’', async () => {
    for (const role of Object.values(Role).filter((r) => r !== Role.ADVISEUR))
      expect(
        errorCode(
          await people[role].request(`{ advisorDashboard ${ADVISOR_FIELDS} }`),
        ),
      ).toBe('FORBIDDEN');

    const employee = await myDashboard(people[Role.MEDEWERKER]);
    expect(employee.regie).toBeNull();
    expect(employee.secretary).toBeNull();
    expect(employee.governance).toBeNull();
    expect(employee.employee).toMatchObject({
      openCalls: 1,
      agreementToAccept: true,
      myOpenActions: 1,
      myOverdueActions: 1,
      poolStatus: 'ACTIVE',
      workgroups: 0,
      regieTeams: 0,
      surveysToAnswer: [],
    });
    expect(
      (employee.employee['happening'] as { id: string }[])
        .map((t) => t.id)
        .sort(),
    ).toEqual([ids['incomplete'], ids['deciding']].sort());

    const secretary = await myDashboard(people[Role.OR_SECRETARIS]);
    expect(secretary.regie).toBeNull();
    expect(secretary.governance).toBeNull();
    expect(secretary.secretary!.procedures.byState).toHaveLength(2);
    expect(secretary.secretary!.meetingsToPrepare).toEqual([
      expect.objectContaining({ procedureId: ids['planned'] }),
    ]);

    const director = await myDashboard(people[Role.BESTUURDER]);
    expect(director.secretary).toBeNull();
    expect(director.governance!.awaitingDecision).toEqual([
      expect.objectContaining({
        procedureId: ids['answered'],
        title: 'Nieuw roostersysteem',
      }),
    ]);
    expect(director.governance!.surveys.latestClosed).toHaveLength(3);
    // The director sits in the regie team of the trajectory in its decision phase.
    expect(director.regie!.trajectories).toEqual([
      expect.objectContaining({
        trajectoryId: ids['deciding'],
        missingRoles: [],
        applicationsWaiting: 1,
        postsWithoutResponse: 1,
        openActions: 1,
        overdueActions: 1,
      }),
    ]);

    const hr = await myDashboard(people[Role.HR]);
    expect(hr.secretary).toBeNull();
    expect(hr.governance!.surveys.running).toHaveLength(1);

    const councilMember = await myDashboard(people[Role.OR_LID]);
    expect(councilMember.secretary).toBeNull();
    expect(councilMember.governance).toBeNull();
    expect(councilMember.regie!.trajectories).toHaveLength(1);
    expect(councilMember.employee).toMatchObject({
      agreementToAccept: false,
      poolStatus: 'ACTIVE',
    });

    const advisor = await myDashboard(people[Role.ADVISEUR]);
    expect(advisor.secretary).toBeNull();
    expect(advisor.governance).toBeNull();
  });
});
