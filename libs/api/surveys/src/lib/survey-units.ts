import {
  audienceUnits,
  effectiveThreshold,
  GroupNode,
  ReportingUnit,
} from '@inspraak/domain';
import { TenantScope } from '@inspraak/api-core';
import {
  ReportingDimension,
  Survey,
  SurveyReportingUnit,
} from './survey.entities';

/** The group key of an invitation row `i` in SQL, per reporting dimension ('' for none). */
export const GROUP_KEY_SQL: Record<ReportingDimension, string> = {
  DEPARTMENT: "coalesce(i.department_id::text, '')",
  LOCATION: "coalesce(i.location, '')",
  CONTRACT_TYPE: "coalesce(i.contract_type, '')",
};

/**
 * Forms a survey's reporting units from its invitations (in the publishing
 * transaction) and writes each invitation's unit key: units of at least the
 * threshold of the audience, departments rolled up their tree. Done once;
 * nothing about who answers ever changes them.
 */
export async function formReportingUnits(
  scope: TenantScope,
  survey: Survey,
): Promise<ReportingUnit[]> {
  const org = scope.organisationId;
  const invited = (await scope.manager.query(
    `SELECT ${GROUP_KEY_SQL[survey.reportBy]} AS key, count(*)::int AS count
     FROM survey_invitation i WHERE i.organisation_id = $1 AND i.survey_id = $2 GROUP BY 1`,
    [org, survey.id],
  )) as { key: string; count: number }[];
  const counts = new Map(invited.map((row) => [row.key, row.count]));
  let nodes: GroupNode[];
  if (survey.reportBy === ReportingDimension.DEPARTMENT) {
    const departments = (await scope.manager.query(
      'SELECT id::text, parent_id::text AS "parentId" FROM department WHERE organisation_id = $1',
      [org],
    )) as { id: string; parentId: string | null }[];
    const known = new Set(departments.map((d) => d.id));
    nodes = [
      ...departments.map((d) => ({
        key: d.id,
        parentKey: d.parentId,
        count: counts.get(d.id) ?? 0,
      })),
      // Without a department, or in one deleted meanwhile: groups of their own at the top.
      ...[...counts]
        .filter(([key]) => !known.has(key))
        .map(([key, count]) => ({ key, parentKey: null, count })),
    ];
  } else
    nodes = [...counts].map(([key, count]) => ({
      key,
      parentKey: null,
      count,
    }));
  const units = audienceUnits(nodes, effectiveThreshold(survey.threshold));
  if (units.length === 0) return units;
  // Ignoring a conflict: two first readings of a survey from before units were stored form the same units.
  await scope.manager
    .createQueryBuilder()
    .insert()
    .into(SurveyReportingUnit)
    .values(
      units.map((unit, position) => ({
        organisationId: org,
        surveyId: survey.id,
        key: unit.key,
        groupKeys: unit.groupKeys,
        invited: unit.count,
        position,
      })),
    )
    .orIgnore()
    .execute();
  await scope.manager.query(
    `UPDATE survey_invitation i SET unit_key = u.key
     FROM survey_reporting_unit u
     WHERE i.organisation_id = $1 AND i.survey_id = $2 AND u.organisation_id = $1 AND u.survey_id = $2
       AND ${GROUP_KEY_SQL[survey.reportBy]} = ANY (u.group_keys)`,
    [org, survey.id],
  );
  return units;
}

/**
 * A survey's reporting units, largest first. A survey published before
 * units were stored gets them now, from its invitations, the same way.
 */
export async function reportingUnitsOf(
  scope: TenantScope,
  survey: Survey,
): Promise<ReportingUnit[]> {
  const stored = await scope.repo(SurveyReportingUnit).find({
    where: { surveyId: survey.id },
    order: { position: 'ASC' },
  });
  if (stored.length > 0 || survey.status === 'DRAFT')
    return stored.map((unit) => ({
      key: unit.key,
      groupKeys: unit.groupKeys,
      count: unit.invited,
    }));
  return formReportingUnits(scope, survey);
}
