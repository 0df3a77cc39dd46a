import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';

/** Previous/next paging with a "1–25 of 120" summary. Texts come from the caller. */
@Component({
  selector: 'isp-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="navLabel()">
      <button
        type="button"
        class="button secondary"
        [disabled]="!hasPrevious()"
        (click)="go(-1)"
      >
        {{ previousLabel() }}
      </button>
      <span class="summary" aria-live="polite">{{ summary() }}</span>
      <button
        type="button"
        class="button secondary"
        [disabled]="!hasNext()"
        (click)="go(1)"
      >
        {{ nextLabel() }}
      </button>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
      margin-block: 1rem;
    }
    .summary {
      color: var(--isp-text-muted, #46555c);
    }
  `,
})
export class PagerComponent {
  readonly total = input.required<number>();
  readonly offset = input.required<number>();
  readonly limit = input.required<number>();
  readonly navLabel = input.required<string>();
  readonly previousLabel = input.required<string>();
  readonly nextLabel = input.required<string>();
  /** Already formatted by the caller, e.g. "1–25 van 120". */
  readonly summary = input.required<string>();

  readonly offsetChange = output<number>();

  protected readonly hasPrevious = computed(() => this.offset() > 0);
  protected readonly hasNext = computed(
    () => this.offset() + this.limit() < this.total(),
  );

  protected go(direction: 1 | -1): void {
    const next = Math.max(0, this.offset() + direction * this.limit());
    if (next !== this.offset() && next < Math.max(this.total(), 1))
      this.offsetChange.emit(next);
  }
}

/** 1-based range of the rows shown, for the summary text. */
export function pageRange(
  total: number,
  offset: number,
  itemsOnPage: number,
): { from: number; to: number; total: number } {
  return total === 0
    ? { from: 0, to: 0, total }
    : { from: offset + 1, to: offset + itemsOnPage, total };
}
