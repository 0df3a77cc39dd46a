import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@inspraak/web-core';
import { LanguageSwitch } from '../shell/language-switch';

/** Pages reached without an account (a survey's one-time link): the name, the language switch and the page. */
@Component({
  selector: 'app-public-layout',
  imports: [RouterOutlet, TranslatePipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="public-header">
      <span class="brand"
        ><span class="logo" aria-hidden="true">◆</span>
        {{ 'app.name' | translate }}</span
      >
      <app-language-switch />
    </header>
    <main id="main-content" class="public-main">
      <router-outlet />
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100vh;
      background: linear-gradient(180deg, #e6f1f5 0%, #fff 12rem);
    }
    .public-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      max-width: 50rem;
      margin: 0 auto;
      padding: 1rem;
    }
    .brand {
      font-size: 1.25rem;
      font-weight: 700;
      color: var(--isp-accent-dark, #063f52);
    }
    .logo {
      color: var(--isp-accent, #0a5a73);
    }
    .public-main {
      max-width: 50rem;
      margin: 0 auto;
      padding: 0 1rem 2rem;
    }
  `,
})
export class PublicLayout {}
