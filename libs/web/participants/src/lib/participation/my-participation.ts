import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { addDays, isCalendarDate, todayInAmsterdam } from '@inspraak/domain';
import type { ConsentPurpose, FieldVisibility } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  isApiError,
  type TranslationKey,
  downloadBlob,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  MarkdownComponent,
} from '@inspraak/web-ui';
import { switchMap, type Observable } from 'rxjs';
import {
  ParticipantsApi,
  type AgreementVersion,
  type Participation,
  type Skill,
} from '../data-access/participants-api';
import { ProfileFormComponent } from '../profile-form/profile-form';
import {
  CONSENT_PURPOSES,
  createProfileForm,
  fillProfileForm,
  profileInputOf,
} from '../profile-form/profile-form.model';

/** The API accepts a pause end after today and at most this many days ahead. */
export const MAX_PAUSE_DAYS = 365;

type Section = 'agreement' | 'profile' | 'consents' | 'pause' | 'leave';

/** A participant's own page: the profile, consents, pausing and leaving. */
@Component({
  selector: 'isp-my-participation',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    MarkdownComponent,
    ProfileFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-participation.html',
  styleUrl: './my-participation.scss',
})
export class MyParticipationComponent {
  private readonly api = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly profileHeading =
    viewChild<ElementRef<HTMLElement>>('profileHeading');

  readonly participation = input.required<Participation>();
  readonly skills = input<readonly Skill[]>([]);
  /** The published agreement, or null when there is none. */
  readonly agreement = input<AgreementVersion | null>(null);
  /** Every successful change, so the page holds the latest state. */
  readonly changed = output<Participation>();

  protected readonly purposes = CONSENT_PURPOSES;
  protected readonly today = todayInAmsterdam();
  protected readonly pauseMin = addDays(this.today, 1);
  protected readonly pauseMax = addDays(this.today, MAX_PAUSE_DAYS);

  protected readonly editing = signal(false);
  protected readonly profileSubmitted = signal(false);
  private readonly document = inject(DOCUMENT);
  protected readonly busy = signal<Section | null>(null);
  protected readonly savingConsent = signal<ConsentPurpose | null>(null);
  protected readonly confirmLeave = signal(false);
  protected readonly pauseSubmitted = signal(false);
  protected readonly message = signal<{
    section: Section;
    text: string;
  } | null>(null);
  protected readonly error = signal<{ section: Section; text: string } | null>(
    null,
  );

  protected readonly profileForm = createProfileForm();
  protected readonly pauseUntil = new FormControl(addDays(this.today, 14), {
    nonNullable: true,
    validators: [
      (control: AbstractControl<string>): ValidationErrors | null => {
        const value = control.value;
        return isCalendarDate(value) &&
          value >= this.pauseMin &&
          value <= this.pauseMax
          ? null
          : { pauseDate: true };
      },
    ],
  });

  protected readonly skillNames = computed(() => {
    const byId = new Map(this.skills().map((s) => [s.id, s.name]));
    return this.participation()
      .skillIds.map((id) => byId.get(id))
      .filter((name): name is string => !!name);
  });

  protected readonly waysText = computed(() =>
    this.participation()
      .waysOfTakingPart.map((way) =>
        this.i18n.translate(`participants.ways.${way}`),
      )
      .join(', '),
  );

  protected readonly languagesText = computed(() =>
    this.participation()
      .languages.map((code) => this.languageName(code))
      .join(', '),
  );

  protected messageFor(section: Section): string | null {
    const message = this.message();
    return message?.section === section ? message.text : null;
  }

  protected errorFor(section: Section): string | null {
    const error = this.error();
    return error?.section === section ? error.text : null;
  }

  protected statusKey(): TranslationKey {
    return `participants.status.${this.participation().status}`;
  }

  protected consentKey(purpose: ConsentPurpose): TranslationKey {
    return `participants.consentLabel.${purpose}`;
  }

  protected consentHelpKey(purpose: ConsentPurpose): TranslationKey {
    return `participants.waysHelp.${purpose}`;
  }

  protected visibleTo(visibility: FieldVisibility): string {
    return this.i18n.translate('participants.mine.visibleTo', {
      who: this.i18n.translate(`participants.visibility.${visibility}`),
    });
  }

  private languageName(code: string): string {
    const key = `participants.languageNames.${code}`;
    return this.i18n.has(key)
      ? this.i18n.translateDynamic(key)
      : code.toUpperCase();
  }

  protected hasConsent(purpose: ConsentPurpose): boolean {
    return this.participation().consents.includes(purpose);
  }

  protected pauseError(): string | null {
    if (!showsErrors(this.pauseUntil, this.pauseSubmitted())) return null;
    if (this.pauseUntil.errors?.['pauseDate'])
      return this.i18n.translate('participants.mine.pauseDateInvalid');
    if (this.pauseUntil.errors?.['server'])
      return String(this.pauseUntil.errors['server']);
    return null;
  }

