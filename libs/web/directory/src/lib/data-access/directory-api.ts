import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  CreateDepartmentDocument,
  CreateEmployeeDocument,
  DeleteDepartmentDocument,
  DeleteEmployeeDocument,
  DepartmentsDocument,
  EmployeeDocument,
  EmployeeImportDocument,
  EmployeeImportsDocument,
  EmployeesDocument,
  MarkEmployeeLeftDocument,
  StartEmployeeImportDocument,
  UpdateDepartmentDocument,
  UpdateEmployeeDocument,
  type DepartmentFieldsFragment,
  type DepartmentInput,
  type EmployeeFieldsFragment,
  type EmployeeFilter,
  type EmployeeImportQuery,
  type EmployeeImportSummaryFragment,
  type EmployeeInput,
  type EmployeesQuery,
  type PageInput,
  type StartEmployeeImportInput,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type Department = DepartmentFieldsFragment;
export type Employee = EmployeeFieldsFragment;
export type EmployeePage = EmployeesQuery['employees'];
export type EmployeeImportSummary = EmployeeImportSummaryFragment;
export type EmployeeImportDetail = NonNullable<
  EmployeeImportQuery['employeeImport']
>;
export type ImportRowError = EmployeeImportDetail['errors'][number];

/** The directory's typed operations, all through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class DirectoryApi {
  private readonly graphql = inject(GraphqlClient);

  departments(): Observable<Department[]> {
    return this.graphql
      .request(DepartmentsDocument, {})
      .pipe(map((d) => d.departments));
  }

  createDepartment(input: DepartmentInput): Observable<Department> {
    return this.graphql
      .request(CreateDepartmentDocument, { input })
      .pipe(map((d) => d.createDepartment));
  }

  updateDepartment(id: string, input: DepartmentInput): Observable<Department> {
    return this.graphql
      .request(UpdateDepartmentDocument, { id, input })
      .pipe(map((d) => d.updateDepartment));
  }

  deleteDepartment(id: string): Observable<boolean> {
    return this.graphql
      .request(DeleteDepartmentDocument, { id })
      .pipe(map((d) => d.deleteDepartment));
  }

  employees(filter: EmployeeFilter, page: PageInput): Observable<EmployeePage> {
    return this.graphql
      .request(EmployeesDocument, { filter, page })
      .pipe(map((d) => d.employees));
  }

  employee(id: string): Observable<Employee | null> {
    return this.graphql
      .request(EmployeeDocument, { id })
      .pipe(map((d) => d.employee));
  }

  createEmployee(input: EmployeeInput): Observable<Employee> {
    return this.graphql
      .request(CreateEmployeeDocument, { input })
      .pipe(map((d) => d.createEmployee));
  }

  updateEmployee(id: string, input: EmployeeInput): Observable<Employee> {
    return this.graphql
      .request(UpdateEmployeeDocument, { id, input })
      .pipe(map((d) => d.updateEmployee));
  }

  markEmployeeLeft(id: string, leftOn: string | null): Observable<Employee> {
    return this.graphql
      .request(MarkEmployeeLeftDocument, { id, leftOn })
      .pipe(map((d) => d.markEmployeeLeft));
  }

  deleteEmployee(id: string): Observable<boolean> {
    return this.graphql
      .request(DeleteEmployeeDocument, { id })
      .pipe(map((d) => d.deleteEmployee));
  }

  startEmployeeImport(
    input: StartEmployeeImportInput,
  ): Observable<EmployeeImportDetail> {
    return this.graphql
      .request(StartEmployeeImportDocument, { input })
      .pipe(map((d) => d.startEmployeeImport));
  }

  employeeImport(id: string): Observable<EmployeeImportDetail | null> {
    return this.graphql
      .request(EmployeeImportDocument, { id })
      .pipe(map((d) => d.employeeImport));
  }

  employeeImports(): Observable<EmployeeImportSummary[]> {
    return this.graphql
      .request(EmployeeImportsDocument, {})
      .pipe(map((d) => d.employeeImports));
  }
}
