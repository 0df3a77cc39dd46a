import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import type {
  ConsentPurpose,
  FieldVisibility,
  ProfileInput,
  WayOfTakingPart,
} from '@inspraak/shared';
import type { Participation } from '../data-access/participants-api';

/** The same limits the API checks, so the form can say it first. */
export const PROFILE_LIMITS = {
  hoursMin: 0,
  hoursMax: 80,
  aboutMax: 1000,
  tagsMax: 30,
  tagMaxLength: 60,
  themesMax: 30,
  themeMaxLength: 80,
  languagesMax: 10,
  skillsMax: 50,
} as const;

export const WAYS_OF_TAKING_PART: readonly WayOfTakingPart[] = [
  'WORKGROUP',
  'SOUNDING_BOARD',
  'SURVEY_PANEL',
  'AMBASSADOR',
];

/** Consent is asked per way of taking part: the purposes mirror the ways. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'WORKGROUP',
  'SOUNDING_BOARD',
  'SURVEY_PANEL',
  'AMBASSADOR',
];

/** Offered as checkboxes; anything else goes in the free code field. */
export const COMMON_LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl'] as const;
export type CommonLanguage = (typeof COMMON_LANGUAGES)[number];

export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export type VisibilityField = 'skills' | 'themes' | 'availability' | 'about';

export type ProfileForm = FormGroup<{
  skillIds: FormControl<string[]>;
  tags: FormControl<string[]>;
  themes: FormControl<string[]>;
  hoursPerMonth: FormControl<number | null>;
  waysOfTakingPart: FormControl<WayOfTakingPart[]>;
  languages: FormControl<string[]>;
  otherLanguages: FormControl<string[]>;
  about: FormControl<string>;
  visibility: FormGroup<Record<VisibilityField, FormControl<FieldVisibility>>>;
}>;

function maxItems(max: number): ValidatorFn {
  return (control: AbstractControl<string[]>): ValidationErrors | null =>
    control.value.length > max ? { maxItems: { max } } : null;
}

function wholeNumber(
  control: AbstractControl<number | null>,
): ValidationErrors | null {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
}

function languageCodes(
  control: AbstractControl<string[]>,
): ValidationErrors | null {
  const invalid = control.value.filter((code) => !LANGUAGE_CODE.test(code));
  return invalid.length ? { languageCodes: { invalid } } : null;
}

/** Checked languages plus the free ones together stay within the API's limit. */
function languageCount(group: AbstractControl): ValidationErrors | null {
  const form = group as ProfileForm;
  const total = new Set([
    ...form.controls.languages.value,
    ...form.controls.otherLanguages.value,
  ]).size;
  return total > PROFILE_LIMITS.languagesMax
    ? { tooManyLanguages: { max: PROFILE_LIMITS.languagesMax } }
    : null;
}

function list(validators: ValidatorFn[] = []): FormControl<string[]> {
  return new FormControl<string[]>([], { nonNullable: true, validators });
}

function visibility(): FormControl<FieldVisibility> {
  // Private by default: colleagues see a field only when the participant says so.
  return new FormControl<FieldVisibility>('ADVISOR_ONLY', {
    nonNullable: true,
  });
}

export function createProfileForm(from?: Participation | null): ProfileForm {
  const form: ProfileForm = new FormGroup(
    {
      skillIds: list([maxItems(PROFILE_LIMITS.skillsMax)]),
      tags: list([maxItems(PROFILE_LIMITS.tagsMax)]),
      themes: list([maxItems(PROFILE_LIMITS.themesMax)]),
      hoursPerMonth: new FormControl<number | null>(4, {
        validators: [
          Validators.required,
          Validators.min(PROFILE_LIMITS.hoursMin),
          Validators.max(PROFILE_LIMITS.hoursMax),
          wholeNumber,
        ],
      }),
      waysOfTakingPart: new FormControl<WayOfTakingPart[]>([], {
        nonNullable: true,
      }),
      languages: list(),
      otherLanguages: list([languageCodes]),
      about: new FormControl('', {
        nonNullable: true,
        validators: [Validators.maxLength(PROFILE_LIMITS.aboutMax)],
      }),
      visibility: new FormGroup({
        skills: visibility(),
        themes: visibility(),
        availability: visibility(),
        about: visibility(),
      }),
    },
    { validators: [languageCount] },
  );
  if (from) fillProfileForm(form, from);
  return form;
}

export function fillProfileForm(form: ProfileForm, from: Participation): void {
  const common = new Set<string>(COMMON_LANGUAGES);
  form.reset({
    skillIds: [...from.skillIds],
    tags: [...from.tags],
    themes: [...from.themes],
    hoursPerMonth: from.hoursPerMonth,
    waysOfTakingPart: [...from.waysOfTakingPart],
    languages: from.languages.filter((l) => common.has(l)),
    otherLanguages: from.languages.filter((l) => !common.has(l)),
    about: from.about,
    visibility: { ...from.visibility },
  });
}

export function profileInputOf(form: ProfileForm): ProfileInput {
  const v = form.getRawValue();
  return {
    skillIds: v.skillIds,
    tags: v.tags,
    themes: v.themes,
    hoursPerMonth: v.hoursPerMonth ?? 0,
    waysOfTakingPart: WAYS_OF_TAKING_PART.filter((w) =>
      v.waysOfTakingPart.includes(w),
    ),
    languages: [...new Set([...v.languages, ...v.otherLanguages])],
    about: v.about.trim(),
    visibility: { ...v.visibility },
  };
}
