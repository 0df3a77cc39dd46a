import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ActivatedRoute,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import {
  I18nService,
  LocalTextPipe,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import {
  catchError,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { TrajectoriesApi } from '../data-access/trajectories-api';
import { TrajectoryContext } from './trajectory-context';

interface Tab {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

const TABS: readonly Tab[] = [
  { path: '.', label: 'trajectories.tabs.overview', exact: true },
  { path: 'workgroups', label: 'trajectories.tabs.workgroups', exact: false },
  { path: 'board', label: 'trajectories.tabs.board', exact: false },
  { path: 'meetings', label: 'trajectories.tabs.meetings', exact: false },
  { path: 'evaluation', label: 'trajectories.tabs.evaluation', exact: false },
];

/** /trajectories/:id: the trajectory's name, phase and status, its sub-navigation and the page below. */
@Component({
  selector: 'isp-trajectory-layout',
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    LocalTextPipe,
    AlertComponent,
  ],
  providers: [TrajectoryContext],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trajectory-layout.html',
  styleUrl: './trajectory-layout.scss',
})
export class TrajectoryLayoutComponent {
  private readonly api = inject(TrajectoriesApi);
  private readonly i18n = inject(I18nService);
  protected readonly context = inject(TrajectoryContext);
  protected readonly tabs = TABS;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly currentPhase = computed(() => {
    const trajectory = this.context.trajectory();
    return trajectory ? trajectory.phases[trajectory.currentPhase] : undefined;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        distinctUntilChanged(),
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.context.set(null);
        }),
        switchMap((id) =>
          this.api.trajectory(id).pipe(
            tap((trajectory) => this.context.set(trajectory)),
            catchError((e: unknown) => {
              this.loadError.set(this.i18n.errorMessage(e));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.loading.set(false));
  }

  protected statusKey(): TranslationKey {
    return `trajectories.status.${this.context.trajectory()?.status ?? 'ACTIVE'}`;
  }
}
