import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
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
import { AlertComponent, ProgressBarComponent } from '@inspraak/web-ui';
import {
  EMPTY,
  Subscription,
  catchError,
  exhaustMap,
  from,
  switchMap,
  takeWhile,
  tap,
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

  protected readonly inProgress = computed(() => {
    const current = this.current();
    return !!current && isImportInProgress(current.status);
  });
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
    this.file.set(input.files?.[0] ?? null);
    this.fileError.set(null);
  }

  protected start(): void {
    const file = this.file();
    this.startError.set(null);
    if (!file) {
      this.fileError.set(this.i18n.translate('directory.import.fileRequired'));
      this.document.getElementById('import-file')?.focus();
      return;
    }
    if (this.uploading() || this.inProgress()) return;
    this.uploading.set(true);
    from(readFileAsBase64(file))
      .pipe(
        switchMap((contentBase64) =>
          this.api.startEmployeeImport({
            fileName: file.name,
            contentBase64,
            mode: this.modeControl.value,
          }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (started) => {
          this.uploading.set(false);
          this.show(started);
        },
        error: (e: unknown) => {
          this.uploading.set(false);
          this.startError.set(
            isApiError(e)
              ? e.message
              : this.i18n.translate('errors.INTERNAL_SERVER_ERROR'),
          );
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

  private show(detail: EmployeeImportDetail): void {
    this.current.set(detail);
    this.polling?.unsubscribe();
    this.polling = null;
    if (isImportInProgress(detail.status)) this.poll(detail.id);
    else this.loadRecent();
  }

  private poll(id: string): void {
    this.polling = timer(IMPORT_POLL_INTERVAL_MS, IMPORT_POLL_INTERVAL_MS)
      .pipe(
        exhaustMap(() => this.api.employeeImport(id)),
        takeWhile(
          (detail) => !!detail && isImportInProgress(detail.status),
          true,
        ),
        tap((detail) => {
          if (detail) this.current.set(detail);
        }),
        catchError((e: unknown) => {
          this.startError.set(
            isApiError(e)
              ? e.message
              : this.i18n.translate('errors.INTERNAL_SERVER_ERROR'),
          );
          return EMPTY;
        }),
      )
      .subscribe({ complete: () => this.loadRecent() });
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
