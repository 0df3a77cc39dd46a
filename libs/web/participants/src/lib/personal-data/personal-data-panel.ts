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
  I18N_DICTIONARIES,
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
import {
  overviewWords,
  toReadableOverview,
  type OverviewSection,
} from './personal-data-overview';

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
          @for (section of sections; track section.key) {
            <h3>{{ section.title }}</h3>
            @if (section.rows.length) {
              <dl>
                @for (row of section.rows; track $index) {
                  <dt>{{ row.label }}</dt>
                  <dd>{{ row.value }}</dd>
                }
              </dl>
            } @else if (section.items.length) {
              <ol class="items">
                @for (item of section.items; track $index) {
                  <li>
                    <dl>
                      @for (row of item; track $index) {
                        <dt>{{ row.label }}</dt>
                        <dd>{{ row.value }}</dd>
                      }
                    </dl>
                  </li>
                }
              </ol>
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
    .items {
      padding-left: 1.25rem;
    }
    .items > li + li {
      border-top: 1px solid #e3e9ec;
      margin-top: 0.5rem;
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
  private readonly dictionaries = inject(I18N_DICTIONARIES);
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
        toReadableOverview(
          JSON.parse(json) as Record<string, unknown>,
          overviewWords(
            this.dictionaries[this.i18n.language()].personalData,
            this.i18n.locale(),
          ),
        ).sections,
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
