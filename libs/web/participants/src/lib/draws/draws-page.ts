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
  type AbstractControl,
} from '@angular/forms';
import type { WayOfTakingPart } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  CheckListComponent,
  FormFieldComponent,
  describedBy,
} from '@inspraak/web-ui';
import type { Observable } from 'rxjs';
import {
  PoolAdminApi,
  type Department,
  type DrawVerification,
  type SortitionDraw,
  type SortitionDrawDetail,
} from '../data-access/pool-admin-api';
import { CONSENT_PURPOSES } from '../profile-form/profile-form.model';
import { InviteApi, type InviteTrajectory } from '../data-access/invite-api';
import {
  InviteToWorkgroupComponent,
  type Invitee,
} from '../invite/invite-to-workgroup';

export const STRATA = ['department', 'location', 'contractType'] as const;
export type Stratum = (typeof STRATA)[number];

function wholeNumber(min: number, max: number, initial: number) {
  return new FormControl<number | null>(initial, {
    validators: [
      Validators.required,
      Validators.min(min),
      Validators.max(max),
      Validators.pattern(/^\d+$/),
    ],
  });
}

/** Fair draws: draw, show how it came out per group, and let anyone check it. */
@Component({
  selector: 'isp-draws-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    CheckListComponent,
    FormFieldComponent,
    InviteToWorkgroupComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draws-page.html',
  styleUrl: './draws-page.scss',
})
export class DrawsPageComponent {
  private readonly api = inject(PoolAdminApi);
  private readonly inviteApi = inject(InviteApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly describedBy = describedBy;
  protected readonly ways = CONSENT_PURPOSES;
  protected readonly departments = signal<Department[]>([]);
  protected readonly draws = signal<SortitionDraw[]>([]);
  protected readonly detail = signal<SortitionDrawDetail | null>(null);
  protected readonly verification = signal<{
    drawId: string;
    result: DrawVerification;
  } | null>(null);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly success = signal<string | null>(null);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.maxLength(200),
        (c: AbstractControl<string>) =>
          c.value.trim() ? null : { required: true },
      ],
    }),
    wayOfTakingPart: new FormControl<WayOfTakingPart>('SOUNDING_BOARD', {
      nonNullable: true,
    }),
    seats: wholeNumber(1, 500, 8),
    reserves: wholeNumber(0, 500, 2),
    strataBy: new FormControl<string[]>(['department'], {
      nonNullable: true,
      validators: [
        (c: AbstractControl<string[]>) =>
          c.value.length ? null : { required: true },
      ],
    }),
    seed: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(100)],
    }),
    trajectoryId: new FormControl('', { nonNullable: true }),
  });

  protected readonly trajectories = signal<InviteTrajectory[]>([]);

  /** The people drawn, to invite as the next step: the seats ticked, the reserves in call-up order after them. */
  protected readonly invitees = computed((): Invitee[] => {
    const detail = this.detail();
    if (!detail) return [];
    return [
      ...detail.seated.map((p) => ({ ...p, preselected: true })),
      ...detail.reserves.map((p) => ({ ...p, preselected: false })),
    ];
  });

  protected readonly strataOptions = computed(() => {
    this.i18n.language();
    return STRATA.map((s) => ({
      value: s,
      label: this.i18n.translate(`participants.draws.strata.${s}`),
    }));
  });

  private readonly departmentNames = computed(
    () => new Map(this.departments().map((d) => [d.id, d.name])),
  );

  constructor() {
    this.api
      .departments()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (d) => this.departments.set(d),
        error: () => undefined,
      });
    this.loadDraws();
    this.inviteApi
      .trajectories()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.trajectories.set(list),
        error: () => undefined,
      });
  }

  protected whereOf(person: {
    departmentName: string | null;
    location: string | null;
  }): string {
    return [person.departmentName, person.location]
      .filter((v): v is string => !!v)
      .join(', ');
  }

  protected wayKey(way: WayOfTakingPart): TranslationKey {
    return `participants.ways.${way}`;
  }

  protected strataText(strataBy: readonly string[]): string {
    return strataBy
      .map((s) =>
        (STRATA as readonly string[]).includes(s)
          ? this.i18n.translate(`participants.draws.strata.${s as Stratum}`)
          : s,
      )
      .join(', ');
  }

  /** A stratum key is the JSON list of its values, in the order of `strataBy`. */
  protected stratumLabel(key: string, strataBy: readonly string[]): string {
    let values: unknown;
    try {
      values = JSON.parse(key);
    } catch {
      return key;
    }
    if (!Array.isArray(values)) return key;
    if (values.length === 0)
      return this.i18n.translate('participants.draws.wholePool');
    return values
      .map((value, i) => {
        if (value === null || value === undefined || value === '')
          return this.i18n.translate('participants.draws.unknown');
        const text = String(value);
        switch (strataBy[i]) {
          case 'department':
            return this.departmentNames().get(text) ?? text;
          case 'contractType':
            return this.i18n.has(`contractTypes.${text}`)
              ? this.i18n.translateDynamic(`contractTypes.${text}`)
              : text;
          default:
            return text;
        }
      })
      .join(' · ');
  }

  protected countError(name: 'seats' | 'reserves'): string | null {
    const c = this.form.controls[name];
    if (!showsErrors(c, this.submitted()) || c.valid) return null;
    return this.i18n.translate('participants.draws.countInvalid', {
      min: name === 'seats' ? 1 : 0,
      max: 500,
    });
  }

  protected titleError(): string | null {
    const c = this.form.controls.title;
    return showsErrors(c, this.submitted()) && c.invalid
      ? this.i18n.translate('participants.draws.titleRequired')
      : null;
  }

  protected strataError(): string | null {
    return this.submitted() && this.form.controls.strataBy.invalid
      ? this.i18n.translate('participants.draws.strataRequired')
      : null;
  }

  protected draw(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus('.draw-form [aria-invalid="true"]');
      return;
    }
    const v = this.form.getRawValue();
    const title = v.title.trim();
    this.run(
      this.api.draw({
        title,
        wayOfTakingPart: v.wayOfTakingPart,
        seats: Number(v.seats),
        reserves: Number(v.reserves),
        strataBy: v.strataBy,
        seed: v.seed.trim() || null,
        trajectoryId: v.trajectoryId || null,
      }),
      (detail) => {
        this.show(detail);
        this.submitted.set(false);
        this.form.controls.seed.reset('');
        this.loadDraws();
        this.success.set(
          this.i18n.translate('participants.draws.drawn', { title }),
        );
      },
    );
  }

  protected open(draw: SortitionDraw): void {
    this.run(this.api.drawDetail(draw.id), (detail) => this.show(detail));
  }

  protected verify(draw: SortitionDraw): void {
    this.run(this.api.verifyDraw(draw.id), (result) =>
      this.verification.set({ drawId: draw.id, result }),
    );
  }

  protected verificationText(result: DrawVerification): string {
    return result.matches
      ? this.i18n.translate('participationSteps.draw.verifyOk')
      : this.i18n.translate('participationSteps.draw.verifyFailed', {
          mismatches: result.mismatches.join('; '),
        });
  }

  private show(detail: SortitionDrawDetail): void {
    this.detail.set(detail);
    this.verification.set(null);
    this.focus('#draw-result-heading');
  }

  private loadDraws(): void {
    this.api
      .draws()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) =>
          this.draws.set(
            [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
          ),
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.success.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
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
