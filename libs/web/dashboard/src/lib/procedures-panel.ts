import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  LocalDatePipe,
  LocalTextPipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import type { DashboardProcedures } from './dashboard-api';

/** WOR procedures counted by state, and the next legal deadlines; each links to the procedure. */
@Component({
  selector: 'isp-dashboard-procedures',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ 'dashboard.procedures.byState' | translate }}</h3>
    @if (procedures().byState.length === 0) {
      <p class="muted">{{ 'dashboard.procedures.none' | translate }}</p>
    } @else {
      <ul class="figures" data-testid="procedures-by-state">
        @for (s of procedures().byState; track s.state) {
          <li>
            <a routerLink="/procedures">
              <span class="figure">{{ s.count }}</span>
              {{ stateKey(s.state) | translate }}
            </a>
          </li>
        }
      </ul>
    }
    <h3>{{ 'dashboard.procedures.nextDeadlines' | translate }}</h3>
    @if (procedures().nextDeadlines.length === 0) {
      <p class="muted">{{ 'dashboard.procedures.noDeadlines' | translate }}</p>
    } @else {
      <ul class="items" data-testid="next-deadlines">
        @for (d of procedures().nextDeadlines; track d.procedureId + d.kind) {
          <li>
            <span class="date">{{ d.date | localDate }}</span>
            <a [routerLink]="['/procedures', d.procedureId]">{{
              d.procedureTitle
            }}</a>
            <span class="muted">{{ d.nameNl | localText: d.nameEn }}</span>
          </li>
        }
      </ul>
    }
  `,
})
export class DashboardProceduresComponent {
  readonly procedures = input.required<DashboardProcedures>();

  protected stateKey(state: string): TranslationKey {
    return `procedures.states.${state}` as TranslationKey;
  }
}
