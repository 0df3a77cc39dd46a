import type { TranslationKey } from '@inspraak/web-core';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  TranslatePipe,
  isApiError,
  showsErrors,
} from '@inspraak/web-core';
import type { Observable } from 'rxjs';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  TreeViewComponent,
  buildTree,
  describedBy,
  findNode,
  flattenTree,
  subtreeIds,
  type TreeNode,
} from '@inspraak/web-ui';
import { DirectoryApi, type Department } from '../data-access/directory-api';

export const DEPARTMENT_NAME_MAX = 100;

type DepartmentForm = FormGroup<{
  name: FormControl<string>;
  parentId: FormControl<string>;
}>;

function departmentForm(): DepartmentForm {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(DEPARTMENT_NAME_MAX),
      ],
    }),
    parentId: new FormControl('', { nonNullable: true }),
  });
}

@Component({
  selector: 'isp-departments-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
    TreeViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './departments-page.html',
  styleUrl: './departments-page.scss',
})
export class DepartmentsPageComponent {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly createNameInput =
    viewChild<ElementRef<HTMLInputElement>>('createName');

  protected readonly describedBy = describedBy;
  protected readonly departments = signal<Department[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly success = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly confirmDelete = signal(false);
  protected readonly busy = signal(false);
  protected readonly createSubmitted = signal(false);
  protected readonly editSubmitted = signal(false);

  protected readonly tree = computed(() =>
    buildTree(this.departments(), (d) => d.name, this.i18n.locale()),
  );
  protected readonly options = computed(() => flattenTree(this.tree()));
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? (findNode(this.tree(), id) ?? null) : null;
  });
  /** A department cannot move below itself. */
  protected readonly parentOptionsForSelected = computed(() => {
    const node = this.selected();
    if (!node) return this.options();
    const excluded = new Set(subtreeIds(node));
    return this.options().filter((o) => !excluded.has(o.id));
  });

  protected readonly createForm = departmentForm();
  protected readonly editForm = departmentForm();

  protected readonly badge = (node: TreeNode<Department>): string =>
    this.i18n.translate('directory.departments.activeCount', {
      count: node.data.activeEmployeeCount,
    });

  constructor() {
    this.load();
  }

  /** Singular or plural, as for the employee list. */
  protected activeCountKey(count: number): TranslationKey {
    return count === 1
      ? 'directory.departments.activeCountLongOne'
      : 'directory.departments.activeCountLongOther';
  }

  protected optionLabel(node: TreeNode<Department>): string {
    return `${'\u00a0\u00a0'.repeat(node.depth)}${node.label}`;
  }

  protected nameError(form: DepartmentForm, submitted: boolean): string | null {
    const control = form.controls.name;
    if (!showsErrors(control, submitted) || !control.errors) return null;
    if (control.errors['required'])
      return this.i18n.translate('directory.departments.nameRequired');
    if (control.errors['maxlength'])
      return this.i18n.translate('directory.departments.nameTooLong', {
        max: DEPARTMENT_NAME_MAX,
      });
    if (control.errors['server']) return String(control.errors['server']);
    return null;
  }

  protected select(id: string): void {
    this.selectedId.set(id);
    const node = findNode(this.tree(), id);
    if (node) {
      this.editForm.reset({
        name: node.data.name,
        parentId: node.data.parentId ?? '',
      });
      this.editSubmitted.set(false);
    }
  }

  protected addChild(): void {
    const node = this.selected();
    this.createForm.reset({ name: '', parentId: node?.id ?? '' });
    this.createSubmitted.set(false);
    this.createNameInput()?.nativeElement.focus();
  }

  protected create(): void {
    this.createSubmitted.set(true);
    if (this.createForm.invalid || this.busy()) {
      this.createForm.markAllAsTouched();
      return;
    }
    const { name, parentId } = this.createForm.getRawValue();
    this.run(
      this.api.createDepartment({
        name: name.trim(),
        parentId: parentId || null,
      }),
      (created) => {
        this.departments.update((list) => [...list, created]);
        this.createForm.reset({ name: '', parentId });
        this.createSubmitted.set(false);
        this.select(created.id);
        this.success.set(
          this.i18n.translate('directory.departments.created', {
            name: created.name,
          }),
        );
      },
      this.createForm,
    );
  }

  protected save(): void {
    const node = this.selected();
    this.editSubmitted.set(true);
    if (!node || this.editForm.invalid || this.busy()) {
      this.editForm.markAllAsTouched();
      return;
    }
    const { name, parentId } = this.editForm.getRawValue();
    this.run(
      this.api.updateDepartment(node.id, {
        name: name.trim(),
        parentId: parentId || null,
      }),
      (updated) => {
        this.departments.update((list) =>
          list.map((d) => (d.id === updated.id ? updated : d)),
        );
        this.success.set(
          this.i18n.translate('directory.departments.updated', {
            name: updated.name,
          }),
        );
      },
      this.editForm,
    );
  }

  protected remove(): void {
    const node = this.selected();
    this.confirmDelete.set(false);
    if (!node) return;
    this.run(this.api.deleteDepartment(node.id), () => {
      this.departments.update((list) => list.filter((d) => d.id !== node.id));
      this.selectedId.set(null);
      this.success.set(
        this.i18n.translate('directory.departments.deleted', {
          name: node.label,
        }),
      );
    });
  }

  private load(): void {
    this.loading.set(true);
    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.departments.set(list);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.error.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
  }

  private run<T>(
    request: Observable<T>,
    done: (value: T) => void,
    form?: DepartmentForm,
  ): void {
    this.busy.set(true);
    this.error.set(null);
    this.success.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        const message = this.i18n.errorMessage(e);
        const fieldMessage = isApiError(e) ? e.fieldMessage('name') : null;
        if (form && fieldMessage)
          form.controls.name.setErrors({ server: fieldMessage });
        this.error.set(message);
      },
    });
  }
}
