import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { meetingNoticeDeadline, todayInAmsterdam } from '@inspraak/domain';
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
  ConfirmDialogComponent,
  FormFieldComponent,
  SectionFeedbackComponent,
  describedBy,
} from '@inspraak/web-ui';
import { ProceduresApi, type Procedure } from '../data-access/procedures-api';
import { ProcedureFieldsComponent } from '../procedure-form/procedure-fields';
import { procedureEditor } from '../procedure-form/procedure-editor';
import { applyServerErrors, fieldError } from '../shared/form-support';
import {
  RESPONSE_KINDS,
  eventKey,
  responseKey,
  stateKey,
  stepKey,
  typeKey,
} from '../shared/labels';
import {
  deadlineUrgency,
  isFinished,
  responseWaitsForMeeting,
  stages,
  stepActions,
  type StageStatus,
  type StepKind,
} from '../shared/procedure-rules';
import { EvidenceSectionComponent } from './evidence-section';
import { LetterSectionComponent } from './letter-section';
import {
  checkStep,
  createStepForm,
  stepFields,
  stepInputOf,
  type StepField,
} from './step-form.model';

type Section = 'steps' | 'details' | 'document';

/**
 * /procedures/:id: details and completeness, the stepper, deadlines, the
 * steps the state machine accepts now (each confirmed), the history, the
 * evidence and the letter. Keepers act; other readers look.
 */
@Component({
  selector: 'isp-procedure-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    ProcedureFieldsComponent,
    EvidenceSectionComponent,
    LetterSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-page.html',
  styleUrl: './procedure-page.scss',
})
export class ProcedurePageComponent {
  private readonly api = inject(ProceduresApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly actions = pageActions<Section>();
  protected readonly describedBy = describedBy;
  protected readonly typeKey = typeKey;
  protected readonly eventKey = eventKey;
  protected readonly responseKey = responseKey;
  protected readonly stateKey = stateKey;
  protected readonly isFinished = isFinished;
  protected readonly responseKinds = RESPONSE_KINDS;
  protected readonly today = todayInAmsterdam();
  protected readonly meetingNoticeDeadline = meetingNoticeDeadline;

  private id = '';
  protected readonly procedure = loadable<Procedure | null>(null);

  protected readonly stages = computed(() => {
    const p = this.procedure.value();
    return p ? stages(p) : [];
  });
  protected readonly stepButtons = computed(() =>
    stepActions(this.procedure.value()?.possibleSteps ?? []),
  );
  protected readonly waitsForMeeting = computed(() => {
    const p = this.procedure.value();
    return !!p && p.canEdit && responseWaitsForMeeting(p);
  });
  protected readonly complete = computed(() => {
    const p = this.procedure.value();
    return !!p && p.reasonsStated && p.consequencesStated && p.measuresStated;
  });

  protected readonly activeStep = signal<StepKind | null>(null);
  protected readonly stepSubmitted = signal(false);
  protected readonly confirming = signal(false);
  protected readonly stepForm = createStepForm();

  protected readonly editor = procedureEditor(this.actions, 'details', {
    opened: '#edit-title',
    closed: '#edit-button',
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.id = params.get('id') ?? '';
        this.activeStep.set(null);
        this.editor.isOpen.set(false);
        this.procedure.load(this.api.procedure(this.id));
      });
  }

  protected reload(): void {
    this.procedure.refresh(this.api.procedure(this.id));
  }

  protected stepLabel(step: StepKind): TranslationKey {
    const p = this.procedure.value();
    return stepKey(step, p?.type ?? 'ADVICE');
  }

  protected stageText(status: StageStatus): TranslationKey {
    return `procedures.stages.${status}`;
  }

  protected urgency(date: string) {
    return deadlineUrgency(date, this.today);
  }

  protected asks(field: StepField): boolean {
    const step = this.activeStep();
    return !!step && stepFields(step).includes(field);
  }

  protected stepError(field: keyof typeof this.stepForm.controls) {
    return fieldError(
      this.i18n,
      this.stepForm.controls[field],
      this.stepSubmitted(),
    );
  }

  protected openStep(step: StepKind): void {
    this.stepForm.reset();
    this.stepSubmitted.set(false);
    this.activeStep.set(step);
    this.actions.clear();
    this.actions.focus('#step-form-heading');
  }

  protected cancelStep(): void {
    const step = this.activeStep();
    this.activeStep.set(null);
    if (step) this.actions.focus(`#step-${step}`);
  }

  protected submitStep(event: Event): void {
    event.preventDefault();
    const step = this.activeStep();
    if (!step) return;
    this.stepSubmitted.set(true);
    if (!checkStep(this.stepForm, step)) {
      this.actions.refuse('steps');
      return;
    }
    this.confirming.set(true);
  }

  protected confirmStep(): void {
    this.confirming.set(false);
    const step = this.activeStep();
    if (!step) return;
    const label = this.i18n.translate(this.stepLabel(step));
    this.actions.run(
      'steps',
      this.api.recordStep(
        this.id,
        stepInputOf(
          this.stepForm,
          step,
          this.procedure.value()?.plannedMeetingOn ?? null,
        ),
      ),
      (updated) => {
        this.procedure.value.set(updated);
        this.activeStep.set(null);
        this.actions.focus('#steps-heading');
        return this.i18n.translate('procedures.steps.recorded', {
          step: label,
        });
      },
      (e) => applyServerErrors(this.stepForm, e),
    );
  }

  protected downloadRequest(): void {
    this.actions.run('document', this.api.requestDocument(this.id), (file) => {
      downloadBlob(
        this.document,
        file.fileName,
        blobFromBase64(file.contentBase64, file.mediaType),
      );
    });
  }

  protected saveEdit(event: Event): void {
    this.editor.submit(
      event,
      (input) => this.api.update(this.id, input),
      (updated) => {
        this.procedure.value.set(updated);
        this.editor.isOpen.set(false);
        this.actions.focus('#details-heading');
        return this.i18n.translate('common.saved');
      },
    );
  }
}
