import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { DirectoryApi, type Employee } from '../data-access/directory-api';
import {
  EmployeeListPageComponent,
  SEARCH_DEBOUNCE_MS,
} from './employee-list-page';

const employee: Employee = {
  id: 'e1',
  employeeNumber: '1001',
  firstName: 'Fatima',
  lastName: 'el Amrani',
  fullName: 'Fatima el Amrani',
  email: 'fatima@demo.nl',
  departmentId: 'v',
  department: { id: 'v', name: 'Verpleging' },
  location: 'Utrecht',
  jobTitle: 'Verpleegkundige',
  contractType: 'VAST',
  employmentStart: '2020-01-01',
  status: 'ACTIVE',
  leftOn: null,
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('EmployeeListPageComponent', () => {
  const api = {
    departments: jest.fn(() =>
      of([
        { id: 'z', name: 'Zorg', parentId: null, activeEmployeeCount: 1 },
        { id: 'v', name: 'Verpleging', parentId: 'z', activeEmployeeCount: 1 },
      ]),
    ),
    employees: jest.fn(() =>
      of({ items: [employee], total: 60, offset: 0, limit: 25 }),
    ),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: DirectoryApi, useValue: api }],
    });
  });

  it('says "1 medewerker" (singular) for one result, in Dutch and English', async () => {
    api.employees.mockReturnValueOnce(
      of({ items: [employee], total: 1, offset: 0, limit: 25 }),
    );
    const fixture = TestBed.createComponent(EmployeeListPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const status = () =>
      el.querySelector('.result-count')?.textContent?.trim() ?? '';
    expect(status()).toBe('1 medewerker gevonden');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(status()).toBe('1 employee found');
  });

  it('lists employees with department path, total and paging, and searches after a pause', async () => {
    const fixture = TestBed.createComponent(EmployeeListPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(api.employees).toHaveBeenLastCalledWith(
      {
        search: null,
        departmentId: null,
        includeSubDepartments: true,
        status: 'ACTIVE',
      },
      { offset: 0, limit: 25 },
    );
    expect(el.querySelector('tbody th')?.textContent).toContain(
      'Fatima el Amrani',
    );
    expect(el.querySelector('tbody')?.textContent).toContain(
      'Zorg / Verpleging',
    );
    expect(el.querySelector('tbody')?.textContent).toContain('Vast');
    expect(el.textContent).toContain('60 medewerkers gevonden');
    expect(el.querySelector('isp-pager')?.textContent).toContain('1–1 van 60');

    const search = el.querySelector<HTMLInputElement>('#employee-search');
    if (!search) throw new Error('no search box');
    search.value = 'fat';
    search.dispatchEvent(new Event('input'));
    search.value = 'fatima';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) =>
      setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50),
    );
    await fixture.whenStable();

    const searches = api.employees.mock.calls.map(
      (call) => (call as unknown[])[0] as { search: string | null },
    );
    expect(searches.map((f) => f.search)).toEqual([null, 'fatima']);
  });
});
