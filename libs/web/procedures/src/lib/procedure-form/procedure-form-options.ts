import { DestroyRef, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { readFileAsBase64 } from '@inspraak/web-core';
import { Observable, catchError, from, of, switchMap } from 'rxjs';
import {
  EvidenceSourcesApi,
  type TrajectoryOption,
} from '../data-access/evidence-sources-api';
import { ProceduresApi, type LegalBasis } from '../data-access/procedures-api';
import type { RequestFile } from './procedure-form.model';

/**
 * What the procedure form chooses from: the kinds with their sub-items and
 * the trajectories to link (null when they cannot be read; linking is optional).
 */
export class ProcedureFormOptions {
  readonly legalBases = signal<LegalBasis[]>([]);
  readonly trajectories = signal<TrajectoryOption[] | null>(null);

  constructor(
    private readonly api: ProceduresApi,
    private readonly sources: EvidenceSourcesApi,
    private readonly destroyRef: DestroyRef,
  ) {}

  /** Loads what is not loaded yet; `failed` hears why the kinds could not be read. */
  load(failed: (error: unknown) => void): void {
    if (this.legalBases().length === 0)
      this.api
        .legalBases()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (b) => this.legalBases.set(b), error: failed });
    if (this.trajectories() === null)
      this.sources
        .trajectories()
        .pipe(
          catchError(() => of(null)),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((list) => this.trajectories.set(list));
  }
}

/** Reads the chosen request document (if any) as base64, then sends the form with it. */
export function withRequestFile<T>(
  file: File | null,
  send: (document: RequestFile | null) => Observable<T>,
): Observable<T> {
  return from(file ? readFileAsBase64(file) : Promise.resolve(null)).pipe(
    switchMap((base64) =>
      send(
        file && base64 !== null
          ? {
              name: file.name,
              mediaType: file.type || 'application/octet-stream',
              base64,
            }
          : null,
      ),
    ),
  );
}
