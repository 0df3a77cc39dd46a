import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { EvidenceKind } from '@inspraak/shared';
import {
  I18nService,
  LocalDatePipe,
  LocalTextPipe,
  TranslatePipe,
  downloadBlob,
  pageActions,
} from '@inspraak/web-core';
import {
  FormFieldComponent,
  SectionFeedbackComponent,
  describedBy,
} from '@inspraak/web-ui';
import type { Observable } from 'rxjs';
import {
  EvidenceSourcesApi,
  type MeetingOption,
  type SnapshotOption,
  type TrajectoryOption,
  type WorkgroupOption,
} from '../data-access/evidence-sources-api';
import {
  ProceduresApi,
  type EvidenceCheck,
  type Procedure,
} from '../data-access/procedures-api';
import { evidenceKindKey } from '../shared/labels';
import { fileSlug, shortHash } from '../shared/procedure-rules';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'SURVEY_RESULTS',
  'BOARD_SUMMARY',
  'WORKGROUP_REPORT',
  'MEETING_MINUTES',
];

/** What a kind of evidence is picked by: a survey results snapshot, a trajectory (and phase), its workgroup or its meeting. */
export function evidenceSourceId(value: {
  kind: EvidenceKind;
  trajectoryId: string;
  sourceId: string;
}): string {
  return (
    value.kind === 'BOARD_SUMMARY' ? value.trajectoryId : value.sourceId
  ).trim();
}

/** "bewijs-vragenlijst-peiling-teamindeling.json" from the evidence's title. */
export function evidenceFileName(title: string): string {
  return `bewijs-${fileSlug(title) || 'stuk'}.json`;
}

/**
 * A procedure's evidence: frozen copies of participation (survey results,
 * a pros-and-cons summary, a workgroup's report, minutes) with their SHA-256,
 * each checkable; keepers add more.
 */
@Component({
  selector: 'isp-evidence-section',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    FormFieldComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-section.html',
  styleUrl: './evidence-section.scss',
})
export class EvidenceSectionComponent {
  private readonly api = inject(ProceduresApi);
  private readonly sources = inject(EvidenceSourcesApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  protected readonly actions = pageActions<'list' | 'add'>();
  protected readonly describedBy = describedBy;
  protected readonly kindKey = evidenceKindKey;
  protected readonly shortHash = shortHash;
  protected readonly kinds = EVIDENCE_KINDS;

  readonly procedure = input.required<Procedure>();
  readonly changed = output<void>();

  protected readonly checks = signal<Record<string, EvidenceCheck>>({});
  protected readonly adding = signal(false);
  protected readonly form = new FormGroup({
    kind: new FormControl<EvidenceKind>('SURVEY_RESULTS', {
      nonNullable: true,
    }),
    trajectoryId: new FormControl('', { nonNullable: true }),
    phase: new FormControl('', { nonNullable: true }),
    sourceId: new FormControl('', { nonNullable: true }),
  });
  protected readonly kind = signal<EvidenceKind>('SURVEY_RESULTS');
  protected readonly trajectoryId = signal('');

  /** The organisation's survey snapshots, newest first; null until loaded. */
  protected readonly snapshots = signal<SnapshotOption[] | null>(null);
  protected readonly trajectories = signal<TrajectoryOption[] | null>(null);
  protected readonly workgroups = signal<WorkgroupOption[] | null>(null);
  protected readonly meetings = signal<MeetingOption[] | null>(null);
  protected readonly phases = computed(
    () =>
      this.trajectories()?.find((t) => t.id === this.trajectoryId())?.phases ??
      [],
  );

  protected openAdd(): void {
    this.adding.set(true);
    this.actions.clear();
    this.form.reset({
      kind: 'SURVEY_RESULTS',
      trajectoryId: this.procedure().trajectoryId ?? '',
    });
    this.kind.set('SURVEY_RESULTS');
    this.trajectoryId.set(this.form.controls.trajectoryId.value);
    this.loadForKind();
    this.actions.focus('#evidence-kind');
  }

  protected closeAdd(): void {
    this.adding.set(false);
    this.actions.focus('#add-evidence-button');
  }

  protected kindChanged(): void {
    this.kind.set(this.form.controls.kind.value);
    this.form.controls.sourceId.setValue('');
    this.loadForKind();
  }

  protected trajectoryChanged(): void {
    this.trajectoryId.set(this.form.controls.trajectoryId.value);
    this.form.controls.sourceId.setValue('');
    this.form.controls.phase.setValue('');
    this.loadForTrajectory();
  }

  private loadForKind(): void {
    if (this.kind() === 'SURVEY_RESULTS') {
      if (this.snapshots() === null)
        this.fetch(this.sources.snapshots(), (list) =>
          this.snapshots.set(list),
        );
      return;
    }
    if (this.trajectories() === null)
      this.fetch(this.sources.trajectories(), (list) => {
        this.trajectories.set(list);
        this.loadForTrajectory();
      });
    else this.loadForTrajectory();
  }

  private loadForTrajectory(): void {
    const trajectoryId = this.trajectoryId();
    this.workgroups.set(null);
    this.meetings.set(null);
    if (!trajectoryId) return;
    if (this.kind() === 'WORKGROUP_REPORT')
      this.fetch(this.sources.workgroups(trajectoryId), (list) =>
        this.workgroups.set(list),
      );
    if (this.kind() === 'MEETING_MINUTES')
      this.fetch(this.sources.meetings(trajectoryId), (list) =>
        this.meetings.set(list),
      );
  }

  private fetch<T>(request: Observable<T>, next: (value: T) => void): void {
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next,
      error: (e: unknown) =>
        this.actions.say('add', 'error', this.i18n.errorMessage(e)),
    });
  }

  protected attach(event: Event): void {
    event.preventDefault();
    const value = this.form.getRawValue();
    const sourceId = evidenceSourceId(value);
    if (!sourceId) {
      this.actions.say(
        'add',
        'error',
        this.i18n.translate('procedures.evidence.chooseSource'),
      );
      return;
    }
    const phase =
      value.kind === 'BOARD_SUMMARY' && value.phase !== ''
        ? Number(value.phase)
        : null;
    this.actions.run(
      'add',
      this.api.attachEvidence(this.procedure().id, value.kind, sourceId, phase),
      (evidence) => {
        this.adding.set(false);
        this.changed.emit();
        this.actions.focus('#add-evidence-button');
        this.actions.say(
          'list',
          'success',
          this.i18n.translate('procedures.evidence.attached', {
            title:
              this.i18n.language() === 'en' ? evidence.titleEn : evidence.title,
          }),
        );
      },
    );
  }

  /** The frozen content as a file, so a reader can compute its SHA-256 with a tool of their own. */
  protected downloadContent(evidenceId: string, title: string): void {
    this.actions.run(
      'list',
      this.api.evidenceContent(this.procedure().id, evidenceId),
      (content) => {
        if (content === null) return;
        downloadBlob(
          this.document,
          evidenceFileName(title),
          new Blob([content], { type: 'application/json' }),
        );
      },
    );
  }

  protected verify(evidenceId: string): void {
    this.actions.run('list', this.api.verifyEvidence(evidenceId), (check) => {
      this.checks.update((all) => ({ ...all, [evidenceId]: check }));
    });
  }
}
