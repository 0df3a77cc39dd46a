import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { ChartComponent } from '@inspraak/web-ui';
import type { DashboardSurveys } from './dashboard-api';
import { responseChart } from './dashboard-charts';

/**
 * Running surveys (invited, answered, waiting, closing date) and the latest
 * closed ones with their headline figure and the change since the previous
 * run. Every figure is what the survey's own results publish: a figure the
 * anonymity rule withholds arrives as null and is shown as "not shown yet".
 */
@Component({
  selector: 'isp-dashboard-surveys',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    ChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ 'dashboard.surveys.running' | translate }}</h3>
    @if (surveys().running.length === 0) {
      <p class="muted">{{ 'dashboard.surveys.noneRunning' | translate }}</p>
    } @else {
      <ul class="items" data-testid="running-surveys">
        @for (s of surveys().running; track s.surveyId) {
          <li>
            <a [routerLink]="['/surveys', s.surveyId, 'edit']">{{ s.title }}</a>
            <dl class="inline-figures">
              <div>
                <dt>{{ 'dashboard.surveys.invited' | translate }}</dt>
                <dd>{{ s.invited }}</dd>
              </div>
              <div>
                <dt>{{ 'dashboard.surveys.answered' | translate }}</dt>
                <dd>
                  @if (s.answered === null) {
                    <span [title]="'dashboard.noFiguresHint' | translate">{{
                      'dashboard.noFigures' | translate
                    }}</span>
                  } @else {
                    {{ s.answered }}
                  }
                </dd>
              </div>
              <div>
                <dt>{{ 'dashboard.surveys.waiting' | translate }}</dt>
                <dd>{{ s.waitingForRelease }}</dd>
              </div>
              <div>
                <dt>{{ 'dashboard.surveys.closes' | translate }}</dt>
                <dd>
                  {{
                    s.closesAt
                      ? (s.closesAt | localDate)
                      : ('dashboard.surveys.noClosingDate' | translate)
                  }}
                </dd>
              </div>
            </dl>
          </li>
        }
      </ul>
    }
    <h3>{{ 'dashboard.surveys.latestClosed' | translate }}</h3>
    @if (surveys().latestClosed.length === 0) {
      <p class="muted">{{ 'dashboard.surveys.noneClosed' | translate }}</p>
    } @else {
      <ul class="items" data-testid="closed-surveys">
        @for (s of surveys().latestClosed; track s.surveyId) {
          <li>
            <a [routerLink]="['/surveys', s.surveyId, 'results']">{{
              s.title
            }}</a>
            @if (s.respondents === null) {
              <p class="muted">
                {{ 'dashboard.noFigures' | translate }}:
                {{ 'dashboard.noFiguresHint' | translate }}
              </p>
            } @else {
              <p class="muted">
                {{
                  'dashboard.surveys.respondents'
                    | translate
                      : { count: s.respondents, rate: s.responseRate ?? 0 }
                }}
              </p>
            }
            @if (s.headline; as h) {
              <p>
                {{
                  headlineKey(h.measure)
                    | translate
                      : {
                          value: number(h.value),
                          question: (h.questionNl | localText: h.questionEn),
                        }
                }}
                @if (h.previous !== null) {
                  <span class="change" data-testid="survey-change">
                    ({{ changeText(h.value, h.previous) }})
                  </span>
                }
              </p>
            }
          </li>
        }
      </ul>
      @if (hasRates()) {
        <isp-chart
          [spec]="chart()"
          [locale]="i18n.locale()"
          [tableLabel]="'dashboard.showTable' | translate"
        />
      }
    }
  `,
})
export class DashboardSurveysComponent {
  readonly surveys = input.required<DashboardSurveys>();
  protected readonly i18n = inject(I18nService);

  protected readonly hasRates = computed(() =>
    this.surveys().latestClosed.some((s) => s.responseRate !== null),
  );
  protected readonly chart = computed(() => {
    this.i18n.language();
    return responseChart(this.surveys().latestClosed, {
      title: this.i18n.translate('dashboard.surveys.responseChart'),
      categoryHeader: this.i18n.translate('dashboard.surveys.survey'),
      seriesName: this.i18n.translate('dashboard.surveys.responseRate'),
    });
  });

  protected headlineKey(measure: string): TranslationKey {
    return measure === 'ENPS'
      ? 'dashboard.surveys.ENPS'
      : measure === 'MEAN'
        ? 'dashboard.surveys.MEAN'
        : 'dashboard.surveys.AGREE';
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), {
      maximumFractionDigits: 1,
    }).format(value);
  }

  /** "+12 since the previous run", with the sign spelled out. */
  protected changeText(value: number, previous: number): string {
    const change = Math.round((value - previous) * 10) / 10;
    if (change === 0) return this.i18n.translate('dashboard.surveys.noChange');
    const printed = new Intl.NumberFormat(this.i18n.locale(), {
      maximumFractionDigits: 1,
      signDisplay: 'always',
    }).format(change);
    return this.i18n.translate('dashboard.surveys.change', { change: printed });
  }
}
