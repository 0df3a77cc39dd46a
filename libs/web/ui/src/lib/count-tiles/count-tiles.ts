import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

/** One number with its name; `testId` lands on the number for tests to read. */
export interface CountTile {
  /** Already translated by the caller. */
  label: string;
  value: number;
  testId: string;
}

/** A row of named numbers (created, sent, failed…) as a description list of tiles that wrap on narrow screens. */
@Component({
  selector: 'isp-count-tiles',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="counts" [style.grid-template-columns]="columns()">
      @for (tile of tiles(); track tile.testId) {
        <div>
          <dt>{{ tile.label }}</dt>
          <dd [attr.data-testid]="tile.testId">{{ tile.value }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .counts {
      display: grid;
      gap: 0.75rem;
      margin: 1rem 0;
    }
    .counts div {
      border: 1px solid var(--isp-border, #c4ced4);
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem;
    }
    dt {
      font-size: 0.875rem;
      color: var(--isp-text-muted, #46555c);
    }
    dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
    }
  `,
})
export class CountTilesComponent {
  readonly tiles = input.required<readonly CountTile[]>();
  /** The narrowest a tile may get before the row wraps. */
  readonly minTileWidth = input('8rem');
  /** Whether a row with room to spare widens its tiles to fill it, instead of keeping them a column wide. */
  readonly stretch = input(false);

  protected readonly columns = computed(
    () =>
      `repeat(${this.stretch() ? 'auto-fit' : 'auto-fill'}, minmax(${this.minTileWidth()}, 1fr))`,
  );
}
