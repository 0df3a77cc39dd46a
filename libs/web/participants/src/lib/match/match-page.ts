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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import type { MatchNeedInput, WayOfTakingPart } from '@inspraak/shared';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CheckListComponent,
  FormFieldComponent,
  TagInputComponent,
  describedBy,
} from '@inspraak/web-ui';
import { ParticipantsApi, type Skill } from '../data-access/participants-api';
import {
  PoolAdminApi,
  type Department,
  type MatchCandidate,
  type MatchResult,
} from '../data-access/pool-admin-api';
import {
  InviteToWorkgroupComponent,
  type Invitee,
} from '../invite/invite-to-workgroup';
import { CONSENT_PURPOSES } from '../profile-form/profile-form.model';

export const MATCH_LIMIT = 20;

/** Finding people for a project: the need, then a ranked, explained list. */
@Component({
  selector: 'isp-match-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CheckListComponent,
    FormFieldComponent,
    TagInputComponent,
    InviteToWorkgroupComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './match-page.html',
  styleUrl: './match-page.scss',
})
export class MatchPageComponent {
  private readonly api = inject(PoolAdminApi);
  private readonly participants = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly describedBy = describedBy;
  protected readonly ways = CONSENT_PURPOSES;
  protected readonly skills = signal<Skill[]>([]);
  protected readonly departments = signal<Department[]>([]);
  protected readonly result = signal<MatchResult | null>(null);
  /** The candidates as people to invite, the suggested team ticked. */
  protected readonly invitees = computed((): Invitee[] =>
    (this.result()?.candidates ?? []).map((c) => ({
      userId: c.userId,
      displayName: c.displayName,
      preselected: c.suggested,
    })),
  );
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup({
    skillIds: new FormControl<string[]>([], { nonNullable: true }),
    themes: new FormControl<string[]>([], { nonNullable: true }),
    size: new FormControl<number | null>(5, {
      validators: [
        Validators.required,
        Validators.min(1),
        Validators.max(200),
        Validators.pattern(/^\d+$/),
      ],
    }),
    mustCoverDepartmentIds: new FormControl<string[]>([], {
      nonNullable: true,
    }),
    mustCoverLocations: new FormControl<string[]>([], { nonNullable: true }),
    hoursPerMonth: new FormControl<number | null>(null, {
      validators: [
        Validators.min(0),
        Validators.max(80),
        Validators.pattern(/^\d+$/),
      ],
    }),
    wayOfTakingPart: new FormControl<WayOfTakingPart>('WORKGROUP', {
      nonNullable: true,
    }),
  });

  protected readonly skillOptions = computed(() =>
    [...this.skills()]
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()))
      .map((s) => ({ value: s.id, label: s.name })),
  );
  protected readonly departmentOptions = computed(() =>
    [...this.departments()]
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()))
      .map((d) => ({ value: d.id, label: d.name })),
  );
  protected readonly suggestedCount = computed(
    () => this.result()?.candidates.filter((c) => c.suggested).length ?? 0,
  );

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
  }

  protected wayKey(way: WayOfTakingPart): TranslationKey {
    return `participants.ways.${way}`;
  }

  /** The explanation in the language the UI shows now. */
  protected explanation(candidate: MatchCandidate): string {
    return this.i18n.language() === 'en'
      ? candidate.explanationEn
      : candidate.explanationNl;
  }

  protected reason(reason: string): string {
    const key = `participants.match.reasons.${reason}`;
    return this.i18n.has(key) ? this.i18n.translateDynamic(key) : reason;
  }

  protected score(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), {
      maximumFractionDigits: 2,
    }).format(value);
  }

  protected sizeError(): string | null {
    const c = this.form.controls.size;
    return showsErrors(c, this.submitted()) && c.invalid
      ? this.i18n.translate('participants.match.sizeInvalid')
      : null;
  }

  protected hoursError(): string | null {
    const c = this.form.controls.hoursPerMonth;
    return showsErrors(c, this.submitted()) && c.invalid
      ? this.i18n.translate('participants.match.hoursInvalid')
      : null;
  }

  protected find(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      this.focus('.need-form [aria-invalid="true"]');
      return;
    }
    const v = this.form.getRawValue();
    const hours = v.hoursPerMonth;
    const need: MatchNeedInput = {
      skillIds: v.skillIds,
      themes: v.themes,
      size: Number(v.size),
      mustCoverDepartmentIds: v.mustCoverDepartmentIds,
      mustCoverLocations: v.mustCoverLocations,
      hoursPerMonth: hours === null || `${hours}` === '' ? null : Number(hours),
      wayOfTakingPart: v.wayOfTakingPart,
    };
    this.busy.set(true);
    this.error.set(null);
    this.api
      .match(need, MATCH_LIMIT)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          this.result.set(result);
          this.focus('#match-results-heading');
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
