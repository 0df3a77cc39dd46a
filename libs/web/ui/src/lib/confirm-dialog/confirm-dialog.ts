import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  input,
  output,
  viewChild,
} from '@angular/core';

let nextDialogId = 0;

/** Modal yes/no question on the native <dialog>: focus is trapped, Escape cancels. */
@Component({
  selector: 'isp-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      [attr.aria-labelledby]="id + '-title'"
      [attr.aria-describedby]="id + '-message'"
      (cancel)="onCancel($event)"
    >
      <h2 [id]="id + '-title'">{{ heading() }}</h2>
      <p [id]="id + '-message'">{{ message() }}</p>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          autofocus
          (click)="cancelled.emit()"
        >
          {{ cancelLabel() }}
        </button>
        <button
          type="button"
          class="button"
          [class.danger]="danger()"
          (click)="confirmed.emit()"
        >
          {{ confirmLabel() }}
        </button>
      </div>
    </dialog>
  `,
  styles: `
    dialog {
      border: none;
      border-radius: 0.75rem;
      padding: 1.5rem;
      max-width: min(32rem, calc(100vw - 2rem));
      box-shadow: 0 10px 40px rgb(0 0 0 / 25%);
    }
    dialog::backdrop {
      background: rgb(10 30 40 / 50%);
    }
    h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
  `,
})
export class ConfirmDialogComponent {
  protected readonly id = `isp-dialog-${nextDialogId++}`;
  private readonly dialog =
    viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  readonly open = input.required<boolean>();
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  readonly danger = input(false);

  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      const open = this.open();
      if (open && !dialog.open) {
        // jsdom has no showModal; the attribute is enough there.
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      } else if (!open && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
    });
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    this.cancelled.emit();
  }
}
