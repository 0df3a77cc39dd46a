import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  SessionService,
  TranslatePipe,
  loadable,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent, ChartComponent } from '@inspraak/web-ui';
import {
  DashboardApi,
  type AdvisorDashboard,
  type MyDashboard,
} from './dashboard-api';
import {
  hasRepresentationData,
  phaseChart,
  representationChart,
} from './dashboard-charts';
import { DashboardProceduresComponent } from './procedures-panel';
import { DashboardSurveysComponent } from './surveys-panel';

/**
 * The home page: a dashboard per role that one acts from. The advisor gets
 * what needs action now, trajectories by phase, pool health, surveys and
 * procedures; everyone gets the sections of each role they hold (regie team,
 * council secretary, HR and director) and their own as an employee. Every
 * figure links to the page where one acts on it.
 */
@Component({
  selector: 'isp-dashboard-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    ChartComponent,
    DashboardProceduresComponent,
    DashboardSurveysComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);

  protected readonly isAdvisor = computed(() =>
    this.session.hasAnyRole(['ADVISEUR']),
  );
  protected readonly isHr = computed(
    () =>
      this.session.hasAnyRole(['HR']) &&
      !this.session.hasAnyRole(['BESTUURDER']),
  );
  protected readonly advisor = loadable<AdvisorDashboard | null>(null);
  protected readonly mine = loadable<MyDashboard | null>(null);

  protected readonly phases = computed(() => {
    const dashboard = this.advisor.value();
    const language = this.i18n.language() === 'en' ? 'en' : 'nl';
    return dashboard
      ? phaseChart(dashboard.trajectories, language, {
          title: this.i18n.translate('dashboard.trajectories.chartTitle'),
          categoryHeader: this.i18n.translate('dashboard.trajectories.phase'),
          seriesName: this.i18n.translate('dashboard.trajectories.count'),
        })
      : null;
  });
  protected readonly hasRepresentation = computed(() =>
    hasRepresentationData(this.advisor.value()?.pool.representation ?? []),
  );
  protected readonly representation = computed(() => {
    this.i18n.language();
    return representationChart(
      this.advisor.value()?.pool.representation ?? [],
      {
        title: this.i18n.translate('dashboard.pool.representationChart'),
        categoryHeader: this.i18n.translate('dashboard.pool.department'),
        seriesName: this.i18n.translate('dashboard.pool.share'),
        noDepartment: this.i18n.translate('dashboard.pool.noDepartment'),
      },
    );
  });
  protected readonly underRepresented = computed(() =>
    (this.advisor.value()?.pool.representation ?? [])
      .filter((r) => r.underRepresented)
      .map(
        (r) =>
          r.departmentName ??
          this.i18n.translate('dashboard.pool.noDepartment'),
      )
      .join(', '),
  );
  protected readonly needsNothing = computed(() => {
    const n = this.advisor.value()?.needsAction;
    return (
      !!n &&
      n.applicationsWaiting.length === 0 &&
      n.overdueActions === 0 &&
      n.regieTeamsIncomplete.length === 0 &&
      n.decisionWithoutProcedure.length === 0 &&
      n.erasureRequests === 0 &&
      n.postsWithoutResponse.length === 0 &&
      n.failedSurveyMails.length === 0 &&
      n.failedAccountInvitations === 0
    );
  });
  protected readonly nothingAsked = computed(() => {
    const e = this.mine.value()?.employee;
    return (
      !!e &&
      e.surveysToAnswer.length === 0 &&
      e.openCalls === 0 &&
      !e.agreementToAccept &&
      e.myOpenActions === 0
    );
  });

  constructor() {
    if (this.isAdvisor()) this.advisor.load(this.api.advisor());
    this.mine.load(this.api.mine());
  }

  protected roles(roles: readonly string[]): string {
    return roles
      .map((r) =>
        this.i18n.translate(`trajectories.roles.${r}` as TranslationKey),
      )
      .join(', ');
  }

  protected poolStatusKey(status: string): TranslationKey {
    return status === 'PAUSED'
      ? 'dashboard.employee.poolStatus.PAUSED'
      : 'dashboard.employee.poolStatus.ACTIVE';
  }
}
