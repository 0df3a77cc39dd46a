import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  Router,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { DirectoryApi } from '../data-access/directory-api';
import { EmployeeFormPageComponent } from './employee-form-page';

describe('EmployeeFormPageComponent (new)', () => {
  const api = {
    departments: jest.fn(() =>
      of([{ id: 'z', name: 'Zorg', parentId: null, activeEmployeeCount: 0 }]),
    ),
    createEmployee: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DirectoryApi, useValue: api },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({}) } },
        },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(EmployeeFormPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(
        `#${id}`,
      );
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(
        new Event(input instanceof HTMLSelectElement ? 'change' : 'input'),
      );
    };
    const submit = async () => {
      el.querySelector('form.employee-form')?.dispatchEvent(
        new Event('submit'),
      );
      await fixture.whenStable();
    };
    return { fixture, el, type, submit };
  }

  it('shows a message per field and does not send an invalid form', async () => {
    const { el, type, submit } = await setup();
    type('email', 'niet-een-adres');
    type('employmentStart', '2026-02-31');
    await submit();

    expect(api.createEmployee).not.toHaveBeenCalled();
    expect(el.querySelector('#employeeNumber-error')?.textContent).toContain(
      'Dit veld is verplicht.',
    );
    expect(el.querySelector('#email-error')?.textContent).toContain(
      'Vul een geldig e-mailadres in.',
    );
    expect(
      el.querySelector('#employeeNumber')?.getAttribute('aria-invalid'),
    ).toBe('true');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Controleer de gemarkeerde velden.',
    );
  });

  it('puts a "taken" conflict from the server under the right field', async () => {
    api.createEmployee.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'Dit e-mailadres is al in gebruik.',
            'EMAIL_TAKEN',
          ),
      ),
    );
    const { el, type, submit } = await setup();
    type('employeeNumber', '2001');
    type('firstName', 'Jan');
    type('lastName', 'Jansen');
    type('email', 'jan@demo.nl');
    type('departmentId', 'z');
    type('contractType', 'TIJDELIJK');
    await submit();

    expect(api.createEmployee).toHaveBeenCalledWith({
      employeeNumber: '2001',
      firstName: 'Jan',
      lastName: 'Jansen',
      email: 'jan@demo.nl',
      departmentId: 'z',
      location: null,
      jobTitle: null,
      contractType: 'TIJDELIJK',
      employmentStart: null,
    });
    expect(el.querySelector('#email-error')?.textContent).toContain(
      'Dit e-mailadres is al in gebruik.',
    );
  });

  it('opens the new employee after creating it', async () => {
    api.createEmployee.mockReturnValue(
      of({ id: 'new-id', fullName: 'Jan Jansen' }),
    );
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    const { type, submit } = await setup();
    type('employeeNumber', '2001');
    type('firstName', 'Jan');
    type('lastName', 'Jansen');
    type('email', 'jan@demo.nl');
    await submit();
    expect(navigate).toHaveBeenCalledWith(['..', 'new-id'], expect.anything());
  });
});
