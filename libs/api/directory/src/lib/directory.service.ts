import { Injectable } from '@nestjs/common';
import {
  Actor,
  badInput,
  conflict,
  diffFields,
  endSessionsOfEmployees,
  linkAccountsToNewEmployees,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { Department, Employee, EmploymentStatus } from './directory.entities';
import {
  DepartmentInput,
  EmployeeFilter,
  EmployeeInput,
  PageInput,
} from './dto/directory.inputs';
import { isCalendarDate, todayInAmsterdam } from '@inspraak/domain';

const EMPLOYEE_NOT_FOUND = () => notFound({ nl: 'Medewerker', en: 'Employee' });
const DEPARTMENT_NOT_FOUND = () =>
  notFound({ nl: 'Afdeling', en: 'Department' });
const EDITABLE_FIELDS = [
  'employeeNumber',
  'firstName',
  'lastName',
  'email',
  'departmentId',
  'location',
  'jobTitle',
  'contractType',
  'employmentStart',
  'status',
  'leftOn',
] as const;

export interface EmployeeListPage {
  items: Employee[];
  total: number;
  offset: number;
  limit: number;
}

/** Departments and employees of the actor's organisation: the use cases behind the directory pages. */
@Injectable()
export class DirectoryService {
  constructor(private readonly tenantDb: TenantDb) {}

  async departments(actor: Actor): Promise<Department[]> {
    const scope = this.tenantDb.scope(actor);
    const departments = await scope
      .repo(Department)
      .find({ order: { name: 'ASC' } });
    const counts: { departmentId: string; count: string }[] = await scope
      .repo(Employee)
      .queryBuilder('e')
      .select('e.departmentId', 'departmentId')
      .addSelect('count(*)', 'count')
      .andWhere('e.status = :active', { active: EmploymentStatus.ACTIVE })
      .groupBy('e.departmentId')
      .getRawMany();
    const byDepartment = new Map(
      counts.map((c) => [c.departmentId, Number(c.count)]),
    );
    for (const department of departments)
      department.activeEmployeeCount = byDepartment.get(department.id) ?? 0;
    return departments;
  }

  async createDepartment(
    actor: Actor,
    input: DepartmentInput,
  ): Promise<Department> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const name = input.name.trim();
      await this.assertParentUsable(scope, input.parentId ?? null, null);
      await this.assertNameFree(scope, name, input.parentId ?? null, null);
      const repo = scope.repo(Department);
      const department = await repo.save(
        repo.create({ name, parentId: input.parentId ?? null }),
      );
      await recordAudit(scope, {
        action: 'department.created',
        entityType: 'Department',
        entityId: department.id,
        changes: { name, parentId: department.parentId },
      });
      return department;
    });
  }

  async updateDepartment(
    actor: Actor,
    id: string,
    input: DepartmentInput,
  ): Promise<Department> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Department);
      const department = await repo.findOneOrFail({ id }, DEPARTMENT_NOT_FOUND);
      const before = { ...department };
      const parentId = input.parentId ?? null;
      await this.assertParentUsable(scope, parentId, id);
      await this.assertNameFree(scope, input.name.trim(), parentId, id);
      department.name = input.name.trim();
      department.parentId = parentId;
      const saved = await repo.save(department);
      await recordAudit(scope, {
        action: 'department.updated',
        entityType: 'Department',
        entityId: id,
        changes: diffFields(before, saved, ['name', 'parentId']),
      });
      return saved;
    });
  }

  async deleteDepartment(actor: Actor, id: string): Promise<boolean> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Department);
      const department = await repo.findOneOrFail({ id }, DEPARTMENT_NOT_FOUND);
      if ((await repo.count({ parentId: id })) > 0) {
        throw conflict('DEPARTMENT_HAS_CHILDREN', {
          nl: 'Deze afdeling heeft nog subafdelingen.',
          en: 'This department still has sub-departments.',
        });
      }
      if ((await scope.repo(Employee).count({ departmentId: id })) > 0) {
        throw conflict('DEPARTMENT_HAS_EMPLOYEES', {
          nl: 'Aan deze afdeling zijn nog medewerkers gekoppeld.',
          en: 'Employees are still linked to this department.',
        });
      }
      await repo.remove(department);
      await recordAudit(scope, {
        action: 'department.deleted',
        entityType: 'Department',
        entityId: id,
        changes: { name: department.name },
      });
      return true;
    });
  }

  async employees(
    actor: Actor,
    filter: EmployeeFilter = new EmployeeFilter(),
    page: PageInput = new PageInput(),
  ): Promise<EmployeeListPage> {
    const query = this.tenantDb
      .scope(actor)
      .repo(Employee)
      .queryBuilder('e')
      .leftJoinAndSelect('e.department', 'd');
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        "(e.firstName || ' ' || e.lastName ILIKE :pattern OR e.lastName ILIKE :pattern OR e.email ILIKE :pattern OR e.employeeNumber ILIKE :pattern OR e.jobTitle ILIKE :pattern OR e.location ILIKE :pattern)",
        { pattern },
      );
    }
    if (filter.status)
      query.andWhere('e.status = :status', { status: filter.status });
    if (filter.departmentId) {
      if (filter.includeSubDepartments) {
        query.andWhere(
          `e.departmentId IN (
             WITH RECURSIVE tree AS (
               SELECT id FROM department WHERE id = :departmentId AND organisation_id = :tenantOrganisationId
               UNION ALL
               SELECT child.id FROM department child JOIN tree ON child.parent_id = tree.id
             ) SELECT id FROM tree)`,
          { departmentId: filter.departmentId },
        );
      } else {
        query.andWhere('e.departmentId = :departmentId', {
          departmentId: filter.departmentId,
        });
      }
    }
    const [items, total] = await query
      .orderBy('e.lastName', 'ASC')
      .addOrderBy('e.firstName', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, total, offset: page.offset, limit: page.limit };
  }

  employee(actor: Actor, id: string): Promise<Employee | null> {
    return this.tenantDb
      .scope(actor)
      .repo(Employee)
      .queryBuilder('e')
      .leftJoinAndSelect('e.department', 'd')
      .andWhere('e.id = :id', { id })
      .getOne();
  }

  async createEmployee(actor: Actor, input: EmployeeInput): Promise<Employee> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const values = await this.checkedEmployeeValues(scope, input, null);
      const repo = scope.repo(Employee);
      const employee = await repo.save(
        repo.create({
          ...values,
          status: EmploymentStatus.ACTIVE,
          leftOn: null,
        }),
      );
      await linkAccountsToNewEmployees(scope.manager, scope.organisationId, [
        employee.id,
      ]);
      await recordAudit(scope, {
        action: 'employee.created',
        entityType: 'Employee',
        entityId: employee.id,
        changes: diffFields({} as Employee, employee, EDITABLE_FIELDS),
      });
      return this.reload(scope, employee.id);
    });
  }

  async updateEmployee(
    actor: Actor,
    id: string,
    input: EmployeeInput,
  ): Promise<Employee> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Employee);
      const employee = await repo.findOneOrFail({ id }, EMPLOYEE_NOT_FOUND);
      const before = { ...employee } as Employee;
      Object.assign(
        employee,
        await this.checkedEmployeeValues(scope, input, id),
      );
      const saved = await repo.save(employee);
      await recordAudit(scope, {
        action: 'employee.updated',
        entityType: 'Employee',
        entityId: id,
        changes: diffFields(before, saved, EDITABLE_FIELDS),
      });
      return this.reload(scope, id);
    });
  }

  async markEmployeeLeft(
    actor: Actor,
    id: string,
    leftOn: string | null,
  ): Promise<Employee> {
    if (leftOn !== null && !isCalendarDate(leftOn)) {
      throw badInput(
        'INVALID_INPUT',
        {
          nl: 'Geen geldige datum (JJJJ-MM-DD).',
          en: 'Not a valid date (YYYY-MM-DD).',
        },
        [
          {
            field: 'leftOn',
            message: {
              nl: 'Geen geldige datum (JJJJ-MM-DD).',
              en: 'Not a valid date (YYYY-MM-DD).',
            },
          },
        ],
      );
    }
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Employee);
      const employee = await repo.findOneOrFail({ id }, EMPLOYEE_NOT_FOUND);
      const before = { ...employee } as Employee;
      // The organisation must keep someone who can run it: its last usable advisor cannot leave here.
      const [{ lastAdvisor }]: { lastAdvisor: boolean }[] =
        await scope.manager.query(
          `SELECT EXISTS (
             SELECT 1 FROM membership m WHERE m.organisation_id = $1 AND m.employee_id = $2
               AND 'ADVISEUR' = ANY(m.roles) AND m.activated_at IS NOT NULL AND m.blocked_at IS NULL)
           AND NOT EXISTS (
             SELECT 1 FROM membership m LEFT JOIN employee e ON e.id = m.employee_id
              WHERE m.organisation_id = $1 AND m.employee_id IS DISTINCT FROM $2
                AND (e.id IS NULL OR e.status = 'ACTIVE')
                AND 'ADVISEUR' = ANY(m.roles) AND m.activated_at IS NOT NULL AND m.blocked_at IS NULL)
           AS "lastAdvisor"`,
          [scope.organisationId, id],
        );
      if (lastAdvisor)
        throw conflict('LAST_ADVISOR', {
          nl: 'Dit is de laatste adviseur van de organisatie. Geef eerst iemand anders de rol adviseur.',
          en: 'This is the last advisor of the organisation. Give someone else the advisor role first.',
        });
      employee.status = EmploymentStatus.LEFT;
      employee.leftOn = leftOn ?? todayInAmsterdam();
      const saved = await repo.save(employee);
      await endSessionsOfEmployees(scope.manager, scope.organisationId, [id]);
      await recordAudit(scope, {
        action: 'employee.left',
        entityType: 'Employee',
        entityId: id,
        changes: diffFields(before, saved, ['status', 'leftOn']),
      });
      return this.reload(scope, id);
    });
  }

  async deleteEmployee(actor: Actor, id: string): Promise<boolean> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Employee);
      const employee = await repo.findOneOrFail({ id }, EMPLOYEE_NOT_FOUND);
      const [{ linked }]: { linked: boolean }[] = await scope.manager.query(
        `SELECT EXISTS (SELECT 1 FROM membership WHERE organisation_id = $1 AND employee_id = $2) AS linked`,
        [scope.organisationId, id],
      );
      if (linked)
        // The account's history hangs on the entry: mark the person as left, or erase them on request.
        throw conflict('EMPLOYEE_HAS_ACCOUNT', {
          nl: 'Deze medewerker heeft een account. Zet de medewerker op uit dienst, of wis de gegevens via een verzoek tot verwijdering.',
          en: 'This employee has an account. Mark them as left, or erase their data through an erasure request.',
        });
      await repo.remove(employee);
      // The trail keeps that someone was removed, not who: the person's data is gone.
      await recordAudit(scope, {
        action: 'employee.deleted',
        entityType: 'Employee',
        entityId: id,
        changes: { employeeNumber: employee.employeeNumber },
      });
      return true;
    });
  }

  private async reload(scope: TenantScope, id: string): Promise<Employee> {
    const employee = await scope
      .repo(Employee)
      .queryBuilder('e')
      .leftJoinAndSelect('e.department', 'd')
      .andWhere('e.id = :id', { id })
      .getOne();
    if (!employee) throw EMPLOYEE_NOT_FOUND();
    return employee;
  }

  private async checkedEmployeeValues(
    scope: TenantScope,
    input: EmployeeInput,
    selfId: string | null,
  ) {
    const repo = scope.repo(Employee);
    const email = input.email.trim().toLowerCase();
    const employeeNumber = input.employeeNumber.trim();
    const sameNumber = await repo.findOne({ employeeNumber });
    if (sameNumber && sameNumber.id !== selfId) {
      throw conflict('EMPLOYEE_NUMBER_TAKEN', {
        nl: `Personeelsnummer ${employeeNumber} is al in gebruik.`,
        en: `Employee number ${employeeNumber} is already in use.`,
      });
    }
    const sameEmail = await repo.findOne({ email });
    if (sameEmail && sameEmail.id !== selfId) {
      throw conflict('EMAIL_TAKEN', {
        nl: `E-mailadres ${email} is al in gebruik.`,
        en: `Email address ${email} is already in use.`,
      });
    }
    if (input.departmentId)
      await scope
        .repo(Department)
        .findOneOrFail({ id: input.departmentId }, DEPARTMENT_NOT_FOUND);
    return {
      employeeNumber,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email,
      departmentId: input.departmentId ?? null,
      location: input.location?.trim() || null,
      jobTitle: input.jobTitle?.trim() || null,
      contractType: input.contractType ?? null,
      employmentStart: input.employmentStart ?? null,
    };
  }

  private async assertParentUsable(
    scope: TenantScope,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!parentId) return;
    const repo = scope.repo(Department);
    await repo.findOneOrFail({ id: parentId }, DEPARTMENT_NOT_FOUND);
    // Walk up from the new parent: meeting ourselves would make the tree a loop.
    let cursor: string | null = parentId;
    while (cursor && selfId) {
      if (cursor === selfId) {
        throw badInput('DEPARTMENT_CYCLE', {
          nl: 'Een afdeling kan niet onder zichzelf vallen.',
          en: 'A department cannot sit under itself.',
        });
      }
      const current: Department | null = await repo.findOne({ id: cursor });
      cursor = current?.parentId ?? null;
    }
  }

  private async assertNameFree(
    scope: TenantScope,
    name: string,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    const siblings = await scope
      .repo(Department)
      .queryBuilder('d')
      .andWhere(parentId ? 'd.parentId = :parentId' : 'd.parentId IS NULL', {
        parentId,
      })
      .andWhere('lower(d.name) = lower(:name)', { name })
      .getMany();
    if (siblings.some((s) => s.id !== selfId)) {
      throw conflict('DEPARTMENT_NAME_TAKEN', {
        nl: `Er is al een afdeling "${name}" op deze plek.`,
        en: `There already is a department "${name}" here.`,
      });
    }
  }
}
