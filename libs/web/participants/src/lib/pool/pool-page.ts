import { ErasureRequestsPanelComponent } from '../personal-data/erasure-requests-panel';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import type { ParticipationStatus, PoolFilter } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CheckListComponent,
  FormFieldComponent,
  PagerComponent,
  describedBy,
  pageRange,
} from '@inspraak/web-ui';
import {
  PoolAdminApi,
  type Department,
  type PoolPage,
  type Representation,
} from '../data-access/pool-admin-api';
import { ParticipantsApi, type Skill } from '../data-access/participants-api';
import { createPoolFilterForm, poolFilterOf } from './pool-filter';

export const POOL_PAGE_SIZE = 25;
const STATUSES: ParticipationStatus[] = ['ACTIVE', 'PAUSED'];

/** The adviser's view of the pool: filters, the people found, and representation per department. */
@Component({
  selector: 'isp-pool-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    CheckListComponent,
    FormFieldComponent,
    PagerComponent,
    ErasureRequestsPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pool-page.html',
  styleUrl: './pool-page.scss',
})
export class PoolPageComponent {
  private readonly api = inject(PoolAdminApi);
  private readonly participants = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly describedBy = describedBy;
  protected readonly statuses = STATUSES;
  protected readonly form = createPoolFilterForm();
  protected readonly skills = signal<Skill[]>([]);
  protected readonly departments = signal<Department[]>([]);
  protected readonly representation = signal<Representation[]>([]);
  protected readonly page = signal<PoolPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private filter: PoolFilter = {};

  protected readonly skillOptions = computed(() =>
    [...this.skills()]
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()))
      .map((s) => ({ value: s.id, label: s.name })),
  );
  protected readonly departmentOptions = computed(() =>
    [...this.departments()].sort((a, b) =>
      a.name.localeCompare(b.name, this.i18n.locale()),
    ),
  );
  private readonly skillNames = computed(
    () => new Map(this.skills().map((s) => [s.id, s.name])),
  );

  protected readonly summary = computed(() => {
    const page = this.page();
    if (!page) return '';
    return this.i18n.translate(
      'participants.pool.summary',
      pageRange(page.total, page.offset, page.items.length),
    );
  });

  constructor() {
    this.participants
      .skills()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (s) => this.skills.set(s), error: () => undefined });
    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (d) => this.departments.set(d),
        error: () => undefined,
      });
    this.api
      .representation()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => this.representation.set(r),
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
    this.load(0);
  }

  protected statusKey(status: ParticipationStatus): TranslationKey {
    return `participants.status.${status}`;
  }

  protected skillsOf(ids: readonly string[]): string {
    const names = this.skillNames();
    return ids
      .map((id) => names.get(id))
      .filter((n): n is string => !!n)
      .join(', ');
  }

  /** The pool as a whole, the same on every row: what the verdicts are about. */
  protected readonly representationTotals = computed(() => {
    const rows = this.representation();
    const first = rows[0];
    if (!first) return null;
    return {
      pool: first.poolSize,
      headcount: rows.reduce((sum, r) => sum + r.headcount, 0),
      min: first.minPoolForVerdict,
      enough: first.poolSize >= first.minPoolForVerdict,
    };
  });

  protected verdictKey(verdict: Representation['verdict']): TranslationKey {
    return `participationSteps.representation.verdicts.${verdict}`;
  }

  protected decimal(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), {
      maximumFractionDigits: 1,
    }).format(value);
  }

  protected share(value: number | null): string {
    if (value === null) return '—';
    return new Intl.NumberFormat(this.i18n.locale(), {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(value);
  }

  protected numberError(control: AbstractControl, max: number): string | null {
    return control.invalid
      ? this.i18n.translate('participants.pool.numberInvalid', {
          min: 0,
          max,
        })
      : null;
  }

  protected search(event: Event): void {
    event.preventDefault();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.filter = poolFilterOf(this.form);
    this.load(0);
  }

  protected reset(): void {
    this.form.reset();
    this.filter = {};
    this.load(0);
  }

  protected load(offset: number): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .pool(this.filter, { offset, limit: POOL_PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.page.set(page);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.error.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
  }
}
