import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ContractType, EmploymentStatus } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  PagerComponent,
  buildTree,
  flattenTree,
  pageRange,
  pathLabels,
} from '@inspraak/web-ui';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  DirectoryApi,
  type Department,
  type EmployeePage,
} from '../data-access/directory-api';
import { FlashMessage } from '../shell/flash-message';

export const EMPLOYEES_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;

type StatusFilter = EmploymentStatus | '';

@Component({
  selector: 'isp-employee-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    PagerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-list-page.html',
  styleUrl: './employee-list-page.scss',
})
export class EmployeeListPageComponent {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly departmentControl = new FormControl(
    this.route.snapshot.queryParamMap.get('department') ?? '',
    {
      nonNullable: true,
    },
  );
  protected readonly statusControl = new FormControl<StatusFilter>('ACTIVE', {
    nonNullable: true,
  });

  protected readonly flash = signal(inject(FlashMessage).take());
  protected readonly departments = signal<Department[]>([]);
  protected readonly page = signal<EmployeePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly offset = signal(0);

  private readonly search = signal('');
  private readonly departmentId = signal(this.departmentControl.value);
  private readonly status = signal<StatusFilter>(this.statusControl.value);

  protected readonly departmentOptions = computed(() =>
    flattenTree(
      buildTree(this.departments(), (d) => d.name, this.i18n.locale()),
    ),
  );
  /** "Zorg / Verpleging" instead of just "Verpleging" in the table. */
  protected readonly departmentPaths = computed(() =>
    pathLabels(
      buildTree(this.departments(), (d) => d.name, this.i18n.locale()),
    ),
  );
  protected readonly summary = computed(() => {
    const page = this.page();
    return page
      ? this.i18n.translate(
          'common.pageSummary',
          pageRange(page.total, page.offset, page.items.length),
        )
      : '';
  });

  constructor() {
    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.departments.set(list),
        error: () => this.departments.set([]),
      });

    this.searchControl.valueChanges
      .pipe(
        map((v) => v.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((value) => this.applyFilter(() => this.search.set(value)));
    this.departmentControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) =>
        this.applyFilter(() => this.departmentId.set(value)),
      );
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => this.applyFilter(() => this.status.set(value)));

    const query = computed(() => ({
      filter: {
        search: this.search() || null,
        departmentId: this.departmentId() || null,
        includeSubDepartments: true,
        status: this.status() || null,
      },
      page: { offset: this.offset(), limit: EMPLOYEES_PAGE_SIZE },
    }));

    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ filter, page }) =>
          this.api.employees(filter, page).pipe(
            map((result) => ({ result, error: null as string | null })),
            catchError((e: unknown) =>
              of({
                result: null,
                error: this.i18n.errorMessage(e),
              }),
            ),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((outcome) => {
        if (!outcome) return;
        this.loading.set(false);
        this.error.set(outcome.error);
        if (outcome.result) this.page.set(outcome.result);
      });
  }

  protected goTo(offset: number): void {
    this.offset.set(offset);
  }

  protected optionLabel(depth: number, label: string): string {
    return `${'\u00a0\u00a0'.repeat(depth)}${label}`;
  }

  /** Singular or plural; Dutch and English both use the singular for exactly one. */
  protected resultsKey(total: number): TranslationKey {
    return total === 1
      ? 'directory.employees.resultsOne'
      : 'directory.employees.resultsOther';
  }

  protected contractKey(type: ContractType): TranslationKey {
    return `contractTypes.${type}`;
  }

  protected statusKey(status: EmploymentStatus): TranslationKey {
    return `employmentStatus.${status}`;
  }

  private applyFilter(change: () => void): void {
    change();
    this.offset.set(0);
  }
}
