import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import type { PostKind } from '@inspraak/shared';
import {
  I18nService,
  loadable,
  LocalDatePipe,
  LocalTextPipe,
  pageActions,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import { BoardApi, type Board, type BoardPost } from '../data-access/board-api';
import {
  controlError,
  notBlank,
  showServerFieldErrors,
} from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { PostAnswerComponent, PostKindComponent } from './post-parts';

type Section = 'post' | 'posts' | 'themes' | 'summary';

export const POST_KINDS: readonly PostKind[] = [
  'PRO',
  'CON',
  'IDEA',
  'QUESTION',
];

/** The API's limits. */
export const BOARD_LIMITS = {
  text: 2_000,
  response: 5_000,
  reason: 500,
  theme: 120,
  summary: 50_000,
} as const;

/** /trajectories/:id/board: pros, cons, ideas and questions per phase, answered by the regie team. */
@Component({
  selector: 'isp-board-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    PostKindComponent,
    PostAnswerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
})
export class BoardPageComponent {
  private readonly api = inject(BoardApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<Section>();
  protected readonly describedBy = describedBy;
  protected readonly kinds = POST_KINDS;
  protected readonly limits = BOARD_LIMITS;

  protected readonly trajectory = computed(() => this.context.require());
  protected readonly phase = new FormControl(this.trajectory().currentPhase, {
    nonNullable: true,
  });
  protected readonly loaded = loadable<Board | null>(null);
  protected readonly board = this.loaded.value;

  protected readonly postForm = new FormGroup({
    kind: new FormControl<PostKind>('PRO', { nonNullable: true }),
    text: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(BOARD_LIMITS.text)],
    }),
    hideName: new FormControl(false, { nonNullable: true }),
  });
  protected readonly postSubmitted = signal(false);
  protected readonly themeName = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(BOARD_LIMITS.theme)],
  });
  protected readonly summary = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(BOARD_LIMITS.summary)],
  });

  protected readonly themeNames = computed(
    () => new Map((this.board()?.themes ?? []).map((t) => [t.id, t.name])),
  );

  constructor() {
    this.load();
    this.phase.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.load());
  }

  private request() {
    return this.api.board(this.trajectory().id, Number(this.phase.value));
  }

  private load(): void {
    this.actions.clear();
    this.loaded.load(this.request(), (board) =>
      this.summary.reset(board?.summary ?? ''),
    );
  }

  protected kindKey(kind: PostKind): TranslationKey {
    return `trajectories.board.kinds.${kind}`;
  }

  protected textError(): string | null {
    return controlError(
      this.i18n,
      this.postForm.controls.text,
      this.postSubmitted(),
    );
  }

  protected themeError(): string | null {
    return controlError(this.i18n, this.themeName, false);
  }

  private replace(post: BoardPost): void {
    this.board.update((board) =>
      board
        ? {
            ...board,
            posts: board.posts.map((p) => (p.id === post.id ? post : p)),
          }
        : board,
    );
  }

  protected post(event: Event): void {
    event.preventDefault();
    this.postSubmitted.set(true);
    if (this.postForm.invalid) {
      this.postForm.markAllAsTouched();
      this.actions.focus('#post-text');
      return;
    }
    const { kind, text, hideName } = this.postForm.getRawValue();
    this.actions.run(
      'post',
      this.api.post({
        trajectoryId: this.trajectory().id,
        kind,
        text: text.trim(),
        hideName,
      }),
      (post) => {
        this.board.update((board) =>
          board ? { ...board, posts: [post, ...board.posts] } : board,
        );
        this.postForm.reset({ kind, text: '', hideName: false });
        this.postSubmitted.set(false);
        // Counts and participation are the API's to compute (suppression).
        this.loaded.refresh(this.request());
        this.actions.focus('#post-text');
        return this.i18n.translate('trajectories.board.posted');
      },
      (e) => showServerFieldErrors(this.postForm, e),
    );
  }

  protected support(post: BoardPost): void {
    this.actions.run(
      'posts',
      this.api.support(post.id, !post.supportedByMe),
      (saved) => {
        this.replace(saved);
        return null;
      },
    );
  }

  protected respond(post: BoardPost, response: string): void {
    const text = response.trim();
    if (!text || text.length > BOARD_LIMITS.response) {
      this.actions.say(
        'posts',
        'error',
        this.i18n.translate('trajectories.board.responseRequired', {
          max: BOARD_LIMITS.response,
        }),
      );
      this.actions.focus(`#response-${post.id}`);
      return;
    }
    this.actions.run('posts', this.api.respond(post.id, text), (saved) => {
      this.replace(saved);
      this.actions.focus(`#post-${post.id}`);
      return this.i18n.translate('trajectories.board.responded');
    });
  }

  protected setHidden(post: BoardPost, hidden: boolean, reason: string): void {
    const why = reason.trim();
    if (hidden && (!why || why.length > BOARD_LIMITS.reason)) {
      this.actions.say(
        'posts',
        'error',
        this.i18n.translate('trajectories.board.reasonRequired', {
          max: BOARD_LIMITS.reason,
        }),
      );
      this.actions.focus(`#reason-${post.id}`);
      return;
    }
    this.actions.run(
      'posts',
      this.api.moderate(post.id, hidden, hidden ? why : null),
      (saved) => {
        this.replace(saved);
        this.loaded.refresh(this.request());
        this.actions.focus(`#post-${post.id}`);
        return this.i18n.translate(
          hidden ? 'trajectories.board.hidden' : 'trajectories.board.shown',
        );
      },
    );
  }

  protected assignTheme(post: BoardPost, themeId: string): void {
    this.actions.run(
      'posts',
      this.api.assignTheme(post.id, themeId || null),
      (saved) => {
        this.replace(saved);
        return this.i18n.translate('trajectories.board.themeAssigned');
      },
    );
  }

  protected addTheme(event: Event): void {
    event.preventDefault();
    if (this.themeName.invalid) {
      this.themeName.markAsTouched();
      this.actions.focus('#theme-name');
      return;
    }
    const name = this.themeName.value.trim();
    this.actions.run(
      'themes',
      this.api.addTheme(this.trajectory().id, Number(this.phase.value), name),
      (theme) => {
        this.board.update((board) =>
          board ? { ...board, themes: [...board.themes, theme] } : board,
        );
        this.themeName.reset('');
        this.actions.focus('#theme-name');
        return this.i18n.translate('trajectories.board.themeAdded', { name });
      },
    );
  }

  protected saveSummary(event: Event): void {
    event.preventDefault();
    this.actions.run(
      'summary',
      this.api.saveSummary(
        this.trajectory().id,
        Number(this.phase.value),
        this.summary.value,
      ),
      (board) => {
        this.board.set(board);
        this.summary.reset(board.summary ?? '');
        return this.i18n.translate('trajectories.board.summarySaved');
      },
    );
  }
}
