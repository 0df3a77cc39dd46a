import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  inject,
  input,
} from '@angular/core';

/**
 * The frame of a public account page (login, forgot and reset password, an
 * invitation): a narrow card with the page's heading; the page fills it. Its
 * look reaches the page's own parts inside it (`button.full` across the card,
 * `p.card-end` closing it without a margin), so the rules are not encapsulated
 * but all start with the element's name.
 */
@Component({
  selector: 'app-auth-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="card">
      <h1>{{ heading() }}</h1>
      <ng-content />
    </div>
  `,
  styles: `
    app-auth-card {
      display: block;
      max-width: 28rem;
      margin: 1rem auto 0;
    }
    app-auth-card h1 {
      margin-top: 0;
      font-size: 1.5rem;
    }
    app-auth-card .full {
      width: 100%;
    }
    app-auth-card .card-end {
      margin-block-end: 0;
    }
  `,
})
export class AuthCard {
  readonly heading = input.required<string>();
}

/**
 * For a page's constructor or field: a function that moves the focus to the
 * first element in the page matching a selector once the page has rendered
 * (the field the API refused, the way on after a step is done).
 */
export function focusAfterRender(): (selector: string) => void {
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  return (selector) =>
    afterNextRender(
      () => host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector },
    );
}
