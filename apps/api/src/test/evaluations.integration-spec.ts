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
import {
  completeRegieTeam,
  createTrajectory,
  openCall,
} from './trajectory-fixtures';

interface EvaluationShape {
  id: string;
  phase: number;
  responseCount: number;
  answers: { wentWell: string; toImprove: string }[];
  answeredByMe: boolean;
  canAnswer: boolean;
  outcome: string | null;
  closedAt: string | null;
}
const FIELDS =
  'id phase responseCount answers { wentWell toImprove } answeredByMe canAnswer outcome closedAt';

describe('phase evaluations', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'evaluations');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
  });
  afterAll(() => testApp.close());

  const answer = (
    caller: GraphqlCaller,
    evaluationId: string,
    wentWell: string,
    toImprove = '',
  ) =>
    caller.request<{ answerEvaluation: EvaluationShape }>(
      `mutation($i: EvaluationAnswerInput!) { answerEvaluation(input: $i) { ${FIELDS} } }`,
      { i: { evaluationId, wentWell, toImprove } },
    );

  it("asks the trajectory's participants, keeps answers without names, shows them from five answers, and keeps the outcome", async () => {
    const { id } = await createTrajectory(advisor);
    await completeRegieTeam(advisor, id, organisation);
    const workgroupId = await openCall(advisor, id, { size: 10 });
    const members: GraphqlCaller[] = [];
    for (let i = 0; i < 3; i++) {
      const member = await addMember(testApp, organisation, `Deelnemer ${i}`);
      await member.caller.request(
        'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Graag") { id } }',
        { w: workgroupId },
      );
      members.push(member.caller);
    }
    const applicants = (
      await advisor.request<{
        callApplicants: { membership: { id: string } }[];
      }>(
        'query($w: ID!) { callApplicants(workgroupId: $w) { membership { id } } }',
        { w: workgroupId },
      )
    ).data!.callApplicants;
    for (const a of applicants)
      await advisor.request(
        'mutation($m: ID!) { decideApplication(membershipId: $m, accept: true) { id } }',
        { m: a.membership.id },
      );

    const started = await callers[Role.HR].request<{
      startEvaluation: EvaluationShape;
    }>(
      `mutation($t: ID!) { startEvaluation(trajectoryId: $t) { ${FIELDS} } }`,
      { t: id },
    );
    const evaluationId = started.data!.startEvaluation.id;
    expect(started.data!.startEvaluation).toMatchObject({
      phase: 0,
      responseCount: 0,
      canAnswer: true,
    });
    expect(
      errorReason(
        await advisor.request(
          'mutation($t: ID!) { startEvaluation(trajectoryId: $t) { id } }',
          { t: id },
        ),
      ),
    ).toBe('EVALUATION_EXISTS');
    const told = (
      await members[0]!.request<{ myNotifications: { kind: string }[] }>(
        '{ myNotifications { kind } }',
      )
    ).data!.myNotifications;
    expect(told.map((n) => n.kind)).toContain('evaluation.started');

    // Someone who took no part cannot answer.
    const outsider = await addMember(testApp, organisation, 'Buitenstaander');
    expect(errorReason(await answer(outsider.caller, evaluationId, 'x'))).toBe(
      'NOT_A_PARTICIPANT',
    );
    expect(
      errorReason(await answer(members[0]!, evaluationId, '  ', ' ')),
    ).toBe('EMPTY_ANSWER');

    const first = await answer(
      members[0]!,
      evaluationId,
      'Goede sfeer',
      'Meer tijd',
    );
    expect(first.data!.answerEvaluation).toMatchObject({
      answeredByMe: true,
      canAnswer: false,
      responseCount: 1,
    });
    expect(
      errorReason(await answer(members[0]!, evaluationId, 'Nog eens')),
    ).toBe('ALREADY_ANSWERED');
    await answer(members[1]!, evaluationId, 'Duidelijke planning');
    await answer(members[2]!, evaluationId, 'Fijne trekker');
    await answer(callers[Role.OR_LID], evaluationId, 'Korte lijnen');
    const four = (
      await advisor.request<{ evaluations: EvaluationShape[] }>(
        `query($t: ID!) { evaluations(trajectoryId: $t) { ${FIELDS} } }`,
        { t: id },
      )
    ).data!.evaluations[0]!;
    expect(four).toMatchObject({ responseCount: 4, answers: [] });
    await answer(callers[Role.BESTUURDER], evaluationId, 'Betrokkenheid');
    const five = (
      await advisor.request<{ evaluations: EvaluationShape[] }>(
        `query($t: ID!) { evaluations(trajectoryId: $t) { ${FIELDS} } }`,
        { t: id },
      )
    ).data!.evaluations[0]!;
    expect(five.answers.map((a) => a.wentWell).sort()).toEqual([
      'Betrokkenheid',
      'Duidelijke planning',
      'Fijne trekker',
      'Goede sfeer',
      'Korte lijnen',
    ]);
    // Participants outside the regie team never see others' answers.
    const seenByMember = (
      await members[1]!.request<{ evaluations: EvaluationShape[] }>(
        `query($t: ID!) { evaluations(trajectoryId: $t) { ${FIELDS} } }`,
        { t: id },
      )
    ).data!.evaluations[0]!;
    expect(seenByMember.answers).toEqual([]);

    // No trace of who answered what: the answers table has no person column.
    const columns = (await testApp.dataSource.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_response'",
    )) as { column_name: string }[];
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'evaluation_id',
      'id',
      'organisation_id',
      'to_improve',
      'went_well',
    ]);

    expect(
      errorReason(
        await members[0]!.request(
          'mutation($e: ID!) { closeEvaluation(id: $e, outcome: "x") { id } }',
          { e: evaluationId },
        ),
      ),
    ).toBe('NOT_IN_REGIE_TEAM');
    const closed = await advisor.request<{ closeEvaluation: EvaluationShape }>(
      `mutation($e: ID!) { closeEvaluation(id: $e, outcome: "Volgende fase: vaker terugkoppelen.") { ${FIELDS} } }`,
      { e: evaluationId },
    );
    expect(closed.data!.closeEvaluation.outcome).toBe(
      'Volgende fase: vaker terugkoppelen.',
    );
    expect(closed.data!.closeEvaluation.closedAt).not.toBeNull();
    expect(
      errorReason(await answer(callers[Role.HR], evaluationId, 'Te laat')),
    ).toBe('EVALUATION_CLOSED');
    expect(
      errorCode(
        await answer(
          outsider.caller,
          '00000000-0000-4000-8000-000000000000',
          'x',
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
