import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Role } from '@inspraak/shared';
import {
  SessionService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { DIRECTORY_ROLES } from '../shell/nav-items';

@Component({
  selector: 'app-home-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.viewer(); as viewer) {
      <h1>{{ 'home.welcome' | translate: { name: viewer.displayName } }}</h1>
      <p class="muted">{{ 'home.intro' | translate }}</p>
      <div class="cards">
        <section class="card" aria-labelledby="org-heading">
          <h2 id="org-heading">{{ 'home.organisation' | translate }}</h2>
          <p>{{ viewer.organisation.name }}</p>
        </section>
        <section class="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">{{ 'home.roles' | translate }}</h2>
          <ul class="roles">
            @for (role of viewer.roles; track role) {
              <li>{{ roleKey(role) | translate }}</li>
            }
          </ul>
        </section>
      </div>
      @if (canUseDirectory()) {
        <p>
          <a class="button" routerLink="/directory">{{
            'home.directoryLink' | translate
          }}</a>
        </p>
      }
    }
  `,
  styles: `
    .cards {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      margin-block: 1.5rem;
    }
    h2 {
      font-size: 1.125rem;
      margin-top: 0;
    }
    .roles {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class HomePage {
  protected readonly session = inject(SessionService);
  protected readonly canUseDirectory = computed(() =>
    this.session.hasAnyRole(DIRECTORY_ROLES),
  );

  protected roleKey(role: Role): TranslationKey {
    return `roles.${role}`;
  }
}
