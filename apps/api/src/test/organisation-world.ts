import { ALL_ROLES } from '@inspraak/domain';
import {
  addMember,
  createOrganisation,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import { createSurvey } from './survey-fixtures';
import {
  completeRegieTeam,
  createTrajectory,
  openCall,
  scheduleMeeting,
} from './trajectory-fixtures';
import { registerProcedure } from './procedure-fixtures';
import { addSkill } from './participant-fixtures';

/**
 * An organisation with one row of each kind that operations point at, and a
 * member who holds every role: the generated walks (hostile input, foreign
 * references) give each ID argument a real row of the kind its name says.
 */
export interface OrganisationWorld {
  organisation: TestOrganisation;
  /** Holds every role, so every operation reaches its resolver. */
  email: string;
  userId: string;
  caller: GraphqlCaller;
  /** Row ids by kind: department, employee, trajectory, survey, … */
  ids: Record<string, string>;
  /** Addresses that belong to this organisation (its accounts and an employee). */
  emails: string[];
}

export async function organisationWorld(
  testApp: TestApp,
  label: string,
): Promise<OrganisationWorld> {
  const organisation = await createOrganisation(testApp.dataSource, label);
  const member = await addMember(testApp, organisation, 'Alle rollen', [
    ...ALL_ROLES,
  ]);
  const caller = member.caller;
  const department = await createDepartment(caller, 'Logistiek');
  const employee = await createEmployee(caller, { departmentId: department });
  const trajectory = await createTrajectory(caller);
  await completeRegieTeam(caller, trajectory.id, organisation);
  const survey = await createSurvey(caller);
  const procedure = await registerProcedure(caller);
  const meeting = await scheduleMeeting(caller, {
    trajectoryId: trajectory.id,
  });
  if (!meeting.data) throw new Error(JSON.stringify(meeting.errors));
  const skill = await addSkill(caller, `Vaardigheid ${label}`);
  const workgroup = await openCall(caller, trajectory.id);
  // An employee's membership, not the all-roles member's: walks may block or change it.
  const [membership] = (await testApp.dataSource.query(
    `SELECT m.id FROM membership m JOIN user_account u ON u.id = m.user_id
      WHERE m.organisation_id = $1 AND u.email = $2`,
    [organisation.id, organisation.emails.MEDEWERKER],
  )) as { id: string }[];
  return {
    organisation,
    email: member.email,
    userId: member.userId,
    caller,
    ids: {
      department,
      employee: employee.id,
      trajectory: trajectory.id,
      survey: survey.id,
      procedure: procedure.id,
      meeting: meeting.data.scheduleMeeting.id,
      skill,
      workgroup,
      user: member.userId,
      membership: membership!.id,
      organisation: organisation.id,
    },
    emails: [
      member.email,
      employee.email,
      ...Object.values(organisation.emails),
    ],
  };
}

/** Words in argument names that mean another kind of row than their own. */
const KIND_ALIASES: Record<string, string> = {
  parent: 'department',
  copyof: 'survey',
  into: 'skill',
  duplicate: 'skill',
  lead: 'user',
  participant: 'user',
};

/**
 * The kind of row an ID argument points at, from its name (`departmentIds`
 * → department) or, for a bare `id`, from the operation's name
 * (`updateSurvey` → survey). Undefined when the name says nothing known.
 */
export function kindOfId(
  argumentName: string,
  operationName: string,
  kinds: string[],
): string | undefined {
  const name = argumentName.toLowerCase().replace(/ids?$/, '');
  if (kinds.includes(name)) return name;
  if (KIND_ALIASES[name]) return KIND_ALIASES[name];
  if (name === '') {
    const operation = operationName.toLowerCase();
    // The longest kind named in the operation: "procedure" before "procedureletter" never clashes.
    return kinds
      .filter((kind) => operation.includes(kind))
      .sort((a, b) => b.length - a.length)[0];
  }
  return undefined;
}
