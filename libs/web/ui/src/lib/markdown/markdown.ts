import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { parseMarkdown, type MarkdownSpan } from './parse-markdown';

/**
 * Shows a small Markdown subset (see parseMarkdown) as real headings, lists
 * and emphasis, built from text nodes only: safe for any input.
 * `headingOffset` shifts levels so `#` fits under the page's own headings.
 */
@Component({
  selector: 'isp-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #inline let-spans>
      @for (span of asSpans(spans); track $index) {
        @if (span.strong && span.em) {
          <strong
            ><em>{{ span.text }}</em></strong
          >
        } @else if (span.strong) {
          <strong>{{ span.text }}</strong>
        } @else if (span.em) {
          <em>{{ span.text }}</em>
        } @else {
          {{ span.text }}
        }
      }
    </ng-template>
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          @if (block.kind === 'heading') {
            @switch (level(block.level)) {
              @case (2) {
                <h2>
                  <ng-container
                    *ngTemplateOutlet="
                      inline;
                      context: { $implicit: block.spans }
                    "
                  />
                </h2>
              }
              @case (3) {
                <h3>
                  <ng-container
                    *ngTemplateOutlet="
                      inline;
                      context: { $implicit: block.spans }
                    "
                  />
                </h3>
              }
              @case (4) {
                <h4>
                  <ng-container
                    *ngTemplateOutlet="
                      inline;
                      context: { $implicit: block.spans }
                    "
                  />
                </h4>
              }
              @case (5) {
                <h5>
                  <ng-container
                    *ngTemplateOutlet="
                      inline;
                      context: { $implicit: block.spans }
                    "
                  />
                </h5>
              }
              @default {
                <h6>
                  <ng-container
                    *ngTemplateOutlet="
                      inline;
                      context: { $implicit: block.spans }
                    "
                  />
                </h6>
              }
            }
          }
        }
        @case ('paragraph') {
          @if (block.kind === 'paragraph') {
            <p>
              <ng-container
                *ngTemplateOutlet="inline; context: { $implicit: block.spans }"
              />
            </p>
          }
        }
        @case ('list') {
          @if (block.kind === 'list') {
            @if (block.ordered) {
              <ol>
                @for (item of block.items; track $index) {
                  <li>
                    <ng-container
                      *ngTemplateOutlet="inline; context: { $implicit: item }"
                    />
                  </li>
                }
              </ol>
            } @else {
              <ul>
                @for (item of block.items; track $index) {
                  <li>
                    <ng-container
                      *ngTemplateOutlet="inline; context: { $implicit: item }"
                    />
                  </li>
                }
              </ul>
            }
          }
        }
      }
    }
  `,
  imports: [NgTemplateOutlet],
  styles: `
    :host {
      display: block;
      overflow-wrap: break-word;
    }
    :host > :first-child {
      margin-top: 0;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      font-size: 1.0625rem;
      margin: 1rem 0 0.375rem;
    }
    ul,
    ol {
      padding-inline-start: 1.25rem;
    }
  `,
})
export class MarkdownComponent {
  readonly text = input.required<string>();
  /** `#` becomes h(1 + offset); the default 2 makes it an h3 inside an h2 section. */
  readonly headingOffset = input(2);

  protected readonly blocks = computed(() => parseMarkdown(this.text()));

  protected level(level: number): number {
    return Math.min(6, Math.max(2, level + this.headingOffset()));
  }

  protected asSpans(value: unknown): MarkdownSpan[] {
    return value as MarkdownSpan[];
  }
}
