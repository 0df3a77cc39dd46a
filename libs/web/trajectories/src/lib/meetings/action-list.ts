import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  LocalDatePipe,
  pageActions,
  TranslatePipe,
} from '@inspraak/web-core';
import { MeetingsApi, type ActionItem } from '../data-access/meetings-api';
import { SectionFeedbackComponent } from '@inspraak/web-ui';

/** Actions (afspraken) with their owner and due date; the owner or those who steer tick them off. */
@Component({
  selector: 'isp-action-list',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, SectionFeedbackComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <isp-section-feedback [messages]="actions.messagesFor('done')" />
    @if (items().length === 0) {
      <p>{{ emptyText() }}</p>
    } @else {
      <ul class="actions-list">
        @for (a of items(); track a.id) {
          <li [class.done]="a.status === 'DONE'">
            <input
              type="checkbox"
              [id]="idPrefix() + '-' + a.id"
              [checked]="a.status === 'DONE'"
              [disabled]="!canTick(a) || actions.busy() !== null"
              (change)="setDone(a, $event)"
            />
            <div class="body">
              <label [for]="idPrefix() + '-' + a.id">{{ a.description }}</label>
              <p class="meta">
                <span>{{
                  'trajectories.actions.ownerIs'
                    | translate: { name: a.ownerName }
                }}</span>
                <span>{{
                  'trajectories.actions.dueIs'
                    | translate: { date: (a.dueOn | localDate) }
                }}</span>
                @if (a.overdue && a.status === 'OPEN') {
                  <strong class="overdue">{{
                    'trajectories.actions.overdue' | translate
                  }}</strong>
                }
                @if (a.status === 'DONE') {
                  <span>{{ 'trajectories.actions.done' | translate }}</span>
                }
                @if (a.confidential) {
                  <span class="confidential">{{
                    'trajectories.meeting.confidentialBadge' | translate
                  }}</span>
                }
                @if (showTrajectory()) {
                  <a [routerLink]="['/trajectories', a.trajectoryId]">{{
                    a.trajectoryTitle
                  }}</a>
                }
              </p>
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .actions-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding-block: 0.625rem;
      border-bottom: 1px solid var(--isp-border);
    }
    input {
      flex: none;
      margin-top: 0.2rem;
    }
    .body {
      min-width: 0;
    }
    label {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .done label {
      text-decoration: line-through;
      color: var(--isp-text-muted);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
      color: var(--isp-text-muted);
    }
    .overdue {
      color: var(--isp-danger);
    }
    .confidential {
      font-weight: 600;
      color: #5c3c00;
    }
  `,
})
export class ActionListComponent {
  private readonly api = inject(MeetingsApi);
  private readonly i18n = inject(I18nService);
  protected readonly actions = pageActions<'done'>();

  readonly items = input.required<readonly ActionItem[]>();
  readonly viewerId = input.required<string>();
  /** Those who steer the trajectory may tick off anyone's action. */
  readonly steering = input(false);
  readonly showTrajectory = input(false);
  readonly emptyText = input.required<string>();
  readonly idPrefix = input('action');
  readonly changed = output<ActionItem>();

  protected canTick(action: ActionItem): boolean {
    return this.steering() || action.ownerUserId === this.viewerId();
  }

  protected setDone(action: ActionItem, event: Event): void {
    const box = event.target as HTMLInputElement;
    const done = box.checked;
    this.actions.run(
      'done',
      this.api.setActionDone(action.id, done),
      (saved) => {
        this.changed.emit(saved);
        return this.i18n.translate(
          done
            ? 'trajectories.actions.markedDone'
            : 'trajectories.actions.reopened',
          { description: saved.description },
        );
      },
      // The box shows what the API holds, not the failed click.
      () => (box.checked = !done),
    );
  }
}
