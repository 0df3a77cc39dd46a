import type { Route } from '@angular/router';
import type { TranslationKey } from '@inspraak/web-core';
import { DirectoryShellComponent } from './shell/directory-shell';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

export const directoryRoutes: Route[] = [
  {
    path: '',
    component: DirectoryShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'employees' },
      {
        path: 'employees',
        children: [
          {
            path: '',
            title: title('titles.employees'),
            loadComponent: () =>
              import('./employees/employee-list-page').then(
                (m) => m.EmployeeListPageComponent,
              ),
          },
          {
            path: 'new',
            title: title('titles.newEmployee'),
            loadComponent: () =>
              import('./employees/employee-form-page').then(
                (m) => m.EmployeeFormPageComponent,
              ),
          },
          {
            path: ':id',
            title: title('titles.editEmployee'),
            loadComponent: () =>
              import('./employees/employee-form-page').then(
                (m) => m.EmployeeFormPageComponent,
              ),
          },
        ],
      },
      {
        path: 'departments',
        title: title('titles.departments'),
        loadComponent: () =>
          import('./departments/departments-page').then(
            (m) => m.DepartmentsPageComponent,
          ),
      },
      {
        path: 'import',
        title: title('titles.import'),
        loadComponent: () =>
          import('./import/import-page').then((m) => m.ImportPageComponent),
      },
    ],
  },
];
