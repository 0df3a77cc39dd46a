import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  compareCodeUnits,
  AnswerCounts,
  CubeCell,
  effectiveThreshold,
  GroupNode,
  OTHERS_UNIT,
  planSuppression,
  Question,
  reportingUnits,
  ReportingUnit,
  summarise,
  SuppressionPlan,
  unitOfGroup,
  unitsAcrossDimensions,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { assertReferenced } from '@inspraak/api-core';

const TRAJECTORY = { nl: 'Verandertraject', en: 'Change trajectory' };
import { Survey, SurveyResultSnapshot } from './survey.entities';
import {
  FilterOption,
  QuestionResult,
  QuestionSummaryModel,
  ResultUnit,
  SurveyResults,
} from './survey.models';
import { SurveysService } from './surveys.service';

export const DIMENSIONS = ['DEPARTMENT', 'LOCATION', 'CONTRACT_TYPE'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const NO_GROUP = '';
const NAMES_OF_EMPTY: Record<Dimension, string> = {
  DEPARTMENT: 'Zonder afdeling',
  LOCATION: 'Locatie onbekend',
  CONTRACT_TYPE: 'Contract onbekend',
};

/** Respondents (or invitees) per combination of groups: the cube everything is counted from. */
interface CubeRow {
  department: string;
  location: string;
  contract: string;
  count: number;
}

interface AnswerRow extends CubeRow {
  question: string;
  value: string | null;
}

const groupOf = (row: CubeRow, dimension: Dimension) =>
  dimension === 'DEPARTMENT'
    ? row.department
    : dimension === 'LOCATION'
      ? row.location
      : row.contract;

/**
 * Results of a survey, every number through the domain's suppression:
 * groups become reporting units of at least the threshold (small
 * departments roll up into their parent, the rest joins "others"; a unit
 * that another dimension would give away joins them too), and one
 * `planSuppression` per cube — the respondents, and per question those who
 * answered it — decides every count, filter and breakdown, the same for
 * every view. Open answers only for everyone or one department unit (see
 * `textsShown`), in alphabetical order.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly surveys: SurveysService,
  ) {}

  async results(
    actor: Actor,
    surveyId: string,
    breakdown: Dimension | 'NONE',
    filter: { dimension: Dimension; unitKey: string } | null,
  ): Promise<SurveyResults> {
    const scope = this.tenantDb.scope(actor);
    const survey = await this.surveys.find(scope, surveyId);
    return this.compute(scope, survey, breakdown, filter, true);
  }

  async compute(
    scope: TenantScope,
    survey: Survey,
    breakdown: Dimension | 'NONE',
    filter: { dimension: Dimension; unitKey: string } | null,
    withPrevious: boolean,
  ): Promise<SurveyResults> {
    if (filter && filter.dimension === breakdown)
      throw badInput('FILTER_IS_BREAKDOWN', {
        nl: 'Filter en uitsplitsing moeten over verschillende groepen gaan.',
        en: 'Filter and breakdown must be on different groupings.',
      });
    const threshold = effectiveThreshold(survey.threshold);
    const org = scope.organisationId;
    const cube = (await scope.manager.query(
      `SELECT coalesce(department_id::text, '') AS department, coalesce(location, '') AS location, coalesce(contract_type, '') AS contract, count(*)::int AS count
       FROM survey_response WHERE organisation_id = $1 AND survey_id = $2 GROUP BY 1, 2, 3`,
      [org, survey.id],
    )) as CubeRow[];
    const invitedCube = (await scope.manager.query(
      `SELECT coalesce(department_id::text, '') AS department, coalesce(location, '') AS location, coalesce(contract_type, '') AS contract, count(*)::int AS count
       FROM survey_invitation WHERE organisation_id = $1 AND survey_id = $2 GROUP BY 1, 2, 3`,
      [org, survey.id],
    )) as CubeRow[];
    const departments = (await scope.manager.query(
      'SELECT id::text, parent_id::text AS "parentId", name FROM department WHERE organisation_id = $1',
      [org],
    )) as {
      id: string;
      parentId: string | null;
      name: string;
    }[];
    const departmentName = new Map(departments.map((d) => [d.id, d.name]));
    const invited = invitedCube.reduce((sum, row) => sum + row.count, 0);

    // Reporting units per dimension, from the respondents.
    const units = {} as Record<Dimension, ReportingUnit[]>;
    const unitOf = {} as Record<Dimension, Map<string, string>>;
    for (const dimension of DIMENSIONS) {
      const counts = new Map<string, number>();
      for (const row of cube)
        counts.set(
          groupOf(row, dimension),
          (counts.get(groupOf(row, dimension)) ?? 0) + row.count,
        );
      const nodes: GroupNode[] =
        dimension === 'DEPARTMENT'
          ? [
              ...departments.map((d) => ({
                key: d.id,
                parentKey: d.parentId,
                count: counts.get(d.id) ?? 0,
              })),
              {
                key: NO_GROUP,
                parentKey: null,
                count: counts.get(NO_GROUP) ?? 0,
              },
              // Departments deleted since publication stay groups of their own.
              ...[...counts.keys()]
                .filter((k) => k !== NO_GROUP && !departmentName.has(k))
                .map((k) => ({
                  key: k,
                  parentKey: null,
                  count: counts.get(k)!,
                })),
            ]
          : [...counts.entries()].map(([key, count]) => ({
              key,
              parentKey: null,
              count,
            }));
      units[dimension] = reportingUnits(nodes, threshold).filter(
        (u) => u.count > 0,
      );
    }
    // Units that another dimension would give away (a location inside one department) join the others.
    const settled = unitsAcrossDimensions(
      DIMENSIONS.map((d) => units[d]),
      cube.map((row) => ({
        groups: DIMENSIONS.map((d) => groupOf(row, d)),
        count: row.count,
      })),
      threshold,
    );
    DIMENSIONS.forEach((dimension, d) => {
      units[dimension] = settled[d]!;
      unitOf[dimension] = unitOfGroup(units[dimension]);
    });
    const unitIn = (row: CubeRow, dimension: Dimension) =>
      unitOf[dimension].get(groupOf(row, dimension)) ?? OTHERS_UNIT;
    const planOf = plansFor(threshold, (rows: CubeRow[]) =>
      rows.map((row) => ({
        units: DIMENSIONS.map((d) => unitIn(row, d)),
        count: row.count,
      })),
    );
    const respondentsPlan = planOf(cube);
    const d = (dimension: Dimension) => DIMENSIONS.indexOf(dimension);
    const label = (dimension: Dimension, unit: ReportingUnit) => {
      if (unit.key === OTHERS_UNIT) return 'Overige';
      const name = (key: string) =>
        key === NO_GROUP
          ? NAMES_OF_EMPTY[dimension]
          : dimension === 'DEPARTMENT'
            ? (departmentName.get(key) ?? 'Afdeling')
            : key;
      const members = unit.groupKeys.filter(
        (k) => k === unit.key || cube.some((r) => groupOf(r, dimension) === k),
      );
      return [
        name(unit.key),
        ...members.filter((k) => k !== unit.key).map(name),
      ].join(', ');
    };
    if (
      filter &&
      !respondentsPlan.unitShown(d(filter.dimension), filter.unitKey)
    )
      throw badInput('UNKNOWN_FILTER', {
        nl: 'Op deze groep kan niet gefilterd worden.',
        en: 'This group cannot be filtered on.',
      });

    // Answers are counted per group of only the dimensions this view uses; the others are left out of the grouping.
    const used = new Set<Dimension>([
      ...(breakdown === 'NONE' ? [] : [breakdown]),
      ...(filter ? [filter.dimension] : []),
    ]);
    const column = (dimension: Dimension, sql: string, alias: string) =>
      `${used.has(dimension) ? `coalesce(${sql}, '')` : "''"} AS ${alias}`;
    const groupColumns = [
      column('DEPARTMENT', 'r.department_id::text', 'department'),
      column('LOCATION', 'r.location', 'location'),
      column('CONTRACT_TYPE', 'r.contract_type', 'contract'),
    ].join(', ');
    const rankingKeys = survey.definition.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.kind === 'RANKING')
      .map((q) => q.key);
    const answers = (await scope.manager.query(
      `SELECT ${groupColumns}, a.question_key AS question, v.value, count(*)::int AS count
       FROM survey_answer a
       JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       CROSS JOIN LATERAL (
         SELECT a.number_value::text AS value WHERE a.number_value IS NOT NULL
         UNION ALL SELECT o.key FROM unnest(a.option_keys) AS o(key) WHERE NOT a.question_key = ANY($3::text[])
         UNION ALL SELECT o.key || '@' || o.position FROM unnest(a.option_keys) WITH ORDINALITY AS o(key, position) WHERE a.question_key = ANY($3::text[])
       ) v
       WHERE a.organisation_id = $1 AND a.survey_id = $2
       GROUP BY 1, 2, 3, 4, 5`,
      [org, survey.id, rankingKeys],
    )) as AnswerRow[];
    // Who answered each question is counted per group of all dimensions: its suppression is planned for every view at once.
    const answered = (await scope.manager.query(
      `SELECT coalesce(r.department_id::text, '') AS department, coalesce(r.location, '') AS location, coalesce(r.contract_type::text, '') AS contract, a.question_key AS question, count(*)::int AS count
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       WHERE a.organisation_id = $1 AND a.survey_id = $2 GROUP BY 1, 2, 3, 4`,
      [org, survey.id],
    )) as (CubeRow & { question: string })[];
    const byQuestion = <T extends { question: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) {
        const list = map.get(row.question);
        if (list) list.push(row);
        else map.set(row.question, [row]);
      }
      return map;
    };
    const answersByQuestion = byQuestion(answers);
    const answeredByQuestion = byQuestion(answered);

    const inView = (row: CubeRow) =>
      !filter ||
      unitOf[filter.dimension].get(groupOf(row, filter.dimension)) ===
        filter.unitKey;

    /** The breakdown's units a plan shows in this view. */
    const shownIn = (plan: SuppressionPlan, dimension: Dimension) =>
      units[dimension].filter((u) =>
        filter
          ? plan.cellShown(
              d(filter.dimension),
              filter.unitKey,
              d(dimension),
              u.key,
            )
          : plan.unitShown(d(dimension), u.key),
      );

    // The breakdown's units shown (respondent counts).
    let shownUnits: ReportingUnit[] = [];
    let hiddenGroups = 0;
    if (breakdown !== 'NONE' && respondentsPlan.totalShown) {
      shownUnits = shownIn(respondentsPlan, breakdown).filter((u) =>
        cube.some((r) => inView(r) && unitIn(r, breakdown) === u.key),
      );
      const groupsInView = new Set(
        cube.filter(inView).map((r) => groupOf(r, breakdown)),
      );
      const shownGroups = new Set(
        shownUnits
          .filter((u) => u.key !== OTHERS_UNIT)
          .flatMap((u) => u.groupKeys),
      );
      hiddenGroups = [...groupsInView].filter(
        (g) => !shownGroups.has(g),
      ).length;
    }
    const invitedIn = (dimension: Dimension, unitKey: string) =>
      invitedCube
        .filter(
          (r) =>
            inView(r) &&
            (unitOf[dimension].get(groupOf(r, dimension)) ?? OTHERS_UNIT) ===
              unitKey,
        )
        .reduce((s, r) => s + r.count, 0);
    const resultUnits: ResultUnit[] = shownUnits.map((u) => ({
      key: u.key,
      label: label(breakdown as Dimension, u),
      respondents: cube
        .filter((r) => inView(r) && unitIn(r, breakdown as Dimension) === u.key)
        .reduce((s, r) => s + r.count, 0),
      invited: invitedIn(breakdown as Dimension, u.key),
    }));

    const viewRespondents = cube
      .filter(inView)
      .reduce((s, r) => s + r.count, 0);
    const viewInvited = invitedCube
      .filter(inView)
      .reduce((s, r) => s + r.count, 0);
    const previous =
      withPrevious && !filter ? await this.previousRun(scope, survey) : null;
    const texts = withTextsOf(scope, survey.id, filter, unitOf);
    /**
     * Open answers are listed for everyone and for one department unit, never
     * under a location or contract filter: two lists of different dimensions
     * side by side would give, by comparing texts, the answers of their
     * intersection — possibly one person. Department units do not overlap,
     * so their lists share no text.
     */
    const textsShown = !filter || filter.dimension === 'DEPARTMENT';

    const questions: QuestionResult[] = [];
    for (const question of survey.definition.sections.flatMap(
      (s) => s.questions,
    )) {
      const answeredRows = answeredByQuestion.get(question.key) ?? [];
      const valueRows = answersByQuestion.get(question.key) ?? [];
      const summaryOf = (
        pick: (row: CubeRow) => boolean,
      ): QuestionSummaryModel =>
        summarise(
          question as Question,
          toCounts(answeredRows.filter(pick), valueRows.filter(pick)),
        );

      // Who answered this question decides what of it is shown, in this view as in every other.
      const plan = planOf(answeredRows);
      const overallShown =
        respondentsPlan.totalShown &&
        (filter
          ? plan.unitShown(d(filter.dimension), filter.unitKey)
          : plan.totalShown);
      const visibleUnitKeys = new Set(
        breakdown !== 'NONE' && overallShown
          ? shownIn(plan, breakdown).map((u) => u.key)
          : [],
      );
      const isText =
        question.kind === 'SHORT_TEXT' || question.kind === 'LONG_TEXT';
      questions.push({
        key: question.key,
        kind: question.kind,
        text: question.text,
        options: question.options,
        overall: overallShown ? summaryOf(inView) : null,
        byUnit: isText
          ? []
          : resultUnits.map((u) => ({
              unitKey: u.key,
              summary: visibleUnitKeys.has(u.key)
                ? summaryOf(
                    (r) =>
                      inView(r) && unitIn(r, breakdown as Dimension) === u.key,
                  )
                : null,
            })),
        texts:
          isText && overallShown && textsShown ? await texts(question.key) : [],
        previous: previous?.summaries.get(question.key) ?? null,
      });
    }

    const filterOptions: FilterOption[] = DIMENSIONS.flatMap((dimension) =>
      units[dimension]
        .filter((u) => respondentsPlan.unitShown(d(dimension), u.key))
        .map((u) => ({
          dimension,
          unitKey: u.key,
          label: label(dimension, u),
        })),
    );
    return {
      surveyId: survey.id,
      title: survey.title,
      threshold,
      invited: filter ? viewInvited : invited,
      respondents:
        viewRespondents >= threshold && respondentsPlan.totalShown
          ? viewRespondents
          : null,
      responseRate:
        viewRespondents >= threshold &&
        respondentsPlan.totalShown &&
        viewInvited > 0
          ? Math.round((viewRespondents / viewInvited) * 100)
          : null,
      breakdown,
      filter: filter
        ? (filterOptions.find(
            (f) =>
              f.dimension === filter.dimension && f.unitKey === filter.unitKey,
          ) ?? null)
        : null,
      units: resultUnits,
      hiddenGroups,
      questions,
      textsShown,
      filterOptions,
      previousRunId: previous?.id ?? null,
    };
  }

  /** The previous run's overall summaries per question key (shown ones only). */
  private async previousRun(
    scope: TenantScope,
    survey: Survey,
  ): Promise<{
    id: string;
    summaries: Map<string, QuestionSummaryModel>;
  } | null> {
    if (survey.run <= 1) return null;
    const previous = await scope
      .repo(Survey)
      .findOne({ seriesId: survey.seriesId, run: survey.run - 1 });
    if (!previous) return null;
    const results = await this.compute(scope, previous, 'NONE', null, false);
    return {
      id: previous.id,
      summaries: new Map(
        results.questions
          .filter((q) => q.overall)
          .map((q) => [q.key, q.overall!]),
      ),
    };
  }

  /** Freezes the results (no filter, by department) as JSON with its SHA-256, attached to a trajectory. */
  async snapshot(
    actor: Actor,
    surveyId: string,
    trajectoryId: string | null,
  ): Promise<SurveyResultSnapshot> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const survey = await this.surveys.find(scope, surveyId);
      const target = trajectoryId ?? survey.trajectoryId;
      if (target)
        await assertReferenced(scope, 'trajectory', target, TRAJECTORY);
      const results = await this.compute(
        scope,
        survey,
        'DEPARTMENT',
        null,
        true,
      );
      const content = JSON.stringify({
        takenAt: new Date().toISOString(),
        results,
      });
      const repo = scope.repo(SurveyResultSnapshot);
      const snapshot = await repo.save(
        repo.create({
          surveyId,
          trajectoryId: target,
          title: survey.title,
          content,
          contentHash: createHash('sha256').update(content).digest('hex'),
          createdByName: actor.displayName,
        }),
      );
      await recordAudit(scope, {
        action: 'survey.snapshot',
        entityType: 'SurveyResultSnapshot',
        entityId: snapshot.id,
        changes: { contentHash: { from: null, to: snapshot.contentHash } },
      });
      return snapshot;
    });
  }

  async snapshots(
    actor: Actor,
    surveyId: string,
  ): Promise<SurveyResultSnapshot[]> {
    const scope = this.tenantDb.scope(actor);
    await this.surveys.find(scope, surveyId);
    return scope
      .repo(SurveyResultSnapshot)
      .find({ where: { surveyId }, order: { createdAt: 'DESC' } });
  }
}

