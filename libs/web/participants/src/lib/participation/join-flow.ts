import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ConsentPurpose } from '@inspraak/shared';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent, MarkdownComponent } from '@inspraak/web-ui';
import { switchMap, type Observable, of } from 'rxjs';
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

export const JOIN_STEPS = ['about', 'profile', 'consents'] as const;
/** The agreement comes last, and only when one has been published. */
export type JoinStep = (typeof JOIN_STEPS)[number] | 'agreement';

/**
 * Joining the pool in three steps, four with a published agreement. Each step change moves focus to the step's
 * heading, which says where you are ("Stap 2 van 3: Je profiel").
 */
@Component({
  selector: 'isp-join-flow',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    MarkdownComponent,
    ProfileFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './join-flow.html',
  styleUrl: './join-flow.scss',
})
export class JoinFlowComponent implements OnInit {
  private readonly api = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly stepHeading =
    viewChild<ElementRef<HTMLElement>>('stepHeading');

  readonly skills = input<readonly Skill[]>([]);
  /** A participation that was left: its profile is offered again. */
  readonly previous = input<Participation | null>(null);
  /** The published agreement, accepted in the last step; null: no such step. */
  readonly agreement = input<AgreementVersion | null>(null);
  readonly joined = output<Participation>();

  protected readonly steps = computed<readonly JoinStep[]>(() =>
    this.agreement() ? [...JOIN_STEPS, 'agreement'] : JOIN_STEPS,
  );
  /** Set once joinPool succeeded, so a failed acceptance is retried on its own. */
  private readonly joinedAs = signal<Participation | null>(null);
  protected readonly purposes = CONSENT_PURPOSES;
  protected readonly stepIndex = signal(0);
  protected readonly step = computed(() => this.steps()[this.stepIndex()]);
  protected readonly profileSubmitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly profile = createProfileForm();
  protected readonly consents = new FormGroup({
    WORKGROUP: new FormControl(false, { nonNullable: true }),
    SOUNDING_BOARD: new FormControl(false, { nonNullable: true }),
    SURVEY_PANEL: new FormControl(false, { nonNullable: true }),
    AMBASSADOR: new FormControl(false, { nonNullable: true }),
  } satisfies Record<ConsentPurpose, FormControl<boolean>>);

  ngOnInit(): void {
    const previous = this.previous();
    if (previous) fillProfileForm(this.profile, previous);
  }

  protected stepKey(step: JoinStep): TranslationKey {
    return `participants.join.steps.${step}`;
  }

  protected consentKey(purpose: ConsentPurpose): TranslationKey {
    return `participants.consentLabel.${purpose}`;
  }

  protected consentHelpKey(purpose: ConsentPurpose): TranslationKey {
    return `participants.waysHelp.${purpose}`;
  }

  protected next(): void {
    this.error.set(null);
    if (this.step() === 'profile') {
      this.profileSubmitted.set(true);
      if (this.profile.invalid) {
        this.profile.markAllAsTouched();
        this.error.set(this.i18n.translate('participants.join.fixErrors'));
        this.focus('.profile-form [aria-invalid="true"]');
        return;
      }
    }
    this.goTo(this.stepIndex() + 1);
  }

  protected previousStep(): void {
    this.error.set(null);
    this.goTo(this.stepIndex() - 1);
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.profile.invalid) {
      this.goTo(1);
      return;
    }
    const chosen = this.consents.getRawValue();
    const consents = CONSENT_PURPOSES.filter((p) => chosen[p]);
    const agreement = this.agreement();
    this.busy.set(true);
    this.error.set(null);
    const join: Observable<Participation> =
      this.joinedAs() !== null
        ? of(this.joinedAs() as Participation)
        : this.api.joinPool({
            profile: profileInputOf(this.profile),
            consents,
          });
    join
      .pipe(
        switchMap((participation) => {
          this.joinedAs.set(participation);
          if (!agreement?.contentHash) return of(participation);
          // Acceptance is recorded with the hash of the text shown here.
          return this.api
            .acceptAgreement(agreement.id, agreement.contentHash)
            .pipe(switchMap(() => this.api.myParticipation()));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (participation) => {
          this.busy.set(false);
          const joined = participation ?? this.joinedAs();
          if (joined) this.joined.emit(joined);
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.error.set(this.i18n.errorMessage(e));
        },
      });
  }

  private goTo(index: number): void {
    this.stepIndex.set(Math.max(0, Math.min(this.steps().length - 1, index)));
    afterNextRender(() => this.stepHeading()?.nativeElement.focus(), {
      injector: this.injector,
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
