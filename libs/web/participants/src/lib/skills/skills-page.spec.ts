import { TestBed } from '@angular/core/testing';
import { ApiError } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { ParticipantsApi } from '../data-access/participants-api';
import { SKILLS, buttonByText, click, type } from '../participation/testing';
import { SkillsPageComponent } from './skills-page';

describe('SkillsPageComponent', () => {
  const api = {
    skills: jest.fn(() => of(SKILLS)),
    addSkill: jest.fn(),
    renameSkill: jest.fn(),
    mergeSkills: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [{ provide: ParticipantsApi, useValue: api }],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(SkillsPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const rows = () =>
      Array.from(el.querySelectorAll('tbody tr')).map((r) =>
        r.textContent?.replace(/\s+/g, ' ').trim(),
      );
    return { fixture, el, rows, stable: () => fixture.whenStable() };
  }

  it('lists the skills alphabetically with participant counts', async () => {
    const { el, rows } = await setup();
    expect(el.querySelector('caption')?.textContent).toContain(
      'Vaardigheden met het aantal deelnemers',
    );
    expect(rows()[0]).toMatch(/^Excel 3/);
    expect(rows()[2]).toMatch(/^Wondzorg 1/);
  });

  it('adds a skill, and names the required field when empty', async () => {
    api.addSkill.mockReturnValue(
      of({ id: 's-new', name: 'Coaching', participantCount: 0 }),
    );
    const { el, rows, stable } = await setup();
    buttonByText(el, 'Toevoegen').click();
    await stable();
    expect(api.addSkill).not.toHaveBeenCalled();
    expect(el.querySelector('#skill-add-name-error')?.textContent).toContain(
      'Vul een naam in.',
    );

    type(el, '#skill-add-name', '  Coaching ');
    buttonByText(el, 'Toevoegen').click();
    await stable();
    expect(api.addSkill).toHaveBeenCalledWith('Coaching');
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Vaardigheid “Coaching” is toegevoegd.',
    );
    expect(rows()[0]).toMatch(/^Coaching 0/);
  });

  it('shows a duplicate name from the server at the field and as an alert', async () => {
    api.addSkill.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'De vaardigheid "Excel" bestaat al.',
            'SKILL_EXISTS',
          ),
      ),
    );
    const { el, stable } = await setup();
    type(el, '#skill-add-name', 'excel');
    buttonByText(el, 'Toevoegen').click();
    await stable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'bestaat al',
    );
    expect(el.querySelector('#skill-add-name-error')?.textContent).toContain(
      'bestaat al',
    );
    expect(
      el.querySelector('#skill-add-name')?.getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('renames inline and returns focus to the row', async () => {
    api.renameSkill.mockReturnValue(
      of({ id: 's-excel', name: 'Excel en spreadsheets', participantCount: 3 }),
    );
    const { el, rows, stable } = await setup();
    click(el, 'button[aria-label="Naam wijzigen van Excel"]');
    await stable();
    expect(document.activeElement?.id).toBe('skill-rename-name');
    expect(
      el.querySelector('label[for="skill-rename-name"]')?.textContent,
    ).toContain('Nieuwe naam voor Excel');

    type(el, '#skill-rename-name', 'Excel en spreadsheets');
    buttonByText(el, 'Opslaan').click();
    await stable();
    expect(api.renameSkill).toHaveBeenCalledWith(
      's-excel',
      'Excel en spreadsheets',
    );
    expect(rows()[0]).toMatch(/^Excel en spreadsheets 3/);
    expect(document.activeElement?.id).toBe('skill-rename-s-excel');
  });

  it('merges a duplicate into the chosen skill after confirmation', async () => {
    api.mergeSkills.mockReturnValue(
      of({ id: 's-plan', name: 'Planning', participantCount: 6 }),
    );
    const { el, stable } = await setup();
    click(
      el,
      'button[aria-label="Samenvoegen van Wondzorg met een andere vaardigheid"]',
    );
    await stable();
    expect(document.activeElement?.id).toBe('skill-merge-heading');
    const options = Array.from(
      el.querySelectorAll<HTMLOptionElement>('#skill-merge-target option'),
    ).map((o) => o.textContent?.trim());
    expect(options).not.toContain('Wondzorg (1)');

    // A target is required.
    buttonByText(el, 'Samenvoegen…').click();
    await stable();
    expect(
      el.querySelector('#skill-merge-target-error')?.textContent,
    ).toContain('Kies de vaardigheid die blijft.');

    type(el, '#skill-merge-target', 's-plan');
    buttonByText(el, 'Samenvoegen…').click();
    await stable();
    const dialog = el.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.textContent).toContain(
      '“Wondzorg” wordt samengevoegd met “Planning”. De 1 deelnemer met “Wondzorg” krijgt “Planning”.',
    );
    expect(api.mergeSkills).not.toHaveBeenCalled();

    api.skills.mockReturnValue(
      of([SKILLS[0], { id: 's-plan', name: 'Planning', participantCount: 6 }]),
    );
    dialog?.querySelector<HTMLButtonElement>('button.danger')?.click();
    await stable();
    expect(api.mergeSkills).toHaveBeenCalledWith('s-zorg', 's-plan');
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      '“Wondzorg” is samengevoegd met “Planning”.',
    );
    expect(el.querySelector('tbody')?.textContent).not.toContain('Wondzorg');
    expect(el.querySelector('tbody')?.textContent).toContain('6');
  });

  it('shows a merge refusal from the server', async () => {
    api.mergeSkills.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'Deze vaardigheid is al samengevoegd.',
            'SKILL_MERGED',
          ),
      ),
    );
    const { el, stable } = await setup();
    click(
      el,
      'button[aria-label="Samenvoegen van Excel met een andere vaardigheid"]',
    );
    await stable();
    type(el, '#skill-merge-target', 's-plan');
    buttonByText(el, 'Samenvoegen…').click();
    await stable();
    el.querySelector<HTMLButtonElement>('dialog button.danger')?.click();
    await stable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Deze vaardigheid is al samengevoegd.',
    );
  });
});
