import {
  Args,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  CurrentActor,
  IdArg,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { Department, Employee, EmployeeImport } from './directory.entities';
import { DirectoryService } from './directory.service';
import {
  DepartmentInput,
  EmployeeFilter,
  EmployeeInput,
  PageInput,
  StartEmployeeImportInput,
} from './dto/directory.inputs';
import { EmployeeImportService } from './import/employee-import.service';

@ObjectType()
export class EmployeePage {
  @Field(() => [Employee]) items!: Employee[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

/** The employee directory: kept by the participation advisor and HR. */
@Resolver()
@RequireRoles(Role.ADVISEUR, Role.HR)
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly imports: EmployeeImportService,
  ) {}

  @Query(() => [Department])
  departments(@CurrentActor() actor: Actor): Promise<Department[]> {
    return this.directory.departments(actor);
  }

  @Query(() => EmployeePage)
  employees(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: EmployeeFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<EmployeePage> {
    return this.directory.employees(
      actor,
      filter ?? new EmployeeFilter(),
      page ?? new PageInput(),
    );
  }

  @Query(() => Employee, { nullable: true })
  employee(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<Employee | null> {
    return this.directory.employee(actor, id);
  }

  @Mutation(() => Department)
  createDepartment(
    @CurrentActor() actor: Actor,
    @Args('input') input: DepartmentInput,
  ): Promise<Department> {
    return this.directory.createDepartment(actor, input);
  }

  @Mutation(() => Department)
  updateDepartment(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: DepartmentInput,
  ): Promise<Department> {
    return this.directory.updateDepartment(actor, id, input);
  }

  @Mutation(() => Boolean)
  deleteDepartment(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<boolean> {
    return this.directory.deleteDepartment(actor, id);
  }

  @Mutation(() => Employee)
  createEmployee(
    @CurrentActor() actor: Actor,
    @Args('input') input: EmployeeInput,
  ): Promise<Employee> {
    return this.directory.createEmployee(actor, input);
  }

  @Mutation(() => Employee)
  updateEmployee(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: EmployeeInput,
  ): Promise<Employee> {
    return this.directory.updateEmployee(actor, id, input);
  }

  @Mutation(() => Employee)
  markEmployeeLeft(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('leftOn', { type: () => String, nullable: true })
    leftOn?: string | null,
  ): Promise<Employee> {
    return this.directory.markEmployeeLeft(actor, id, leftOn ?? null);
  }

  @Mutation(() => Boolean)
  deleteEmployee(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<boolean> {
    return this.directory.deleteEmployee(actor, id);
  }

  @Mutation(() => EmployeeImport)
  @Cost(EXPENSIVE.document)
  startEmployeeImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: StartEmployeeImportInput,
  ): Promise<EmployeeImport> {
    return this.imports.start(actor, input);
  }

  @Query(() => EmployeeImport, { nullable: true })
  async employeeImport(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<EmployeeImport | null> {
    return this.imports.find(actor, id);
  }

  @Query(() => [EmployeeImport])
  employeeImports(@CurrentActor() actor: Actor): Promise<EmployeeImport[]> {
    return this.imports.recent(actor);
  }
}
