import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import {
  I18nService,
  loadable,
  LocalDatePipe,
  LocalTextPipe,
  pageActions,
  TranslatePipe,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';
import {
  EvaluationsApi,
  type PhaseEvaluation,
} from '../data-access/evaluations-api';
import { TrajectoryContext } from '../trajectory/trajectory-context';

/** The API's limits and the reporting threshold of the domain brief. */
export const EVALUATION_LIMITS = {
  answer: 2_000,
  outcome: 20_000,
  threshold: 5,
} as const;

/** /trajectories/:id/evaluation: what went well and what could be better, per phase. */
@Component({
  selector: 'isp-evaluation-page',
  imports: [
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation-page.html',
  styleUrl: './evaluation-page.scss',
})
export class EvaluationPageComponent {
  private readonly api = inject(EvaluationsApi);
  private readonly i18n = inject(I18nService);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<'start' | string>();
  protected readonly limits = EVALUATION_LIMITS;

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly evaluations = loadable<PhaseEvaluation[]>([]);
  protected readonly canStart = computed(() => {
    const t = this.trajectory();
    return (
      t.steering &&
      t.status === 'ACTIVE' &&
      !this.evaluations.value().some((e) => e.phase === t.currentPhase)
    );
  });

  constructor() {
    this.evaluations.load(this.api.evaluations(this.trajectory().id));
  }

  protected phaseOf(evaluation: PhaseEvaluation) {
    return this.trajectory().phases[evaluation.phase] ?? { nl: '', en: '' };
  }

  private replace(saved: PhaseEvaluation): void {
    this.evaluations.value.update((list) =>
      list.map((e) => (e.id === saved.id ? saved : e)),
    );
  }

  protected start(): void {
    this.actions.run(
      'start',
      this.api.start(this.trajectory().id),
      (started) => {
        this.evaluations.value.update((list) =>
          [...list, started].sort((a, b) => a.phase - b.phase),
        );
        this.actions.focus(`#evaluation-${started.id}`);
        return this.i18n.translate('trajectories.evaluation.started');
      },
    );
  }

  protected answer(
    evaluation: PhaseEvaluation,
    wentWell: string,
    toImprove: string,
  ): void {
    if (!wentWell.trim() && !toImprove.trim()) {
      this.actions.say(
        evaluation.id,
        'error',
        this.i18n.translate('trajectories.evaluation.answerRequired'),
      );
      this.actions.focus(`#went-well-${evaluation.id}`);
      return;
    }
    this.actions.run(
      evaluation.id,
      this.api.answer({
        evaluationId: evaluation.id,
        wentWell: wentWell.trim(),
        toImprove: toImprove.trim(),
      }),
      (saved) => {
        this.replace(saved);
        this.actions.focus(`#evaluation-${saved.id}`);
        return this.i18n.translate('trajectories.evaluation.answered');
      },
    );
  }

  protected close(evaluation: PhaseEvaluation, outcome: string): void {
    if (!outcome.trim()) {
      this.actions.say(
        evaluation.id,
        'error',
        this.i18n.translate('trajectories.evaluation.outcomeRequired'),
      );
      this.actions.focus(`#outcome-${evaluation.id}`);
      return;
    }
    this.actions.run(
      evaluation.id,
      this.api.close(evaluation.id, outcome.trim()),
      (saved) => {
        this.replace(saved);
        this.actions.focus(`#evaluation-${saved.id}`);
        return this.i18n.translate('trajectories.evaluation.closed');
      },
    );
  }
}
