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
import type { ImportMode, ImportStatus } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  isApiError,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CountTilesComponent,
  ProgressBarComponent,
} from '@inspraak/web-ui';
import {
  EMPTY,
  Subscription,
  catchError,
  exhaustMap,
  from,
  retry,
  switchMap,
  takeWhile,
  tap,
  throwError,
  timer,
} from 'rxjs';
import {
  DirectoryApi,
  type EmployeeImportDetail,
  type EmployeeImportSummary,
} from '../data-access/directory-api';
import { buildErrorReportCsv } from './error-report';
import { downloadTextFile, readFileAsBase64 } from './file-download';
import { IMPORT_COLUMNS } from './import-columns';

export const IMPORT_POLL_INTERVAL_MS = 700;
/** Waits before each new try when a progress request fails; after the last one polling stops and offers a retry button. */
export const IMPORT_POLL_RETRY_DELAYS_MS: readonly number[] = [
  1000, 2000, 4000,
];
/**
 * The API refuses larger files (IMPORT_TOO_LARGE); a file much larger never even
 * reaches it, because the HTTP body limit answers 413 first. So check here.
 */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** failureCode values of a FAILED import that have their own explanation. */
export const IMPORT_FAILURE_CODES = [
  'IMPORT_INTERNAL_ERROR',
  'IMPORT_EMPTY',
  'IMPORT_WRONG_ENCODING',
  'IMPORT_MISSING_COLUMNS',
  'IMPORT_MALFORMED',
  'IMPORT_TOO_MANY_LEAVERS',
] as const;
export const TOO_MANY_LEAVERS = 'IMPORT_TOO_MANY_LEAVERS';

/** Errors worth another try: the connection or the server, not a refusal. */
function isTransient(error: unknown): boolean {
  return (
    !isApiError(error) ||
    error.code === 'NETWORK_ERROR' ||
    error.code === 'INTERNAL_SERVER_ERROR' ||
    error.code === 'TOO_MANY_REQUESTS'
  );
}

