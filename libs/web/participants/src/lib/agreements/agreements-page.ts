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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { isCalendarDate, todayInAmsterdam } from '@inspraak/domain';
import type { AgreementVersionStatus } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  MarkdownComponent,
  describedBy,
} from '@inspraak/web-ui';
import { startWith, type Observable } from 'rxjs';
import type { AgreementVersion } from '../data-access/participants-api';
import {
  PoolAdminApi,
  type AcceptanceRow,
} from '../data-access/pool-admin-api';

export const TITLE_MAX = 200;

function laterThanToday(
  control: AbstractControl<string>,
): ValidationErrors | null {
  const value = control.value;
  if (!value) return null;
  return isCalendarDate(value) && value > todayInAmsterdam()
    ? null
    : { transition: true };
}

/** The adviser writes the agreement, publishes versions and sees who accepted. */
@Component({
  selector: 'isp-agreements-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
    MarkdownComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agreements-page.html',
  styleUrl: './agreements-page.scss',
})
export class AgreementsPageComponent {
  private readonly api = inject(PoolAdminApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly describedBy = describedBy;
  protected readonly versions = signal<AgreementVersion[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly success = signal<string | null>(null);
  protected readonly confirmPublish = signal(false);
  protected readonly acceptancesOf = signal<AgreementVersion | null>(null);
  protected readonly acceptances = signal<AcceptanceRow[] | null>(null);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(TITLE_MAX),
        (c: AbstractControl<string>) =>
          c.value.trim() ? null : { required: true },
      ],
    }),
    markdown: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.maxLength(50_000),
        (c: AbstractControl<string>) =>
          c.value.trim() ? null : { required: true },
      ],
    }),
    termMonths: new FormControl<number | null>(12, {
      validators: [
        Validators.required,
        Validators.min(1),
        Validators.max(60),
        Validators.pattern(/^\d+$/),
      ],
    }),
  });
  protected readonly transition = new FormControl('', {
    nonNullable: true,
    validators: [laterThanToday],
  });

  protected readonly previewText = toSignal(
    this.form.controls.markdown.valueChanges.pipe(
      startWith(this.form.controls.markdown.value),
    ),
    { initialValue: '' },
  );
  /** Unsaved edits: only the saved draft can be published. */
  protected readonly dirty = signal(false);

  protected readonly draft = computed(
    () => this.versions().find((v) => v.status === 'DRAFT') ?? null,
  );
  protected readonly published = computed(() =>
    this.versions().filter((v) => v.status === 'PUBLISHED'),
  );
  protected readonly acceptedCount = computed(
    () => this.acceptances()?.filter((a) => a.acceptedAt).length ?? 0,
  );
  protected readonly pendingCount = computed(
    () => this.acceptances()?.filter((a) => !a.acceptedAt).length ?? 0,
  );
  protected readonly startedFrom = signal<number | null>(null);

  constructor() {
    this.form.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.dirty.set(this.form.dirty));
    this.load(true);
  }

  /** A published version is superseded once a later version is published: only the latest one is in force. */
  protected statusKey(version: {
    status: AgreementVersionStatus;
    version: number | null;
  }): TranslationKey {
    const latest = Math.max(...this.published().map((v) => v.version ?? 0));
    return version.status === 'PUBLISHED' && (version.version ?? 0) < latest
      ? 'participants.agreements.statusNames.SUPERSEDED'
      : `participants.agreements.statusNames.${version.status}`;
  }

  protected fieldError(
    name: 'title' | 'markdown' | 'termMonths',
  ): string | null {
    const control = this.form.controls[name];
    if (!showsErrors(control, this.submitted()) || control.valid) return null;
    const key: Record<typeof name, TranslationKey> = {
      title: 'participants.agreements.titleRequired',
      markdown: 'participants.agreements.markdownRequired',
      termMonths: 'participants.agreements.termInvalid',
    };
    return this.i18n.translate(key[name]);
  }

  protected transitionError(): string | null {
    return this.transition.invalid
      ? this.i18n.translate('participants.agreements.transitionInvalid')
      : null;
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.translate('participants.agreements.fixErrors'));
      this.focus('.draft-form [aria-invalid="true"]');
      return;
    }
    const v = this.form.getRawValue();
    this.run(
      this.api.saveAgreementDraft({
        title: v.title.trim(),
        markdown: v.markdown,
        termMonths: Number(v.termMonths),
      }),
      (saved) => {
        this.versions.update((list) => [
          saved,
          ...list.filter((x) => x.id !== saved.id && x.status !== 'DRAFT'),
        ]);
        this.form.markAsPristine();
        this.dirty.set(false);
        this.submitted.set(false);
        this.startedFrom.set(null);
        return this.i18n.translate('participants.agreements.saved');
      },
    );
  }

  protected askPublish(): void {
    this.transition.markAsTouched();
    if (this.transition.invalid) {
      this.focus('#agreement-transition');
      return;
    }
    this.confirmPublish.set(true);
  }

  protected publish(): void {
    this.confirmPublish.set(false);
    this.run(
      this.api.publishAgreementDraft(this.transition.value || null),
      (published) => {
        this.transition.reset('');
        // The draft is now published: the form may show the new latest text again.
        this.form.markAsPristine();
        this.load(true);
        return this.i18n.translate('participants.agreements.published', {
          version: published.version ?? '',
        });
      },
    );
  }

  protected showAcceptances(version: AgreementVersion): void {
    this.acceptancesOf.set(version);
    this.acceptances.set(null);
    this.api
      .agreementAcceptances(version.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (rows) => {
          this.acceptances.set(
            [...rows].sort(
              (a, b) =>
                Number(!!a.acceptedAt) - Number(!!b.acceptedAt) ||
                a.displayName.localeCompare(b.displayName, this.i18n.locale()),
            ),
          );
          this.focus('#acceptances-heading');
        },
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
  }

  private load(fillForm: boolean): void {
    this.api
      .agreementVersions()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.versions.set(list);
          this.loading.set(false);
          // Never overwrite what the advisor started typing while the list was loading.
          if (fillForm && this.form.pristine) this.fill(list);
        },
        error: (e: unknown) => {
          this.error.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
  }

  /** The draft if there is one; otherwise start from the latest published text. */
  private fill(list: AgreementVersion[]): void {
    const draft = list.find((v) => v.status === 'DRAFT');
    const latest = list.find((v) => v.status === 'PUBLISHED');
    const source = draft ?? latest;
    this.startedFrom.set(!draft && latest ? latest.version : null);
    if (source)
      this.form.reset({
        title: source.title,
        markdown: source.markdown,
        termMonths: source.termMonths,
      });
    this.dirty.set(false);
  }

  private run<T>(request: Observable<T>, done: (v: T) => string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.success.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        this.success.set(done(value));
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(this.i18n.errorMessage(e));
      },
    });
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
