import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { todayInAmsterdam } from '@inspraak/domain';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  SessionService,
  TranslatePipe,
  loadable,
  pageActions,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';
import {
  ProceduresApi,
  type ProcedureSummary,
  type TrajectoryWithoutProcedure,
  type UpcomingDeadline,
} from '../data-access/procedures-api';
import { ProcedureFieldsComponent } from '../procedure-form/procedure-fields';
import { procedureEditor } from '../procedure-form/procedure-editor';
import { stateKey, typeKey } from '../shared/labels';
import { PROCEDURE_KEEPER_ROLES } from '../shared/procedure-roles';
import {
  deadlineUrgency,
  groupByMonth,
  isFinished,
  monthLabel,
} from '../shared/procedure-rules';

/**
 * /procedures: the council secretary's list with state and next deadline, the
 * deadline calendar, registering a new request (keepers) and, for the advisor,
 * trajectories in their decision phase that have no procedure yet.
 */
@Component({
  selector: 'isp-procedures-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    SectionFeedbackComponent,
    ProcedureFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedures-page.html',
  styleUrl: './procedures-page.scss',
})
export class ProceduresPageComponent {
  private readonly api = inject(ProceduresApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);
  protected readonly actions = pageActions<'register'>();

  protected readonly isKeeper = computed(() =>
    this.session.hasAnyRole(PROCEDURE_KEEPER_ROLES),
  );
  protected readonly isAdvisor = computed(() =>
    this.session.hasAnyRole(['ADVISEUR']),
  );
  protected readonly today = todayInAmsterdam();
  protected readonly typeKey = typeKey;
  protected readonly stateKey = stateKey;
  protected readonly isFinished = isFinished;

  protected readonly procedures = loadable<ProcedureSummary[]>([]);
  protected readonly deadlines = loadable<UpcomingDeadline[]>([]);
  protected readonly withoutProcedure = loadable<TrajectoryWithoutProcedure[]>(
    [],
  );
  protected readonly calendar = computed(() => {
    const locale = this.i18n.language() === 'en' ? 'en-GB' : 'nl-NL';
    return groupByMonth(this.deadlines.value()).map((group) => ({
      ...group,
      label: monthLabel(group.month, locale),
    }));
  });

  protected readonly editor = procedureEditor(this.actions, 'register', {
    opened: '#new-type',
    closed: '#register-button',
  });

  constructor() {
    this.procedures.load(this.api.procedures());
    this.deadlines.load(this.api.deadlines());
    if (this.isAdvisor())
      this.withoutProcedure.load(this.api.trajectoriesWithoutProcedure());
  }

  protected urgency(date: string) {
    return deadlineUrgency(date, this.today);
  }

  protected register(event: Event): void {
    this.editor.submit(
      event,
      (input) => this.api.register(input),
      (created) => {
        void this.router.navigate(['/procedures', created.id]);
      },
    );
  }
}
