import fc from 'fast-check';
import {
  checkResponse,
  comparabilityBreaks,
  countKeysOf,
  definitionProblems,
  Question,
  summarise,
  SURVEY_TEMPLATES,
  SurveyDefinition,
  visibleQuestionKeys,
} from './index';

const q = (
  overrides: Partial<Question> & Pick<Question, 'key' | 'kind'>,
): Question => ({
  text: { nl: `Vraag ${overrides.key}`, en: `Question ${overrides.key}` },
  required: false,
  options: [],
  condition: null,
  ...overrides,
});
const options = (...keys: string[]) =>
  keys.map((key) => ({ key, label: { nl: key, en: key } }));
const survey = (...questions: Question[]): SurveyDefinition => ({
  sections: [{ key: 's', title: { nl: 'Deel', en: 'Part' }, questions }],
});

describe('survey definitions', () => {
  it('accepts the templates', () => {
    for (const template of SURVEY_TEMPLATES)
      expect(definitionProblems(template.definition)).toEqual([]);
  });

  it('names every problem with its path', () => {
    const problems = definitionProblems(
      survey(
        q({ key: 'a', kind: 'SINGLE_CHOICE', options: options('x') }),
        q({ key: 'a', kind: 'SHORT_TEXT', options: options('y') }),
        q({ key: 'b', kind: 'AGREEMENT_5', text: { nl: 'Eens?', en: '' } }),
        q({
          key: 'c',
          kind: 'LONG_TEXT',
          condition: { questionKey: 'd', anyOf: ['1'] },
        }),
        q({ key: 'd', kind: 'AGREEMENT_5' }),
        q({
          key: 'e',
          kind: 'LONG_TEXT',
          condition: { questionKey: 'd', anyOf: ['6'] },
        }),
        q({
          key: 'f',
          kind: 'LONG_TEXT',
          condition: { questionKey: 'c', anyOf: ['x'] },
        }),
      ),
    );
    expect(problems).toEqual([
      { path: 'sections.0.questions.0.options', reason: 'OPTIONS_REQUIRED' },
      { path: 'sections.0.questions.1.key', reason: 'DUPLICATE_KEY' },
      { path: 'sections.0.questions.1.options', reason: 'OPTIONS_NOT_ALLOWED' },
      { path: 'sections.0.questions.2.text', reason: 'MISSING_TEXT' },
      {
        path: 'sections.0.questions.3.condition',
        reason: 'CONDITION_NOT_EARLIER',
      },
      {
        path: 'sections.0.questions.5.condition',
        reason: 'CONDITION_UNKNOWN_VALUE',
      },
      {
        path: 'sections.0.questions.6.condition',
        reason: 'CONDITION_UNSUPPORTED_KIND',
      },
    ]);
    expect(definitionProblems({ sections: [] })).toEqual([
      { path: 'sections', reason: 'NO_QUESTIONS' },
    ]);
  });

  it('allows rewording a published survey but not changes that break comparability', () => {
    const published = survey(
      q({ key: 'a', kind: 'SINGLE_CHOICE', options: options('x', 'y') }),
      q({ key: 'b', kind: 'AGREEMENT_5' }),
    );
    const reworded = survey(
      q({
        key: 'a',
        kind: 'SINGLE_CHOICE',
        options: options('x', 'y'),
        text: { nl: 'Andere woorden', en: 'Other words' },
      }),
      q({ key: 'b', kind: 'AGREEMENT_5' }),
    );
    expect(comparabilityBreaks(published, reworded)).toEqual([]);
    const changed = survey(
      q({ key: 'a', kind: 'MULTIPLE_CHOICE', options: options('x', 'z') }),
      q({ key: 'c', kind: 'AGREEMENT_5', required: true }),
    );
    expect(comparabilityBreaks(published, changed)).toEqual([
      { kind: 'KIND_CHANGED', questionKey: 'a' },
      { kind: 'OPTIONS_CHANGED', questionKey: 'a' },
      { kind: 'QUESTION_REMOVED', questionKey: 'b' },
      { kind: 'QUESTION_ADDED', questionKey: 'c' },
    ]);
  });
});

