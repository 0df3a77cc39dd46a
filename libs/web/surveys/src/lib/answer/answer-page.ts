import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { AnswerInput } from '@inspraak/shared';
import {
  I18nService,
  SessionService,
  TranslatePipe,
  isApiError,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import type { Observable } from 'rxjs';
import {
  AnsweringApi,
  type SurveyToAnswer,
} from '../data-access/answering-api';
import { LocalProgress, progressKey } from './answer-state';
import { SurveyFormComponent } from './survey-form';

/**
 * Where the survey comes from: the one-time link (`/s/:token`, no account),
 * my invitation in the app (`/my-surveys/:id`), or the author's preview
 * (`/surveys/:id/preview`: the same page, answers checked but never stored,
 * not even in this browser).
 */
export type AnswerSource = 'token' | 'mine' | 'preview';

const SOURCES: readonly AnswerSource[] = ['token', 'mine', 'preview'];

/** Why the form is not shown (or no longer). */
type Outcome =
  | 'thanks'
  | 'previewChecked'
  | 'alreadyAnswered'
  | 'closed'
  | 'unknownLink'
  | 'notFound';

/**
 * Answering one survey, with the one-time link or from the app: the form, a
 * single submit (the button waits while sending), then a thank-you; a used
 * link, a closed survey and an unknown link each get their own message.
 */
@Component({
  selector: 'isp-answer-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, SurveyFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './answer-page.html',
  styleUrl: './answer-page.scss',
})
export class AnswerPageComponent {
  private readonly api = inject(AnsweringApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionService);

  protected readonly source: AnswerSource = SOURCES.includes(
    this.route.snapshot.data['source'],
  )
    ? this.route.snapshot.data['source']
    : 'token';
  protected readonly param =
    this.route.snapshot.paramMap.get(
      this.source === 'token' ? 'token' : 'id',
    ) ?? '';
  /** Progress is the person's: filed by the link, or by the account and survey (none without an account). */
  protected readonly progressKey = this.keyOfProgress();

  protected readonly survey = signal<SurveyToAnswer | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly sending = signal(false);
  protected readonly sendError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});

  constructor() {
    const request =
      this.source === 'mine'
        ? this.api.mineOne(this.param)
        : this.source === 'preview'
          ? this.api.preview(this.param)
          : this.api.byToken(this.param);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (survey) => {
        this.survey.set(survey);
        this.loading.set(false);
        if (survey.alreadyAnswered) this.outcome.set('alreadyAnswered');
        else if (!survey.open) this.outcome.set('closed');
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isApiError(error) && error.code === 'NOT_FOUND')
          this.outcome.set(
            this.source === 'token' ? 'unknownLink' : 'notFound',
          );
        else this.loadError.set(this.i18n.errorMessage(error));
      },
    });
  }

  private keyOfProgress(): string | null {
    if (this.source === 'preview') return null;
    if (this.source === 'token') return progressKey.forLink(this.param);
    const userId = this.session.viewer()?.userId;
    return userId ? progressKey.forMember(userId, this.param) : null;
  }

  protected outcomeHeading(outcome: Outcome): TranslationKey {
    return `surveys.answer.outcome.${outcome}.heading`;
  }

  protected outcomeBody(outcome: Outcome): TranslationKey {
    return `surveys.answer.outcome.${outcome}.body`;
  }

  protected send(answers: AnswerInput[]): void {
    const survey = this.survey();
    if (!survey || this.sending()) return;
    this.sending.set(true);
    this.sendError.set(null);
    this.serverErrors.set({});
    const request: Observable<boolean> =
      this.source === 'mine'
        ? this.api.submitMine(this.param, answers)
        : this.source === 'preview'
          ? this.api.checkPreview(this.param, answers)
          : this.api.submitByToken(this.param, answers);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.sending.set(false);
        this.forgetProgress();
        this.finish(this.source === 'preview' ? 'previewChecked' : 'thanks');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (isApiError(error) && error.reason === 'ALREADY_ANSWERED') {
          this.forgetProgress();
          this.finish('alreadyAnswered');
        } else if (isApiError(error) && error.reason === 'SURVEY_CLOSED')
          this.finish('closed');
        else if (isApiError(error) && error.code === 'NOT_FOUND')
          this.finish(this.source === 'token' ? 'unknownLink' : 'notFound');
        else {
          if (isApiError(error))
            this.serverErrors.set(
              Object.fromEntries(error.fields.map((f) => [f.field, f.message])),
            );
          this.sendError.set(this.i18n.errorMessage(error));
          this.focus('#answer-send-error');
        }
      },
    });
  }

  /** The preview again, from the start (nothing was stored). */
  protected tryAgain(): void {
    this.outcome.set(null);
    this.serverErrors.set({});
    this.sendError.set(null);
  }

  private forgetProgress(): void {
    if (this.progressKey) new LocalProgress(this.progressKey).clear();
  }

  private finish(outcome: Outcome): void {
    this.outcome.set(outcome);
    this.focus('#answer-outcome');
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
