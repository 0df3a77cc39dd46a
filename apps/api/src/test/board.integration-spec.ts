import { MINIMUM_REPORTING_THRESHOLD, Role } from '@inspraak/domain';
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
import { createDepartment, createEmployee } from './directory-fixtures';
import {
  completeRegieTeam,
  createTrajectory,
  post,
} from './trajectory-fixtures';

interface PostShape {
  id: string;
  text: string;
  kind: string;
  authorName: string | null;
  mine: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  response: string | null;
  supportCount: number;
  supportedByMe: boolean;
  themeId: string | null;
}
interface BoardShape {
  open: boolean;
  canModerate: boolean;
  summary: string | null;
  posts: PostShape[];
  themes: { id: string; name: string }[];
  counts: { kind: string; count: number }[];
  participation: {
    threshold: number;
    totalAuthors: number | null;
    departments: { departmentName: string; authors: number }[];
    otherAuthors: number;
  };
}
const BOARD_FIELDS =
  'open canModerate summary posts { id text kind authorName mine hidden hiddenReason response supportCount supportedByMe themeId } themes { id name } counts { kind count } participation { threshold totalAuthors departments { departmentName authors } otherAuthors }';

describe('the pros-and-cons board', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;
  let employee: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'board');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    employee = callers[Role.MEDEWERKER];
  });
  afterAll(() => testApp.close());

  const board = async (
    caller: GraphqlCaller,
    trajectoryId: string,
    phase?: number,
  ) =>
    caller.request<{ board: BoardShape }>(
      `query($t: ID!, $p: Int) { board(trajectoryId: $t, phase: $p) { ${BOARD_FIELDS} } }`,
      { t: trajectoryId, p: phase ?? null },
    );

  it('hides a name from everyone but the moderators, and lets colleagues support a post once', async () => {
    const { id } = await createTrajectory(advisor);
    const postId = await post(
      employee,
      id,
      'Minder reistijd voor het team in Zwolle',
      'PRO',
      true,
    );
    const colleague = await addMember(testApp, organisation, 'Collega Kees');
    const seenByColleague = (await board(colleague.caller, id)).data!.board;
    expect(seenByColleague.posts).toEqual([
      expect.objectContaining({
        id: postId,
        authorName: null,
        mine: false,
        supportCount: 0,
      }),
    ]);
    expect(seenByColleague.canModerate).toBe(false);
    expect((await board(advisor, id)).data!.board.posts[0]!.authorName).toBe(
      `MEDEWERKER ${organisation.name.split(' ')[1]}`,
    );
    expect((await board(employee, id)).data!.board.posts[0]).toMatchObject({
      mine: true,
      authorName: expect.any(String),
    });

    const support = (caller: GraphqlCaller, value: boolean) =>
      caller.request<{ supportPost: PostShape }>(
        'mutation($p: ID!, $s: Boolean!) { supportPost(postId: $p, support: $s) { supportCount supportedByMe } }',
        { p: postId, s: value },
      );
    await support(colleague.caller, true);
    expect((await support(colleague.caller, true)).data!.supportPost).toEqual({
      supportCount: 1,
      supportedByMe: true,
    });
    expect((await support(colleague.caller, false)).data!.supportPost).toEqual({
      supportCount: 0,
      supportedByMe: false,
    });
    expect(errorReason(await support(employee, true))).toBe('OWN_POST');
  });

  it('answers posts (you said, we did) and tells the author', async () => {
    const { id } = await createTrajectory(advisor);
    const postId = await post(
      employee,
      id,
      'Hoe zit het met de parkeerplaatsen?',
      'QUESTION',
    );
    const refused = await employee.request(
      'mutation($p: ID!) { respondToPost(postId: $p, response: "Zelf geregeld") { id } }',
      { p: postId },
    );
    expect(errorReason(refused)).toBe('NOT_IN_REGIE_TEAM');
    await advisor.request(
      'mutation($p: ID!) { respondToPost(postId: $p, response: "Er komen 40 extra plekken.") { id } }',
      { p: postId },
    );
    const mine = (
      await employee.request<{
        myPosts: { id: string; response: string; trajectoryTitle: string }[];
      }>('{ myPosts { id response trajectoryTitle } }')
    ).data!.myPosts;
    expect(mine).toContainEqual({
      id: postId,
      response: 'Er komen 40 extra plekken.',
      trajectoryTitle: 'Nieuwe teamindeling Logistiek',
    });
    const notes = (
      await employee.request<{ myNotifications: { kind: string }[] }>(
        '{ myNotifications { kind } }',
      )
    ).data!.myNotifications;
    expect(notes.map((n) => n.kind)).toContain('board.responded');
  });

  it('hides a post with a reason the author sees, and nobody else sees the post', async () => {
    const { id } = await createTrajectory(advisor);
    const postId = await post(employee, id, 'Iets ongepasts', 'CON');
    const noReason = await advisor.request(
      'mutation($p: ID!) { moderatePost(postId: $p, hidden: true) { id } }',
      { p: postId },
    );
    expect(errorReason(noReason)).toBe('REASON_REQUIRED');
    await advisor.request(
      'mutation($p: ID!) { moderatePost(postId: $p, hidden: true, reason: "Persoonlijke aanval") { id } }',
      { p: postId },
    );
    const colleague = await addMember(testApp, organisation, 'Collega Lies');
    expect((await board(colleague.caller, id)).data!.board.posts).toEqual([]);
    expect(
      errorCode(
        await colleague.caller.request(
          'mutation($p: ID!) { supportPost(postId: $p, support: true) { id } }',
          { p: postId },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect((await board(employee, id)).data!.board.posts[0]).toMatchObject({
      hidden: true,
      hiddenReason: 'Persoonlijke aanval',
    });
    expect(
      (await board(advisor, id)).data!.board.counts.find(
        (c) => c.kind === 'CON',
      )!.count,
    ).toBe(0);
  });

  it('groups posts into themes and keeps a summary per phase', async () => {
    const { id } = await createTrajectory(advisor);
    const postId = await post(employee, id, 'Meer thuiswerken', 'IDEA');
    const theme = await advisor.request<{ addBoardTheme: { id: string } }>(
      'mutation($t: ID!) { addBoardTheme(trajectoryId: $t, phase: 0, name: "Werkplek") { id } }',
      { t: id },
    );
    const themeId = theme.data!.addBoardTheme.id;
    await advisor.request(
      'mutation($p: ID!, $th: String) { assignPostTheme(postId: $p, themeId: $th) { id } }',
      { p: postId, th: themeId },
    );
    const saved = await advisor.request<{
      saveBoardSummary: { summary: string };
    }>(
      'mutation($t: ID!) { saveBoardSummary(trajectoryId: $t, phase: 0, text: "Thuiswerken is het grootste thema.") { summary } }',
      { t: id },
    );
    expect(saved.data!.saveBoardSummary.summary).toBe(
      'Thuiswerken is het grootste thema.',
    );
    const seen = (await board(employee, id)).data!.board;
    expect(seen.themes).toEqual([{ id: themeId, name: 'Werkplek' }]);
    expect(seen.posts[0]!.themeId).toBe(themeId);
    expect(seen.summary).toBe('Thuiswerken is het grootste thema.');
    expect(errorReason(await board(employee, id, 9))).toBe('NO_SUCH_PHASE');
  });

  it('shows who posted per department only above the anonymity threshold, and hides what subtraction would reveal', async () => {
    const { id } = await createTrajectory(advisor);
    const big = await createDepartment(advisor, 'Logistiek');
    const other = await createDepartment(advisor, 'Inkoop');
    const small = await createDepartment(advisor, 'Juridisch');
    const authorIn = async (departmentId: string, name: string) => {
      const member = await addMember(testApp, organisation, name);
      await createEmployee(advisor, {
        departmentId,
        firstName: name,
        email: member.email,
      });
      return member.caller;
    };
    for (let i = 0; i < 4; i++)
      await post(await authorIn(big, `Log${i}`), id, `Voordeel ${i}`);
    // Four authors in all: under the threshold, nothing is shown.
    expect((await board(advisor, id)).data!.board.participation).toEqual({
      threshold: MINIMUM_REPORTING_THRESHOLD,
      totalAuthors: null,
      departments: [],
      otherAuthors: 0,
    });
    for (let i = 4; i < 6; i++)
      await post(await authorIn(big, `Log${i}`), id, `Voordeel ${i}`);
    for (let i = 0; i < 5; i++)
      await post(await authorIn(other, `Ink${i}`), id, `Nadeel ${i}`, 'CON');
    const lone = await authorIn(small, 'Jurist');
    await post(lone, id, 'Juridisch risico', 'CON');
    await post(lone, id, 'Nog een risico', 'CON');
    // Logistiek 6, Inkoop 5, Juridisch 1: Juridisch alone would be total minus the others, so Inkoop joins it.
    expect((await board(employee, id)).data!.board.participation).toEqual({
      threshold: MINIMUM_REPORTING_THRESHOLD,
      totalAuthors: 12,
      departments: [{ departmentName: 'Logistiek', authors: 6 }],
      otherAuthors: 6,
    });
  });

  it('takes support only while the board is open: not in a past phase, not once unpublished again', async () => {
    const supportPost = (caller: GraphqlCaller, postId: string, on = true) =>
      caller.request<{ supportPost: { supportCount: number } }>(
        'mutation($p: ID!, $s: Boolean!) { supportPost(postId: $p, support: $s) { supportCount } }',
        { p: postId, s: on },
      );
    const { id } = await createTrajectory(advisor);
    const postId = await post(employee, id, 'Kortere lijnen');
    expect(
      (await supportPost(callers[Role.HR], postId)).data!.supportPost
        .supportCount,
    ).toBe(1);
    // The trajectory moves on: the first phase's board is a record now.
    await completeRegieTeam(advisor, id, organisation);
    await advisor.request(
      'mutation($id: ID!) { moveTrajectoryPhase(id: $id, toPhase: 1) { id } }',
      { id },
    );
    expect((await board(employee, id, 0)).data!.board.open).toBe(false);
    expect(errorReason(await supportPost(callers[Role.OR_LID], postId))).toBe(
      'BOARD_CLOSED',
    );
    expect(
      errorReason(await supportPost(callers[Role.HR], postId, false)),
    ).toBe('BOARD_CLOSED');
    const counted = (await board(advisor, id, 0)).data!.board.posts[0]!;
    expect(counted.supportCount).toBe(1);

    // Unpublished again: employees no longer see the post; the regie team may not support it.
    const current = await post(employee, id, 'Meer overleg');
    await advisor.request(
      'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "T", status: ACTIVE, published: false }) { id } }',
      { id },
    );
    const colleague = await addMember(testApp, organisation, 'Collega');
    expect(errorCode(await supportPost(colleague.caller, current))).toBe(
      'NOT_FOUND',
    );
    expect(errorReason(await supportPost(callers[Role.HR], current))).toBe(
      'BOARD_CLOSED',
    );
  });

  it('takes posts only on a published, active trajectory, in its current phase', async () => {
    const unpublished = await createTrajectory(advisor, { published: false });
    const refused = await advisor.request(
      'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
      {
        i: {
          trajectoryId: unpublished.id,
          kind: 'PRO',
          text: 'x',
          hideName: false,
        },
      },
    );
    expect(errorReason(refused)).toBe('BOARD_CLOSED');
    expect(
      errorCode(
        await employee.request(
          'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
          {
            i: {
              trajectoryId: unpublished.id,
              kind: 'PRO',
              text: 'x',
              hideName: false,
            },
          },
        ),
      ),
    ).toBe('NOT_FOUND');
    const { id } = await createTrajectory(advisor);
    expect(
      errorReason(
        await employee.request(
          'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
          {
            i: { trajectoryId: id, kind: 'PRO', text: '   ', hideName: false },
          },
        ),
      ),
    ).toBe('EMPTY_POST');
    expect(
      errorCode(
        await employee.request(
          'mutation($i: PostInput!) { postToBoard(input: $i) { id } }',
          {
            i: {
              trajectoryId: id,
              kind: 'NONSENSE',
              text: 'x',
              hideName: false,
            },
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect((await board(employee, id)).data!.board.open).toBe(true);
  });
});