/**
 * Plans are pure functions of their cube, and every view of a survey (and
 * every refresh while nothing new arrived) asks for the same ones: kept for
 * a while, by the cube's content.
 */
const planCache = new Map<string, SuppressionPlan>();
const PLAN_CACHE_SIZE = 500;

function plansFor(
  threshold: number,
  toCells: (rows: CubeRow[]) => CubeCell[],
): (rows: CubeRow[]) => SuppressionPlan {
  return (rows) => {
    const byUnits = new Map<string, number>();
    for (const cell of toCells(rows)) {
      const key = cell.units.join('\u0000');
      byUnits.set(key, (byUnits.get(key) ?? 0) + cell.count);
    }
    const entries = [...byUnits].sort(([a], [b]) => compareCodeUnits(a, b));
    const signature = `${threshold}\u0001${entries.map(([k, n]) => `${k}\u0002${n}`).join('\u0001')}`;
    const cached = planCache.get(signature);
    if (cached) {
      planCache.delete(signature);
      planCache.set(signature, cached);
      return cached;
    }
    const plan = planSuppression(
      entries.map(([key, count]) => ({ units: key.split('\u0000'), count })),
      DIMENSIONS.length,
      threshold,
    );
    planCache.set(signature, plan);
    if (planCache.size > PLAN_CACHE_SIZE)
      planCache.delete(planCache.keys().next().value!);
    return plan;
  };
}

