import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
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
import {
  AlertComponent,
  describedBy,
  FormFieldComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import { forkJoin, of } from 'rxjs';
import {
  WorkgroupsApi,
  type Applicant,
  type Suggestion,
  type TrajectoryDocument,
  type Workgroup,
  type WorkgroupMembership,
} from '../data-access/workgroups-api';
import { DocumentListComponent } from '../documents/document-list';
import { calendarDate, controlError, notBlank } from '../shared/form-errors';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { ApplyFormComponent } from './apply-form';
import { currentCallInput } from './call-form.model';
import { WorkgroupStatusComponent } from './workgroup-status';

type Section =
  | 'call'
  | 'mine'
  | 'members'
  | 'report'
  | 'applicants'
  | 'suggestions';

/** The API's limit for a final report. */
export const REPORT_MAX = 100_000;

/** /trajectories/:id/workgroups/:workgroupId: one workgroup, and for those who steer its call. */
@Component({
  selector: 'isp-workgroup-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    LocalTextPipe,
    AlertComponent,
    FormFieldComponent,
    SectionFeedbackComponent,
    DocumentListComponent,
    ApplyFormComponent,
    WorkgroupStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workgroup-page.html',
  styleUrl: './workgroup-page.scss',
})
export class WorkgroupPageComponent {
  private readonly api = inject(WorkgroupsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(SessionService);
  protected readonly context = inject(TrajectoryContext);
  protected readonly actions = pageActions<Section>();
  protected readonly describedBy = describedBy;

  private readonly workgroupId =
    inject(ActivatedRoute).snapshot.paramMap.get('workgroupId') ?? '';
  protected readonly loaded = loadable<Workgroup | null>(null);
  protected readonly workgroup = this.loaded.value;
  protected readonly applicants = signal<Applicant[]>([]);
  protected readonly suggestions = signal<Suggestion[]>([]);
  protected readonly notes = signal<Partial<Record<string, string>>>({});
  protected readonly applying = signal(false);

  protected readonly viewerId = computed(
    () => this.session.viewer()?.userId ?? '',
  );
  protected readonly isLead = computed(
    () =>
      !!this.workgroup()?.leadUserId &&
      this.workgroup()?.leadUserId === this.viewerId(),
  );
  protected readonly leadName = computed(() => {
    const w = this.workgroup();
    return w?.members.find((m) => m.userId === w.leadUserId)?.displayName;
  });
  protected readonly isInsider = computed(
    () =>
      (this.workgroup()?.canManage ?? false) ||
      this.workgroup()?.myStatus === 'MEMBER',
  );
  protected readonly canApply = computed(() => {
    const w = this.workgroup();
    return (
      !!w &&
      !w.canManage &&
      w.callStatus === 'OPEN' &&
      (w.myStatus === null ||
        w.myStatus === 'WITHDRAWN' ||
        w.myStatus === 'ENDED')
    );
  });
  protected readonly openApplications = computed(() =>
    this.applicants().filter((a) => a.membership.status === 'APPLIED'),
  );
  protected readonly otherApplicants = computed(() =>
    this.applicants().filter((a) => a.membership.status !== 'APPLIED'),
  );

  protected readonly report = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(REPORT_MAX)],
  });
  protected readonly reportSubmitted = signal(false);
  protected readonly editingReport = signal(false);
  protected readonly reopenDate = new FormControl(
    addDays(todayInAmsterdam(), 14),
    { nonNullable: true, validators: [Validators.required, calendarDate] },
  );

  constructor() {
    this.loaded.load(this.api.workgroup(this.workgroupId), (workgroup) => {
      if (workgroup?.canManage) this.loadManagement();
    });
  }

  private loadManagement(): void {
    forkJoin({
      applicants: this.api.applicants(this.workgroupId),
      suggestions:
        this.workgroup()?.callStatus === 'OPEN'
          ? this.api.suggestions(this.workgroupId)
          : of([]),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ applicants, suggestions }) => {
          this.applicants.set(applicants);
          this.suggestions.set(suggestions);
        },
        error: (e: unknown) =>
          this.actions.say('applicants', 'error', this.i18n.errorMessage(e)),
      });
  }

  protected statusKey(status: MembershipStatus): TranslationKey {
    return `trajectories.membership.${status}`;
  }

  protected reportError(): string | null {
    return controlError(this.i18n, this.report, this.reportSubmitted());
  }

  protected reopenError(): string | null {
    return controlError(this.i18n, this.reopenDate, true);
  }

  // --- My place

  protected onApplied(): void {
    this.applying.set(false);
    this.actions.say(
      'mine',
      'success',
      this.i18n.translate('trajectories.apply.applied'),
    );
    this.reloadWorkgroup();
  }

  protected leave(): void {
    this.actions.run('mine', this.api.leave(this.workgroupId), () => {
      this.reloadWorkgroup();
      return this.i18n.translate('trajectories.mine.left');
    });
  }

  private reloadWorkgroup(): void {
    this.loaded.refresh(this.api.workgroup(this.workgroupId));
  }

  // --- Call

  protected setCallOpen(open: boolean): void {
    const w = this.workgroup();
    if (!w) return;
    if (open && this.reopenDate.invalid) {
      this.actions.focus('#reopen-date');
      return;
    }
    const input = {
      ...currentCallInput(w),
      ...(open ? { closesOn: this.reopenDate.value } : {}),
    };
    this.actions.run(
      'call',
      this.api.updateCall(w.id, input, open),
      (saved) => {
        this.workgroup.set(saved);
        this.actions.focus('#call-heading');
        if (open) this.loadManagement();
        return this.i18n.translate(
          open
            ? 'trajectories.workgroup.reopened'
            : 'trajectories.workgroup.closedCall',
        );
      },
    );
  }

  // --- Members and lead

  protected makeLead(member: WorkgroupMembership): void {
    this.actions.run(
      'members',
      this.api.setLead(this.workgroupId, member.userId),
      (saved) => {
        this.workgroup.set(saved);
        return this.i18n.translate('trajectories.workgroup.leadSet', {
          name: member.displayName,
        });
      },
    );
  }

  protected onDocumentsChanged(documents: TrajectoryDocument[]): void {
    this.workgroup.update((w) => (w ? { ...w, documents } : w));
  }

  // --- Final report

  protected editReport(): void {
    this.report.reset(this.workgroup()?.finalReport ?? '');
    this.reportSubmitted.set(false);
    this.editingReport.set(true);
    this.actions.focus('#final-report');
  }

  protected saveReport(event: Event): void {
    event.preventDefault();
    this.reportSubmitted.set(true);
    if (this.actions.refuses('report', this.report)) return;
    this.actions.run(
      'report',
      this.api.submitReport(this.workgroupId, this.report.value.trim()),
      (saved) => {
        this.workgroup.set(saved);
        this.editingReport.set(false);
        this.actions.focus('#report-heading');
        return this.i18n.translate('trajectories.workgroup.reportSaved');
      },
    );
  }

  // --- Applicants and suggestions

  protected setNote(membershipId: string, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.notes.update((notes) => ({ ...notes, [membershipId]: value }));
  }

  protected decide(applicant: Applicant, accept: boolean): void {
    const membership = applicant.membership;
    const note = this.notes()[membership.id]?.trim() || null;
    this.actions.run(
      'applicants',
      this.api.decide(membership.id, accept, note),
      (decided) => {
        this.applicants.update((list) =>
          list.map((a) =>
            a.membership.id === decided.id ? { ...a, membership: decided } : a,
          ),
        );
        this.reloadWorkgroup();
        this.actions.focus('#applicants-heading');
        return this.i18n.translate(
          accept
            ? 'trajectories.workgroup.accepted'
            : 'trajectories.workgroup.declined',
          { name: membership.displayName },
        );
      },
    );
  }

  protected invite(suggestion: Suggestion): void {
    this.actions.run(
      'suggestions',
      this.api.invite(this.workgroupId, suggestion.userId),
      () => {
        this.suggestions.update((list) =>
          list.filter((s) => s.userId !== suggestion.userId),
        );
        this.loadManagement();
        this.actions.focus('#suggestions-heading');
        return this.i18n.translate('trajectories.workgroup.invited', {
          name: suggestion.displayName,
        });
      },
    );
  }
}
