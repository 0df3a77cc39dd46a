import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type {
  AudienceKind,
  ReportingDimension,
  SurveyMode,
  SurveyStatus,
} from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  PeopleSearch,
  TranslatePipe,
  isApiError,
  pageActions,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  PersonPickerComponent,
  SectionFeedbackComponent,
  buildTree,
  describedBy,
  flattenTree,
  subtreeIds,
  type TreeNode,
} from '@inspraak/web-ui';
import {
  EMPTY,
  catchError,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  type Observable,
} from 'rxjs';
import {
  SurveysApi,
  type AudienceDepartment,
  type Survey,
  type SurveySection,
  type TrajectoryChoice,
} from '../data-access/surveys-api';
import { SurveyFormComponent, type SurveyToShow } from '../answer/survey-form';
import {
  AUDIENCE_KINDS,
  INTRODUCTION_MAX,
  MAX_THRESHOLD,
  MIN_THRESHOLD,
  REPORTING_DIMENSIONS,
  SURVEY_MODES,
  TEXT_MAX,
  TITLE_MAX,
  addQuestion,
  addSection,
  conditionSources,
  definitionOf,
  draftFromSurvey,
  draftProblems,
  emptyDraft,
  moveSection,
  removeSection,
  surveyInputOf,
  updateSection,
  type SurveyDraft,
  emailsOf,
} from './builder-state';
import {
  BilingualFieldsComponent,
  MoveButtonsComponent,
  type BilingualChange,
} from './editor-parts';
import { QuestionEditorComponent, type DraftEdit } from './question-editor';

type Section = 'survey' | 'status';
type Confirming = 'publish' | 'close' | null;

/**
 * /surveys/:id/edit: the survey's settings, audience and questions, a
 * preview at phone and desktop width, and its life: save, publish, remind,
 * close and new versions. The API's field errors appear at their fields.
 */
