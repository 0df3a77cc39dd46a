import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  effectiveThreshold,
  OTHERS_UNIT,
  publishSurvey,
  Question,
  REPORTING_DIMENSIONS,
  type ReportingDimension as DomainReportingDimension,
  ReportingUnit,
  summarise,
  UnitCounts,
  unitOfGroup,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { assertReferenced } from '@inspraak/api-core';
import { LessThanOrEqual, Not } from 'typeorm';

const TRAJECTORY = { nl: 'Verandertraject', en: 'Change trajectory' };
import { Survey, SurveyResultSnapshot, SurveyStatus } from './survey.entities';
import { reportingUnitsOf } from './survey-units';
import {
  FilterOption,
  QuestionResult,
  SurveyResults,
  TrendRun,
} from './survey.models';
import { SurveysService } from './surveys.service';

/** The dimensions results can be broken down by: the domain's list, one per survey. */
export const DIMENSIONS = REPORTING_DIMENSIONS;
export type Dimension = DomainReportingDimension;

const NAMES_OF_EMPTY: Record<Dimension, string> = {
  DEPARTMENT: 'Zonder afdeling',
  LOCATION: 'Locatie onbekend',
  CONTRACT_TYPE: 'Contract onbekend',
};

/** Where responses whose unit is still sealed are counted: in no unit, only in the total. */
const SEALED_UNIT = '\u0001sealed';

const notOffered = (reportBy: Dimension) =>
  badInput('BREAKDOWN_NOT_OFFERED', {
    nl: `Deze vragenlijst wordt alleen uitgesplitst naar ${DIMENSION_NAMES[reportBy].nl}: twee uitsplitsingen naast elkaar zouden samen kleine groepen kunnen verraden.`,
    en: `This survey is only broken down by ${DIMENSION_NAMES[reportBy].en}: two breakdowns side by side could together give away small groups.`,
  });

const DIMENSION_NAMES: Record<Dimension, { nl: string; en: string }> = {
  DEPARTMENT: { nl: 'afdeling', en: 'department' },
  LOCATION: { nl: 'locatie', en: 'location' },
  CONTRACT_TYPE: { nl: 'soort contract', en: 'contract type' },
};

/** What a view asks for: a breakdown (null: the survey's own dimension), or one unit's figures. */
export interface ResultsView {
  breakdown: Dimension | 'NONE' | null;
  filter: { dimension: Dimension; unitKey: string } | null;
}

