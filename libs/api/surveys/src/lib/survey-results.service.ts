import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AnswerCounts,
  SuppressedCounts,
  cellKey,
  effectiveThreshold,
  GroupNode,
  OTHERS_UNIT,
  Question,
  reportingUnits,
  ReportingUnit,
  summarise,
  suppressSmallGroups,
  TableCell,
  unitOfGroup,
  visibleCells,
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

/** Which units show a question's answers when this many answered in each: the flat suppression, over unit keys. */
function unitsShown(
  counts: { key: string; count: number }[],
  threshold: number,
): Set<string> {
  // Unit keys include the others' key, which the flat suppression reserves: prefix them.
  const result: SuppressedCounts = suppressSmallGroups(
    counts.map((c) => ({ key: `unit:${c.key}`, count: c.count })),
    threshold,
  );
  return new Set(result.shown.map((g) => g.key.slice('unit:'.length)));
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
 * departments roll up into their parent, the rest joins "others"); a filter
 * on one dimension with a breakdown by another is a cross table suppressed as
 * a whole (complementary in rows and columns, audited against differencing);
 * per question the same rules apply to how many answered it. Open answers are
 * listed only for a view of at least the threshold, in alphabetical order.
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
    const total = cube.reduce((sum, row) => sum + row.count, 0);
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
      unitOf[dimension] = unitOfGroup(units[dimension]);
    }
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
      !units[filter.dimension].some((u) => u.key === filter.unitKey)
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
    const answered = (await scope.manager.query(
      `SELECT ${groupColumns}, a.question_key AS question, count(*)::int AS count
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
    const unitIn = (row: CubeRow, dimension: Dimension) =>
      unitOf[dimension].get(groupOf(row, dimension)) ?? OTHERS_UNIT;

    // The breakdown's units shown (respondent counts).
    let shownUnits: ReportingUnit[] = [];
    let hiddenGroups = 0;
    if (breakdown !== 'NONE' && total >= threshold) {
      if (!filter) shownUnits = units[breakdown];
      else {
        const visible = visibleCells(
          crossTable(
            cube,
            (r) => unitIn(r, filter.dimension),
            (r) => unitIn(r, breakdown),
          ),
          threshold,
        );
        shownUnits = units[breakdown].filter(
          (u) =>
            visible.has(cellKey(filter.unitKey, u.key)) &&
            cellCount(cube, filter, breakdown, u.key, unitIn) > 0,
        );
      }
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

    const questions: QuestionResult[] = [];
    for (const question of survey.definition.sections.flatMap(
      (s) => s.questions,
    )) {
      const answeredRows = answeredByQuestion.get(question.key) ?? [];
      const valueRows = answersByQuestion.get(question.key) ?? [];
      const counts = (rows: CubeRow[]) => rows.reduce((s, r) => s + r.count, 0);
      const summaryOf = (
        pick: (row: CubeRow) => boolean,
      ): QuestionSummaryModel =>
        summarise(
          question as Question,
          toCounts(answeredRows.filter(pick), valueRows.filter(pick)),
        );

      // Who answered this question, per unit of the filter's dimension (or overall): shown only as the suppression allows.
      let overallShown =
        total >= threshold && counts(answeredRows) >= threshold;
      if (filter) {
        const perUnit = unitsShown(
          units[filter.dimension].map((u) => ({
            key: u.key,
            count: counts(
              answeredRows.filter((r) => unitIn(r, filter.dimension) === u.key),
            ),
          })),
          threshold,
        );
        overallShown = total >= threshold && perUnit.has(filter.unitKey);
      }
      let visibleUnitKeys = new Set<string>();
      if (breakdown !== 'NONE' && overallShown) {
        if (!filter) {
          const perUnit = unitsShown(
            units[breakdown].map((u) => ({
              key: u.key,
              count: counts(
                answeredRows.filter((r) => unitIn(r, breakdown) === u.key),
              ),
            })),
            threshold,
          );
          visibleUnitKeys = perUnit;
        } else {
          const visible = visibleCells(
            crossTable(
              answeredRows,
              (r) => unitIn(r, filter.dimension),
              (r) => unitIn(r, breakdown),
            ),
            threshold,
          );
          visibleUnitKeys = new Set(
            units[breakdown]
              .filter((u) => visible.has(cellKey(filter.unitKey, u.key)))
              .map((u) => u.key),
          );
        }
      }
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
        texts: isText && overallShown ? await texts(question.key) : [],
        previous: previous?.summaries.get(question.key) ?? null,
      });
    }

    const filterOptions: FilterOption[] =
      total >= threshold
        ? DIMENSIONS.flatMap((dimension) =>
            units[dimension].map((u) => ({
              dimension,
              unitKey: u.key,
              label: label(dimension, u),
            })),
          )
        : [];
    return {
      surveyId: survey.id,
      title: survey.title,
      threshold,
      invited: filter ? viewInvited : invited,
      respondents:
        viewRespondents >= threshold && total >= threshold
          ? viewRespondents
          : null,
      responseRate:
        viewRespondents >= threshold && total >= threshold && viewInvited > 0
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

function crossTable(
  rows: CubeRow[],
  row: (r: CubeRow) => string,
  column: (r: CubeRow) => string,
): TableCell[] {
  const cells = new Map<string, TableCell>();
  for (const r of rows) {
    const key = cellKey(row(r), column(r));
    const cell = cells.get(key) ?? { row: row(r), column: column(r), count: 0 };
    cell.count += r.count;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

function cellCount(
  cube: CubeRow[],
  filter: { dimension: Dimension; unitKey: string },
  breakdown: Dimension,
  unitKey: string,
  unitIn: (r: CubeRow, d: Dimension) => string,
) {
  return cube
    .filter(
      (r) =>
        unitIn(r, filter.dimension) === filter.unitKey &&
        unitIn(r, breakdown) === unitKey,
    )
    .reduce((s, r) => s + r.count, 0);
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