describe('answering', () => {
  const definition = survey(
    q({
      key: 'concern',
      kind: 'SINGLE_CHOICE',
      options: options('work', 'none'),
      required: true,
    }),
    q({
      key: 'why',
      kind: 'LONG_TEXT',
      required: true,
      condition: { questionKey: 'concern', anyOf: ['work'] },
    }),
    q({
      key: 'why-more',
      kind: 'SHORT_TEXT',
      condition: { questionKey: 'why', anyOf: [] },
    }),
    q({ key: 'score', kind: 'SCALE_0_10' }),
    q({ key: 'rank', kind: 'RANKING', options: options('a', 'b', 'c') }),
    q({ key: 'many', kind: 'MULTIPLE_CHOICE', options: options('p', 'q') }),
  );

  it('shows a question only when its condition is met, and then requires it', () => {
    expect(
      visibleQuestionKeys(definition, { concern: { options: ['none'] } }),
    ).toEqual(['concern', 'score', 'rank', 'many']);
    expect(
      visibleQuestionKeys(definition, { concern: { options: ['work'] } }),
    ).toContain('why');
    expect(
      checkResponse(definition, { concern: { options: ['work'] } }).problems,
    ).toEqual([{ questionKey: 'why', reason: 'REQUIRED' }]);
    expect(checkResponse(definition, {}).problems).toEqual([
      { questionKey: 'concern', reason: 'REQUIRED' },
    ]);
  });

  it('drops answers to questions that are not shown, and empty answers', () => {
    const { answers, problems } = checkResponse(definition, {
      concern: { options: ['none'] },
      why: { text: 'verborgen' },
      score: { number: 7 },
      many: { options: [] },
    });
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      concern: { options: ['none'] },
      score: { number: 7 },
    });
  });

  it('refuses answers that do not fit their question', () => {
    const bad = checkResponse(definition, {
      concern: { options: ['maybe'] },
      score: { number: 11 },
      rank: { options: ['a', 'b'] },
      many: { options: ['p', 'p'] },
      ghost: { text: 'x' },
    });
    expect(bad.problems).toEqual([
      { questionKey: 'ghost', reason: 'UNKNOWN_QUESTION' },
      { questionKey: 'concern', reason: 'INVALID' },
      { questionKey: 'score', reason: 'INVALID' },
      { questionKey: 'rank', reason: 'INVALID' },
      { questionKey: 'many', reason: 'INVALID' },
    ]);
    expect(
      checkResponse(survey(q({ key: 't', kind: 'SHORT_TEXT' })), {
        t: { text: 'x'.repeat(301) },
      }).problems,
    ).toEqual([{ questionKey: 't', reason: 'TOO_LONG' }]);
    expect(
      checkResponse(survey(q({ key: 't', kind: 'SHORT_TEXT' })), {
        t: { number: 3 },
      }).problems,
    ).toEqual([{ questionKey: 't', reason: 'INVALID' }]);
  });
});

describe('summaries', () => {
  const countsOf = (
    question: Question,
    answers: Parameters<typeof countKeysOf>[0][],
  ) => {
    const counts = new Map<string, number>();
    for (const answer of answers)
      for (const key of countKeysOf(answer, question.kind))
        counts.set(key, (counts.get(key) ?? 0) + 1);
    return { answered: answers.length, counts };
  };

  it('gives the distribution, mean and share agreeing of an agreement question', () => {
    const question = q({ key: 'a', kind: 'AGREEMENT_5' });
    const summary = summarise(
      question,
      countsOf(
        question,
        [1, 4, 5, 5, 3].map((n) => ({ number: n })),
      ),
    );
    expect(summary.distribution.map((d) => d.count)).toEqual([1, 0, 1, 1, 2]);
    expect(summary.mean).toBe(3.6);
    expect(summary.agreePercentage).toBe(60);
  });

  it('computes eNPS as promoters minus detractors', () => {
    const question = q({ key: 'e', kind: 'SCALE_0_10' });
    // 3 promoters (9, 10, 10), 2 passives (7, 8), 5 detractors (0..6): (3 - 5) / 10 = -20.
    const summary = summarise(
      question,
      countsOf(
        question,
        [9, 10, 10, 7, 8, 0, 3, 5, 6, 6].map((n) => ({ number: n })),
      ),
    );
    expect(summary.enps).toBe(-20);
    expect(summary.mean).toBe(6.4);
  });

  it('ranks options by mean position', () => {
    const question = q({
      key: 'r',
      kind: 'RANKING',
      options: options('a', 'b', 'c'),
    });
    const summary = summarise(
      question,
      countsOf(question, [
        { options: ['b', 'a', 'c'] },
        { options: ['b', 'c', 'a'] },
        { options: ['a', 'b', 'c'] },
      ]),
    );
    expect(summary.meanRanks).toEqual([
      { option: 'b', meanRank: 1.3 },
      { option: 'a', meanRank: 2 },
      { option: 'c', meanRank: 2.7 },
    ]);
  });

  it('agrees with a direct computation of the mean for any answers', () => {
    const question = q({ key: 's', kind: 'SCALE_0_10' });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), {
          minLength: 1,
          maxLength: 200,
        }),
        (values) => {
          const summary = summarise(
            question,
            countsOf(
              question,
              values.map((n) => ({ number: n })),
            ),
          );
          expect(summary.mean).toBe(
            Math.round(
              (values.reduce((a, b) => a + b, 0) / values.length) * 10,
            ) / 10,
          );
          expect(summary.distribution.reduce((a, d) => a + d.count, 0)).toBe(
            values.length,
          );
        },
      ),
    );
  });
});
