import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@inspraak/web-core';

@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'forbidden.heading' | translate }}</h1>
    <p>{{ 'forbidden.body' | translate }}</p>
    <p>
      <a routerLink="/">{{ 'common.backToHome' | translate }}</a>
    </p>
  `,
})
export class ForbiddenPage {}
