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
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { Role } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  SessionService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  PagerComponent,
  pageRange,
  type AlertKind,
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
  AccountsApi,
  type Account,
  type AccountHistoryEntry,
  type AccountPage,
  type AccountStatus,
} from '../data-access/accounts-api';
import {
  ALL_ROLES,
  EDITABLE_ROLES,
  describeChanges,
  refusalMessage,
  type ChangeLine,
} from './account-text';

export const ACCOUNTS_PAGE_SIZE = 25;
export const ACCOUNT_SEARCH_DEBOUNCE_MS = 300;
export const ACCOUNT_STATUSES: readonly AccountStatus[] = [
  'INVITED',
  'ACTIVE',
  'BLOCKED',
  'LEFT',
];

type RoleFilter = Role | '';
type StatusFilter = AccountStatus | '';

interface Message {
  kind: AlertKind;
  text: string;
}

interface PendingBlock {
  account: Account;
  block: boolean;
}

interface HistoryView {
  account: Account;
  loading: boolean;
  error: string | null;
  entries: AccountHistoryEntry[];
}

@Component({
  selector: 'isp-accounts-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    PagerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.scss',
})
export class AccountsPageComponent {
  private readonly api = inject(AccountsApi);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly roles = ALL_ROLES;
  protected readonly editableRoles = EDITABLE_ROLES;
  protected readonly statuses = ACCOUNT_STATUSES;
  protected readonly pageSize = ACCOUNTS_PAGE_SIZE;

  /** Only an advisor changes roles, blocks and reads the history (the API decides; this hides what would be refused). */
  protected readonly canManage = computed(() =>
    this.session.hasAnyRole(['ADVISEUR']),
  );

  /** One's own account cannot be blocked (the API refuses CANNOT_BLOCK_SELF), so it gets no button. */
  protected readonly viewerEmail = computed(
    () => this.session.viewer()?.email ?? null,
  );

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly roleControl = new FormControl<RoleFilter>('', {
    nonNullable: true,
  });
  protected readonly statusControl = new FormControl<StatusFilter>('', {
    nonNullable: true,
  });

  protected readonly page = signal<AccountPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly message = signal<Message | null>(null);
  protected readonly offset = signal(0);
  private readonly search = signal('');
  private readonly role = signal<RoleFilter>('');
  private readonly status = signal<StatusFilter>('');
  /** Bumped to load the same page again after a change. */
  private readonly reloads = signal(0);

  /** The account whose roles are being edited, and the roles ticked so far. */
  protected readonly editing = signal<Account | null>(null);
  protected readonly chosenRoles = signal<ReadonlySet<Role>>(new Set());
  protected readonly rolesError = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly pendingBlock = signal<PendingBlock | null>(null);
  protected readonly history = signal<HistoryView | null>(null);
  /** The history's changes in words, in the current language. */
  protected readonly historyEntries = computed<
    (AccountHistoryEntry & { lines: ChangeLine[] })[]
  >(() => {
    this.i18n.language();
    return (this.history()?.entries ?? []).map((entry) => ({
      ...entry,
      lines: describeChanges(this.i18n, entry.changes),
    }));
  });

  protected readonly summary = computed(() => {
    const page = this.page();
    return page
      ? this.i18n.translate(
          'common.pageSummary',
          pageRange(page.total, this.offset(), page.items.length),
        )
      : '';
  });

