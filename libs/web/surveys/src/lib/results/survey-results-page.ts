import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  TranslatePipe,
  blobFromBase64,
  downloadBlob,
  loadable,
  pageActions,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ChartComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import { catchError, interval, of } from 'rxjs';
import {
  SurveyResultsApi,
  type Dimension,
  type QuestionResult,
  type QuestionStats,
  type ResultSnapshot,
  type ResultsView,
  type SurveyResults,
} from '../data-access/results-api';
import {
  SurveysApi,
  type Survey,
  type TrajectoryChoice,
} from '../data-access/surveys-api';
import {
  difference,
  exportFileName,
  isTextKind,
  optionIndent,
  rankBars,
  releaseNotice,
  unitRate,
} from './results-format';
import {
  distributionChart,
  heatmapCharts,
  trendCharts,
  type ChartTexts,
} from './results-charts';

/** Results are live while a survey runs: read again this often. */
export const RESULTS_POLL_MS = 30_000;

const XLSX_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * /surveys/:id/results: response rate overall and, once the survey is
 * closed, per unit of its one reporting dimension (departments as a tree),
 * or one unit alone; while it runs, how many answers wait for release and
 * why. Per question the distribution as a table with bars, mean, share
 * agreeing, eNPS, mean ranks and open answers, each suppressed by the API
 * under the threshold; comparison with the previous run; exports (the same
 * object as the screen) and snapshots with their hash.
 */
