import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { visibleQuestionKeys } from '@inspraak/domain';
import type { AnswerInput } from '@inspraak/shared';
import {
  I18nService,
  LocalTextPipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import type { SurveySection } from '../data-access/surveys-api';
import {
  LocalProgress,
  answersToInput,
  definitionOfSections,
  maxLengthOf,
  missingRequired,
  moveRank,
  rankingOrder,
  toggleOption,
  type AnswerValue,
  type Answers,
} from './answer-state';

/** What the answering form shows: the API's SurveyToAnswer, or the builder's draft in preview. */
export interface SurveyToShow {
  surveyId: string;
  title: string;
  introduction: string;
  protection: { nl: string; en: string };
  sections: readonly SurveySection[];
}

type SurveyQuestion = SurveySection['questions'][number];

export const AGREEMENT_VALUES = [1, 2, 3, 4, 5] as const;
export const SCALE_VALUES = Array.from({ length: 11 }, (_, i) => i);

/**
 * One survey to answer, for the one-time link, the app and the builder's
 * preview: the protection sentence, the sections with a control per kind,
 * conditions applied as the person answers, required marks and messages per
 * question. Progress is kept in this browser only (LocalProgress); the page
 * around it sends the answers and clears the progress once they are stored.
 */
@Component({
  selector: 'isp-survey-form',
  imports: [NgTemplateOutlet, TranslatePipe, LocalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-form.html',
  styleUrl: './survey-form.scss',
})
export class SurveyFormComponent implements OnInit {
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly survey = input.required<SurveyToShow>();
  /** Prefix for element ids and radio names: unique per form on the page. */
  readonly idPrefix = input('answer');
  /** The builder's preview: nothing is stored or sent. */
  readonly preview = input(false);
  /** Whose unfinished answers these are (`progressKey`); none: nothing is kept. */
  readonly progressKey = input<string | null>(null);
  /** The page title is the survey's (h1) on the answer pages; inside another page it is an h2. */
  readonly headingLevel = input<1 | 2>(1);
  readonly busy = input(false);
  /** The API's message per question key (`extensions.fields`). */
  readonly serverErrors = input<Readonly<Record<string, string>>>({});

  readonly send = output<AnswerInput[]>();

  protected readonly answers = signal<Answers>({});
  protected readonly attempted = signal(false);
  protected readonly announcement = signal('');
  private progress: LocalProgress | null = null;

  protected readonly definition = computed(() =>
    definitionOfSections(this.survey().sections),
  );
  protected readonly visible = computed(
    () => new Set(visibleQuestionKeys(this.definition(), this.answers())),
  );
  /** Question numbers as the person sees them: only shown questions count. */
  protected readonly numbers = computed(() => {
    const numbers = new Map<string, number>();
    for (const section of this.survey().sections)
      for (const question of section.questions)
        if (this.visible().has(question.key))
          numbers.set(question.key, numbers.size + 1);
    return numbers;
  });
  private readonly missing = computed(
    () => new Set(missingRequired(this.definition(), this.answers())),
  );

  ngOnInit(): void {
    const key = this.progressKey();
    if (this.preview() || !key) return;
    this.progress = new LocalProgress(key);
    this.answers.set(this.progress.load());
  }

  protected id(...parts: (string | number)[]): string {
    return [this.idPrefix(), ...parts].join('-');
  }

  protected answerOf(key: string): AnswerValue | undefined {
    return this.answers()[key];
  }

  protected numberOf(key: string): number | null {
    const answer = this.answers()[key];
    return answer && 'number' in answer ? answer.number : null;
  }

  protected chosen(key: string): readonly string[] {
    const answer = this.answers()[key];
    return answer && 'options' in answer ? answer.options : [];
  }

  protected textOf(key: string): string {
    const answer = this.answers()[key];
    return answer && 'text' in answer ? answer.text : '';
  }

  protected isText(kind: string): boolean {
    return kind === 'SHORT_TEXT' || kind === 'LONG_TEXT';
  }

  protected maxLength(kind: string): number {
    return maxLengthOf(kind);
  }

  private agreementKey(value: number): TranslationKey {
    return `surveys.agreement.${value as 1 | 2 | 3 | 4 | 5}`;
  }

  protected sectionShown(section: SurveySection): boolean {
    return section.questions.some((q) => this.visible().has(q.key));
  }

  protected errorOf(key: string): string | null {
    const server = this.serverErrors()[key];
    if (server) return server;
    return this.attempted() && this.missing().has(key)
      ? this.i18n.translate('surveys.answer.requiredMissing')
      : null;
  }

  /** The choices of a one-answer question: agreement steps, 0–10 or the options. */
  protected radioChoices(
    question: SurveyQuestion,
  ): { value: string; label: string; checked: boolean }[] {
    if (question.kind === 'SINGLE_CHOICE') {
      const chosen = this.chosen(question.key);
      return question.options.map((option) => ({
        value: option.key,
        label: this.optionLabel(question, option.key),
        checked: chosen.includes(option.key),
      }));
    }
    const current = this.numberOf(question.key);
    const values: readonly number[] =
      question.kind === 'AGREEMENT_5' ? AGREEMENT_VALUES : SCALE_VALUES;
    return values.map((value) => ({
      value: String(value),
      label:
        question.kind === 'AGREEMENT_5'
          ? this.i18n.translate(this.agreementKey(value))
          : String(value),
      checked: current === value,
    }));
  }

  protected choose(question: SurveyQuestion, value: string): void {
    this.update(
      question.key,
      question.kind === 'SINGLE_CHOICE'
        ? { options: [value] }
        : { number: Number(value) },
    );
  }

  protected toggle(
    question: SurveyQuestion,
    optionKey: string,
    event: Event,
  ): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.update(
      question.key,
      toggleOption(question, this.answers()[question.key], optionKey, checked),
    );
  }

  protected setText(key: string, event: Event): void {
    this.update(key, {
      text: (event.target as HTMLInputElement | HTMLTextAreaElement).value,
    });
  }

  protected order(question: SurveyQuestion): string[] {
    return rankingOrder(question, this.answers()[question.key]);
  }

  protected optionLabel(question: SurveyQuestion, key: string): string {
    const option = question.options.find((o) => o.key === key);
    if (!option) return key;
    return this.i18n.language() === 'en' ? option.label.en : option.label.nl;
  }

  protected rankingSet(question: SurveyQuestion): boolean {
    const answer = this.answers()[question.key];
    return !!answer && 'options' in answer && answer.options.length > 0;
  }

  /** Moves an option and keeps focus on the button that moved it (or its twin at the end of the list). */
  protected move(question: SurveyQuestion, index: number, delta: -1 | 1): void {
    const order = this.order(question);
    const next = moveRank(order, index, delta);
    const optionKey = order[index] as string;
    this.update(question.key, { options: next });
    const position = next.indexOf(optionKey);
    this.announcement.set(
      this.i18n.translate('surveys.answer.rankMoved', {
        option: this.optionLabel(question, optionKey),
        position: position + 1,
        total: next.length,
      }),
    );
    const atEnd =
      (delta < 0 && position === 0) ||
      (delta > 0 && position === next.length - 1);
    const direction = delta < 0 !== atEnd ? 'up' : 'down';
    this.focusAfterRender(`#${this.id(question.key, optionKey, direction)}`);
  }

  protected keepOrder(question: SurveyQuestion): void {
    this.update(question.key, { options: this.order(question) });
    this.announcement.set(this.i18n.translate('surveys.answer.rankKept'));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.preview() || this.busy()) return;
    this.attempted.set(true);
    if (this.missing().size > 0) {
      this.announcement.set(
        this.i18n.translate('surveys.answer.fixMissing', {
          count: this.missing().size,
        }),
      );
      this.focusAfterRender('[aria-invalid="true"], .question.invalid input');
      return;
    }
    this.send.emit(answersToInput(this.definition(), this.answers()));
  }

  private update(key: string, value: AnswerValue): void {
    this.answers.update((answers) => ({ ...answers, [key]: value }));
    this.progress?.save(this.answers());
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
