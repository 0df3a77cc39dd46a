import { Injectable } from '@nestjs/common';
import { effectiveThreshold, suppressSmallGroups } from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  Board,
  BoardPost,
  BoardSummary,
  BoardSupport,
  BoardTheme,
  PostKind,
} from './board.entities';
import { Trajectory, TrajectoryStatus } from './trajectory.entities';
import { PostInput } from './dto/trajectory.inputs';
import {
  assertPhase,
  notify,
  readableTrajectory,
  requiredText,
  recordEvent,
  steeredTrajectory,
  TrajectoryContext,
} from './trajectory-access';
import { departmentOfActor, peopleByUserId } from './people';

const POST = { nl: 'Bijdrage', en: 'Post' };

/** The board takes posts and support only in the current phase of a published, active trajectory; earlier phases stay as a record. */
function isBoardOpen(trajectory: Trajectory, phase: number): boolean {
  return (
    trajectory.published &&
    trajectory.status === TrajectoryStatus.ACTIVE &&
    phase === trajectory.currentPhase
  );
}

function assertBoardOpen(trajectory: Trajectory, phase: number): void {
  if (!isBoardOpen(trajectory, phase))
    throw conflict('BOARD_CLOSED', {
      nl: 'Bijdragen en steunen kan alleen in de huidige fase van een lopend, gepubliceerd traject.',
      en: 'Posting and support are only possible in the current phase of an active, published trajectory.',
    });
}

/** The pros-and-cons board (voor- en nadelen ophalen) of a trajectory, per phase. */
@Injectable()
export class BoardService {
  constructor(private readonly tenantDb: TenantDb) {}

  async board(
    actor: Actor,
    trajectoryId: string,
    phase: number | null,
  ): Promise<Board> {
    const scope = this.tenantDb.scope(actor);
    const context = await readableTrajectory(scope, trajectoryId);
    const shownPhase = phase ?? context.trajectory.currentPhase;
    assertPhase(context.trajectory, shownPhase);
    return this.present(scope, context, shownPhase);
  }