@Component({
  selector: 'isp-survey-builder-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
    PersonPickerComponent,
    SectionFeedbackComponent,
    QuestionEditorComponent,
    SurveyFormComponent,
    BilingualFieldsComponent,
    MoveButtonsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-builder-page.html',
  styleUrl: './survey-builder-page.scss',
})
export class SurveyBuilderPageComponent {
  private readonly api = inject(SurveysApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly actions = pageActions<Section>();
  protected readonly describedBy = describedBy;

  protected readonly modes = SURVEY_MODES;
  protected readonly reportingDimensions = REPORTING_DIMENSIONS;
  protected readonly audienceKinds = AUDIENCE_KINDS;
  protected readonly limits = {
    title: TITLE_MAX,
    introduction: INTRODUCTION_MAX,
    text: TEXT_MAX,
    minThreshold: MIN_THRESHOLD,
    maxThreshold: MAX_THRESHOLD,
  };

  protected readonly survey = signal<Survey | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly draft = signal<SurveyDraft>(emptyDraft());
  protected readonly people = inject(PeopleSearch);
  /** A colleague found by name joins the address list, which still takes typed or pasted addresses. */
  protected readonly audienceSearch = new FormControl('', {
    nonNullable: true,
  });
  /** What the last choice did, for screen readers. */
  protected readonly audienceAdded = signal('');
  protected readonly dirty = signal(false);
  protected readonly submitted = signal(false);
  protected readonly serverErrors = signal<ReadonlyMap<string, string>>(
    new Map(),
  );
  protected readonly needsNewVersion = signal(false);
  protected readonly previewing = signal(false);
  protected readonly confirming = signal<Confirming>(null);
  protected readonly departments = signal<AudienceDepartment[] | null>(null);
  protected readonly trajectories = signal<TrajectoryChoice[]>([]);

  protected readonly status = computed<SurveyStatus>(
    () => this.survey()?.status ?? 'DRAFT',
  );
  /** Mode, threshold and audience of a published survey are fixed, and so are its questions' structure. */
  protected readonly published = computed(() => this.status() !== 'DRAFT');
  protected readonly closed = computed(() => this.status() === 'CLOSED');

  /** Local problems once a save was tried, then the API's; translated, by field path. */
  protected readonly errors = computed<ReadonlyMap<string, string>>(() => {
    const messages = new Map<string, string>();
    if (this.submitted())
      for (const [path, reason] of draftProblems(this.draft()))
        messages.set(
          path,
          this.i18n.translate(`surveys.problems.${reason}` as TranslationKey),
        );
    for (const [path, message] of this.serverErrors())
      messages.set(path, this.translateReason(message));
    return messages;
  });
  /** API messages for fields this page has no place for: shown at the top rather than lost. */
  protected readonly otherErrors = computed(() =>
    [...this.serverErrors()]
      .filter(([path]) => !this.isShownPath(path))
      .map(([path, message]) => `${path}: ${this.translateReason(message)}`),
  );

  protected readonly departmentNodes = computed(() => {
    const list = this.departments();
    return list
      ? flattenTree(buildTree(list, (d) => d.name, this.i18n.locale()))
      : [];
  });
  /** Active employees with an address in the chosen departments (with sub-departments when asked). */
  protected readonly departmentHeadcount = computed(() => {
    const draft = this.draft();
    const nodes = this.departmentNodes();
    const chosen = new Set<string>();
    for (const node of nodes)
      if (draft.departmentIds.includes(node.id))
        for (const id of draft.includeSubDepartments
          ? subtreeIds(node)
          : [node.id])
          chosen.add(id);
    return nodes
      .filter((n) => chosen.has(n.id))
      .reduce((sum, n) => sum + n.data.employees, 0);
  });

  protected readonly previewSurvey = computed<SurveyToShow>(() => {
    const draft = this.draft();
    const protection = this.i18n.translate(
      `surveys.modes.${draft.mode}.protection`,
      { threshold: draft.threshold },
    );
    return {
      surveyId: this.survey()?.id ?? 'preview',
      title: draft.title || this.i18n.translate('surveys.builder.untitled'),
      introduction: draft.introduction,
      protection: { nl: protection, en: protection },
      sections: definitionOf(draft).sections.map(
        (section): SurveySection => ({
          key: section.key,
          title: section.title,
          questions: section.questions.map((q) => ({
            ...q,
            kind: q.kind as string,
          })),
        }),
      ),
    };
  });

  /** Question numbers through the whole survey. */
  protected readonly questionNumbers = computed(() => {
    let n = 0;
    return this.draft().sections.map((s) => s.questions.map(() => ++n));
  });

  /** The survey on screen; a new version opens in the same page, so it follows the route. */
  private id = '';

  constructor() {
    this.audienceSearch.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((email) => {
        if (!email) return;
        this.addAudienceEmail(email);
        // Empty again for the next colleague.
        this.audienceSearch.setValue('', { emitEvent: false });
      });
    this.route.paramMap
      .pipe(
        map((params) => params.get('id') ?? ''),
        distinctUntilChanged(),
        switchMap((id) => {
          this.id = id;
          this.loadError.set(null);
          return this.api.survey(id).pipe(
            catchError((e: unknown) => {
              this.loadError.set(this.i18n.errorMessage(e));
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((survey) => this.show(survey));
    this.api
      .departments()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((list) => this.departments.set(list));
    this.api
      .trajectories()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((list) => this.trajectories.set(list));
  }

  private show(survey: Survey): void {
    this.survey.set(survey);
    this.draft.set(draftFromSurvey(survey));
    this.dirty.set(false);
    this.submitted.set(false);
    this.serverErrors.set(new Map());
    this.needsNewVersion.set(false);
  }

  protected statusKey(status: SurveyStatus): TranslationKey {
    return `surveys.status.${status}`;
  }

  protected modeKey(
    mode: SurveyMode,
    part: 'label' | 'explanation',
  ): TranslationKey {
    return `surveys.modes.${mode}.${part}`;
  }

  protected dimensionKey(dimension: ReportingDimension): TranslationKey {
    return `surveyAnonymity.dimensions.${dimension}`;
  }

  protected setReportBy(event: Event): void {
    this.set('reportBy', this.value(event) as ReportingDimension);
  }

  protected audienceKey(kind: AudienceKind): TranslationKey {
    return `surveys.audience.${kind}`;
  }

  protected value(event: Event): string {
    return (
      event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    ).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected errorAt(...paths: string[]): string | null {
    for (const path of paths) {
      const message = this.errors().get(path);
      if (message) return message;
    }
    return null;
  }

  protected apply(edit: DraftEdit): void {
    this.draft.update(edit);
    this.dirty.set(true);
  }

  protected set<K extends keyof SurveyDraft>(
    key: K,
    value: SurveyDraft[K],
  ): void {
    this.apply((d) => ({ ...d, [key]: value }));
  }

  private addAudienceEmail(email: string): void {
    const current = this.draft().emails;
    const already = emailsOf(current).some(
      (address) => address.toLowerCase() === email.toLowerCase(),
    );
    if (!already)
      this.set(
        'emails',
        current.trim() ? `${current.trimEnd()}\n${email}` : email,
      );
    this.audienceAdded.set(
      this.i18n.translate(
        already ? 'surveys.builder.emailAlready' : 'surveys.builder.emailAdded',
        { email },
      ),
    );
  }

  protected setThreshold(event: Event): void {
    const value = Number(this.value(event));
    this.set('threshold', Number.isFinite(value) ? value : MIN_THRESHOLD);
  }

  protected toggleDepartment(id: string, event: Event): void {
    const checked = this.checked(event);
    this.apply((d) => ({
      ...d,
      departmentIds: checked
        ? [...d.departmentIds, id]
        : d.departmentIds.filter((x) => x !== id),
    }));
  }

  /** Employees directly in the department, and with its sub-departments when it has any. */
  protected departmentBadge(node: TreeNode<AudienceDepartment>): string {
    if (node.children.length === 0)
      return this.i18n.translate('surveys.builder.headcount', {
        count: node.data.employees,
      });
    const total = (n: TreeNode<AudienceDepartment>): number =>
      n.data.employees + n.children.reduce((sum, c) => sum + total(c), 0);
    return this.i18n.translate('surveys.builder.headcountWithSub', {
      count: node.data.employees,
      total: total(node),
    });
  }

  protected addSection(): void {
    this.apply(addSection);
    const index = this.draft().sections.length - 1;
    this.actions.focus(`#section-${index}-nl`);
  }

  protected addQuestion(s: number): void {
    this.apply((d) => addQuestion(d, s));
    const q = (this.draft().sections[s]?.questions.length ?? 1) - 1;
    this.actions.focus(`#q-${s}-${q}-nl`);
  }

  protected setSectionTitle(
    s: number,
    { language, text }: BilingualChange,
  ): void {
    this.apply((d) => updateSection(d, s, { [language]: text }));
  }

  protected moveSection(s: number, delta: -1 | 1): void {
    this.apply((d) => moveSection(d, s, delta));
  }

  protected removeSection(s: number): void {
    this.apply((d) => removeSection(d, s));
    this.actions.focus('#add-section-button');
  }

  protected sourcesFor(s: number, q: number) {
    return conditionSources(this.draft(), s, q);
  }

  protected togglePreview(): void {
    this.previewing.update((v) => !v);
    if (this.previewing()) this.actions.focus('#preview-heading');
  }

  // --- Life cycle ----------------------------------------------------------

  /** Refuses locally first (problems shown at their fields), then saves. */
  private saved(): Observable<Survey> | null {
    this.submitted.set(true);
    if (draftProblems(this.draft()).size > 0) {
      this.actions.clear();
      this.actions.refuse('survey');
      return null;
    }
    return this.api.update(this.id, surveyInputOf(this.draft()));
  }

  protected save(event?: Event): void {
    event?.preventDefault();
    const request = this.saved();
    if (!request) return;
    this.actions.run(
      'survey',
      request,
      (survey) => {
        this.show(survey);
        return this.i18n.translate('surveys.builder.saved');
      },
      (error) => this.failed(error),
    );
  }

  protected askPublish(): void {
    this.submitted.set(true);
    if (draftProblems(this.draft()).size > 0) {
      this.actions.clear();
      this.actions.refuse('survey');
      return;
    }
    this.confirming.set('publish');
  }

  protected publishMessage(): string {
    const draft = this.draft();
    const estimate =
      draft.audienceKind === 'DEPARTMENTS'
        ? this.departmentHeadcount()
        : draft.audienceKind === 'EVERYONE'
          ? (this.departments() ?? []).reduce((n, d) => n + d.employees, 0)
          : null;
    return [
      this.i18n.translate('surveys.builder.publishConfirm'),
      estimate !== null
        ? this.i18n.translate('surveys.builder.publishEstimate', {
            count: estimate,
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected publish(): void {
    this.confirming.set(null);
    const saved = this.saved();
    if (!saved) return;
    this.actions.run(
      'survey',
      saved.pipe(switchMap(() => this.api.publish(this.id))),
      (survey) => {
        this.show(survey);
        this.actions.focus('#status-heading');
        return this.i18n.translate('surveys.builder.published', {
          count: survey.invitedCount,
        });
      },
      (error) => this.failed(error),
    );
  }

  protected close(): void {
    this.confirming.set(null);
    this.actions.run('status', this.api.close(this.id), (survey) => {
      this.show(survey);
      return this.i18n.translate('surveys.builder.closedNow');
    });
  }

  protected remindNow(): void {
    this.actions.run('status', this.api.remindNow(this.id), (survey) => {
      this.show(survey);
      return this.i18n.translate('surveys.builder.reminded');
    });
  }

  /**
   * A new run of this survey. After NEEDS_NEW_VERSION the edits that were
   * refused are carried over into the new draft, so nothing typed is lost.
   */
  protected newVersion(carryEdits: boolean): void {
    const input = surveyInputOf(this.draft());
    const request = this.api
      .newVersion(this.id)
      .pipe(
        switchMap((created) =>
          carryEdits ? this.api.update(created.id, input) : of(created),
        ),
      );
    this.actions.run(carryEdits ? 'survey' : 'status', request, (created) => {
      void this.router
        .navigate(['/surveys', created.id, 'edit'])
        .then(() => this.actions.focus('h1'));
      return this.i18n.translate('surveys.builder.versionCreated', {
        run: created.run,
      });
    });
  }

  private failed(error: unknown): void {
    if (!isApiError(error)) return;
    this.needsNewVersion.set(error.reason === 'NEEDS_NEW_VERSION');
    this.serverErrors.set(
      new Map(error.fields.map((f) => [f.field, f.message])),
    );
    if (error.fields.length) this.actions.focus('[aria-invalid="true"]');
  }

  /** At publish the API names a definition problem by its reason code: say it in words. */
  private translateReason(message: string): string {
    const key = `surveys.problems.${message}`;
    return /^[A-Z_]+$/.test(message) && this.i18n.has(key)
      ? this.i18n.translateDynamic(key)
      : message;
  }

  private isShownPath(path: string): boolean {
    return (
      /^(title|introduction|threshold|reportBy|closesAt|remindAt|mode|trajectoryId)$/.test(
        path,
      ) ||
      path.startsWith('audience') ||
      /^sections\.\d+\.(title|key|questions\.\d+)/.test(path)
    );
  }
}
