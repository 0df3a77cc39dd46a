import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  downloadBlob,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import {
  PersonalDataApi,
  type ErasureReceipt,
} from '../data-access/personal-data-api';

/** One labelled part of the readable overview. */
interface OverviewSection {
  title: string;
  rows: { label: string; value: string }[];
}

/**
 * "Mijn gegevens": everything the platform holds about me, as a JSON file and
 * as a readable overview that can be printed or saved as PDF; and a request
 * for erasure, which the advisor handles.
 */
@Component({
  selector: 'isp-personal-data-panel',
  imports: [TranslatePipe, LocalDatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card personal-data" aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading">
        {{ 'participants.personalData.heading' | translate }}
      </h2>
      <p>{{ 'participants.personalData.intro' | translate }}</p>
      <div aria-live="polite">
        @if (error(); as text) {
          <isp-alert kind="error">{{ text }}</isp-alert>
        }
        @if (receipt(); as r) {
          <isp-alert kind="success">{{
            'participants.personalData.erasureReceived'
              | translate: { date: (r.requestedAt | localDate) }
          }}</isp-alert>
        }
      </div>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          [disabled]="busy()"
          (click)="downloadJson()"
        >
          {{ 'participants.personalData.downloadJson' | translate }}
        </button>
        <button
          type="button"
          class="button secondary"
          [disabled]="busy()"
          (click)="showOverview()"
        >
          {{ 'participants.personalData.showOverview' | translate }}
        </button>
      </div>
      @if (overview(); as sections) {
        <div class="overview">
          @for (section of sections; track section.title) {
            <h3>{{ section.title }}</h3>
            @if (section.rows.length) {
              <dl>
                @for (row of section.rows; track $index) {
                  <dt>{{ row.label }}</dt>
                  <dd>{{ row.value }}</dd>
                }
              </dl>
            } @else {
              <p class="muted">
                {{ 'participants.personalData.nothing' | translate }}
              </p>
            }
          }
          <button type="button" class="button secondary" (click)="print()">
            {{ 'participants.personalData.print' | translate }}
          </button>
        </div>
      }
      <h3>{{ 'participants.personalData.erasureHeading' | translate }}</h3>
      <p>{{ 'participants.personalData.erasureIntro' | translate }}</p>
      @if (confirming()) {
        <p>
          <strong>{{
            'participants.personalData.erasureConfirm' | translate
          }}</strong>
        </p>
        <div class="actions">
          <button
            type="button"
            class="button danger"
            [disabled]="busy()"
            (click)="requestErasure()"
          >
            {{ 'participants.personalData.erasureYes' | translate }}
          </button>
          <button
            type="button"
            class="button secondary"
            (click)="confirming.set(false)"
          >
            {{ 'common.cancel' | translate }}
          </button>
        </div>
      } @else {
        <button
          type="button"
          class="button secondary"
          [disabled]="busy() || !!receipt()"
          (click)="confirming.set(true)"
        >
          {{ 'participants.personalData.erasureRequest' | translate }}
        </button>
      }
    </section>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.75rem 0;
    }
    .overview {
      border-top: 1px solid #d3dce0;
      margin-top: 1rem;
      padding-top: 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(8rem, 30%) 1fr;
      gap: 0.25rem 1rem;
    }
    dt {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    @media (max-width: 40rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
  `,
})
export class PersonalDataPanelComponent {
  private readonly api = inject(PersonalDataApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly overview = signal<OverviewSection[] | null>(null);
  protected readonly confirming = signal(false);
  protected readonly receipt = signal<ErasureReceipt | null>(null);

  protected downloadJson(): void {
    this.load((json) => {
      downloadBlob(
        this.document,
        'mijn-gegevens-inspraak.json',
        new Blob([json], { type: 'application/json' }),
      );
    });
  }

  protected showOverview(): void {
    this.load((json) =>
      this.overview.set(
        toOverview(JSON.parse(json) as Record<string, unknown>, (key) =>
          this.i18n.translateDynamic(
            `participants.personalData.sections.${key}`,
          ),
        ),
      ),
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected requestErasure(): void {
    this.busy.set(true);
    this.api
      .requestErasure()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (receipt) => {
          this.busy.set(false);
          this.confirming.set(false);
          this.receipt.set(receipt);
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private load(use: (json: string) => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .myPersonalData()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (json) => {
          this.busy.set(false);
          use(json);
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private fail(e: unknown): void {
    this.busy.set(false);
    this.error.set(this.i18n.errorMessage(e));
  }
}

const SECTION_KEYS = [
  'account',
  'directoryEntry',
  'participation',
  'consents',
  'agreementAcceptances',
  'regieTeamSeats',
  'boardPosts',
  'boardSupports',
  'workgroups',
  'meetingInvitations',
  'actions',
  'evaluationsAnswered',
  'calendarFeed',
  'surveyInvitations',
  'notifications',
  'activity',
] as const;

/** Turns the export into labelled rows: objects become label/value pairs, lists become one row per item. */
export function toOverview(
  data: Record<string, unknown>,
  title: (key: string) => string,
): OverviewSection[] {
  const text = (value: unknown): string =>
    value === null || value === undefined
      ? '—'
      : Array.isArray(value)
        ? value.map(text).join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  return SECTION_KEYS.map((key) => {
    const value = data[key];
    if (Array.isArray(value)) {
      return {
        title: title(key),
        rows: value.map((item, index) => ({
          label: String(index + 1),
          value: Object.entries(item as Record<string, unknown>)
            .map(([k, v]) => `${k}: ${text(v)}`)
            .join(' · '),
        })),
      };
    }
    if (value && typeof value === 'object') {
      return {
        title: title(key),
        rows: Object.entries(value as Record<string, unknown>).map(
          ([label, v]) => ({ label, value: text(v) }),
        ),
      };
    }
    // A count or a yes/no (evaluations answered, a calendar subscription) is one row; nothing is none.
    if (value === null || value === undefined || value === 0 || value === false)
      return { title: title(key), rows: [] };
    return {
      title: title(key),
      rows: [{ label: '', value: text(value === true ? '✓' : value) }],
    };
  });
}