export function isImportInProgress(status: ImportStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

@Component({
  selector: 'isp-import-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ProgressBarComponent,
    CountTilesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
})
export class ImportPageComponent {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private polling: Subscription | null = null;

  protected readonly columns = IMPORT_COLUMNS;
  protected readonly modeControl = new FormControl<ImportMode>('PARTIAL', {
    nonNullable: true,
  });
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly startError = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly current = signal<EmployeeImportDetail | null>(null);
  protected readonly recent = signal<EmployeeImportSummary[]>([]);
  protected readonly recentError = signal<string | null>(null);
  /** Set when polling gave up; the retry button resumes it. */
  protected readonly pollError = signal<string | null>(null);
  /** The file behind an import started here, kept so a refused full import can be sent again. */
  private readonly submitted = signal<{ importId: string; file: File } | null>(
    null,
  );

  protected readonly inProgress = computed(() => {
    const current = this.current();
    return !!current && isImportInProgress(current.status);
  });
  protected readonly failed = computed(
    () => this.current()?.status === 'FAILED',
  );
  /** A clear sentence for a FAILED import: what went wrong and what to do. */
  protected readonly failureMessage = computed(() => {
    const current = this.current();
    if (current?.status !== 'FAILED') return null;
    const code = current.failureCode ?? '';
    if (!(IMPORT_FAILURE_CODES as readonly string[]).includes(code))
      return this.i18n.translate('importFailures.UNKNOWN');
    const count = current.markedLeftCount;
    const key =
      code === TOO_MANY_LEAVERS && count === 1
        ? 'importFailures.IMPORT_TOO_MANY_LEAVERS_ONE'
        : `importFailures.${code}`;
    return this.i18n.translateDynamic(key, { count });
  });
  protected readonly tooManyLeavers = computed(() => {
    const current = this.current();
    return (
      current?.status === 'FAILED' && current.failureCode === TOO_MANY_LEAVERS
    );
  });
  /** The refused file is still in memory, so it can be sent again with the confirmation. */
  protected readonly canConfirmManyLeavers = computed(
    () =>
      this.tooManyLeavers() &&
      this.submitted()?.importId === this.current()?.id,
  );
  protected readonly progressText = computed(() => {
    const current = this.current();
    if (!current) return '';
    if (current.status === 'QUEUED')
      return this.i18n.translate('directory.import.queued');
    return this.i18n.translate('directory.import.progressText', {
      processed: current.processedRows,
      total: current.totalRows,
    });
  });

  constructor() {
    this.loadRecent();
    this.destroyRef.onDestroy(() => this.polling?.unsubscribe());
  }

  protected onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.file.set(file);
    this.fileError.set(file ? this.sizeError(file) : null);
  }

  protected start(): void {
    const file = this.file();
    this.startError.set(null);
    const problem = file
      ? this.sizeError(file)
      : this.i18n.translate('directory.import.fileRequired');
    if (!file || problem) {
      this.fileError.set(problem);
      this.document.getElementById('import-file')?.focus();
      return;
    }
    this.submit(file, this.modeControl.value, false);
  }

  /** Send the refused full export again, now allowing it to mark many employees as left. */
  protected confirmManyLeavers(): void {
    const submitted = this.submitted();
    const current = this.current();
    if (!submitted || !current || submitted.importId !== current.id) return;
    this.startError.set(null);
    this.submit(submitted.file, current.mode, true);
  }

  /** Polling gave up after its retries; follow the same import again. */
  protected resumePolling(): void {
    const current = this.current();
    if (!current) return;
    this.pollError.set(null);
    this.polling?.unsubscribe();
    this.poll(current.id);
  }

  private submit(
    file: File,
    mode: ImportMode,
    allowManyLeavers: boolean,
  ): void {
    if (this.uploading() || this.inProgress()) return;
    this.uploading.set(true);
    from(readFileAsBase64(file))
      .pipe(
        switchMap((contentBase64) =>
          this.api.startEmployeeImport({
            fileName: file.name,
            contentBase64,
            mode,
            allowManyLeavers,
          }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (started) => {
          this.uploading.set(false);
          this.submitted.set({ importId: started.id, file });
          this.show(started);
          // The confirm button is gone with the refused import; keep keyboard focus on the result.
          if (allowManyLeavers)
            afterNextRender(
              () => this.document.getElementById('result-heading')?.focus(),
              { injector: this.injector },
            );
        },
        error: (e: unknown) => {
          this.uploading.set(false);
          this.startError.set(this.i18n.errorMessage(e));
        },
      });
  }

  /** Show an earlier import (from the list), following it if it still runs. */
  protected open(summary: EmployeeImportSummary): void {
    this.api
      .employeeImport(summary.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (detail) => detail && this.show(detail),
        error: (e: unknown) =>
          this.startError.set(isApiError(e) ? e.message : null),
      });
  }

  protected downloadReport(): void {
    const current = this.current();
    if (!current) return;
    const t = (key: TranslationKey) => this.i18n.translate(key);
    const csv = buildErrorReportCsv(
      current.errors,
      {
        row: t('directory.import.row'),
        column: t('directory.import.column'),
        error: t('directory.import.error'),
        value: t('directory.import.value'),
        wholeRow: t('directory.import.wholeRow'),
      },
      (code) => this.describeError(code),
    );
    const base = current.fileName.replace(/\.[^.]+$/, '');
    downloadTextFile(
      this.document,
      `${base}-${t('directory.import.reportFileName')}.csv`,
      csv,
    );
  }

  protected describeError(code: string): string {
    return this.i18n.translateDynamic(`importErrors.${code}`);
  }

  protected statusKey(status: ImportStatus): TranslationKey {
    return `importStatus.${status}`;
  }

  protected modeKey(mode: ImportMode): TranslationKey {
    return `importMode.${mode}`;
  }

  private sizeError(file: File): string | null {
    if (file.size <= IMPORT_MAX_FILE_BYTES) return null;
    const megabytes = new Intl.NumberFormat(this.i18n.locale(), {
      maximumFractionDigits: 1,
    });
    return this.i18n.translate('directory.import.fileTooLarge', {
      size: megabytes.format(file.size / 1024 / 1024),
      max: IMPORT_MAX_FILE_BYTES / 1024 / 1024,
    });
  }

  private show(detail: EmployeeImportDetail): void {
    this.current.set(detail);
    this.pollError.set(null);
    this.polling?.unsubscribe();
    this.polling = null;
    if (isImportInProgress(detail.status)) this.poll(detail.id);
    else this.loadRecent();
  }

  private poll(id: string): void {
    this.polling = timer(IMPORT_POLL_INTERVAL_MS, IMPORT_POLL_INTERVAL_MS)
      .pipe(
        exhaustMap(() =>
          this.api.employeeImport(id).pipe(
            retry({
              count: IMPORT_POLL_RETRY_DELAYS_MS.length,
              delay: (error: unknown, attempt: number) =>
                isTransient(error)
                  ? timer(IMPORT_POLL_RETRY_DELAYS_MS[attempt - 1])
                  : throwError(() => error),
            }),
          ),
        ),
        takeWhile(
          (detail) => !!detail && isImportInProgress(detail.status),
          true,
        ),
        tap((detail) => {
          if (detail) this.current.set(detail);
        }),
        catchError((e: unknown) => {
          this.pollError.set(
            this.i18n.translate('directory.import.pollFailed', {
              message: this.i18n.errorMessage(e),
            }),
          );
          return EMPTY;
        }),
      )
      .subscribe({
        complete: () => {
          if (!this.pollError()) this.loadRecent();
        },
      });
  }

  private loadRecent(): void {
    this.api
      .employeeImports()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.recent.set(list);
          this.recentError.set(null);
        },
        error: (e: unknown) =>
          this.recentError.set(isApiError(e) ? e.message : null),
      });
  }
}
