import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

/** Determinate progress (0..100) with an accessible name and a spoken value text. */
@Component({
  selector: 'isp-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="clamped()"
      [attr.aria-valuetext]="valueText() || null"
      [attr.aria-label]="label()"
    >
      <div class="fill" [style.width.%]="clamped()"></div>
    </div>
    @if (valueText()) {
      <p class="text">{{ valueText() }} ({{ clamped() }}%)</p>
    }
  `,
  styles: `
    .track {
      height: 1rem;
      border-radius: 0.5rem;
      background: #e3e9ec;
      border: 1px solid #6b7c85;
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: var(--isp-accent, #0a5a73);
      transition: width 0.3s ease;
    }
    .text {
      margin: 0.25rem 0 0;
      color: var(--isp-text-muted, #46555c);
    }
    @media (prefers-reduced-motion: reduce) {
      .fill {
        transition: none;
      }
    }
  `,
})
export class ProgressBarComponent {
  readonly value = input.required<number>();
  readonly label = input.required<string>();
  readonly valueText = input<string>('');
  protected readonly clamped = computed(() =>
    Math.round(Math.min(100, Math.max(0, this.value() || 0))),
  );
}
