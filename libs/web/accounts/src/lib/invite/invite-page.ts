import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  isApiError,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CountTilesComponent,
  ProgressBarComponent,
  TreeViewComponent,
  buildTree,
  findNode,
} from '@inspraak/web-ui';
import {
  EMPTY,
  Subscription,
  catchError,
  debounceTime,
  distinctUntilChanged,
  exhaustMap,
  map,
  of,
  retry,
  switchMap,
  takeWhile,
  tap,
  throwError,
  timer,
} from 'rxjs';
import {
  AccountsApi,
  type Department,
  type Employee,
  type InvitationRun,
  type InviteEmployeesInput,
} from '../data-access/accounts-api';

export type InviteMode = 'PEOPLE' | 'DEPARTMENT' | 'EVERYONE';

export const INVITE_POLL_INTERVAL_MS = 2000;
export const INVITE_SEARCH_DEBOUNCE_MS = 300;
export const INVITE_SEARCH_LIMIT = 10;
const POLL_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000];

/** What the form asks the API for, per mode. */
export function inviteInput(
  mode: InviteMode,
  employeeIds: readonly string[],
  departmentId: string | null,
  includeSubDepartments: boolean,
): InviteEmployeesInput {
  switch (mode) {
    case 'PEOPLE':
      return { employeeIds: [...employeeIds] };
    case 'DEPARTMENT':
      return {
        departmentIds: departmentId ? [departmentId] : [],
        includeSubDepartments,
      };
    case 'EVERYONE':
      return { everyoneWithoutAccount: true };
  }
}

/** Invitations the worker has finished with (sent, failed, used or replaced). */
export function handled(run: InvitationRun): number {
  return run.sent + run.failed + run.accepted + run.revoked;
}

type Chosen = Pick<Employee, 'id' | 'fullName' | 'email'>;

/** Errors worth another try: the connection or the server, not a refusal. */
function isTransient(error: unknown): boolean {
  return (
    !isApiError(error) ||
    error.code === 'NETWORK_ERROR' ||
    error.code === 'INTERNAL_SERVER_ERROR' ||
    error.code === 'TOO_MANY_REQUESTS'
  );
}