  async post(actor: Actor, input: PostInput): Promise<BoardPost> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableTrajectory(scope, input.trajectoryId);
      assertBoardOpen(context.trajectory, context.trajectory.currentPhase);
      if (input.text.trim().length === 0)
        throw badInput(
          'EMPTY_POST',
          { nl: 'Schrijf je bijdrage.', en: 'Write your post.' },
          [{ field: 'text', message: { nl: 'Verplicht.', en: 'Required.' } }],
        );
      const repo = scope.repo(BoardPost);
      const post = await repo.save(
        repo.create({
          trajectoryId: input.trajectoryId,
          phase: context.trajectory.currentPhase,
          kind: input.kind,
          text: input.text.trim(),
          authorUserId: actor.userId,
          authorDepartmentId: await departmentOfActor(scope),
          nameHidden: input.hideName,
          hidden: false,
          hiddenReason: null,
          response: null,
          respondedAt: null,
          themeId: null,
        }),
      );
      return (await this.presentPosts(scope, [post], context.steering))[0]!;
    });
  }

  async support(
    actor: Actor,
    postId: string,
    support: boolean,
  ): Promise<BoardPost> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const { post, context } = await this.visiblePost(scope, postId);
      assertBoardOpen(context.trajectory, post.phase);
      if (post.authorUserId === actor.userId)
        throw badInput('OWN_POST', {
          nl: 'Je eigen bijdrage steun je al.',
          en: 'You already support your own post.',
        });
      if (support)
        await scope.manager
          .createQueryBuilder()
          .insert()
          .into(BoardSupport)
          .values({
            organisationId: scope.organisationId,
            postId,
            userId: actor.userId,
          })
          .orIgnore()
          .execute();
      else
        await scope.manager.delete(BoardSupport, {
          organisationId: scope.organisationId,
          postId,
          userId: actor.userId,
        });
      return (await this.presentPosts(scope, [post], context.steering))[0]!;
    });
  }

  async respond(
    actor: Actor,
    postId: string,
    response: string,
  ): Promise<BoardPost> {
    const text = requiredText(response, 5000, 'INVALID_RESPONSE', 'response', {
      nl: 'Schrijf een antwoord van hooguit 5000 tekens.',
      en: 'Write a response of at most 5000 characters.',
    });
    return this.tenantDb.transaction(actor, async (scope) => {
      const { post, context } = await this.steeredPost(scope, postId);
      const before = post.response;
      post.response = text;
      post.respondedAt = new Date();
      const saved = await scope.repo(BoardPost).save(post);
      await recordAudit(scope, {
        action: 'board.responded',
        entityType: 'BoardPost',
        entityId: postId,
        changes: { response: { from: before, to: text } },
      });
      await notify(scope, [post.authorUserId], {
        kind: 'board.responded',
        titleNl: `Het regieteam antwoordde op je bijdrage`,
        titleEn: `The regie team answered your post`,
        bodyNl: `${context.trajectory.title}: ${text}`,
        bodyEn: `${context.trajectory.title}: ${text}`,
        link: `/trajectories/${post.trajectoryId}/board`,
      });
      return (await this.presentPosts(scope, [saved], true))[0]!;
    });
  }

  async moderate(
    actor: Actor,
    postId: string,
    hidden: boolean,
    reason: string | null,
  ): Promise<BoardPost> {
    const why = hidden
      ? requiredText(reason, 500, 'REASON_REQUIRED', 'reason', {
          nl: 'Geef de reden waarom je de bijdrage verbergt; de schrijver ziet die.',
          en: 'Give the reason for hiding the post; its author sees it.',
        })
      : '';
    return this.tenantDb.transaction(actor, async (scope) => {
      const { post } = await this.steeredPost(scope, postId);
      const before = { hidden: post.hidden, hiddenReason: post.hiddenReason };
      post.hidden = hidden;
      post.hiddenReason = hidden ? why : null;
      const saved = await scope.repo(BoardPost).save(post);
      await recordAudit(scope, {
        action: hidden ? 'board.post-hidden' : 'board.post-shown',
        entityType: 'BoardPost',
        entityId: postId,
        changes: {
          hidden: { from: before.hidden, to: hidden },
          hiddenReason: { from: before.hiddenReason, to: saved.hiddenReason },
        },
      });
      if (hidden)
        await notify(scope, [post.authorUserId], {
          kind: 'board.hidden',
          titleNl: 'Je bijdrage is verborgen door de moderator',
          titleEn: 'Your post was hidden by the moderator',
          bodyNl: `Reden: ${why}`,
          bodyEn: `Reason: ${why}`,
          link: `/trajectories/${post.trajectoryId}/board`,
        });
      return (await this.presentPosts(scope, [saved], true))[0]!;
    });
  }

  async addTheme(
    actor: Actor,
    trajectoryId: string,
    phase: number,
    name: string,
  ): Promise<BoardTheme> {
    const clean = requiredText(name, 120, 'INVALID_THEME', 'name', {
      nl: 'Een thema heeft een naam van hooguit 120 tekens.',
      en: 'A theme has a name of at most 120 characters.',
    });
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, trajectoryId);
      assertPhase(context.trajectory, phase);
      const repo = scope.repo(BoardTheme);
      return repo.save(repo.create({ trajectoryId, phase, name: clean }));
    });
  }

  async assignTheme(
    actor: Actor,
    postId: string,
    themeId: string | null,
  ): Promise<BoardPost> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const { post } = await this.steeredPost(scope, postId);
      if (themeId) {
        const theme = await scope.repo(BoardTheme).findOne({
          id: themeId,
          trajectoryId: post.trajectoryId,
          phase: post.phase,
        });
        if (!theme) throw notFound({ nl: 'Thema', en: 'Theme' });
      }
      post.themeId = themeId ?? null;
      return (
        await this.presentPosts(
          scope,
          [await scope.repo(BoardPost).save(post)],
          true,
        )
      )[0]!;
    });
  }

  async saveSummary(
    actor: Actor,
    trajectoryId: string,
    phase: number,
    text: string,
  ): Promise<Board> {
    if (text.length > 50_000)
      throw badInput('SUMMARY_TOO_LONG', {
        nl: 'De samenvatting is te lang.',
        en: 'The summary is too long.',
      });
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, trajectoryId);
      assertPhase(context.trajectory, phase);
      const existing = await scope
        .repo(BoardSummary)
        .findOne({ trajectoryId, phase });
      const summary =
        existing ?? scope.repo(BoardSummary).create({ trajectoryId, phase });
      const before = existing?.text ?? null;
      summary.text = text.trim();
      await scope.repo(BoardSummary).save(summary);
      await recordAudit(scope, {
        action: 'board.summary-saved',
        entityType: 'BoardSummary',
        entityId: summary.id,
        changes: { text: { from: before, to: summary.text } },
      });
      await recordEvent(
        scope,
        trajectoryId,
        'board.summary',
        {
          nl: `Samenvatting voor- en nadelen (${context.trajectory.phases[phase]!.nl}) vastgelegd`,
          en: `Pros-and-cons summary (${context.trajectory.phases[phase]!.en}) recorded`,
        },
        true,
      );
      return this.present(scope, context, phase);
    });
  }

  /** My posts everywhere, with the answers to them. */
  async mine(actor: Actor): Promise<BoardPost[]> {
    const scope = this.tenantDb.scope(actor);
    const posts = await scope.repo(BoardPost).find({
      where: { authorUserId: actor.userId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return this.presentPosts(scope, posts, false);
  }

  private async visiblePost(scope: TenantScope, postId: string) {
    const post = await scope
      .repo(BoardPost)
      .findOneOrFail({ id: postId }, () => notFound(POST));
    const context = await readableTrajectory(scope, post.trajectoryId);
    if (
      post.hidden &&
      !context.steering &&
      post.authorUserId !== scope.actor.userId
    )
      throw notFound(POST);
    return { post, context };
  }

  private async steeredPost(scope: TenantScope, postId: string) {
    const post = await scope
      .repo(BoardPost)
      .findOneOrFail({ id: postId }, () => notFound(POST));
    const context = await steeredTrajectory(scope, post.trajectoryId);
    return { post, context };
  }

  private async present(
    scope: TenantScope,
    context: TrajectoryContext,
    phase: number,
  ): Promise<Board> {
    const { trajectory, steering } = context;
    const all = await scope.repo(BoardPost).find({
      where: { trajectoryId: trajectory.id, phase },
      order: { createdAt: 'DESC' },
    });
    const visible = all.filter(
      (p) => !p.hidden || steering || p.authorUserId === scope.actor.userId,
    );
    const posts = await this.presentPosts(scope, visible, steering);
    const counted = all.filter((p) => !p.hidden);
    const counts = Object.values(PostKind).map((kind) => ({
      kind,
      count: counted.filter((p) => p.kind === kind).length,
    }));
    const summary = await scope
      .repo(BoardSummary)
      .findOne({ trajectoryId: trajectory.id, phase });
    return {
      trajectoryId: trajectory.id,
      phase,
      open: isBoardOpen(trajectory, phase),
      canModerate: steering,
      posts: posts.sort(
        (a, b) =>
          b.supportCount - a.supportCount ||
          b.createdAt.getTime() - a.createdAt.getTime(),
      ),
      themes: await scope.repo(BoardTheme).find({
        where: { trajectoryId: trajectory.id, phase },
        order: { name: 'ASC' },
      }),
      summary: summary?.text ?? null,
      counts,
      participation: await this.participation(scope, counted),
    };
  }

  /** Distinct authors per department, through the domain's small-group suppression (threshold of the brief). */
  private async participation(scope: TenantScope, posts: BoardPost[]) {
    const authorsByDepartment = new Map<string, Set<string>>();
    for (const post of posts) {
      const key = post.authorDepartmentId ?? '';
      if (!authorsByDepartment.has(key))
        authorsByDepartment.set(key, new Set());
      authorsByDepartment.get(key)!.add(post.authorUserId);
    }
    const result = suppressSmallGroups(
      [...authorsByDepartment.entries()].map(([key, authors]) => ({
        key,
        count: authors.size,
      })),
    );
    const ids = result.shown.map((g) => g.key).filter(Boolean);
    const names = new Map(
      ids.length
        ? (
            (await scope.manager.query(
              'SELECT id, name FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
              [scope.organisationId, ids],
            )) as { id: string; name: string }[]
          ).map((d) => [d.id, d.name])
        : [],
    );
    return {
      threshold: effectiveThreshold(),
      totalAuthors: result.total,
      departments: result.shown.map((g) => ({
        departmentName: names.get(g.key) ?? '(zonder afdeling)',
        authors: g.count,
      })),
      otherAuthors: result.others,
    };
  }

  private async presentPosts(
    scope: TenantScope,
    posts: BoardPost[],
    moderator: boolean,
  ): Promise<BoardPost[]> {
    if (posts.length === 0) return [];
    const ids = posts.map((p) => p.id);
    const supports = (await scope.manager.query(
      `SELECT post_id AS "postId", count(*)::int AS n, bool_or(user_id = $3) AS mine FROM board_support WHERE organisation_id = $1 AND post_id = ANY($2::uuid[]) GROUP BY post_id`,
      [scope.organisationId, ids, scope.actor.userId],
    )) as { postId: string; n: number; mine: boolean }[];
    const byPost = new Map(supports.map((s) => [s.postId, s]));
    const people = await peopleByUserId(
      scope,
      posts.map((p) => p.authorUserId),
    );
    const trajectoryIds = [...new Set(posts.map((p) => p.trajectoryId))];
    const titles = new Map(
      (
        (await scope.manager.query(
          'SELECT id, title FROM trajectory WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
          [scope.organisationId, trajectoryIds],
        )) as { id: string; title: string }[]
      ).map((t) => [t.id, t.title]),
    );
    return posts.map((post) => {
      const mine = post.authorUserId === scope.actor.userId;
      return Object.assign(post, {
        authorName:
          !post.nameHidden || moderator || mine
            ? (people.get(post.authorUserId)?.displayName ?? '—')
            : null,
        mine,
        trajectoryTitle: titles.get(post.trajectoryId) ?? '',
        supportCount: byPost.get(post.id)?.n ?? 0,
        supportedByMe: byPost.get(post.id)?.mine ?? false,
      });
    });
  }
}
