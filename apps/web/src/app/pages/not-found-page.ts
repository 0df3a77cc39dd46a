import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@inspraak/web-core';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.heading' | translate }}</h1>
    <p>{{ 'notFound.body' | translate }}</p>
    <p>
      <a routerLink="/">{{ 'common.backToHome' | translate }}</a>
    </p>
  `,
})
export class NotFoundPage {}