@Component({
  selector: 'isp-invite-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ProgressBarComponent,
    TreeViewComponent,
    CountTilesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-page.html',
  styleUrl: './invite-page.scss',
})
export class InvitePageComponent {
  private readonly api = inject(AccountsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private polling: Subscription | null = null;

  protected readonly modeControl = new FormControl<InviteMode>('PEOPLE', {
    nonNullable: true,
  });
  protected readonly mode = signal<InviteMode>('PEOPLE');
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly includeSubControl = new FormControl(true, {
    nonNullable: true,
  });

  protected readonly results = signal<{
    items: Employee[];
    total: number;
  } | null>(null);
  protected readonly searching = signal(false);
  protected readonly chosen = signal<Chosen[]>([]);
  protected readonly departments = signal<Department[]>([]);
  protected readonly departmentId = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly startError = signal<string | null>(null);
  protected readonly submitting = signal(false);

  protected readonly current = signal<InvitationRun | null>(null);
  protected readonly pollError = signal<string | null>(null);
  protected readonly recent = signal<InvitationRun[]>([]);
  protected readonly recentError = signal<string | null>(null);

  protected readonly tree = computed(() =>
    buildTree(this.departments(), (d) => d.name, this.i18n.locale()),
  );
  protected readonly departmentName = computed(() => {
    const id = this.departmentId();
    return id ? (findNode(this.tree(), id)?.label ?? null) : null;
  });
  protected readonly chosenIds = computed(
    () => new Set(this.chosen().map((c) => c.id)),
  );
  protected readonly percent = computed(() => {
    const run = this.current();
    if (!run || run.invitationCount === 0) return 100;
    return (handled(run) / run.invitationCount) * 100;
  });
  protected readonly progressText = computed(() => {
    const run = this.current();
    return run
      ? this.i18n.translate('accounts.invite.progressText', {
          done: handled(run),
          total: run.invitationCount,
        })
      : '';
  });

  constructor() {
    this.modeControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((mode) => {
        this.mode.set(mode);
        this.formError.set(null);
      });

    this.searchControl.valueChanges
      .pipe(
        map((v) => v.trim()),
        debounceTime(INVITE_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        tap((text) => this.searching.set(!!text)),
        switchMap((text) =>
          text
            ? this.api
                .employees(text, { offset: 0, limit: INVITE_SEARCH_LIMIT })
                .pipe(
                  map(({ items, total }) => ({ items, total })),
                  catchError((e: unknown) => {
                    this.startError.set(this.i18n.errorMessage(e));
                    return of({ items: [] as Employee[], total: 0 });
                  }),
                )
            : of(null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((found) => {
        this.searching.set(false);
        this.results.set(found);
      });

    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.departments.set(list),
        error: () => this.departments.set([]),
      });
    this.loadRecent();
    this.destroyRef.onDestroy(() => this.polling?.unsubscribe());
  }

  protected toggle(employee: Employee, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.formError.set(null);
    if (checked && !this.chosenIds().has(employee.id))
      this.chosen.update((list) => [
        ...list,
        { id: employee.id, fullName: employee.fullName, email: employee.email },
      ]);
    else if (!checked) this.remove(employee.id);
  }

  protected remove(id: string): void {
    this.chosen.update((list) => list.filter((c) => c.id !== id));
  }

  protected selectDepartment(id: string): void {
    this.formError.set(null);
    this.departmentId.set(id);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const mode = this.mode();
    this.startError.set(null);
    if (mode === 'PEOPLE' && this.chosen().length === 0) {
      this.formError.set(this.i18n.translate('accounts.invite.peopleRequired'));
      this.document.getElementById('invite-search')?.focus();
      return;
    }
    if (mode === 'DEPARTMENT' && !this.departmentId()) {
      this.formError.set(
        this.i18n.translate('accounts.invite.departmentRequired'),
      );
      return;
    }
    this.formError.set(null);
    const input = inviteInput(
      mode,
      this.chosen().map((c) => c.id),
      this.departmentId(),
      this.includeSubControl.value,
    );
    this.submitting.set(true);
    this.api
      .inviteEmployees(input)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (run) => {
          this.submitting.set(false);
          if (mode === 'PEOPLE') this.chosen.set([]);
          this.show(run);
          afterNextRender(
            () => this.document.getElementById('progress-heading')?.focus(),
            { injector: this.injector },
          );
        },
        error: (e: unknown) => {
          this.submitting.set(false);
          this.startError.set(this.i18n.errorMessage(e));
        },
      });
  }

  /** Show an earlier run, following it if it is still going. */
  protected open(run: InvitationRun): void {
    this.show(run);
    afterNextRender(
      () => this.document.getElementById('progress-heading')?.focus(),
      { injector: this.injector },
    );
  }

  private show(run: InvitationRun): void {
    this.current.set(run);
    this.pollError.set(null);
    this.polling?.unsubscribe();
    this.polling = null;
    if (run.pending > 0) this.poll(run.id);
    else this.loadRecent();
  }

  private poll(id: string): void {
    this.polling = timer(INVITE_POLL_INTERVAL_MS, INVITE_POLL_INTERVAL_MS)
      .pipe(
        exhaustMap(() =>
          this.api.invitationRun(id).pipe(
            retry({
              count: POLL_RETRY_DELAYS_MS.length,
              delay: (error: unknown, attempt: number) =>
                isTransient(error)
                  ? timer(POLL_RETRY_DELAYS_MS[attempt - 1])
                  : throwError(() => error),
            }),
          ),
        ),
        takeWhile((run) => run.pending > 0, true),
        tap((run) => this.current.set(run)),
        catchError((e: unknown) => {
          this.pollError.set(
            this.i18n.translate('accounts.invite.pollFailed', {
              message: this.i18n.errorMessage(e),
            }),
          );
          return EMPTY;
        }),
      )
      .subscribe({ complete: () => this.loadRecent() });
  }

  private loadRecent(): void {
    this.api
      .invitationRuns()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (runs) => {
          this.recent.set(runs);
          this.recentError.set(null);
        },
        error: (e: unknown) => this.recentError.set(this.i18n.errorMessage(e)),
      });
  }
}
