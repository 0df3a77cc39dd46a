import { participation } from '../participation/testing';
import { createProfileForm, profileInputOf } from './profile-form.model';

describe('profile form model', () => {
  it('starts private: every field visible to the adviser only', () => {
    const form = createProfileForm();
    expect(form.getRawValue().visibility).toEqual({
      skills: 'ADVISOR_ONLY',
      themes: 'ADVISOR_ONLY',
      availability: 'ADVISOR_ONLY',
      about: 'ADVISOR_ONLY',
    });
    expect(form.valid).toBe(true);
  });

  it('round-trips a participation, splitting common and other languages', () => {
    const form = createProfileForm(participation({ languages: ['so', 'nl'] }));
    expect(form.controls.languages.value).toEqual(['nl']);
    expect(form.controls.otherLanguages.value).toEqual(['so']);
    expect(profileInputOf(form)).toEqual({
      skillIds: ['s-plan'],
      tags: ['roosters'],
      themes: ['werkdruk'],
      hoursPerMonth: 6,
      waysOfTakingPart: ['WORKGROUP'],
      languages: ['nl', 'so'],
      about: 'Verpleegkundige op de nachtdienst.',
      visibility: {
        skills: 'COLLEAGUES',
        themes: 'ADVISOR_ONLY',
        availability: 'ADVISOR_ONLY',
        about: 'ADVISOR_ONLY',
      },
    });
  });

  it.each([
    ['hours above 80', { hoursPerMonth: 81 }, 'hoursPerMonth'],
    ['negative hours', { hoursPerMonth: -1 }, 'hoursPerMonth'],
    ['fractional hours', { hoursPerMonth: 2.5 }, 'hoursPerMonth'],
    ['a long about text', { about: 'a'.repeat(1001) }, 'about'],
    ['a bad language code', { otherLanguages: ['n1'] }, 'otherLanguages'],
  ] as const)('refuses %s', (_name, patch, field) => {
    const form = createProfileForm();
    form.patchValue(patch as never);
    expect(form.controls[field].invalid).toBe(true);
  });

  it('refuses more than ten languages in total', () => {
    const form = createProfileForm();
    form.patchValue({
      languages: ['nl', 'en', 'tr', 'ar', 'pl'],
      otherLanguages: ['de', 'fr', 'es', 'it', 'so', 'ti'],
    });
    expect(form.errors?.['tooManyLanguages']).toEqual({ max: 10 });
  });
});
