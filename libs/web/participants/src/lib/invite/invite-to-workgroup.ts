import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { I18nService, TranslatePipe } from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { catchError, concatMap, from, map, of, toArray } from 'rxjs';
import {
  InviteApi,
  type InviteTrajectory,
  type InviteWorkgroup,
} from '../data-access/invite-api';

/** Someone who can be invited: they need an account. */
export interface Invitee {
  userId: string | null;
  displayName: string;
  /** Ticked to begin with (e.g. the suggested team). */
  preselected?: boolean;
}

/**
 * The next step after Matchen or a fair draw: invite the people found to a
 * workgroup or open call of a trajectory the caller steers, through the
 * trajectory's own invitation (a notification, and the person says yes or no).
 */
@Component({
  selector: 'isp-invite-to-workgroup',
  imports: [TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card invite" [attr.aria-labelledby]="idPrefix() + '-heading'">
      <h3 [id]="idPrefix() + '-heading'">
        {{ 'participationSteps.invite.heading' | translate }}
      </h3>
      <p class="muted">{{ 'participationSteps.invite.intro' | translate }}</p>
      @if (trajectories().length === 0 && loaded()) {
        <p>{{ 'participationSteps.invite.noTrajectories' | translate }}</p>
      } @else {
        <div class="row">
          <div class="field">
            <label [for]="idPrefix() + '-trajectory'">{{
              'participationSteps.invite.trajectory' | translate
            }}</label>
            <select
              [id]="idPrefix() + '-trajectory'"
              [value]="trajectoryId() ?? ''"
              (change)="chooseTrajectory($any($event.target).value)"
            >
              <option value="">
                {{ 'participationSteps.invite.chooseTrajectory' | translate }}
              </option>
              @for (t of trajectories(); track t.id) {
                <option [value]="t.id" [selected]="t.id === trajectoryId()">
                  {{ t.title }}
                </option>
              }
            </select>
          </div>
          @if (trajectoryId()) {
            <div class="field">
              <label [for]="idPrefix() + '-workgroup'">{{
                'participationSteps.invite.workgroup' | translate
              }}</label>
              <select
                [id]="idPrefix() + '-workgroup'"
                [value]="workgroupId() ?? ''"
                (change)="workgroupId.set($any($event.target).value || null)"
              >
                <option value="">
                  {{ 'participationSteps.invite.chooseWorkgroup' | translate }}
                </option>
                @for (w of workgroups(); track w.id) {
                  <option [value]="w.id" [selected]="w.id === workgroupId()">
                    {{ workgroupLabel(w) }}
                  </option>
                }
              </select>
            </div>
          }
        </div>
        @if (trajectoryId() && workgroupsLoaded() && workgroups().length === 0) {
          <p>{{ 'participationSteps.invite.noWorkgroups' | translate }}</p>
        }
        <fieldset class="people">
          <legend>{{ 'participationSteps.invite.people' | translate }}</legend>
          @for (p of invitable(); track p.userId) {
            <div class="check">
              <input
                type="checkbox"
                [id]="idPrefix() + '-person-' + $index"
                [checked]="chosen().has(p.userId)"
                (change)="toggle(p.userId, $any($event.target).checked)"
              />
              <label [for]="idPrefix() + '-person-' + $index">{{
                p.displayName
              }}</label>
            </div>
          }
        </fieldset>
        <button
          type="button"
          class="button"
          [disabled]="busy()"
          (click)="invite()"
        >
          {{
            (busy()
              ? 'participationSteps.invite.sending'
              : 'participationSteps.invite.submit'
            ) | translate: { count: chosen().size }
          }}
        </button>
      }
      <div aria-live="polite">
        @if (error(); as message) {
          <isp-alert kind="error">{{ message }}</isp-alert>
        }
        @if (outcome(); as o) {
          @if (o.done.length) {
            <isp-alert kind="success">{{ o.summary }}</isp-alert>
          }
          @if (o.failed.length) {
            <isp-alert kind="error">
              <ul class="failures">
                @for (f of o.failed; track $index) {
                  <li>{{ f }}</li>
                }
              </ul>
            </isp-alert>
          }
        }
      </div>
    </section>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      min-width: min(100%, 16rem);
    }
    .field label {
      font-weight: 600;
    }
    .people {
      border: 0;
      margin: 0.75rem 0;
      padding: 0;
    }
    .people legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .check {
      align-items: center;
      display: flex;
      gap: 0.5rem;
      min-height: 2.75rem;
    }
    .failures {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class InviteToWorkgroupComponent {
  private readonly api = inject(InviteApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  readonly people = input.required<Invitee[]>();
  /** Preselects this trajectory (a draw made for it). */
  readonly forTrajectory = input<string | null>(null);
  readonly idPrefix = input('invite');

  protected readonly trajectories = signal<InviteTrajectory[]>([]);
  protected readonly loaded = signal(false);
  protected readonly workgroups = signal<InviteWorkgroup[]>([]);
  protected readonly workgroupsLoaded = signal(false);
  protected readonly trajectoryId = signal<string | null>(null);
  protected readonly workgroupId = signal<string | null>(null);
  protected readonly chosen = signal<Set<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly outcome = signal<{
    done: string[];
    failed: string[];
    summary: string;
  } | null>(null);

  protected readonly invitable = computed(() =>
    this.people().filter(
      (p): p is Invitee & { userId: string } => p.userId !== null,
    ),
  );

  constructor() {
    this.api
      .trajectories()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.trajectories.set(list);
          this.loaded.set(true);
        },
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
    // New people (another match, another draw): start from their preselection.
    effect(() => {
      const people = this.invitable();
      untracked(() => {
        this.chosen.set(
          new Set(people.filter((p) => p.preselected).map((p) => p.userId)),
        );
        this.outcome.set(null);
      });
    });
    effect(() => {
      const preset = this.forTrajectory();
      untracked(() => this.chooseTrajectory(preset ?? ''));
    });
  }

  protected workgroupLabel(w: InviteWorkgroup): string {
    return w.callStatus === 'OPEN'
      ? this.i18n.translate('participationSteps.invite.openCall', {
          name: w.name,
        })
      : w.name;
  }

  protected chooseTrajectory(id: string): void {
    this.trajectoryId.set(id || null);
    this.workgroupId.set(null);
    this.workgroups.set([]);
    this.workgroupsLoaded.set(false);
    if (!id) return;
    this.api
      .workgroups(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.workgroups.set(list);
          this.workgroupsLoaded.set(true);
          // One workgroup: nothing to choose.
          if (list.length === 1) this.workgroupId.set(list[0]!.id);
        },
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
  }

  protected toggle(userId: string, on: boolean): void {
    const next = new Set(this.chosen());
    if (on) next.add(userId);
    else next.delete(userId);
    this.chosen.set(next);
  }

  protected invite(): void {
    const workgroupId = this.workgroupId();
    const workgroup = this.workgroups().find((w) => w.id === workgroupId);
    const people = this.invitable().filter((p) => this.chosen().has(p.userId));
    this.error.set(null);
    this.outcome.set(null);
    if (!workgroupId || !workgroup || people.length === 0) {
      this.error.set(this.i18n.translate('participationSteps.invite.chooseFirst'));
      return;
    }
    this.busy.set(true);
    // One at a time: each person's answer (e.g. not eligible) is their own.
    from(people)
      .pipe(
        concatMap((person) =>
          this.api.invite(workgroupId, person.userId).pipe(
            map(() => ({ person, failure: null as string | null })),
            catchError((e: unknown) =>
              of({ person, failure: this.i18n.errorMessage(e) }),
            ),
          ),
        ),
        toArray(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((results) => {
        this.busy.set(false);
        const done = results
          .filter((r) => r.failure === null)
          .map((r) => r.person.displayName);
        this.outcome.set({
          done,
          failed: results
            .filter((r) => r.failure !== null)
            .map((r) =>
              this.i18n.translate('participationSteps.invite.failed', {
                name: r.person.displayName,
                reason: r.failure as string,
              }),
            ),
          summary: this.i18n.translate('participationSteps.invite.done', {
            count: done.length,
            workgroup: workgroup.name,
          }),
        });
      });
  }
}
