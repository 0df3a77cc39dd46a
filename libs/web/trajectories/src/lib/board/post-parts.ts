import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PostKind } from '@inspraak/shared';
import { TranslatePipe, type TranslationKey } from '@inspraak/web-core';
import type { BoardPost } from '../data-access/board-api';

/** The kind of a post (voordeel, nadeel, idee, vraag) as a coloured label. */
@Component({
  selector: 'isp-post-kind',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': 'kind()' },
  template: `{{ key() | translate }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 0.25rem;
      border-inline-start: 4px solid;
      font-size: 0.875rem;
      font-weight: 700;
    }
    :host(.PRO) {
      background: #e7f4ec;
      color: #154d2a;
    }
    :host(.CON) {
      background: #fdecea;
      color: #7a1710;
    }
    :host(.IDEA) {
      background: #fff4dc;
      color: #5c3c00;
    }
    :host(.QUESTION) {
      background: var(--isp-accent-soft, #dcecf1);
      color: var(--isp-accent-dark, #063f52);
    }
  `,
})
export class PostKindComponent {
  readonly kind = input.required<PostKind>();
  /** Plural ("Voordelen") for counts, singular ("Voordeel") for one post. */
  readonly plural = input(false);

  protected key(): TranslationKey {
    return this.plural()
      ? `trajectories.board.counts.${this.kind()}`
      : `trajectories.board.kinds.${this.kind()}`;
  }
}

/** What happened to a post: hidden by a moderator (with the reason), and the regie team's response. */
@Component({
  selector: 'isp-post-answer',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = post();
    @if (p.hidden) {
      <p class="hidden-note">
        <strong>{{ 'trajectories.board.hiddenLabel' | translate }}</strong>
        {{ p.hiddenReason }}
      </p>
    }
    @if (p.response) {
      <div class="response">
        <p class="label">{{ 'trajectories.board.response' | translate }}</p>
        <p class="text">{{ p.response }}</p>
      </div>
    } @else if (showMissing()) {
      <p class="muted">{{ 'trajectories.mine.noResponse' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0 0 0.75rem;
    }
    .hidden-note {
      color: #7a1710;
    }
    .response {
      margin: 0 0 0.75rem;
      padding: 0.625rem 0.875rem;
      border-inline-start: 4px solid var(--isp-accent, #0a5a73);
      background: var(--isp-accent-soft, #dcecf1);
      border-radius: 0.25rem;
    }
    .response p {
      margin: 0;
    }
    .label {
      font-weight: 700;
      color: var(--isp-accent-dark, #063f52);
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--isp-text-muted, #46555c);
    }
  `,
})
export class PostAnswerComponent {
  readonly post = input.required<BoardPost>();
  /** Say so when the regie team has not answered yet (for the author). */
  readonly showMissing = input(false);
}
