import { Injectable, computed, signal } from '@angular/core';
import type { Trajectory } from '../data-access/trajectories-api';

/**
 * The trajectory the pages under /trajectories/:id work on. Provided by the
 * layout, which loads it; a page that changes it (a new phase, the regie team)
 * hands the API's answer back with `set`, so the header and tabs follow.
 */
@Injectable()
export class TrajectoryContext {
  private readonly current = signal<Trajectory | null>(null);

  readonly trajectory = this.current.asReadonly();
  readonly steering = computed(() => this.current()?.steering ?? false);

  /** The trajectory, for pages that render only once the layout has loaded it. */
  require(): Trajectory {
    const trajectory = this.current();
    if (!trajectory) throw new Error('The trajectory is not loaded yet.');
    return trajectory;
  }

  set(trajectory: Trajectory | null): void {
    this.current.set(trajectory);
  }
}