  protected readonly confirmHeading = computed(() =>
    this.pendingBlock()?.block === false
      ? this.i18n.translate('accounts.block.unblockTitle')
      : this.i18n.translate('accounts.block.confirmTitle'),
  );
  protected readonly confirmBody = computed(() => {
    const pending = this.pendingBlock();
    if (!pending) return '';
    const name = pending.account.displayName;
    return pending.block
      ? this.i18n.translate('accounts.block.confirmBody', { name })
      : this.i18n.translate('accounts.block.unblockBody', { name });
  });
  protected readonly confirmLabel = computed(() =>
    this.pendingBlock()?.block === false
      ? this.i18n.translate('accounts.block.unblockConfirm')
      : this.i18n.translate('accounts.block.confirm'),
  );

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        map((v) => v.trim()),
        debounceTime(ACCOUNT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((value) => this.applyFilter(() => this.search.set(value)));
    this.roleControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => this.applyFilter(() => this.role.set(value)));
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => this.applyFilter(() => this.status.set(value)));

    const query = computed(() => ({
      filter: {
        search: this.search() || null,
        role: this.role() || null,
        status: this.status() || null,
      },
      page: { offset: this.offset(), limit: ACCOUNTS_PAGE_SIZE },
      reload: this.reloads(),
    }));

    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ filter, page }) =>
          this.api.accounts(filter, page).pipe(
            map((result) => ({ result, error: null as string | null })),
            catchError((e: unknown) =>
              of({ result: null, error: this.i18n.errorMessage(e) }),
            ),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        this.error.set(outcome.error);
        if (outcome.result) this.page.set(outcome.result);
      });
  }

  protected goTo(offset: number): void {
    this.offset.set(offset);
  }

  protected resultsKey(total: number): TranslationKey {
    return total === 1
      ? 'accounts.list.resultsOne'
      : 'accounts.list.resultsOther';
  }

  protected roleKey(role: Role): TranslationKey {
    return `roles.${role}`;
  }

  protected statusKey(status: AccountStatus): TranslationKey {
    return `accounts.status.${status}`;
  }

  /** An audit action in words (`account.roles-changed` → "Rollen gewijzigd"); an unknown one as it is. */
  protected actionText(action: string): string {
    const key = `accounts.history.actions.${action}`;
    return this.i18n.has(key) ? this.i18n.translateDynamic(key) : action;
  }

  /** Roles in the fixed order, MEDEWERKER last. */
  protected sortedRoles(roles: readonly Role[]): Role[] {
    return ALL_ROLES.filter((r) => roles.includes(r));
  }

  // ---- roles -------------------------------------------------------------

  protected editRoles(account: Account): void {
    this.message.set(null);
    this.rolesError.set(null);
    this.history.set(null);
    this.editing.set(account);
    this.chosenRoles.set(
      new Set(account.roles.filter((r) => EDITABLE_ROLES.includes(r))),
    );
    this.focusAfterRender('roles-heading');
  }

  protected toggleRole(role: Role, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.chosenRoles());
    if (checked) next.add(role);
    else next.delete(role);
    this.chosenRoles.set(next);
  }

  protected cancelRoles(): void {
    const account = this.editing();
    this.editing.set(null);
    this.rolesError.set(null);
    if (account) this.focusAfterRender(`edit-${account.membershipId}`);
  }

  protected saveRoles(): void {
    const account = this.editing();
    if (!account || this.busy()) return;
    const roles = EDITABLE_ROLES.filter((r) => this.chosenRoles().has(r));
    this.busy.set(true);
    this.rolesError.set(null);
    this.api
      .setAccountRoles(account.membershipId, ['MEDEWERKER', ...roles])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.editing.set(null);
          this.replace(updated);
          this.message.set({
            kind: 'success',
            text: this.i18n.translate('accounts.roles.saved', {
              name: updated.displayName,
            }),
          });
          this.focusAfterRender(`edit-${updated.membershipId}`);
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.rolesError.set(refusalMessage(this.i18n, e));
        },
      });
  }

  // ---- block / unblock -----------------------------------------------------

  protected askBlock(account: Account, block: boolean): void {
    this.message.set(null);
    this.pendingBlock.set({ account, block });
  }

  protected cancelBlock(): void {
    const pending = this.pendingBlock();
    this.pendingBlock.set(null);
    if (pending) this.focusAfterRender(`block-${pending.account.membershipId}`);
  }

  protected confirmBlock(): void {
    const pending = this.pendingBlock();
    if (!pending || this.busy()) return;
    this.pendingBlock.set(null);
    this.busy.set(true);
    const { account, block } = pending;
    const request = block
      ? this.api.blockAccount(account.membershipId)
      : this.api.unblockAccount(account.membershipId);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.replace(updated);
        this.message.set({
          kind: 'success',
          text: this.i18n.translate(
            block ? 'accounts.block.blocked' : 'accounts.block.unblocked',
            { name: updated.displayName },
          ),
        });
        this.focusAfterRender(`block-${updated.membershipId}`);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.message.set({ kind: 'error', text: refusalMessage(this.i18n, e) });
        this.focusAfterRender(`block-${account.membershipId}`);
      },
    });
  }

  // ---- history -------------------------------------------------------------

  protected showHistory(account: Account): void {
    this.editing.set(null);
    this.history.set({ account, loading: true, error: null, entries: [] });
    this.focusAfterRender('history-heading');
    this.api
      .accountHistory(account.membershipId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (entries) =>
          this.history.set({
            account,
            loading: false,
            error: null,
            entries,
          }),
        error: (e: unknown) =>
          this.history.set({
            account,
            loading: false,
            error: this.i18n.errorMessage(e),
            entries: [],
          }),
      });
  }

  protected closeHistory(): void {
    const view = this.history();
    this.history.set(null);
    if (view) this.focusAfterRender(`history-${view.account.membershipId}`);
  }

  /** Put the changed account in the list and load the page again (a filter may no longer match). */
  private replace(updated: Account): void {
    const page = this.page();
    if (page)
      this.page.set({
        ...page,
        items: page.items.map((a) =>
          a.membershipId === updated.membershipId ? updated : a,
        ),
      });
    this.reloads.update((n) => n + 1);
  }

  private applyFilter(change: () => void): void {
    change();
    this.offset.set(0);
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }
}
