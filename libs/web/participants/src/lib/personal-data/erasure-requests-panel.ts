import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { I18nService, LocalDatePipe, TranslatePipe } from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import {
  PersonalDataApi,
  type ErasureRequest,
} from '../data-access/personal-data-api';

/** The advisor's list of open erasure requests, each handled with one confirmed click. */
@Component({
  selector: 'isp-erasure-requests-panel',
  imports: [TranslatePipe, LocalDatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="erasure-heading">
      <h2 id="erasure-heading">
        {{ 'participants.erasure.heading' | translate }}
      </h2>
      <div aria-live="polite">
        @if (error(); as text) {
          <isp-alert kind="error">{{ text }}</isp-alert>
        }
        @if (done(); as text) {
          <isp-alert kind="success">{{ text }}</isp-alert>
        }
      </div>
      @if (requests().length === 0) {
        <p class="muted">{{ 'participants.erasure.none' | translate }}</p>
      } @else {
        <ul class="requests">
          @for (request of requests(); track request.id) {
            <li>
              <span
                >{{ request.displayName }} ·
                {{ request.requestedAt | localDate }}</span
              >
              @if (confirming() === request.id) {
                <button
                  type="button"
                  class="button danger"
                  (click)="handle(request)"
                >
                  {{ 'participants.erasure.confirm' | translate }}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  (click)="confirming.set(null)"
                >
                  {{ 'common.cancel' | translate }}
                </button>
              } @else {
                <button
                  type="button"
                  class="button secondary"
                  (click)="confirming.set(request.id)"
                >
                  {{ 'participants.erasure.handle' | translate }}
                </button>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .requests {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .requests li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
  `,
})
export class ErasureRequestsPanelComponent {
  private readonly api = inject(PersonalDataApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly requests = signal<ErasureRequest[]>([]);
  protected readonly confirming = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected handle(request: ErasureRequest): void {
    this.api
      .handle(request.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.confirming.set(null);
          this.done.set(
            this.i18n.translate('participants.erasure.handled', {
              name: request.displayName ?? '',
            }),
          );
          this.load();
        },
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
  }

  private load(): void {
    this.api
      .erasureRequests()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.requests.set(list),
        error: (e: unknown) => this.error.set(this.i18n.errorMessage(e)),
      });
  }
}
