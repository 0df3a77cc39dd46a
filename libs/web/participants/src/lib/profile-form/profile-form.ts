import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  ReactiveFormsModule,
  type AbstractControl,
  type FormControl,
} from '@angular/forms';
import type { WayOfTakingPart } from '@inspraak/shared';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  showsErrors,
} from '@inspraak/web-core';
import { TagInputComponent } from '@inspraak/web-ui';
import type { Skill } from '../data-access/participants-api';
import {
  COMMON_LANGUAGES,
  PROFILE_LIMITS,
  WAYS_OF_TAKING_PART,
  type CommonLanguage,
  type ProfileForm,
} from './profile-form.model';

type ListField = 'skillIds' | 'tags' | 'themes' | 'otherLanguages';

/**
 * The participant profile, shared by the join flow and "edit my profile". The
 * parent owns the form (see `createProfileForm`) and the submit button.
 */
@Component({
  selector: 'isp-profile-form',
  imports: [ReactiveFormsModule, TranslatePipe, TagInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-form.html',
  styleUrl: './profile-form.scss',
})
export class ProfileFormComponent {
  private readonly i18n = inject(I18nService);

  readonly form = input.required<ProfileForm>();
  readonly skills = input<readonly Skill[]>([]);
  /** True once the parent tried to submit: show every error, not only touched ones. */
  readonly showErrors = input(false);
  /** Keeps ids unique if the form ever appears twice. */
  readonly idPrefix = input('profile');

  protected readonly limits = PROFILE_LIMITS;
  protected readonly ways = WAYS_OF_TAKING_PART;
  protected readonly commonLanguages = COMMON_LANGUAGES;
  protected readonly visibilityOptions = [
    'ADVISOR_ONLY',
    'COLLEAGUES',
  ] as const;
  protected readonly skillFilter = signal('');

  protected readonly sortedSkills = computed(() =>
    [...this.skills()].sort((a, b) =>
      a.name.localeCompare(b.name, this.i18n.locale()),
    ),
  );
  protected readonly filteredSkills = computed(() => {
    const query = this.skillFilter().trim().toLocaleLowerCase();
    return query
      ? this.sortedSkills().filter((s) =>
          s.name.toLocaleLowerCase().includes(query),
        )
      : this.sortedSkills();
  });

  protected readonly lowerCase = (value: string) => value.toLowerCase();

  constructor() {
    // The form lives outside this view: re-render on its value, status and touched events.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() =>
        changeDetector.markForCheck(),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected id(name: string): string {
    return `${this.idPrefix()}-${name}`;
  }

  protected wayKey(way: WayOfTakingPart): TranslationKey {
    return `participants.ways.${way}`;
  }

  protected languageKey(code: CommonLanguage): TranslationKey {
    return `participants.languageNames.${code}`;
  }

  protected visibilityKey(
    value: 'ADVISOR_ONLY' | 'COLLEAGUES',
  ): TranslationKey {
    return `participants.visibility.${value}`;
  }

  protected has(values: readonly string[], value: string): boolean {
    return values.includes(value);
  }

  protected toggle<T extends string>(
    control: FormControl<T[]>,
    value: T,
    event: Event,
  ): void {
    const checked = (event.target as HTMLInputElement).checked;
    const rest = control.value.filter((v) => v !== value);
    control.setValue(checked ? [...rest, value] : rest);
    control.markAsTouched();
  }

  protected onSkillFilter(event: Event): void {
    this.skillFilter.set((event.target as HTMLInputElement).value);
  }

  protected chosenSkillNames(): string {
    const chosen = new Set(this.form().controls.skillIds.value);
    return this.sortedSkills()
      .filter((s) => chosen.has(s.id))
      .map((s) => s.name)
      .join(', ');
  }

  protected aboutLength(): number {
    return this.form().controls.about.value.length;
  }

  private visible(control: AbstractControl): boolean {
    return showsErrors(control, this.showErrors());
  }

  protected listError(field: ListField): string | null {
    const control = this.form().controls[field];
    if (!this.visible(control) || !control.errors) return null;
    const tooMany = control.errors['maxItems'] as { max: number } | undefined;
    if (tooMany)
      return this.i18n.translate('participants.profile.tooMany', {
        max: tooMany.max,
      });
    const codes = control.errors['languageCodes'] as
      | { invalid: string[] }
      | undefined;
    if (codes)
      return this.i18n.translate('participants.profile.languageInvalid', {
        codes: codes.invalid.join(', '),
      });
    return null;
  }

  protected languagesError(): string | null {
    const form = this.form();
    const touched =
      form.controls.languages.touched || form.controls.otherLanguages.touched;
    const tooMany = form.errors?.['tooManyLanguages'] as
      | { max: number }
      | undefined;
    if ((touched || this.showErrors()) && tooMany)
      return this.i18n.translate('participants.profile.tooManyLanguages', {
        max: tooMany.max,
      });
    return this.listError('otherLanguages');
  }

  protected hoursError(): string | null {
    const control = this.form().controls.hoursPerMonth;
    if (!this.visible(control) || !control.errors) return null;
    return this.i18n.translate('participants.profile.hoursInvalid');
  }

  protected aboutError(): string | null {
    const control = this.form().controls.about;
    if (!this.visible(control) || !control.errors?.['maxlength']) return null;
    return this.i18n.translate('participants.profile.aboutTooLong', {
      max: PROFILE_LIMITS.aboutMax,
      count: control.value.length,
    });
  }
}
