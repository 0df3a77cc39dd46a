import { TestBed } from '@angular/core/testing';
import type { AnswerInput } from '@inspraak/shared';
import { surveyToAnswer } from '../testing/fixtures';
import { progressKey } from './answer-state';
import { SurveyFormComponent } from './survey-form';

const KEY = progressKey.forLink('tok');
const STORED = `inspraak.personal.survey-progress.${KEY}`;

describe('SurveyFormComponent', () => {
  beforeEach(() => localStorage.clear());

  async function setup(preview = false) {
    const fixture = TestBed.createComponent(SurveyFormComponent);
    fixture.componentRef.setInput('survey', surveyToAnswer());
    fixture.componentRef.setInput('preview', preview);
    fixture.componentRef.setInput('progressKey', KEY);
    const sent: AnswerInput[][] = [];
    fixture.componentInstance.send.subscribe((answers) => sent.push(answers));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const question = (key: string) =>
      el.querySelector<HTMLElement>(`[data-question="${key}"]`);
    const click = async (selector: string) => {
      el.querySelector<HTMLElement>(selector)?.click();
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(
        new Event('submit', { cancelable: true }),
      );
      await fixture.whenStable();
    };
    return { fixture, el, question, click, submit, sent };
  }

  it('shows the protection sentence and says progress stays in this browser', async () => {
    const { el } = await setup();
    expect(el.querySelector('.protection')?.textContent).toContain(
      'Anoniem: niemand ziet wie.',
    );
    expect(el.textContent).toContain('alleen in deze browser bewaard');
  });

  it('shows a question only while its condition holds', async () => {
    const { question, click } = await setup();
    expect(question('q2')).toBeNull();
    await click('input[name="answer-q1"][value="2"]');
    expect(question('q2')).not.toBeNull();
    await click('input[name="answer-q1"][value="4"]');
    expect(question('q2')).toBeNull();
  });

  it('refuses to send without the required answers and says so at the question', async () => {
    const { question, submit, sent, click } = await setup();
    await submit();
    expect(sent).toEqual([]);
    expect(question('q1')?.textContent).toContain('Deze vraag is verplicht.');
    await click('input[name="answer-q1"][value="2"]');
    await submit();
    expect(sent).toEqual([[{ questionKey: 'q1', number: 2 }]]);
  });

  it('ranks with buttons, keeps focus on the moved option and remembers it in this browser', async () => {
    const { el, click } = await setup();
    await click('#answer-q3-o3-up');
    const labels = () =>
      Array.from(el.querySelectorAll('.ranking .rank-label')).map((l) =>
        l.textContent?.trim(),
      );
    expect(labels()).toEqual(['Rust', 'Team', 'Loon']);
    expect(document.activeElement?.id).toBe('answer-q3-o3-up');
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Team staat nu op plaats 2 van 3.',
    );
    await click('#answer-q3-o3-up');
    expect(labels()).toEqual(['Team', 'Rust', 'Loon']);
    // At the top the up button is disabled: focus moves to its twin.
    expect(document.activeElement?.id).toBe('answer-q3-o3-down');
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toEqual({
      q3: { options: ['o3', 'o1', 'o2'] },
    });
  });

  it('picks up progress from this browser, but not in the preview', async () => {
    localStorage.setItem(STORED, JSON.stringify({ q1: { number: 1 } }));
    const answering = await setup();
    expect(answering.question('q2')).not.toBeNull();
    TestBed.resetTestingModule();
    const preview = await setup(true);
    expect(preview.question('q2')).toBeNull();
    expect(
      preview.el.querySelector<HTMLButtonElement>('button[type="submit"]')
        ?.disabled,
    ).toBe(true);
  });
});
