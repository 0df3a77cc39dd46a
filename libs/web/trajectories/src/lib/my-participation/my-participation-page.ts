import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MembershipStatus } from '@inspraak/shared';
import {
  I18nService,
  loadable,
  LocalDatePipe,
  LocalTextPipe,
  pageActions,
  SessionService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent, SectionFeedbackComponent } from '@inspraak/web-ui';
import { forkJoin, type Observable } from 'rxjs';
import { BoardApi, type BoardPost } from '../data-access/board-api';
import { MeetingsApi, type ActionItem } from '../data-access/meetings-api';
import {
  TrajectoriesApi,
  type TrajectorySummary,
} from '../data-access/trajectories-api';
import {
  WorkgroupsApi,
  type WorkgroupSummary,
} from '../data-access/workgroups-api';
import { PostAnswerComponent, PostKindComponent } from '../board/post-parts';
import { ActionListComponent } from '../meetings/action-list';
import { ApplyFormComponent } from '../workgroups/apply-form';
import { WorkgroupStatusComponent } from '../workgroups/workgroup-status';

type Section = 'calls' | 'workgroups' | 'calendar';

interface MyParticipation {
  trajectories: TrajectorySummary[];
  openCalls: WorkgroupSummary[];
  myWorkgroups: WorkgroupSummary[];
  posts: BoardPost[];
  myActions: ActionItem[];
}

/** The statuses under which a call is still open to me. */
const CAN_APPLY: ReadonlySet<MembershipStatus | null> = new Set([
  null,
  'WITHDRAWN',
  'ENDED',
]);

/** Calls I could apply to: not one I manage, not one I am already in, invited to or applied to. */
function openToMe(call: WorkgroupSummary): boolean {
  return !call.canManage && CAN_APPLY.has(call.myStatus);
}

/** /my-participation: my trajectories, calls, workgroups, posts, actions and calendar feed. */
@Component({
  selector: 'isp-my-participation-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    SectionFeedbackComponent,
    ApplyFormComponent,
    WorkgroupStatusComponent,
    ActionListComponent,
    PostKindComponent,
    PostAnswerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-participation-page.html',
  styleUrl: './my-participation-page.scss',
})
export class MyParticipationPageComponent {
  private readonly trajectoriesApi = inject(TrajectoriesApi);
  private readonly workgroupsApi = inject(WorkgroupsApi);
  private readonly boardApi = inject(BoardApi);
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionService);
  protected readonly actions = pageActions<Section>();

  protected readonly loaded = loadable<MyParticipation | null>(null);
  protected readonly trajectories = computed(
    () => this.loaded.value()?.trajectories ?? [],
  );
  protected readonly openCalls = computed(() =>
    (this.loaded.value()?.openCalls ?? []).filter(openToMe),
  );
  protected readonly myWorkgroups = computed(
    () => this.loaded.value()?.myWorkgroups ?? [],
  );
  protected readonly posts = computed(() => this.loaded.value()?.posts ?? []);
  protected readonly myActions = computed(
    () => this.loaded.value()?.myActions ?? [],
  );
  protected readonly applyingTo = signal<string | null>(null);
  protected readonly feedUrl = signal<string | null>(null);

  protected readonly viewerId = computed(
    () => this.session.viewer()?.userId ?? '',
  );
  /** Where I steer, and where I am a member of a workgroup. */
  protected readonly myTrajectories = computed(() => {
    const memberOf = new Map(
      this.myWorkgroups()
        .filter((w) => w.myStatus === 'MEMBER')
        .map((w) => [w.trajectoryId, w.trajectoryTitle]),
    );
    const steered = this.trajectories().filter((t) => t.steering);
    const rows = steered.map((t) => ({
      id: t.id,
      title: t.title,
      steering: true,
      member: memberOf.has(t.id),
    }));
    for (const [id, title] of memberOf)
      if (!steered.some((t) => t.id === id))
        rows.push({ id, title, steering: false, member: true });
    return rows;
  });
  protected readonly titles = computed(
    () => new Map(this.trajectories().map((t) => [t.id, t.title])),
  );

  constructor() {
    this.loaded.load(this.everything());
  }

  private everything(): Observable<MyParticipation> {
    return forkJoin({
      trajectories: this.trajectoriesApi.trajectories(),
      openCalls: this.workgroupsApi.openCalls(),
      myWorkgroups: this.workgroupsApi.myWorkgroups(),
      posts: this.boardApi.myPosts(),
      myActions: this.meetingsApi.myActions(),
    });
  }

  private reloadWorkgroups(): void {
    this.loaded.refresh(this.everything());
  }

  protected statusKey(status: MembershipStatus): TranslationKey {
    return `trajectories.membership.${status}`;
  }

  // --- Calls and workgroups

  protected startApplying(call: WorkgroupSummary): void {
    this.actions.clear();
    this.applyingTo.set(call.id);
    this.actions.focus(`#motivation-${call.id}`);
  }

  protected cancelApplying(call: WorkgroupSummary): void {
    this.applyingTo.set(null);
    this.actions.focus(`#apply-${call.id}`);
  }

  protected onApplied(call: WorkgroupSummary): void {
    this.applyingTo.set(null);
    this.actions.say(
      'calls',
      'success',
      this.i18n.translate('trajectories.apply.appliedTo', { name: call.name }),
    );
    this.actions.focus('#calls-heading');
    this.reloadWorkgroups();
  }

  protected respond(workgroup: WorkgroupSummary, accept: boolean): void {
    this.actions.run(
      'workgroups',
      this.workgroupsApi.respondToInvitation(workgroup.id, accept),
      () => {
        this.reloadWorkgroups();
        this.actions.focus('#workgroups-heading');
        return this.i18n.translate(
          accept
            ? 'trajectories.mine.invitationAccepted'
            : 'trajectories.mine.invitationDeclined',
          { name: workgroup.name },
        );
      },
    );
  }

  protected leave(workgroup: WorkgroupSummary): void {
    this.actions.run(
      'workgroups',
      this.workgroupsApi.leave(workgroup.id),
      () => {
        this.reloadWorkgroups();
        this.actions.focus('#workgroups-heading');
        return this.i18n.translate(
          workgroup.myStatus === 'MEMBER'
            ? 'trajectories.mine.leftNamed'
            : 'trajectories.mine.withdrawn',
          { name: workgroup.name },
        );
      },
    );
  }

  // --- Actions

  protected onActionChanged(saved: ActionItem): void {
    this.loaded.value.update(
      (data) =>
        data && {
          ...data,
          myActions: data.myActions.map((a) => (a.id === saved.id ? saved : a)),
        },
    );
  }

  // --- Calendar feed

  protected issueFeed(): void {
    this.actions.run(
      'calendar',
      this.meetingsApi.issueCalendarFeed(),
      (url) => {
        this.feedUrl.set(url);
        this.actions.focus('#feed-url');
        return this.i18n.translate('trajectories.calendar.issued');
      },
    );
  }

  protected copyFeed(): void {
    const url = this.feedUrl();
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!url || !clipboard) return;
    clipboard.writeText(url).then(
      () =>
        this.actions.say(
          'calendar',
          'success',
          this.i18n.translate('trajectories.calendar.copied'),
        ),
      () =>
        this.actions.say(
          'calendar',
          'warning',
          this.i18n.translate('trajectories.calendar.copyFailed'),
        ),
    );
  }
}
