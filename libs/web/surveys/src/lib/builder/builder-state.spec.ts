import { survey } from '../testing/fixtures';
import {
  addOption,
  addQuestion,
  addSection,
  changeKind,
  conditionSources,
  draftFromSurvey,
  draftProblems,
  emailsOf,
  emptyDraft,
  moveQuestion,
  nextKey,
  questionCaption,
  removeOption,
  removeQuestion,
  setCondition,
  surveyInputOf,
  updateOption,
  updateQuestion,
  updateSection,
  type SurveyDraft,
} from './builder-state';

function completeDraft(): SurveyDraft {
  let draft = addSection({ ...emptyDraft(), title: 'Puls' });
  draft = updateSection(draft, 0, { nl: 'Werk', en: 'Work' });
  draft = addQuestion(draft, 0, 'SINGLE_CHOICE');
  draft = updateQuestion(draft, 0, 0, { nl: 'Hoe?', en: 'How?' });
  draft = updateOption(draft, 0, 0, 0, { nl: 'Goed', en: 'Good' });
  draft = updateOption(draft, 0, 0, 1, { nl: 'Slecht', en: 'Bad' });
  draft = addQuestion(draft, 0, 'SHORT_TEXT');
  return updateQuestion(draft, 0, 1, { nl: 'Waarom?', en: 'Why?' });
}

describe('builder keys', () => {
  it('gives the next free number, past every key in use and past removed ones', () => {
    expect(nextKey('q', [])).toBe('q1');
    expect(nextKey('q', ['q1', 'q2', 'workload', 'q10'])).toBe('q11');
    expect(nextKey('o', ['o1', 'o3'])).toBe('o4');
  });

  it('keys new questions across the whole survey, next to template keys', () => {
    let draft = draftFromSurvey(survey());
    draft = addSection(draft);
    draft = addQuestion(draft, 1);
    expect(draft.sections[1]?.key).toBe('s2');
    expect(draft.sections[1]?.questions[0]?.key).toBe('q4');
    draft = removeQuestion(draft, 1, 0);
    draft = addQuestion(draft, 1);
    expect(draft.sections[1]?.questions[0]?.key).toBe('q4');
  });

  it('keys new options within the question', () => {
    let draft = completeDraft();
    draft = addOption(draft, 0, 0);
    expect(draft.sections[0]?.questions[0]?.options.map((o) => o.key)).toEqual([
      'o1',
      'o2',
      'o3',
    ]);
  });
});

describe('builder state and SurveyInput', () => {
  it('reads a survey and writes the same survey back', () => {
    const source = survey({
      closesAt: '2026-12-01T09:00:00.000Z',
      reportBy: 'LOCATION',
    });
    const input = surveyInputOf(draftFromSurvey(source));
    expect(input).toEqual({
      title: 'Pulsmeting',
      introduction: 'Hoe gaat het?',
      mode: 'ANONYMOUS',
      threshold: 5,
      reportBy: 'LOCATION',
      audience: {
        kind: 'DEPARTMENTS',
        departmentIds: ['d1', 'd2'],
        includeSubDepartments: false,
        trajectoryId: null,
        emails: [],
      },
      closesAt: '2026-12-01T09:00:00.000Z',
      remindAt: null,
      trajectoryId: null,
      sections: source.sections.map((s) => ({
        ...s,
        questions: s.questions.map((q) => ({ ...q })),
      })),
    });
  });

  it('sends only the audience fields of the chosen kind', () => {
    const draft: SurveyDraft = {
      ...draftFromSurvey(survey()),
      audienceKind: 'LIST',
      emails: 'a@x.nl, b@x.nl\nA@x.nl;c@x.nl',
    };
    expect(surveyInputOf(draft).audience).toEqual({
      kind: 'LIST',
      departmentIds: [],
      includeSubDepartments: false,
      trajectoryId: null,
      emails: ['a@x.nl', 'b@x.nl', 'A@x.nl', 'c@x.nl'],
    });
    expect(emailsOf('  \n ')).toEqual([]);
  });

  it('drops options from kinds that have none', () => {
    let draft = completeDraft();
    draft = changeKind(draft, 0, 0, 'SCALE_0_10');
    expect(surveyInputOf(draft).sections[0]?.questions[0]?.options).toEqual([]);
    draft = changeKind(draft, 0, 0, 'RANKING');
    expect(draft.sections[0]?.questions[0]?.options).toHaveLength(2);
  });
});

