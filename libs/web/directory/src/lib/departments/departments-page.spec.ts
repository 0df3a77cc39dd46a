import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { DirectoryApi } from '../data-access/directory-api';
import { DepartmentsPageComponent } from './departments-page';

describe('DepartmentsPageComponent', () => {
  const api = {
    departments: jest.fn(() =>
      of([
        { id: 'z', name: 'Zorg', parentId: null, activeEmployeeCount: 12 },
        { id: 'v', name: 'Verpleging', parentId: 'z', activeEmployeeCount: 8 },
      ]),
    ),
    createDepartment: jest.fn(() =>
      of({
        id: 'n',
        name: 'Nachtdienst',
        parentId: 'v',
        activeEmployeeCount: 0,
      }),
    ),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: DirectoryApi, useValue: api }],
    });
  });

  it('shows the tree with counts and creates a sub-department under the chosen parent', async () => {
    const fixture = TestBed.createComponent(DepartmentsPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const zorg = el.querySelector('[role="treeitem"][data-node-id="z"]');
    expect(zorg?.textContent).toContain('12 actief');
    expect(
      el.querySelector('[data-node-id="v"]')?.getAttribute('aria-level'),
    ).toBe('2');

    const name = el.querySelector<HTMLInputElement>('#create-name');
    const parent = el.querySelector<HTMLSelectElement>('#create-parent');
    if (!name || !parent) throw new Error('create form missing');
    name.value = 'Nachtdienst';
    name.dispatchEvent(new Event('input'));
    parent.value = 'v';
    parent.dispatchEvent(new Event('change'));
    name.form?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(api.createDepartment).toHaveBeenCalledWith({
      name: 'Nachtdienst',
      parentId: 'v',
    });
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Afdeling "Nachtdienst" is toegevoegd.',
    );
    expect(
      el.querySelector('[data-node-id="n"]')?.getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('says "1 medewerker" for one employee and "12 medewerkers" for more', async () => {
    api.departments.mockReturnValueOnce(
      of([
        { id: 'z', name: 'Zorg', parentId: null, activeEmployeeCount: 12 },
        {
          id: 'e',
          name: 'Eenmanszaak',
          parentId: null,
          activeEmployeeCount: 1,
        },
      ]),
    );
    const fixture = TestBed.createComponent(DepartmentsPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLElement>('[data-node-id="e"]')?.click();
    await fixture.whenStable();
    expect(el.querySelector('.selected-name')?.textContent).toContain(
      '1 medewerker in dienst',
    );
    el.querySelector<HTMLElement>('[data-node-id="z"]')?.click();
    await fixture.whenStable();
    expect(el.querySelector('.selected-name')?.textContent).toContain(
      '12 medewerkers in dienst',
    );
  });

  it('says a name is required', async () => {
    const fixture = TestBed.createComponent(DepartmentsPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLInputElement>('#create-name')?.form?.dispatchEvent(
      new Event('submit'),
    );
    await fixture.whenStable();
    expect(el.querySelector('#create-name-error')?.textContent).toContain(
      'Vul een naam in.',
    );
    expect(api.createDepartment).not.toHaveBeenCalled();
  });
});
