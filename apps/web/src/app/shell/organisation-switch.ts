import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { SwitchOrganisationDocument } from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  SessionService,
  TranslatePipe,
} from '@inspraak/web-core';

/**
 * For a person with accounts in several organisations: the current one,
 * chosen from a list and switched with the button (a select that acted on
 * every arrow key would switch while someone is still reading the list).
 * The app then continues as the viewer in the other organisation, on the
 * start page, so nothing of the previous organisation stays on screen.
 */
@Component({
  selector: 'app-organisation-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (organisations().length > 1) {
      <form class="switch" (submit)="switch($event, select.value)">
        <label for="organisation-switch">{{
          'account.switcher.label' | translate
        }}</label>
        <select #select id="organisation-switch" [disabled]="busy()">
          @for (organisation of organisations(); track organisation.id) {
            <option
              [value]="organisation.id"
              [selected]="organisation.id === currentId()"
            >
              {{ organisation.name }}
            </option>
          }
        </select>
        <button type="submit" [disabled]="busy()">
          {{
            (busy() ? 'account.switcher.switching' : 'account.switcher.submit')
              | translate
          }}
        </button>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </form>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    label {
      color: #d7ecf2;
    }
    select {
      width: auto;
      max-width: 100%;
      min-height: 2.25rem;
      padding-block: 0.25rem;
    }
    button {
      min-height: 2.25rem;
      padding: 0 0.75rem;
      border: 1px solid #fff;
      border-radius: 0.375rem;
      background: transparent;
      color: #fff;
      font: inherit;
      cursor: pointer;
    }
    button:hover {
      background: rgb(255 255 255 / 12%);
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid #fff;
      outline-offset: 2px;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: #fff;
      font-weight: 600;
    }
    /* In the phone menu: the label above, the list as wide as the menu allows. */
    @media (max-width: 47.99rem) {
      :host {
        align-self: stretch;
      }
      label {
        flex-basis: 100%;
      }
      select {
        flex: 1;
        min-width: 0;
      }
    }
  `,
})
export class OrganisationSwitch {
  private readonly session = inject(SessionService);
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly organisations = computed(
    () => this.session.viewer()?.organisations ?? [],
  );
  protected readonly currentId = computed(
    () => this.session.viewer()?.organisation.id ?? null,
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected switch(event: Event, organisationId: string): void {
    event.preventDefault();
    if (this.busy() || !organisationId || organisationId === this.currentId())
      return;
    this.busy.set(true);
    this.error.set(null);
    this.graphql
      .request(SwitchOrganisationDocument, { organisationId })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ switchOrganisation }) => {
          this.busy.set(false);
          this.session.replaceViewer(switchOrganisation);
          void this.router.navigateByUrl('/');
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.error.set(
            `${this.i18n.translate('account.switcher.failed')} ${this.i18n.errorMessage(e)}`,
          );
        },
      });
  }
}