describe('conditions in the builder', () => {
  it('offers only earlier choice, agreement and scale questions with their answers', () => {
    const draft = draftFromSurvey(survey());
    expect(conditionSources(draft, 0, 0)).toEqual([]);
    const sources = conditionSources(draft, 0, 2);
    expect(sources.map((s) => s.key)).toEqual(['q1']);
    expect(sources[0]?.values.map((v) => v.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('names the questions and answers of a condition by number, text and label, never by internal key', () => {
    const draft = draftFromSurvey(survey());
    const [source] = conditionSources(draft, 0, 2);
    expect(source).toMatchObject({ number: 1 });
    expect(source?.values[0]).toEqual({
      value: '1',
      nl: 'Helemaal oneens',
      en: 'Strongly disagree',
    });
    expect(
      questionCaption(1, { nl: 'Werkdruk', en: 'Workload' }, 'en'),
    ).toEqual({
      key: 'surveys.builder.questionHeadingWithText',
      params: { number: 1, text: 'Workload' },
    });
    // Not yet translated: the other language's text rather than nothing.
    expect(questionCaption(2, { nl: 'Werkdruk', en: '' }, 'en').params).toEqual(
      {
        number: 2,
        text: 'Werkdruk',
      },
    );
    expect(questionCaption(3, { nl: '', en: '' }, 'nl')).toEqual({
      key: 'surveys.builder.questionHeading',
      params: { number: 3 },
    });
  });

  it('drops a condition when its question is removed or moved after it', () => {
    let draft = draftFromSurvey(survey());
    expect(
      removeQuestion(draft, 0, 0).sections[0]?.questions[0]?.condition,
    ).toBeNull();
    draft = moveQuestion(draft, 0, 1, -1);
    expect(draft.sections[0]?.questions.map((q) => q.key)).toEqual([
      'q2',
      'q1',
      'q3',
    ]);
    expect(draft.sections[0]?.questions[0]?.condition).toBeNull();
  });

  it('moves a question into the neighbouring section at the edge', () => {
    let draft = addSection(draftFromSurvey(survey()));
    draft = moveQuestion(draft, 0, 2, 1);
    expect(draft.sections[0]?.questions.map((q) => q.key)).toEqual([
      'q1',
      'q2',
    ]);
    expect(draft.sections[1]?.questions.map((q) => q.key)).toEqual(['q3']);
    expect(moveQuestion(draft, 1, 0, 1)).toBe(draft);
  });

  it('keeps a condition only while its values still exist', () => {
    let draft = completeDraft();
    draft = addQuestion(draft, 0, 'LONG_TEXT');
    draft = setCondition(draft, 0, 2, { questionKey: 'q1', anyOf: ['o2'] });
    expect(
      removeOption(draft, 0, 0, 0).sections[0]?.questions[2]?.condition,
    ).toEqual({ questionKey: 'q1', anyOf: ['o2'] });
    expect(
      removeOption(draft, 0, 0, 1).sections[0]?.questions[2]?.condition,
    ).toBeNull();
    expect(
      changeKind(draft, 0, 0, 'AGREEMENT_5').sections[0]?.questions[2]
        ?.condition,
    ).toBeNull();
  });
});

describe('draftProblems', () => {
  it('names each problem by the API field path', () => {
    let draft = completeDraft();
    expect([...draftProblems(draft)]).toEqual([]);
    draft = updateOption(draft, 0, 0, 1, { en: '' });
    draft = {
      ...draft,
      title: ' ',
      threshold: 3,
      closesAt: '2026-02-30T10:00',
    };
    draft = addQuestion(draft, 0, 'LONG_TEXT');
    draft = setCondition(draft, 0, 2, { questionKey: 'q1', anyOf: [] });
    expect(Object.fromEntries(draftProblems(draft))).toEqual({
      title: 'REQUIRED',
      threshold: 'RANGE',
      closesAt: 'DATE',
      'sections.0.questions.0.options.1.label': 'MISSING_TEXT',
      'sections.0.questions.2.text': 'MISSING_TEXT',
      'sections.0.questions.2.condition': 'CONDITION_UNKNOWN_VALUE',
    });
  });

  it('asks for the audience of the chosen kind', () => {
    const draft = { ...completeDraft(), audienceKind: 'DEPARTMENTS' as const };
    expect(draftProblems(draft).get('audience.departmentIds')).toBe('REQUIRED');
  });
});
