import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ContractType, EmployeeInput } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  isApiError,
  type ApiError,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  buildTree,
  describedBy,
  flattenTree,
} from '@inspraak/web-ui';
import type { Observable } from 'rxjs';
import {
  DirectoryApi,
  type Department,
  type Employee,
} from '../data-access/directory-api';
import { FlashMessage } from '../shell/flash-message';

export const CONTRACT_TYPES: readonly ContractType[] = [
  'VAST',
  'TIJDELIJK',
  'OPROEP',
  'INHUUR',
  'STAGE',
];

const MAX = { employeeNumber: 50, name: 100, email: 254, text: 100 } as const;

/** Plain e-mail check (Angular's `email` validator accepts "a@b" without a dot). */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isoDate(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))
    : null;
  return date && date.toISOString().startsWith(value) ? null : { date: true };
}

function text(max: number, required = false): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(max)]
      : [Validators.maxLength(max)],
  });
}

type FieldName =
  | 'employeeNumber'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'departmentId'
  | 'location'
  | 'jobTitle'
  | 'contractType'
  | 'employmentStart';

/** Server reasons that belong to one field. */
const REASON_FIELD: Record<string, FieldName> = {
  EMAIL_TAKEN: 'email',
  EMPLOYEE_NUMBER_TAKEN: 'employeeNumber',
};

@Component({
  selector: 'isp-employee-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-form-page.html',
  styleUrl: './employee-form-page.scss',
})
export class EmployeeFormPageComponent {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly flash = inject(FlashMessage);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly describedBy = describedBy;
  protected readonly contractTypes = CONTRACT_TYPES;
  protected readonly employeeId = this.route.snapshot.paramMap.get('id');
  protected readonly isNew = this.employeeId === null;

