import { EntityManager } from 'typeorm';
import {
  audienceUnits,
  effectiveThreshold,
  GroupNode,
  OTHERS_UNIT,
  ReportingUnit,
} from '@inspraak/domain';
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
 * Forms a survey's reporting units from its invitations (in the caller's
 * transaction: publishing, or the first use of a survey published before
 * units were stored) and writes each invitation's unit key: units of at
 * least the threshold of the audience, departments rolled up their tree.
 * Without any (an audience under the threshold) everyone is in "others".
 * Done once; nothing about who answers ever changes them.
 */
export async function formReportingUnits(
  manager: EntityManager,
  org: string,
  survey: Survey,
): Promise<ReportingUnit[]> {
  const invited = (await manager.query(
    `SELECT ${GROUP_KEY_SQL[survey.reportBy]} AS key, count(*)::int AS count
     FROM survey_invitation i WHERE i.organisation_id = $1 AND i.survey_id = $2 GROUP BY 1`,
    [org, survey.id],
  )) as { key: string; count: number }[];
  const counts = new Map(invited.map((row) => [row.key, row.count]));
  let nodes: GroupNode[];
  if (survey.reportBy === ReportingDimension.DEPARTMENT) {
    const departments = (await manager.query(
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
  // A group key may not be the others' key: such a location joins the others.
  const units = audienceUnits(
    nodes.filter((node) => node.key !== OTHERS_UNIT),
    effectiveThreshold(survey.threshold),
  );
  if (units.length === 0) {
    await manager.query(
      'UPDATE survey_invitation SET unit_key = $3 WHERE organisation_id = $1 AND survey_id = $2',
      [org, survey.id, OTHERS_UNIT],
    );
    await manager.query(
      'UPDATE survey_response SET unit_key = $3 WHERE organisation_id = $1 AND survey_id = $2 AND unit_key IS NOT NULL',
      [org, survey.id, OTHERS_UNIT],
    );
    return units;
  }
  // Ignoring a conflict: two first readings of a survey from before units were stored form the same units.
  await manager
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
  await manager.query(
    `UPDATE survey_invitation i SET unit_key = coalesce(
       (SELECT u.key FROM survey_reporting_unit u WHERE u.organisation_id = $1 AND u.survey_id = $2 AND ${GROUP_KEY_SQL[survey.reportBy]} = ANY (u.group_keys) LIMIT 1), $3)
     WHERE i.organisation_id = $1 AND i.survey_id = $2`,
    [org, survey.id, OTHERS_UNIT],
  );
  // Responses stored before units were (their department): into their unit.
  await manager.query(
    `UPDATE survey_response r SET unit_key = coalesce(
       (SELECT u.key FROM survey_reporting_unit u WHERE u.organisation_id = $1 AND u.survey_id = $2 AND r.unit_key = ANY (u.group_keys) LIMIT 1), $3)
     WHERE r.organisation_id = $1 AND r.survey_id = $2 AND r.unit_key IS NOT NULL`,
    [org, survey.id, OTHERS_UNIT],
  );
  return units;
}

/**
 * A survey's reporting units, largest first. A survey published before
 * units were stored gets them now, from its invitations, the same way.
 */
export async function reportingUnitsOf(
  manager: EntityManager,
  org: string,
  survey: Survey,
): Promise<ReportingUnit[]> {
  const stored = await storedUnits(manager, org, survey.id);
  if (
    stored.length > 0 ||
    survey.status === 'DRAFT' ||
    (await hasUnitKeys(manager, org, survey.id))
  )
    return stored;
  // Formed in one transaction, under a lock on the survey: two first readings form them once.
  return manager.transaction(async (transaction) => {
    await transaction.query(
      'SELECT 1 FROM survey WHERE id = $1 AND organisation_id = $2 FOR UPDATE',
      [survey.id, org],
    );
    const again = await storedUnits(transaction, org, survey.id);
    if (again.length > 0 || (await hasUnitKeys(transaction, org, survey.id)))
      return again;
    return formReportingUnits(transaction, org, survey);
  });
}

async function storedUnits(
  manager: EntityManager,
  org: string,
  surveyId: string,
): Promise<ReportingUnit[]> {
  const stored = await manager.find(SurveyReportingUnit, {
    where: { organisationId: org, surveyId },
    order: { position: 'ASC' },
  });
  return stored.map((unit) => ({
    key: unit.key,
    groupKeys: unit.groupKeys,
    count: unit.invited,
  }));
}

/** Whether units were formed (an audience under the threshold has none, and its invitations the others' key). */
async function hasUnitKeys(
  manager: EntityManager,
  org: string,
  surveyId: string,
): Promise<boolean> {
  const [row] = (await manager.query(
    'SELECT EXISTS (SELECT 1 FROM survey_invitation WHERE organisation_id = $1 AND survey_id = $2 AND unit_key IS NOT NULL) AS formed',
    [org, surveyId],
  )) as { formed: boolean }[];
  return row?.formed ?? false;
}
