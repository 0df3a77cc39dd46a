import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { QUESTION_KINDS, type QuestionKind } from '@inspraak/domain';
import {
  I18nService,
  LocalTextPipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { FormFieldComponent, describedBy } from '@inspraak/web-ui';
import {
  BilingualFieldsComponent,
  MoveButtonsComponent,
  type BilingualChange,
} from './editor-parts';
import {
  TEXT_MAX,
  addOption,
  changeKind,
  hasOptions,
  moveQuestion,
  removeOption,
  removeQuestion,
  setCondition,
  updateOption,
  updateQuestion,
  type ConditionSource,
  questionCaption,
  type QuestionDraft,
  type SurveyDraft,
} from './builder-state';

/** A change to the draft, applied by the page. */
export type DraftEdit = (draft: SurveyDraft) => SurveyDraft;

/**
 * One question in the builder: kind, Dutch and English text, required,
 * options for choice and ranking kinds, and a condition on an earlier
 * question. Emits edits; the page owns the draft.
 */
@Component({
  selector: 'isp-question-editor',
  imports: [
    TranslatePipe,
    LocalTextPipe,
    FormFieldComponent,
    BilingualFieldsComponent,
    MoveButtonsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor.html',
  styleUrl: './question-editor.scss',
})
export class QuestionEditorComponent {
  private readonly i18n = inject(I18nService);
  protected readonly describedBy = describedBy;
  protected readonly kinds = QUESTION_KINDS;
  protected readonly textMax = TEXT_MAX;

  readonly question = input.required<QuestionDraft>();
  readonly sectionIndex = input.required<number>();
  readonly questionIndex = input.required<number>();
  /** Its number in the whole survey, as shown to the author. */
  readonly number = input.required<number>();
  readonly isFirst = input(false);
  readonly isLast = input(false);
  readonly sources = input.required<readonly ConditionSource[]>();
  /** Messages by the API's field path (`sections.0.questions.2.options`). */
  readonly errors = input.required<ReadonlyMap<string, string>>();
  /** Published: options, kind, required and conditions are fixed (only wording changes). */
  readonly structureLocked = input(false);

  readonly edit = output<DraftEdit>();

  protected readonly path = computed(
    () => `sections.${this.sectionIndex()}.questions.${this.questionIndex()}`,
  );
  protected readonly idBase = computed(
    () => `q-${this.sectionIndex()}-${this.questionIndex()}`,
  );
  protected readonly withOptions = computed(() =>
    hasOptions(this.question().kind),
  );
  protected readonly heading = computed(() =>
    questionCaption(this.number(), this.question(), this.i18n.language()),
  );
  protected readonly conditionSource = computed(() => {
    const key = this.question().condition?.questionKey;
    return this.sources().find((s) => s.key === key) ?? null;
  });

  protected kindKey(kind: QuestionKind): TranslationKey {
    return `surveys.kinds.${kind}`;
  }

  protected errorAt(...suffixes: string[]): string | null {
    for (const suffix of suffixes) {
      const message = this.errors().get(`${this.path()}${suffix}`);
      if (message) return message;
    }
    return null;
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  private emit(change: DraftEdit): void {
    this.edit.emit(change);
  }

  protected setText({ language, text }: BilingualChange): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) => updateQuestion(d, s, q, { [language]: text }));
  }

  protected setRequired(event: Event): void {
    const [s, q, required] = [
      this.sectionIndex(),
      this.questionIndex(),
      this.checked(event),
    ];
    this.emit((d) => updateQuestion(d, s, q, { required }));
  }

  protected setKind(event: Event): void {
    const [s, q, kind] = [
      this.sectionIndex(),
      this.questionIndex(),
      this.value(event) as QuestionKind,
    ];
    this.emit((d) => changeKind(d, s, q, kind));
  }

  protected move(delta: -1 | 1): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) => moveQuestion(d, s, q, delta));
  }

  protected remove(): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) => removeQuestion(d, s, q));
  }

  protected addOption(): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) => addOption(d, s, q));
  }

  protected setOption(o: number, language: 'nl' | 'en', event: Event): void {
    const [s, q, text] = [
      this.sectionIndex(),
      this.questionIndex(),
      this.value(event),
    ];
    this.emit((d) => updateOption(d, s, q, o, { [language]: text }));
  }

  protected removeOption(o: number): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) => removeOption(d, s, q, o));
  }

  protected toggleCondition(event: Event): void {
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    const first = this.sources()[0];
    const condition =
      this.checked(event) && first
        ? { questionKey: first.key, anyOf: [] as string[] }
        : null;
    this.emit((d) => setCondition(d, s, q, condition));
  }

  protected setConditionQuestion(event: Event): void {
    const [s, q, questionKey] = [
      this.sectionIndex(),
      this.questionIndex(),
      this.value(event),
    ];
    this.emit((d) => setCondition(d, s, q, { questionKey, anyOf: [] }));
  }

  protected toggleConditionValue(value: string, event: Event): void {
    const condition = this.question().condition;
    if (!condition) return;
    const chosen = new Set(condition.anyOf);
    if (this.checked(event)) chosen.add(value);
    else chosen.delete(value);
    const values = this.conditionSource()?.values.map((v) => v.value) ?? [];
    const anyOf = values.filter((v) => chosen.has(v));
    const [s, q] = [this.sectionIndex(), this.questionIndex()];
    this.emit((d) =>
      setCondition(d, s, q, { questionKey: condition.questionKey, anyOf }),
    );
  }

  protected sourceLabel(source: ConditionSource): string {
    const caption = questionCaption(
      source.number,
      source,
      this.i18n.language(),
    );
    return this.i18n.translate(caption.key, caption.params);
  }
}
