import { Injectable } from '@nestjs/common';
import {
  addDays,
  hasAnyRole,
  PROCEDURE_KEEPERS,
  PROCEDURE_READERS,
  Role,
  SURVEY_AUTHORS,
  todayInAmsterdam,
} from '@inspraak/domain';
import { Actor, TenantDb, TenantScope } from '@inspraak/api-core';
import {
  agreementRuleSql,
  CURRENT_AGREEMENT_SQL,
  PoolService,
} from '@inspraak/api-participants';
import { ProceduresService } from '@inspraak/api-procedures';
import {
  AnsweringService,
  Survey,
  SurveyResultsService,
  SurveysService,
  SurveyStatus,
} from '@inspraak/api-surveys';
import {
  AdvisorDashboard,
  AdvisorNeedsAction,
  ClosedSurvey,
  DashboardTrajectoryCount,
  DashboardTrajectoryPhase,
  DashboardWorkgroupCount,
  EmployeeSection,
  GovernanceSection,
  MyDashboard,
  PoolHealth,
  ProceduresOverview,
  RegieSection,
  SecretarySection,
  SurveyHeadline,
  SurveysOverview,
} from './dashboard.models';

const NEW_PARTICIPANT_DAYS = 30;
const AGREEMENT_ENDING_DAYS = 30;
const LATEST_CLOSED = 3;
const RUNNING_SHOWN = 5;
const LIST_LIMIT = 10;

interface Summary {
  agreePercentage: number | null;
  enps: number | null;
  mean: number | null;
}

/** What the dashboard shows of a survey's published results. */
interface PublishedFigures {
  invited: number;
  respondents: number | null;
  responseRate: number | null;
  questions: {
    key: string;
    text: { nl: string; en: string };
    overall: Summary | null;
  }[];
}

/** Closed surveys' published figures, per process (oldest dropped first beyond the limit). */
const CLOSED_FIGURES = new Map<string, PublishedFigures>();
const CLOSED_FIGURES_KEPT = 500;

/** Roles a regie team must hold (the domain's REGIE_TEAM_ROLES), as SQL. */
const REGIE_TEAM_ROLE_COUNT = 4;

/** The current phase's start: its last move, or the trajectory's creation for a first phase never moved into. */
const PHASE_STARTED_SQL = `coalesce((SELECT max(ev.at) FROM trajectory_event ev
  WHERE ev.organisation_id = t.organisation_id AND ev.trajectory_id = t.id AND ev.kind = 'phase.moved'), t.created_at)`;