  protected startEditing(): void {
    fillProfileForm(this.profileForm, this.participation());
    this.profileSubmitted.set(false);
    this.message.set(null);
    this.error.set(null);
    this.editing.set(true);
    this.focus('#edit-profile-heading');
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.error.set(null);
    afterNextRender(() => this.profileHeading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected saveProfile(): void {
    this.profileSubmitted.set(true);
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      this.error.set({
        section: 'profile',
        text: this.i18n.translate('participants.join.fixErrors'),
      });
      this.focus('.profile-form [aria-invalid="true"]');
      return;
    }
    this.run(
      'profile',
      this.api.updateMyProfile(profileInputOf(this.profileForm)),
      () => {
        this.editing.set(false);
        afterNextRender(() => this.profileHeading()?.nativeElement.focus(), {
          injector: this.injector,
        });
        return this.i18n.translate('participants.mine.profileSaved');
      },
    );
  }

  protected toggleConsent(purpose: ConsentPurpose, event: Event): void {
    const box = event.target as HTMLInputElement;
    const granted = box.checked;
    if (this.busy()) {
      // One change at a time; the box is not disabled so keyboard focus stays put.
      box.checked = !granted;
      return;
    }
    this.savingConsent.set(purpose);
    const label = this.i18n.translate(`participants.ways.${purpose}`);
    this.run(
      'consents',
      this.api.setConsent(purpose, granted),
      () =>
        this.i18n.translate(
          granted
            ? 'participants.mine.consentGranted'
            : 'participants.mine.consentWithdrawn',
          { purpose: label.toLocaleLowerCase(this.i18n.locale()) },
        ),
      () => {
        // Not saved: show the box as it really is.
        box.checked = !granted;
      },
    );
  }

  /** Accept the published version, with the hash of the text shown. */
  protected acceptAgreement(): void {
    const agreement = this.agreement();
    if (!agreement?.contentHash) return;
    this.run(
      'agreement',
      this.api
        .acceptAgreement(agreement.id, agreement.contentHash)
        .pipe(switchMap(() => this.api.myParticipation())),
      (saved) => {
        this.focus('#agreement-heading');
        return this.i18n.translate('participants.agreement.accepted', {
          version: agreement.version ?? '',
          date: this.i18n.formatDate(saved.agreement?.validUntil ?? null),
        });
      },
    );
  }

  /** Saves the accepted text, with the statement of acceptance, as a PDF file. */
  protected downloadAgreement(versionId: string, version: number): void {
    this.api
      .acceptedAgreementPdf(versionId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          downloadBlob(
            this.document,
            `deelnemersovereenkomst-v${version}.pdf`,
            new Blob([bytes], { type: 'application/pdf' }),
          );
        },
        error: (e: unknown) =>
          this.error.set({
            section: 'agreement',
            text: this.i18n.errorMessage(e),
          }),
      });
  }

  protected pause(event: Event): void {
    event.preventDefault();
    this.pauseSubmitted.set(true);
    this.pauseUntil.markAsTouched();
    if (this.pauseUntil.invalid) {
      this.focus('#pause-until');
      return;
    }
    const until = this.pauseUntil.value;
    this.run(
      'pause',
      this.api.pause(until),
      (saved) => {
        this.pauseSubmitted.set(false);
        this.focus('#resume-button');
        return this.i18n.translate('participants.mine.paused', {
          date: this.i18n.formatDate(saved.pausedUntil ?? until),
        });
      },
      (e) => {
        if (isApiError(e) && e.reason === 'INVALID_PAUSE_DATE') {
          this.pauseUntil.setErrors({ server: e.message });
          this.focus('#pause-until');
        }
      },
    );
  }

  protected resume(): void {
    this.pauseSubmitted.set(false);
    this.run('pause', this.api.resume(), () => {
      this.focus('#pause-until');
      return this.i18n.translate('participants.mine.resumed');
    });
  }

  protected leave(): void {
    this.confirmLeave.set(false);
    // The page shows what comes next (the deletion date) once `changed` arrives.
    this.run('leave', this.api.leavePool(), () => null);
  }

  private run(
    section: Section,
    request: Observable<Participation | null>,
    done: (saved: Participation) => string | null,
    failed?: (error: unknown) => void,
  ): void {
    if (this.busy()) return;
    this.busy.set(section);
    this.message.set(null);
    this.error.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.savingConsent.set(null);
        const saved = result ?? this.participation();
        this.changed.emit(saved);
        const text = done(saved);
        if (text) this.message.set({ section, text });
      },
      error: (e: unknown) => {
        this.busy.set(null);
        this.savingConsent.set(null);
        failed?.(e);
        this.error.set({
          section,
          text: this.i18n.errorMessage(e),
        });
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
