import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { SurveyStatus } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  TranslatePipe,
  loadable,
  pageActions,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  SectionFeedbackComponent,
  describedBy,
} from '@inspraak/web-ui';
import {
  SurveysApi,
  type SurveyOrigin,
  type SurveySummary,
  type SurveyTemplate,
} from '../data-access/surveys-api';
import { TITLE_MAX, emptyDraft, surveyInputOf } from '../builder/builder-state';

type OriginKind = SurveyOrigin['kind'];

/** /surveys: every survey of the organisation for its authors, and "Nieuwe vragenlijst" from a template, blank or as a copy. */
@Component({
  selector: 'isp-surveys-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './surveys-page.html',
  styleUrl: './surveys-page.scss',
})
export class SurveysPageComponent {
  private readonly api = inject(SurveysApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<'create'>();
  protected readonly describedBy = describedBy;
  protected readonly titleMax = TITLE_MAX;

  protected readonly surveys = loadable<SurveySummary[]>([]);
  protected readonly templates = loadable<SurveyTemplate[]>([]);

  protected readonly creating = signal(false);
  protected readonly originKind = signal<OriginKind>('template');
  protected readonly templateKey = signal('');
  protected readonly copyOf = signal('');
  protected readonly title = signal('');
  protected readonly submitted = signal(false);

  constructor() {
    this.surveys.load(this.api.surveys());
  }

  protected statusKey(status: SurveyStatus): TranslationKey {
    return `surveys.status.${status}`;
  }

  protected openCreate(): void {
    this.creating.set(true);
    this.submitted.set(false);
    this.title.set('');
    this.actions.clear();
    if (this.templates.value().length === 0)
      this.templates.load(this.api.templates(), (list) => {
        if (!this.templateKey() && list[0]) this.templateKey.set(list[0].key);
      });
    this.actions.focus('#new-survey-title');
  }

  protected closeCreate(): void {
    this.creating.set(false);
    this.actions.focus('#new-survey-button');
  }

  protected setOrigin(kind: OriginKind): void {
    this.originKind.set(kind);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected titleError(): string | null {
    return this.submitted() && !this.title().trim()
      ? this.i18n.translate('surveys.validation.required')
      : null;
  }

  protected originError(): TranslationKey | null {
    if (!this.submitted()) return null;
    if (this.originKind() === 'template' && !this.templateKey())
      return 'surveys.create.chooseTemplate';
    if (this.originKind() === 'copy' && !this.copyOf())
      return 'surveys.create.chooseCopy';
    return null;
  }

  protected create(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (!this.title().trim() || this.originError()) {
      this.actions.refuse('create');
      return;
    }
    const origin: SurveyOrigin =
      this.originKind() === 'template'
        ? { kind: 'template', templateKey: this.templateKey() }
        : this.originKind() === 'copy'
          ? { kind: 'copy', surveyId: this.copyOf() }
          : { kind: 'blank' };
    const input = surveyInputOf({ ...emptyDraft(), title: this.title() });
    this.actions.run('create', this.api.create(input, origin), (created) => {
      void this.router.navigate(['/surveys', created.id, 'edit']);
    });
  }
}