@Component({
  selector: 'isp-survey-results-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    ChartComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-results-page.html',
  styleUrl: './survey-results-page.scss',
})
export class SurveyResultsPageComponent {
  private readonly api = inject(SurveyResultsApi);
  private readonly surveysApi = inject(SurveysApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly id =
    inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly actions = pageActions<'export' | 'snapshot'>();

  /** The unit shown alone, or empty for everyone. */
  protected readonly filter = signal('');
  protected readonly results = loadable<SurveyResults | null>(null);
  protected readonly survey = signal<Survey | null>(null);
  protected readonly updatedAt = signal<Date | null>(null);
  protected readonly snapshots = loadable<ResultSnapshot[]>([]);
  protected readonly trajectories = signal<TrajectoryChoice[]>([]);
  protected readonly snapshotTrajectory = signal('');

  /** The units one can filter on and their depth in the tree, kept while a filtered view loads (it lists no units). */
  private readonly unitTree = signal<{
    dimension: Dimension;
    options: SurveyResults['filterOptions'];
    depth: ReadonlyMap<string, number>;
  } | null>(null);

  private readonly view = computed<ResultsView>(() => {
    const unitKey = this.filter();
    const dimension = this.unitTree()?.dimension;
    return { filter: unitKey && dimension ? { dimension, unitKey } : null };
  });

  protected readonly filterOptions = computed(
    () => this.unitTree()?.options ?? [],
  );

  protected readonly unitLabels = computed(
    () =>
      new Map((this.results.value()?.units ?? []).map((u) => [u.key, u.label])),
  );

  /** While the survey runs: how many answers wait for release, why, and when units show. */
  protected readonly notice = computed(() => {
    const r = this.results.value();
    return r ? releaseNotice(r) : [];
  });

  /** What the charts say, in the reader's language. */
  private readonly chartTexts = computed<ChartTexts>(() => {
    const t = this.i18n.translate.bind(this.i18n);
    const english = this.i18n.language() === 'en';
    const dimension = this.results.value()?.reportBy ?? 'DEPARTMENT';
    return {
      questionText: (q) => (english ? q.text.en : q.text.nl),
      valueLabel: (q, value) => this.valueLabel(q, value),
      distributionTitle: (number) =>
        t('surveyCharts.distributionTitle', { number }),
      answer: t('surveys.results.answer'),
      share: t('surveyCharts.share'),
      heatmapTitle: (range) =>
        t(`surveyCharts.heatmapTitle.${dimension}`, { ...range }),
      question: t('surveyCharts.question'),
      everyone: t('surveyCharts.everyone'),
      withheld: t('surveyCharts.withheld'),
      noFigure: t('surveyCharts.noFigure'),
      trendTitle: (range) => t('surveyCharts.trendTitle', { ...range }),
      runHeader: t('surveyCharts.runHeader'),
      run: (run, running) =>
        t(running ? 'surveyCharts.runRunning' : 'surveyCharts.run', { run }),
    };
  });

  /** The question × unit heatmaps (one per scale), once the survey shows units. */
  protected readonly heatmaps = computed(() => {
    const r = this.results.value();
    return r ? heatmapCharts(r, this.chartTexts()) : [];
  });

  /** The means over the survey's runs (one chart per scale), from the second run on. */
  protected readonly trends = computed(() => {
    const r = this.results.value();
    return r ? trendCharts(r, this.chartTexts()) : [];
  });

  protected readonly locale = computed(() => this.i18n.locale());

  constructor() {
    this.load();
    this.snapshots.load(this.api.snapshots(this.id));
    this.surveysApi
      .survey(this.id)
      .pipe(
        catchError(() => of(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((survey) => {
        this.survey.set(survey);
        this.snapshotTrajectory.set(survey?.trajectoryId ?? '');
      });
    this.surveysApi
      .trajectories()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((list) => this.trajectories.set(list));
    interval(RESULTS_POLL_MS)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        if (this.survey()?.status === 'PUBLISHED') this.refresh();
      });
  }

  private load(): void {
    this.results.load(this.api.results(this.id, this.view()), (value) =>
      this.loaded(value),
    );
  }

  private loaded(value: SurveyResults | null): void {
    this.updatedAt.set(new Date());
    if (!value) return;
    const depth = new Map(this.unitTree()?.depth ?? []);
    for (const unit of value.units) depth.set(unit.key, unit.depth);
    this.unitTree.set({
      dimension: value.reportBy,
      options: value.filterOptions,
      depth,
    });
  }

  /** Reads the same view again, keeping what is shown (and focus) meanwhile. */
  protected refresh(): void {
    this.api
      .results(this.id, this.view())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (value) => {
          this.results.value.set(value);
          this.loaded(value);
        },
        error: () => undefined,
      });
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected setFilter(event: Event): void {
    this.filter.set(this.value(event));
    this.load();
  }

  /** Whether the survey still runs: answers are then released a group at a time. */
  protected running(results: SurveyResults): boolean {
    return results.nextReleaseAt !== null;
  }

  protected dimensionKey(dimension: Dimension): TranslationKey {
    return `surveyAnonymity.dimensions.${dimension}`;
  }

  protected unitsCaptionKey(dimension: Dimension): TranslationKey {
    return `surveyAnonymity.results.unitsCaption.${dimension}`;
  }

  protected perUnitKey(dimension: Dimension): TranslationKey {
    return `surveyAnonymity.results.perUnit.${dimension}`;
  }

  /** A unit's depth in the department tree (0 for locations and contract types). */
  protected depth(unitKey: string): number {
    return this.unitTree()?.depth.get(unitKey) ?? 0;
  }

  protected optionIndent(unitKey: string): string {
    return optionIndent(this.depth(unitKey));
  }

  protected kindKey(kind: string): TranslationKey {
    return `surveys.kinds.${kind as 'AGREEMENT_5'}`;
  }

  protected isText(kind: string): boolean {
    return isTextKind(kind);
  }

  protected distributionChart(
    question: QuestionResult,
    stats: QuestionStats,
    number: number,
  ) {
    return distributionChart(question, stats, number, this.chartTexts());
  }

  protected rankBars(question: QuestionResult, stats: QuestionStats) {
    return rankBars(question, stats);
  }

  protected unitRate(unit: SurveyResults['units'][number]): number | null {
    return unitRate(unit);
  }

  protected difference(now: number | null, before: number | null | undefined) {
    return difference(now, before);
  }

  /** The label of a value: an agreement step, a scale number or an option's label. */
  protected valueLabel(question: QuestionResult, value: string): string {
    if (question.kind === 'AGREEMENT_5')
      return `${value} – ${this.i18n.translate(`surveys.agreement.${value as '1'}`)}`;
    const option = question.options.find((o) => o.key === value);
    if (!option) return value;
    return this.i18n.language() === 'en' ? option.label.en : option.label.nl;
  }

  protected unitLabel(key: string): string {
    return this.unitLabels().get(key) ?? key;
  }

  protected number(value: number | null): string {
    return value === null
      ? '—'
      : new Intl.NumberFormat(this.i18n.locale()).format(value);
  }

  protected exportAs(kind: 'csv' | 'xlsx'): void {
    const title = this.results.value()?.title ?? '';
    if (kind === 'csv')
      this.actions.run('export', this.api.csv(this.id, this.view()), (csv) => {
        downloadBlob(
          this.document,
          exportFileName(title, 'csv'),
          new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        );
        return this.i18n.translate('surveys.results.exported');
      });
    else
      this.actions.run('export', this.api.xlsx(this.id, this.view()), (b64) => {
        downloadBlob(
          this.document,
          exportFileName(title, 'xlsx'),
          blobFromBase64(b64, XLSX_TYPE),
        );
        return this.i18n.translate('surveys.results.exported');
      });
  }

  protected snapshot(): void {
    this.actions.run(
      'snapshot',
      this.api.snapshot(this.id, this.snapshotTrajectory() || null),
      (snapshot) => {
        this.snapshots.value.update((list) => [snapshot, ...list]);
        return this.i18n.translate('surveys.results.snapshotMade', {
          hash: snapshot.contentHash.slice(0, 12),
        });
      },
    );
  }

  protected trajectoryTitle(id: string | null): string {
    if (!id) return '—';
    return this.trajectories().find((t) => t.id === id)?.title ?? id;
  }
}