/**
 * The home page per role. Reads the other contexts' tables (as their own
 * cross-context reads do) for counts, and goes through their services where a
 * rule lives there: representation (the pool service), survey figures (the
 * results' publication, so every figure respects the anonymity rule),
 * deadlines (the procedures' calendar). Every statement is bound to the
 * actor's organisation.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly pool: PoolService,
    private readonly procedures: ProceduresService,
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly answering: AnsweringService,
  ) {}

  async advisor(actor: Actor): Promise<AdvisorDashboard> {
    const scope = this.tenantDb.scope(actor);
    // One after the other: a request holds one connection at a time, so others' requests are not starved.
    const needsAction = await this.needsAction(actor, scope);
    const trajectories = await this.trajectoriesByPhase(scope);
    const pool = await this.poolHealth(actor, scope);
    const surveys = await this.surveysOverview(scope);
    const procedures = await this.proceduresOverview(actor, scope);
    return { needsAction, trajectories, pool, surveys, procedures };
  }

  async mine(actor: Actor): Promise<MyDashboard> {
    const scope = this.tenantDb.scope(actor);
    const regie = await this.regieSection(actor, scope);
    const secretary = actor.roles.includes(Role.OR_SECRETARIS)
      ? await this.secretarySection(actor, scope)
      : null;
    const governance = hasAnyRole(actor.roles, [Role.HR, Role.BESTUURDER])
      ? await this.governanceSection(actor, scope)
      : null;
    const employee = await this.employeeSection(actor, scope);
    return { regie, secretary, governance, employee };
  }

  private async needsAction(
    actor: Actor,
    scope: TenantScope,
  ): Promise<AdvisorNeedsAction> {
    const org = scope.organisationId;
    const q = <T>(sql: string, params: unknown[] = []) =>
      scope.manager.query(sql, [org, ...params]) as Promise<T>;
    const applicationsWaiting = await q<DashboardWorkgroupCount[]>(
      `SELECT t.id AS "trajectoryId", t.title, w.id AS "workgroupId", w.name AS "workgroupName", count(*)::int AS count
       FROM workgroup_membership m
       JOIN workgroup w ON w.id = m.workgroup_id AND w.organisation_id = m.organisation_id
       JOIN trajectory t ON t.id = w.trajectory_id AND t.organisation_id = m.organisation_id
       WHERE m.organisation_id = $1 AND m.status = 'APPLIED'
       GROUP BY t.id, t.title, w.id, w.name ORDER BY count DESC, t.title, w.name LIMIT ${LIST_LIMIT}`,
    );
    const [{ overdue }] = await q<[{ overdue: number }]>(
      `SELECT count(*)::int AS overdue FROM action_item
       WHERE organisation_id = $1 AND status = 'OPEN' AND due_on < $2::date AND NOT confidential`,
      [todayInAmsterdam()],
    );
    const regieTeamsIncomplete = await q<DashboardTrajectoryCount[]>(
      `SELECT t.id AS "trajectoryId", t.title,
              (${REGIE_TEAM_ROLE_COUNT} - (SELECT count(DISTINCT r.role) FROM regie_team_member r
                 WHERE r.organisation_id = t.organisation_id AND r.trajectory_id = t.id))::int AS count
       FROM trajectory t
       WHERE t.organisation_id = $1 AND t.status = 'ACTIVE'
         AND (SELECT count(DISTINCT r.role) FROM regie_team_member r
              WHERE r.organisation_id = t.organisation_id AND r.trajectory_id = t.id) < ${REGIE_TEAM_ROLE_COUNT}
       ORDER BY t.title LIMIT ${LIST_LIMIT}`,
    );
    const decisionWithoutProcedure = (
      await this.procedures.trajectoriesWithoutProcedure(actor)
    )
      .slice(0, LIST_LIMIT)
      .map((t) => ({ trajectoryId: t.trajectoryId, title: t.title, count: 1 }));
    const [{ erasure }] = await q<[{ erasure: number }]>(
      `SELECT count(*)::int AS erasure FROM erasure_request WHERE organisation_id = $1 AND status = 'OPEN'`,
    );
    const postsWithoutResponse = await q<DashboardTrajectoryCount[]>(
      `SELECT t.id AS "trajectoryId", t.title, count(*)::int AS count
       FROM board_post b JOIN trajectory t ON t.id = b.trajectory_id AND t.organisation_id = b.organisation_id
       WHERE b.organisation_id = $1 AND NOT b.hidden AND b.response IS NULL AND t.status = 'ACTIVE'
       GROUP BY t.id, t.title ORDER BY count DESC, t.title LIMIT ${LIST_LIMIT}`,
    );
    // Per running survey, so that the (survey, status) index answers it.
    const failedSurveyMails = (await q(
      `SELECT s.id AS "surveyId", s.title, f.count
       FROM survey s CROSS JOIN LATERAL (
         SELECT count(*)::int AS count FROM survey_invitation i
         WHERE i.organisation_id = s.organisation_id AND i.survey_id = s.id AND i.status = 'FAILED') f
       WHERE s.organisation_id = $1 AND s.status = 'PUBLISHED' AND f.count > 0
       ORDER BY f.count DESC, s.title LIMIT ${LIST_LIMIT}`,
    )) as AdvisorNeedsAction['failedSurveyMails'];
    const [{ failedInvitations }] = await q<[{ failedInvitations: number }]>(
      `SELECT count(*)::int AS "failedInvitations" FROM account_invitation WHERE organisation_id = $1 AND status = 'FAILED'`,
    );
    return {
      applicationsWaiting,
      overdueActions: overdue,
      regieTeamsIncomplete,
      decisionWithoutProcedure,
      erasureRequests: erasure,
      postsWithoutResponse,
      failedSurveyMails,
      failedAccountInvitations: failedInvitations,
    };
  }

  private async trajectoriesByPhase(
    scope: TenantScope,
  ): Promise<DashboardTrajectoryPhase[]> {
    return (await scope.manager.query(
      `SELECT t.id AS "trajectoryId", t.title, t.current_phase AS "phaseIndex",
              t.phases -> t.current_phase ->> 'nl' AS "phaseNl", t.phases -> t.current_phase ->> 'en' AS "phaseEn",
              ($2::date - (${PHASE_STARTED_SQL} AT TIME ZONE 'Europe/Amsterdam')::date)::int AS "daysInPhase"
       FROM trajectory t WHERE t.organisation_id = $1 AND t.status = 'ACTIVE'
       ORDER BY t.current_phase, "daysInPhase" DESC, t.title LIMIT 50`,
      [scope.organisationId, todayInAmsterdam()],
    )) as DashboardTrajectoryPhase[];
  }

  private async poolHealth(
    actor: Actor,
    scope: TenantScope,
  ): Promise<PoolHealth> {
    const today = todayInAmsterdam();
    const rule = agreementRuleSql('p', 'cur', '$2::date');
    const [row] = (await scope.manager.query(
      `SELECT count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active,
              count(*) FILTER (WHERE p.status = 'PAUSED')::int AS paused,
              count(*) FILTER (WHERE p.onboarded_at IS NULL AND p.joined_at::date > $3::date)::int AS "newAwaitingOnboarding",
              max(cur.version) AS "latestAgreementVersion",
              count(*) FILTER (WHERE cur.version IS NOT NULL AND p.accepted_agreement_version = cur.version)::int AS "acceptedLatest",
              count(*) FILTER (WHERE ${rule.valid} AND p.agreement_valid_until <= $4::date)::int AS "agreementsEndingSoon"
       FROM participant p LEFT JOIN (${CURRENT_AGREEMENT_SQL}) cur ON true
       WHERE p.organisation_id = $1 AND p.status <> 'LEFT'`,
      [
        scope.organisationId,
        today,
        addDays(today, -NEW_PARTICIPANT_DAYS),
        addDays(today, AGREEMENT_ENDING_DAYS),
      ],
    )) as [Omit<PoolHealth, 'representation'>];
    // Without any published version the aggregate has no row to read it from.
    const [{ version }] = (await scope.manager.query(
      `SELECT max(version) AS version FROM agreement_version WHERE organisation_id = $1 AND status = 'PUBLISHED'`,
      [scope.organisationId],
    )) as [{ version: number | null }];
    return {
      ...row,
      latestAgreementVersion: version,
      representation: await this.pool.representation(actor),
    };
  }

  /** Running surveys with the counts their page shows, and the latest closed ones through the results' publication. */
  private async surveysOverview(scope: TenantScope): Promise<SurveysOverview> {
    const running = await scope.repo(Survey).find({
      where: { status: SurveyStatus.PUBLISHED },
      order: { closesAt: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' },
      take: RUNNING_SHOWN,
    });
    const runningViews = [];
    for (const survey of running) {
      const view = await this.surveys.view(scope, survey);
      const [{ waiting }] = (await scope.manager.query(
        'SELECT count(*)::int AS waiting FROM survey_response_inbox WHERE organisation_id = $1 AND survey_id = $2',
        [scope.organisationId, survey.id],
      )) as [{ waiting: number }];
      runningViews.push({
        surveyId: survey.id,
        title: survey.title,
        invited: view.invitedCount,
        answered: view.responseCount,
        waitingForRelease: waiting,
        closesAt: survey.closesAt,
      });
    }
    const closed = await scope.repo(Survey).find({
      where: { status: SurveyStatus.CLOSED },
      order: { closedAt: { direction: 'DESC', nulls: 'LAST' } },
      take: LATEST_CLOSED,
    });
    const latestClosed: ClosedSurvey[] = [];
    for (const survey of closed) {
      const figures = await this.publishedFigures(scope, survey);
      // The previous run as its own page publishes it (what the results' comparison uses).
      const previousRun =
        survey.run > 1
          ? await scope
              .repo(Survey)
              .findOne({ seriesId: survey.seriesId, run: survey.run - 1 })
          : null;
      const previous = previousRun
        ? await this.publishedFigures(scope, previousRun)
        : null;
      latestClosed.push({
        surveyId: survey.id,
        title: survey.title,
        closedAt: survey.closedAt,
        run: survey.run,
        invited: figures.invited,
        respondents: figures.respondents,
        responseRate: figures.responseRate,
        headline: headlineOf(figures.questions, previous?.questions ?? []),
      });
    }
    return { running: runningViews, latestClosed };
  }

  /**
   * A survey's overall figures exactly as its results publish them (the
   * results service's own computation, with its anonymity rule). Kept once a
   * survey is closed with every answer in: its figures never change after
   * that (responses are never removed), and computing them reads every answer.
   */
  private async publishedFigures(
    scope: TenantScope,
    survey: Survey,
  ): Promise<PublishedFigures> {
    const key = `${scope.organisationId}:${survey.id}`;
    const kept = CLOSED_FIGURES.get(key);
    if (kept) return kept;
    const results = await this.results.compute(
      scope,
      survey,
      { breakdown: 'NONE', filter: null },
      false,
    );
    const figures: PublishedFigures = {
      invited: results.invited,
      respondents: results.respondents,
      responseRate: results.responseRate,
      questions: results.questions.map((q) => ({
        key: q.key,
        text: q.text,
        overall: q.overall,
      })),
    };
    if (
      survey.status === SurveyStatus.CLOSED &&
      results.waitingForRelease === 0
    ) {
      if (CLOSED_FIGURES.size >= CLOSED_FIGURES_KEPT)
        CLOSED_FIGURES.delete(CLOSED_FIGURES.keys().next().value!);
      CLOSED_FIGURES.set(key, figures);
    }
    return figures;
  }

  private async proceduresOverview(
    actor: Actor,
    scope: TenantScope,
  ): Promise<ProceduresOverview> {
    const byState = (await scope.manager.query(
      `SELECT state::text AS state, count(*)::int AS count FROM procedure
       WHERE organisation_id = $1 GROUP BY state ORDER BY state`,
      [scope.organisationId],
    )) as ProceduresOverview['byState'];
    const nextDeadlines = (
      await this.procedures.upcomingDeadlines(actor)
    ).slice(0, 5);
    return { byState, nextDeadlines };
  }

  private async regieSection(
    actor: Actor,
    scope: TenantScope,
  ): Promise<RegieSection | null> {
    const rows = (await scope.manager.query(
      `SELECT t.id AS "trajectoryId", t.title,
              t.phases -> t.current_phase ->> 'nl' AS "phaseNl", t.phases -> t.current_phase ->> 'en' AS "phaseEn",
              ARRAY(SELECT needed.role_name::text FROM unnest(enum_range(NULL::regie_team_role)) AS needed(role_name)
                    WHERE NOT EXISTS (SELECT 1 FROM regie_team_member r WHERE r.organisation_id = t.organisation_id AND r.trajectory_id = t.id AND r.role = needed.role_name)) AS "missingRoles",
              (SELECT count(*)::int FROM workgroup_membership m JOIN workgroup w ON w.id = m.workgroup_id AND w.organisation_id = m.organisation_id
                 WHERE m.organisation_id = t.organisation_id AND w.trajectory_id = t.id AND m.status = 'APPLIED') AS "applicationsWaiting",
              (SELECT count(*)::int FROM board_post b WHERE b.organisation_id = t.organisation_id AND b.trajectory_id = t.id AND NOT b.hidden AND b.response IS NULL) AS "postsWithoutResponse",
              (SELECT count(*)::int FROM action_item a WHERE a.organisation_id = t.organisation_id AND a.trajectory_id = t.id AND a.status = 'OPEN') AS "openActions",
              (SELECT count(*)::int FROM action_item a WHERE a.organisation_id = t.organisation_id AND a.trajectory_id = t.id AND a.status = 'OPEN' AND a.due_on < $3::date) AS "overdueActions",
              (SELECT min(mt.starts_at) FROM meeting mt WHERE mt.organisation_id = t.organisation_id AND mt.trajectory_id = t.id AND mt.starts_at > now()) AS "nextMeetingAt"
       FROM trajectory t
       WHERE t.organisation_id = $1 AND t.status = 'ACTIVE'
         AND EXISTS (SELECT 1 FROM regie_team_member r WHERE r.organisation_id = t.organisation_id AND r.trajectory_id = t.id AND r.user_id = $2)
       ORDER BY t.title LIMIT ${LIST_LIMIT}`,
      [scope.organisationId, actor.userId, todayInAmsterdam()],
    )) as RegieSection['trajectories'];
    return rows.length > 0 ? { trajectories: rows } : null;
  }

  private async secretarySection(
    actor: Actor,
    scope: TenantScope,
  ): Promise<SecretarySection> {
    const procedures = await this.proceduresOverview(actor, scope);
    const meetingsToPrepare = (await scope.manager.query(
      `SELECT * FROM (
         SELECT p.planned_meeting_on::text AS date, p.title, p.id AS "procedureId", NULL::uuid AS "meetingId"
         FROM procedure p WHERE p.organisation_id = $1 AND p.planned_meeting_on >= $2::date
           AND p.state NOT IN ('CLOSED', 'WITHDRAWN')
         UNION ALL
         SELECT to_char(m.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'), m.title, NULL::uuid, m.id
         FROM meeting m WHERE m.organisation_id = $1 AND m.starts_at > now() AND m.minutes IS NULL
           AND EXISTS (SELECT 1 FROM meeting_invitee i WHERE i.organisation_id = m.organisation_id AND i.meeting_id = m.id AND i.user_id = $3)
       ) x ORDER BY date, title LIMIT 5`,
      [scope.organisationId, todayInAmsterdam(), actor.userId],
    )) as SecretarySection['meetingsToPrepare'];
    return { procedures, meetingsToPrepare };
  }

  private async governanceSection(
    actor: Actor,
    scope: TenantScope,
  ): Promise<GovernanceSection> {
    const surveys = hasAnyRole(actor.roles, SURVEY_AUTHORS)
      ? await this.surveysOverview(scope)
      : { running: [], latestClosed: [] };
    // The director decides; HR reads only what the public list shows (no confidential titles).
    const readsProcedures = hasAnyRole(actor.roles, PROCEDURE_READERS);
    const keeper = hasAnyRole(actor.roles, PROCEDURE_KEEPERS);
    const awaitingDecision = (await scope.manager.query(
      `SELECT id AS "procedureId", CASE WHEN confidential AND NOT $2::boolean THEN NULL ELSE title END AS title,
              response_sent_on::text AS "responseSentOn"
       FROM procedure WHERE organisation_id = $1 AND state = 'RESPONSE_SENT'
         AND ($3::boolean OR NOT confidential)
       ORDER BY response_sent_on NULLS LAST, title LIMIT 5`,
      [scope.organisationId, keeper, readsProcedures],
    )) as {
      procedureId: string;
      title: string | null;
      responseSentOn: string | null;
    }[];
    return {
      surveys,
      awaitingDecision: awaitingDecision.map((p) => ({
        ...p,
        title: p.title ?? 'Vertrouwelijke procedure',
      })),
    };
  }

  private async employeeSection(
    actor: Actor,
    scope: TenantScope,
  ): Promise<EmployeeSection> {
    const org = scope.organisationId;
    const today = todayInAmsterdam();
    const happening = (await scope.manager.query(
      `SELECT t.id, t.title, t.phases -> t.current_phase ->> 'nl' AS "detailNl", t.phases -> t.current_phase ->> 'en' AS "detailEn", NULL AS date
       FROM trajectory t WHERE t.organisation_id = $1 AND t.published AND t.status = 'ACTIVE'
       ORDER BY t.updated_at DESC, t.title LIMIT 5`,
      [org],
    )) as EmployeeSection['happening'];
    const surveysToAnswer = (await this.answering.mine(actor))
      .filter((s) => s.open && !s.alreadyAnswered)
      .slice(0, 5)
      .map((s) => ({
        id: s.surveyId,
        title: s.title,
        detailNl: null,
        detailEn: null,
        date: s.closesAt,
      }));
    const rule = agreementRuleSql('p', 'cur', '$3::date');
    const [row] = (await scope.manager.query(
      `SELECT
         (SELECT count(*)::int FROM workgroup w WHERE w.organisation_id = $1 AND w.call_status = 'OPEN' AND w.closes_on >= $3::date
            AND EXISTS (SELECT 1 FROM trajectory t WHERE t.id = w.trajectory_id AND t.organisation_id = w.organisation_id AND t.published AND t.status = 'ACTIVE')) AS "openCalls",
         (SELECT count(*)::int FROM action_item a WHERE a.organisation_id = $1 AND a.owner_user_id = $2 AND a.status = 'OPEN') AS "myOpenActions",
         (SELECT count(*)::int FROM action_item a WHERE a.organisation_id = $1 AND a.owner_user_id = $2 AND a.status = 'OPEN' AND a.due_on < $3::date) AS "myOverdueActions",
         (SELECT p.status::text FROM participant p WHERE p.organisation_id = $1 AND p.user_id = $2 AND p.status <> 'LEFT') AS "poolStatus",
         coalesce((SELECT NOT ${rule.valid} FROM participant p LEFT JOIN (${CURRENT_AGREEMENT_SQL}) cur ON true
            WHERE p.organisation_id = $1 AND p.user_id = $2 AND p.status <> 'LEFT' AND cur.version IS NOT NULL), false) AS "agreementToAccept",
         (SELECT count(*)::int FROM workgroup_membership m WHERE m.organisation_id = $1 AND m.user_id = $2 AND m.status = 'MEMBER') AS workgroups,
         (SELECT count(*)::int FROM regie_team_member r JOIN trajectory t ON t.id = r.trajectory_id AND t.organisation_id = r.organisation_id
            WHERE r.organisation_id = $1 AND r.user_id = $2 AND t.status = 'ACTIVE') AS "regieTeams"`,
      [org, actor.userId, today],
    )) as [Omit<EmployeeSection, 'happening' | 'surveysToAnswer'>];
    return { happening, surveysToAnswer, ...row };
  }
}

/**
 * The first question with a headline figure (agreement, eNPS, mean), with
 * the previous run's figure of the same question when that run published it.
 */
function headlineOf(
  questions: PublishedFigures['questions'],
  previousQuestions: PublishedFigures['questions'],
): SurveyHeadline | null {
  const measures = [
    ['AGREE', 'agreePercentage'],
    ['ENPS', 'enps'],
    ['MEAN', 'mean'],
  ] as const;
  for (const question of questions) {
    const overall = question.overall;
    if (!overall) continue;
    for (const [measure, field] of measures) {
      const value = overall[field];
      if (value === null || value === undefined) continue;
      const before = previousQuestions.find((q) => q.key === question.key)
        ?.overall?.[field];
      return {
        questionNl: question.text.nl,
        questionEn: question.text.en,
        measure,
        value,
        previous: before ?? null,
      };
    }
  }
  return null;
}
