import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { DevOutboxDocument, DevOutboxInUseDocument } from '@inspraak/shared';
import {
  GraphqlClient,
  I18nService,
  TranslatePipe,
  loadable,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { forkJoin, map } from 'rxjs';
import { shownMail, type OutboxMail } from './dev-outbox';

/**
 * The development outbox (ADVISEUR): e-mail kept because no SMTP server is
 * configured, newest first, with a warning that its links are personal.
 * Personal survey links and their recipients are hidden (see `shownMail`).
 */
@Component({
  selector: 'app-dev-outbox-page',
  imports: [TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.heading' | translate }}</h1>
    @if (outbox.loading()) {
      <p role="status">{{ 'common.loading' | translate }}</p>
    } @else if (outbox.error(); as message) {
      <isp-alert kind="error">{{ message }}</isp-alert>
    } @else {
      <isp-alert kind="warning">
        <p>
          {{
            (outbox.value().inUse ? 'outbox.inUse' : 'outbox.notInUse')
              | translate
          }}
        </p>
        <p>{{ 'outbox.personal' | translate }}</p>
        <p>{{ 'outbox.surveysHidden' | translate }}</p>
      </isp-alert>
      @if (mails().length === 0) {
        <p>{{ 'outbox.empty' | translate }}</p>
      } @else {
        <p class="muted">
          {{ 'outbox.count' | translate: { count: mails().length } }}
        </p>
        <ol class="mails">
          @for (mail of mails(); track mail.id) {
            <li>
              <article [attr.aria-labelledby]="'mail-' + mail.id">
                <h2 [id]="'mail-' + mail.id">{{ mail.subject }}</h2>
                <dl>
                  <dt>{{ 'outbox.to' | translate }}</dt>
                  <dd>
                    {{ mail.to ?? ('outbox.recipientHidden' | translate) }}
                  </dd>
                  <dt>{{ 'outbox.keptAt' | translate }}</dt>
                  <dd>{{ i18n.formatDate(mail.createdAt, true) }}</dd>
                </dl>
                <pre>{{ mail.body }}</pre>
              </article>
            </li>
          }
        </ol>
      }
    }
  `,
  styles: `
    .alert p {
      margin-block: 0.25rem;
    }
    .mails {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    article {
      border: 1px solid var(--isp-border, #c8ced3);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem;
    }
    h2 {
      font-size: 1.0625rem;
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.125rem 0.75rem;
      margin: 0 0 0.5rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: inherit;
      margin: 0;
    }
  `,
})
export class DevOutboxPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly i18n = inject(I18nService);
  protected readonly outbox = loadable<{ inUse: boolean; mails: OutboxMail[] }>(
    { inUse: false, mails: [] },
  );
  protected readonly mails = computed(() =>
    this.outbox
      .value()
      .mails.map((mail) =>
        shownMail(mail, this.i18n.translate('outbox.linkHidden')),
      ),
  );

  constructor() {
    this.outbox.load(
      forkJoin({
        inUse: this.graphql
          .request(DevOutboxInUseDocument, {})
          .pipe(map((d) => d.devOutboxInUse)),
        mails: this.graphql
          .request(DevOutboxDocument, {})
          .pipe(map((d) => d.devOutbox)),
      }),
    );
  }
}