function toCounts(
  answeredRows: CubeRow[],
  valueRows: AnswerRow[],
): AnswerCounts {
  const counts = new Map<string, number>();
  for (const row of valueRows)
    if (row.value !== null)
      counts.set(row.value, (counts.get(row.value) ?? 0) + row.count);
  return { answered: answeredRows.reduce((s, r) => s + r.count, 0), counts };
}

/** Open answers of the view, loaded per question when shown; alphabetical, so order says nothing about who or when. */
function withTextsOf(
  scope: TenantScope,
  surveyId: string,
  filter: { dimension: Dimension; unitKey: string } | null,
  unitOf: Record<Dimension, Map<string, string>>,
) {
  return async (questionKey: string): Promise<string[]> => {
    const rows = (await scope.manager.query(
      `SELECT a.text_value AS text, coalesce(r.department_id::text, '') AS department, coalesce(r.location, '') AS location, coalesce(r.contract_type, '') AS contract
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       WHERE a.organisation_id = $1 AND a.survey_id = $2 AND a.question_key = $3 AND a.text_value IS NOT NULL`,
      [scope.organisationId, surveyId, questionKey],
    )) as (CubeRow & { text: string })[];
    return rows
      .filter(
        (r) =>
          !filter ||
          unitOf[filter.dimension].get(groupOf(r, filter.dimension)) ===
            filter.unitKey,
      )
      .map((r) => r.text)
      .sort((a, b) => a.localeCompare(b, 'nl'));
  };
}