  protected readonly employee = signal<Employee | null>(null);
  protected readonly departments = signal<Department[]>([]);
  protected readonly loading = signal(!this.isNew);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);
  /** E.g. "added" after creating, shown on the page we land on. */
  protected readonly success = signal<string | null>(this.flash.take());
  protected readonly confirmDelete = signal(false);

  protected readonly departmentOptions = computed(() =>
    flattenTree(
      buildTree(this.departments(), (d) => d.name, this.i18n.locale()),
    ),
  );

  protected readonly form = new FormGroup({
    employeeNumber: text(MAX.employeeNumber, true),
    firstName: text(MAX.name, true),
    lastName: text(MAX.name, true),
    email: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(MAX.email),
        Validators.pattern(EMAIL_PATTERN),
      ],
    }),
    departmentId: new FormControl('', { nonNullable: true }),
    location: text(MAX.text),
    jobTitle: text(MAX.text),
    contractType: new FormControl<ContractType | ''>('', { nonNullable: true }),
    employmentStart: new FormControl('', {
      nonNullable: true,
      validators: [isoDate],
    }),
  });

  protected readonly leftOnControl = new FormControl(
    new Date().toISOString().slice(0, 10),
    {
      nonNullable: true,
      validators: [isoDate],
    },
  );

  constructor() {
    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.departments.set(list),
        error: () => this.departments.set([]),
      });

    if (this.employeeId) {
      this.api
        .employee(this.employeeId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (employee) => {
            this.loading.set(false);
            if (!employee) {
              this.notFound.set(true);
              return;
            }
            this.fill(employee);
          },
          error: (e: unknown) => {
            this.loading.set(false);
            if (isApiError(e) && e.code === 'NOT_FOUND')
              this.notFound.set(true);
            else this.error.set(this.i18n.errorMessage(e));
          },
        });
    }
  }

  /** The message under a field: client validation first, then what the server said. */
  protected fieldError(name: FieldName): string | null {
    const control = this.form.controls[name];
    const errors = control.errors;
    if (!errors || !showsErrors(control, this.submitted())) return null;
    if (errors['required'])
      return this.i18n.translate('directory.form.required');
    if (errors['pattern'])
      return this.i18n.translate('directory.form.invalidEmail');
    if (errors['maxlength']) {
      const max = (errors['maxlength'] as { requiredLength: number })
        .requiredLength;
      return this.i18n.translate('directory.form.tooLong', { max });
    }
    if (errors['date'])
      return this.i18n.translate('directory.form.invalidDate');
    if (errors['server']) return String(errors['server']);
    return null;
  }

  protected contractKey(type: ContractType): TranslationKey {
    return `contractTypes.${type}`;
  }

  protected optionLabel(depth: number, label: string): string {
    return `${'\u00a0\u00a0'.repeat(depth)}${label}`;
  }

  protected save(): void {
    this.submitted.set(true);
    this.success.set(null);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.translate('directory.form.fixErrors'));
      this.focusFirstInvalid();
      return;
    }
    if (this.busy()) return;
    const input = this.toInput();
    const request = this.employeeId
      ? this.api.updateEmployee(this.employeeId, input)
      : this.api.createEmployee(input);
    this.run(request, (saved) => {
      if (this.isNew) {
        this.flash.set(
          this.i18n.translate('directory.form.created', {
            name: saved.fullName,
          }),
        );
        void this.router.navigate(['..', saved.id], { relativeTo: this.route });
      } else {
        this.fill(saved);
        this.success.set(this.i18n.translate('directory.form.updated'));
      }
    });
  }

  protected markLeft(): void {
    if (!this.employeeId || this.leftOnControl.invalid || this.busy()) return;
    this.success.set(null);
    this.error.set(null);
    this.run(
      this.api.markEmployeeLeft(
        this.employeeId,
        this.leftOnControl.value || null,
      ),
      (employee) => {
        this.fill(employee);
        this.success.set(
          this.i18n.translate('directory.form.markedLeft', {
            name: employee.fullName,
          }),
        );
      },
    );
  }

  protected remove(): void {
    this.confirmDelete.set(false);
    const employee = this.employee();
    if (!employee) return;
    this.run(this.api.deleteEmployee(employee.id), () => {
      this.flash.set(
        this.i18n.translate('directory.form.deleted', {
          name: employee.fullName,
        }),
      );
      void this.router.navigate(['..'], { relativeTo: this.route });
    });
  }

  private fill(employee: Employee): void {
    this.employee.set(employee);
    this.form.reset({
      employeeNumber: employee.employeeNumber,
      firstName: employee.firstName,
      lastName: employee.lastName,
      email: employee.email,
      departmentId: employee.departmentId ?? '',
      location: employee.location ?? '',
      jobTitle: employee.jobTitle ?? '',
      contractType: employee.contractType ?? '',
      employmentStart: employee.employmentStart ?? '',
    });
    this.submitted.set(false);
  }

  private toInput(): EmployeeInput {
    const v = this.form.getRawValue();
    const optional = (value: string) => value.trim() || null;
    return {
      employeeNumber: v.employeeNumber.trim(),
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      email: v.email.trim(),
      departmentId: v.departmentId || null,
      location: optional(v.location),
      jobTitle: optional(v.jobTitle),
      contractType: v.contractType || null,
      employmentStart: v.employmentStart || null,
    };
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        if (isApiError(e)) this.applyServerErrors(e);
        this.error.set(this.i18n.errorMessage(e));
      },
    });
  }

  private applyServerErrors(error: ApiError): void {
    const controls = this.form.controls as Record<string, AbstractControl>;
    for (const { field, message } of error.fields) {
      // The server may name the field with its argument path ("input.email").
      controls[field.split('.').pop() ?? field]?.setErrors({ server: message });
    }
    const field = error.reason ? REASON_FIELD[error.reason] : undefined;
    if (field) this.form.controls[field].setErrors({ server: error.message });
    if (error.fields.length || field) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('form [aria-invalid="true"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
