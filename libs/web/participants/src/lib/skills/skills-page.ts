import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import {
  I18nService,
  TranslatePipe,
  isApiError,
  showsErrors,
} from '@inspraak/web-core';
import {
  AlertComponent,
  ConfirmDialogComponent,
  FormFieldComponent,
  describedBy,
} from '@inspraak/web-ui';
import type { Observable } from 'rxjs';
import { ParticipantsApi, type Skill } from '../data-access/participants-api';

export const SKILL_NAME_MAX = 100;

function skillName(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.maxLength(SKILL_NAME_MAX),
      (control: AbstractControl<string>) =>
        control.value.trim() ? null : { required: true },
    ],
  });
}

/** The adviser's skill catalogue: add, rename in place, merge duplicates. */
@Component({
  selector: 'isp-skills-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    ConfirmDialogComponent,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './skills-page.html',
  styleUrl: './skills-page.scss',
})
export class SkillsPageComponent {
  private readonly api = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly describedBy = describedBy;
  protected readonly skills = signal<Skill[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly success = signal<string | null>(null);

  protected readonly addName = skillName();
  protected readonly addSubmitted = signal(false);

  protected readonly renamingId = signal<string | null>(null);
  protected readonly renameName = skillName();
  protected readonly renameSubmitted = signal(false);

  protected readonly mergingId = signal<string | null>(null);
  protected readonly mergeTarget = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly mergeSubmitted = signal(false);
  protected readonly confirmMerge = signal(false);

  protected readonly sorted = computed(() =>
    [...this.skills()].sort((a, b) =>
      a.name.localeCompare(b.name, this.i18n.locale()),
    ),
  );
  protected readonly merging = computed(
    () => this.skills().find((s) => s.id === this.mergingId()) ?? null,
  );
  protected readonly mergeOptions = computed(() =>
    this.sorted().filter((s) => s.id !== this.mergingId()),
  );

  constructor() {
    this.load();
  }

  protected nameError(
    control: FormControl<string>,
    submitted: boolean,
  ): string | null {
    if (!showsErrors(control, submitted) || !control.errors) return null;
    if (control.errors['server']) return String(control.errors['server']);
    if (control.errors['required'])
      return this.i18n.translate('participants.skills.nameRequired');
    if (control.errors['maxlength'])
      return this.i18n.translate('participants.skills.nameTooLong', {
        max: SKILL_NAME_MAX,
      });
    return null;
  }

  protected mergeTargetError(): string | null {
    if (!showsErrors(this.mergeTarget, this.mergeSubmitted())) return null;
    return this.mergeTarget.errors?.['required']
      ? this.i18n.translate('participants.skills.mergeTargetRequired')
      : null;
  }

  protected mergeConfirmBody(): string {
    const duplicate = this.merging();
    const into = this.skills().find((s) => s.id === this.mergeTarget.value);
    return this.i18n.translate('participants.skills.mergeConfirmBody', {
      duplicate: duplicate?.name ?? '',
      into: into?.name ?? '',
      count: duplicate?.participantCount ?? 0,
    });
  }

  protected add(event: Event): void {
    event.preventDefault();
    this.addSubmitted.set(true);
    if (this.addName.invalid) {
      this.addName.markAsTouched();
      this.focus('#skill-add-name');
      return;
    }
    this.run(
      this.api.addSkill(this.addName.value.trim()),
      (added) => {
        this.skills.update((list) => [...list, added]);
        this.addName.reset('');
        this.addSubmitted.set(false);
        this.success.set(
          this.i18n.translate('participants.skills.added', {
            name: added.name,
          }),
        );
      },
      this.addName,
      '#skill-add-name',
    );
  }

  protected startRename(skill: Skill): void {
    this.cancelMerge();
    this.renamingId.set(skill.id);
    this.renameName.reset(skill.name);
    this.renameSubmitted.set(false);
    this.focus('#skill-rename-name');
  }

  protected cancelRename(): void {
    const id = this.renamingId();
    this.renamingId.set(null);
    if (id) this.focus(`#skill-rename-${id}`);
  }

  protected rename(event: Event): void {
    event.preventDefault();
    const id = this.renamingId();
    this.renameSubmitted.set(true);
    if (!id) return;
    if (this.renameName.invalid) {
      this.renameName.markAsTouched();
      this.focus('#skill-rename-name');
      return;
    }
    this.run(
      this.api.renameSkill(id, this.renameName.value.trim()),
      (renamed) => {
        this.skills.update((list) =>
          list.map((s) => (s.id === renamed.id ? renamed : s)),
        );
        this.renamingId.set(null);
        this.success.set(
          this.i18n.translate('participants.skills.renamed', {
            name: renamed.name,
          }),
        );
        this.focus(`#skill-rename-${renamed.id}`);
      },
      this.renameName,
      '#skill-rename-name',
    );
  }

  protected startMerge(skill: Skill): void {
    this.renamingId.set(null);
    this.mergingId.set(skill.id);
    this.mergeTarget.reset('');
    this.mergeSubmitted.set(false);
    this.focus('#skill-merge-heading');
  }

  protected cancelMerge(): void {
    const id = this.mergingId();
    this.mergingId.set(null);
    this.confirmMerge.set(false);
    if (id) this.focus(`#skill-merge-${id}`);
  }

  protected askMerge(event: Event): void {
    event.preventDefault();
    this.mergeSubmitted.set(true);
    if (this.mergeTarget.invalid) {
      this.mergeTarget.markAsTouched();
      this.focus('#skill-merge-target');
      return;
    }
    this.confirmMerge.set(true);
  }

  protected merge(): void {
    this.confirmMerge.set(false);
    const duplicate = this.merging();
    const intoId = this.mergeTarget.value;
    if (!duplicate || !intoId) return;
    this.run(this.api.mergeSkills(duplicate.id, intoId), (kept) => {
      this.mergingId.set(null);
      this.success.set(
        this.i18n.translate('participants.skills.merged', {
          duplicate: duplicate.name,
          into: kept.name,
        }),
      );
      // Counts move to the skill that stays; read them fresh.
      this.load(false);
      this.focus('#skills-heading');
    });
  }

  private load(showLoading = true): void {
    if (showLoading) this.loading.set(true);
    this.api
      .skills()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => {
          this.skills.set(list);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.error.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
  }

  private run<T>(
    request: Observable<T>,
    done: (value: T) => void,
    control?: FormControl<string>,
    focusOnError?: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.success.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        const message = this.i18n.errorMessage(e);
        // SKILL_EXISTS and bad names belong to the name field.
        const fieldMessage = isApiError(e)
          ? (e.fieldMessage('name') ??
            (e.reason === 'SKILL_EXISTS' ? e.message : null))
          : null;
        if (control && fieldMessage) {
          control.setErrors({ server: fieldMessage });
          control.markAsTouched();
          if (focusOnError) this.focus(focusOnError);
        }
        this.error.set(message);
      },
    });
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
