import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

export type AlertKind = 'error' | 'success' | 'info' | 'warning';

/** A message box; errors interrupt screen readers (role=alert), the rest waits its turn (role=status). */
@Component({
  selector: 'isp-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.role]': 'role()',
    '[class]': '"alert " + kind()',
  },
  template: `<ng-content />`,
  styles: `
    :host {
      display: block;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      border-inline-start: 0.375rem solid;
      margin-block: 1rem;
    }
    :host(.error) {
      background: #fdecea;
      border-color: var(--isp-danger, #b3261e);
      color: #7a1710;
    }
    :host(.success) {
      background: #e7f4ec;
      border-color: var(--isp-success, #1e6b3a);
      color: #154d2a;
    }
    :host(.info) {
      background: #e6f1f5;
      border-color: var(--isp-accent, #0a5a73);
      color: #0b3d4d;
    }
    :host(.warning) {
      background: #fff4dc;
      border-color: #8a5a00;
      color: #5c3c00;
    }
  `,
})
export class AlertComponent {
  readonly kind = input<AlertKind>('info');
  protected readonly role = computed(() =>
    this.kind() === 'error' ? 'alert' : 'status',
  );
}