/**
 * Results of a survey: what the domain's `publishSurvey` publishes, and
 * nothing else — every view, export, snapshot and comparison is a reading
 * of that one object. While the survey runs: the overall figures of what
 * the inbox released; once closed: also per reporting unit of its one
 * dimension (units formed from the audience at publication). Open answers
 * for everyone and, once closed, per shown unit, in alphabetical order.
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
    view: ResultsView,
  ): Promise<SurveyResults> {
    const scope = this.tenantDb.scope(actor);
    const survey = await this.surveys.find(scope, surveyId);
    return this.compute(scope, survey, view, true);
  }

  async compute(
    scope: TenantScope,
    survey: Survey,
    view: ResultsView,
    withPrevious: boolean,
  ): Promise<SurveyResults> {
    const reportBy = survey.reportBy as Dimension;
    const breakdown = view.breakdown ?? (view.filter ? 'NONE' : reportBy);
    if (breakdown !== 'NONE' && breakdown !== reportBy)
      throw notOffered(reportBy);
    if (view.filter && view.filter.dimension !== reportBy)
      throw notOffered(reportBy);
    if (view.filter && breakdown !== 'NONE')
      throw badInput('FILTER_WITH_BREAKDOWN', {
        nl: 'Een gefilterde weergave wordt niet verder uitgesplitst.',
        en: 'A filtered view is not broken down further.',
      });
    const org = scope.organisationId;
    const units = await reportingUnitsOf(scope.manager, org, survey);
    // Responses from before units were stored carry a group of their unit.
    const unitOf = unitOfGroup(units);
    // While the survey runs a response's unit is sealed (null here): it counts in the total only.
    const toUnit = (key: string | null) =>
      key === null ? SEALED_UNIT : (unitOf.get(key) ?? key);
    const [{ waiting, everyoneInvited }] = (await scope.manager.query(
      `SELECT (SELECT count(*)::int FROM survey_response_inbox WHERE organisation_id = $1 AND survey_id = $2) AS waiting,
              (SELECT count(*)::int FROM survey_invitation WHERE organisation_id = $1 AND survey_id = $2) AS "everyoneInvited"`,
      [org, survey.id],
    )) as [{ waiting: number; everyoneInvited: number }];
    const respondentRows = (await scope.manager.query(
      `SELECT unit_key AS unit, count(*)::int AS count FROM survey_response
       WHERE organisation_id = $1 AND survey_id = $2 GROUP BY 1`,
      [org, survey.id],
    )) as { unit: string | null; count: number }[];
    const rankingKeys = questionsOf(survey)
      .filter((q) => q.kind === 'RANKING')
      .map((q) => q.key);
    const valueRows = (await scope.manager.query(
      `SELECT r.unit_key AS unit, a.question_key AS question, v.value, count(*)::int AS count
       FROM survey_answer a
       JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       CROSS JOIN LATERAL (
         SELECT a.number_value::text AS value WHERE a.number_value IS NOT NULL
         UNION ALL SELECT o.key FROM unnest(a.option_keys) AS o(key) WHERE NOT a.question_key = ANY($3::text[])
         UNION ALL SELECT o.key || '@' || o.position FROM unnest(a.option_keys) WITH ORDINALITY AS o(key, position) WHERE a.question_key = ANY($3::text[])
       ) v
       WHERE a.organisation_id = $1 AND a.survey_id = $2
       GROUP BY 1, 2, 3`,
      [org, survey.id, rankingKeys],
    )) as {
      unit: string | null;
      question: string;
      value: string | null;
      count: number;
    }[];
    const answeredRows = (await scope.manager.query(
      `SELECT r.unit_key AS unit, a.question_key AS question, count(*)::int AS count
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       WHERE a.organisation_id = $1 AND a.survey_id = $2 GROUP BY 1, 2`,
      [org, survey.id],
    )) as { unit: string | null; question: string; count: number }[];

    const counts = new Map<string, UnitCounts>();
    const countsOf = (unit: string) => {
      let entry = counts.get(unit);
      if (!entry) {
        entry = { unitKey: unit, respondents: 0, answers: {} };
        counts.set(unit, entry);
      }
      return entry;
    };
    const answersOf = (unit: string, question: string) => {
      const answers = countsOf(unit).answers as Record<
        string,
        { answered: number; counts: Map<string, number> }
      >;
      answers[question] ??= { answered: 0, counts: new Map() };
      return answers[question];
    };
    for (const row of respondentRows)
      countsOf(toUnit(row.unit)).respondents += row.count;
    for (const row of answeredRows)
      answersOf(toUnit(row.unit), row.question).answered += row.count;
    for (const row of valueRows)
      if (row.value !== null) {
        const entry = answersOf(toUnit(row.unit), row.question);
        entry.counts.set(
          row.value,
          (entry.counts.get(row.value) ?? 0) + row.count,
        );
      }
    const threshold = effectiveThreshold(survey.threshold);
    const publication = publishSurvey({
      units,
      counts: [...counts.values()],
      questionKeys: questionsOf(survey).map((q) => q.key),
      configuredThreshold: threshold,
      // Units only once every answer is in: a unit's figures never change after they first show.
      closed: survey.status === SurveyStatus.CLOSED && waiting === 0,
    });

    const labels = await unitLabels(scope, reportBy, units);
    const shown = new Map(publication.units.map((u) => [u.unitKey, u]));
    if (view.filter && !shown.has(view.filter.unitKey))
      throw badInput('UNKNOWN_FILTER', {
        nl: 'Op deze groep kan niet gefilterd worden.',
        en: 'This group cannot be filtered on.',
      });
    const filtered = view.filter ? shown.get(view.filter.unitKey)! : null;
    const figures = filtered ? filtered.figures : publication.overall;
    const unitRows =
      breakdown !== 'NONE' && !filtered
        ? labels.ordered
            .filter((key) => shown.has(key))
            .map((key) => shown.get(key)!)
        : [];
    // Everyone invited, also when the audience is too small for any unit.
    const invited = filtered ? filtered.invited : everyoneInvited;
    // Other runs of the series (previous run, trend): only for everyone, as each run's own page publishes them.
    const otherRuns =
      withPrevious && !filtered ? await this.otherRuns(scope, survey) : [];
    const previousResults =
      otherRuns.find((other) => other.survey.run === survey.run - 1) ?? null;
    const previous = previousResults && {
      id: previousResults.survey.id,
      summaries: new Map(
        previousResults.results.questions
          .filter((q) => q.overall)
          .map((q) => [q.key, q.overall!]),
      ),
    };
    const texts = textsOf(
      scope,
      survey.id,
      filtered ? filtered.unitKey : null,
      toUnit,
    );

    const questions: QuestionResult[] = [];
    for (const question of questionsOf(survey)) {
      const own = figures?.answers[question.key] ?? null;
      const isText =
        question.kind === 'SHORT_TEXT' || question.kind === 'LONG_TEXT';
      questions.push({
        key: question.key,
        kind: question.kind,
        text: question.text,
        options: question.options,
        overall: own ? summarise(question as Question, own) : null,
        byUnit: isText
          ? []
          : unitRows.map((unit) => {
              const counts = unit.figures.answers[question.key];
              return {
                unitKey: unit.unitKey,
                summary: counts
                  ? summarise(question as Question, counts)
                  : null,
                withheld: !counts,
              };
            }),
        texts: isText && own ? await texts(question.key) : [],
        previous: previous?.summaries.get(question.key) ?? null,
      });
    }
    const filterOptions: FilterOption[] = labels.ordered
      .filter((key) => shown.has(key))
      .map((key) => ({
        dimension: reportBy,
        unitKey: key,
        label: labels.label.get(key)!,
      }));
    const respondents = figures ? figures.respondents : null;
    return {
      surveyId: survey.id,
      title: survey.title,
      threshold,
      reportBy: survey.reportBy,
      breakdownShown: publication.breakdownShown,
      waitingForRelease: survey.status === SurveyStatus.CLOSED ? 0 : waiting,
      nextReleaseAt:
        survey.status === SurveyStatus.PUBLISHED ? 2 * threshold : null,
      invited,
      respondents,
      responseRate:
        respondents !== null && invited > 0
          ? Math.round((respondents / invited) * 100)
          : null,
      breakdown: breakdown,
      filter: filtered
        ? (filterOptions.find((f) => f.unitKey === filtered.unitKey) ?? null)
        : null,
      units: unitRows.map((unit) => ({
        key: unit.unitKey,
        label: labels.label.get(unit.unitKey)!,
        depth: labels.depth.get(unit.unitKey) ?? 0,
        respondents: unit.figures.respondents,
        invited: unit.invited,
      })),
      hiddenGroups:
        breakdown !== 'NONE' && !filtered ? publication.hiddenUnits.length : 0,
      questions,
      textsShown: true,
      filterOptions,
      previousRunId: previous?.id ?? null,
      trend:
        withPrevious && !filtered
          ? seriesTrend(survey, questions, otherRuns)
          : [],
    };
  }

  /**
   * The earlier runs of the survey's series that were ever published, each
   * with what its own results page publishes for everyone (the same
   * `compute`, no breakdown): the previous run's comparison and the trend
   * show those figures and nothing else.
   */
  private async otherRuns(
    scope: TenantScope,
    survey: Survey,
  ): Promise<{ survey: Survey; results: SurveyResults }[]> {
    const runs = await scope.repo(Survey).find({
      // Up to this run: a run's page keeps showing what it showed when later runs come.
      where: {
        seriesId: survey.seriesId,
        run: LessThanOrEqual(survey.run),
        status: Not(SurveyStatus.DRAFT),
      },
      order: { run: 'ASC' },
    });
    const others: { survey: Survey; results: SurveyResults }[] = [];
    for (const run of runs)
      if (run.id !== survey.id)
        others.push({
          survey: run,
          results: await this.compute(
            scope,
            run,
            { breakdown: 'NONE', filter: null },
            false,
          ),
        });
    return others;
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
        { breakdown: null, filter: null },
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

const questionsOf = (survey: Survey) =>
  survey.definition.sections.flatMap((s) => s.questions);

/**
 * The runs of a series, oldest first, with the questions of the run being
 * viewed (matched by key): each point is that run's own published overall
 * summary, or withheld where that run publishes none.
 */
function seriesTrend(
  survey: Survey,
  questions: readonly QuestionResult[],
  otherRuns: readonly { survey: Survey; results: SurveyResults }[],
): TrendRun[] {
  const runs = [
    ...otherRuns.map(({ survey: run, results }) => ({
      run,
      overall: new Map(results.questions.map((q) => [q.key, q.overall])),
    })),
    {
      run: survey,
      overall: new Map(questions.map((q) => [q.key, q.overall])),
    },
  ].sort((a, b) => a.run.run - b.run.run);
  return runs.map(({ run, overall }) => ({
    surveyId: run.id,
    run: run.run,
    status: run.status,
    closedAt: run.closedAt,
    points: questions.map((question) => {
      const summary = overall.get(question.key) ?? null;
      return { questionKey: question.key, summary, withheld: !summary };
    }),
  }));
}

/**
 * Names of the units as the directory has them now ("Logistiek, Magazijn":
 * the unit's own group first, then the groups rolled into it — all from the
 * audience, so a name never says who answered), and for departments the
 * order and depth of the tree.
 */
async function unitLabels(
  scope: TenantScope,
  dimension: Dimension,
  units: readonly ReportingUnit[],
): Promise<{
  label: Map<string, string>;
  depth: Map<string, number>;
  ordered: string[];
}> {
  const departments =
    dimension === 'DEPARTMENT'
      ? ((await scope.manager.query(
          'SELECT id::text, parent_id::text AS "parentId", name FROM department WHERE organisation_id = $1',
          [scope.organisationId],
        )) as { id: string; parentId: string | null; name: string }[])
      : [];
  const byId = new Map(departments.map((d) => [d.id, d]));
  const name = (key: string) =>
    key === ''
      ? NAMES_OF_EMPTY[dimension]
      : dimension === 'DEPARTMENT'
        ? (byId.get(key)?.name ?? 'Afdeling')
        : key;
  const label = new Map<string, string>();
  for (const unit of units)
    label.set(
      unit.key,
      unit.key === OTHERS_UNIT
        ? 'Overige'
        : [
            name(unit.key),
            ...unit.groupKeys
              .filter((k) => k !== unit.key)
              .map(name)
              .sort((a, b) => a.localeCompare(b, 'nl')),
          ].join(', '),
    );
  const depth = new Map<string, number>();
  // Named units first (largest first, or the department tree), then "no group", then the others.
  const rank = (key: string) => (key === OTHERS_UNIT ? 2 : key === '' ? 1 : 0);
  if (dimension !== 'DEPARTMENT')
    return {
      label,
      depth,
      ordered: units
        .map((u, position) => ({ key: u.key, position }))
        .sort((a, b) => rank(a.key) - rank(b.key) || a.position - b.position)
        .map((u) => u.key),
    };
  // The unit above a unit: the nearest ancestor department that is a unit of its own.
  const unitKeys = new Set(units.map((u) => u.key));
  const parentUnit = (key: string): string | null => {
    const seen = new Set<string>();
    for (
      let at = byId.get(key)?.parentId ?? null;
      at !== null;
      at = byId.get(at)?.parentId ?? null
    ) {
      if (seen.has(at)) return null;
      seen.add(at);
      if (unitKeys.has(at)) return at;
    }
    return null;
  };
  const children = new Map<string | null, string[]>();
  for (const unit of units) {
    const parent =
      unit.key === OTHERS_UNIT || unit.key === '' ? null : parentUnit(unit.key);
    children.set(parent, [...(children.get(parent) ?? []), unit.key]);
  }
  const ordered: string[] = [];
  const visit = (key: string, level: number) => {
    ordered.push(key);
    depth.set(key, level);
    for (const child of sorted(children.get(key) ?? []))
      visit(child, level + 1);
  };
  const sorted = (keys: string[]) =>
    [...keys].sort(
      (a, b) =>
        rank(a) - rank(b) || label.get(a)!.localeCompare(label.get(b)!, 'nl'),
    );
  for (const top of sorted(children.get(null) ?? [])) visit(top, 0);
  return { label, depth, ordered };
}

/** Open answers of everyone or one shown unit, loaded per question when shown; alphabetical, so order says nothing about who or when. */
function textsOf(
  scope: TenantScope,
  surveyId: string,
  unitKey: string | null,
  toUnit: (key: string | null) => string,
) {
  return async (questionKey: string): Promise<string[]> => {
    const rows = (await scope.manager.query(
      `SELECT a.text_value AS text, r.unit_key AS unit
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id AND r.organisation_id = a.organisation_id
       WHERE a.organisation_id = $1 AND a.survey_id = $2 AND a.question_key = $3 AND a.text_value IS NOT NULL`,
      [scope.organisationId, surveyId, questionKey],
    )) as { text: string; unit: string | null }[];
    return rows
      .filter((r) => unitKey === null || toUnit(r.unit) === unitKey)
      .map((r) => r.text)
      .sort((a, b) => a.localeCompare(b, 'nl'));
  };
}
