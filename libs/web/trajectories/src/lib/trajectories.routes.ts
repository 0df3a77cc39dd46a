import type { Route } from '@angular/router';
import { roleGuard, type TranslationKey } from '@inspraak/web-core';

/** Route titles are translation keys (see TranslatedTitleStrategy). */
const title = (key: TranslationKey) => key;

/**
 * /trajectories for every logged-in member: the API shows each person the
 * trajectories they steer and the published ones, and decides per action.
 */
export const trajectoriesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('trajectories.titles.list'),
    loadComponent: () =>
      import('./list/trajectories-page').then(
        (m) => m.TrajectoriesPageComponent,
      ),
  },
  {
    path: 'phases',
    title: title('trajectories.titles.phaseSettings'),
    canActivate: [roleGuard('ADVISEUR')],
    loadComponent: () =>
      import('./settings/phase-settings-page').then(
        (m) => m.PhaseSettingsPageComponent,
      ),
  },
  {
    path: ':id',
    loadComponent: () =>
      import('./trajectory/trajectory-layout').then(
        (m) => m.TrajectoryLayoutComponent,
      ),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: title('trajectories.titles.overview'),
        loadComponent: () =>
          import('./overview/trajectory-overview-page').then(
            (m) => m.TrajectoryOverviewPageComponent,
          ),
      },
      {
        path: 'workgroups',
        title: title('trajectories.titles.workgroups'),
        loadComponent: () =>
          import('./workgroups/workgroups-page').then(
            (m) => m.WorkgroupsPageComponent,
          ),
      },
      {
        path: 'workgroups/:workgroupId',
        title: title('trajectories.titles.workgroup'),
        loadComponent: () =>
          import('./workgroups/workgroup-page').then(
            (m) => m.WorkgroupPageComponent,
          ),
      },
      {
        path: 'board',
        title: title('trajectories.titles.board'),
        loadComponent: () =>
          import('./board/board-page').then((m) => m.BoardPageComponent),
      },
      {
        path: 'meetings',
        title: title('trajectories.titles.meetings'),
        loadComponent: () =>
          import('./meetings/meetings-page').then(
            (m) => m.MeetingsPageComponent,
          ),
      },
      {
        path: 'evaluation',
        title: title('trajectories.titles.evaluation'),
        loadComponent: () =>
          import('./evaluation/evaluation-page').then(
            (m) => m.EvaluationPageComponent,
          ),
      },
    ],
  },
];

/** /meetings: the meetings I may see; /meetings/:id: one meeting, for its invitees and those who steer its trajectory. */
export const meetingRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('trajectories.titles.myMeetings'),
    loadComponent: () =>
      import('./meetings/my-meetings-page').then(
        (m) => m.MyMeetingsPageComponent,
      ),
  },
  {
    path: ':id',
    title: title('trajectories.titles.meeting'),
    loadComponent: () =>
      import('./meetings/meeting-page').then((m) => m.MeetingPageComponent),
  },
];

/** /my-participation ("Mijn participatie") for every logged-in member. */
export const myParticipationRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: title('trajectories.titles.myParticipation'),
    loadComponent: () =>
      import('./my-participation/my-participation-page').then(
        (m) => m.MyParticipationPageComponent,
      ),
  },
];
