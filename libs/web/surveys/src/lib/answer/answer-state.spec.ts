import { sections } from '../testing/fixtures';
import {
  LocalProgress,
  answersToInput,
  definitionOfSections,
  missingRequired,
  moveRank,
  rankingOrder,
  toggleOption,
} from './answer-state';

const definition = definitionOfSections(sections());
const ranking = sections()
  .flatMap((s) => s.questions)
  .find((q) => q.key === 'q3') ?? { options: [] };

describe('answers to send', () => {
  it('applies conditions: a hidden question loses its answer', () => {
    const answers = {
      q1: { number: 4 },
      q2: { text: ' Te veel diensten ' },
      q3: { options: [] },
    };
    expect(answersToInput(definition, answers)).toEqual([
      { questionKey: 'q1', number: 4 },
    ]);
    expect(
      answersToInput(definition, { ...answers, q1: { number: 2 } }),
    ).toEqual([
      { questionKey: 'q1', number: 2 },
      { questionKey: 'q2', text: 'Te veel diensten' },
    ]);
  });

  it('lists shown required questions without an answer', () => {
    expect(missingRequired(definition, {})).toEqual(['q1']);
    expect(missingRequired(definition, { q1: { number: 1 } })).toEqual([]);
  });

  it('keeps multiple-choice answers in the order of the options', () => {
    const question = { options: ranking.options };
    let answer = toggleOption(question, undefined, 'o3', true);
    answer = toggleOption(question, answer, 'o1', true);
    expect(answer).toEqual({ options: ['o1', 'o3'] });
    expect(toggleOption(question, answer, 'o1', false)).toEqual({
      options: ['o3'],
    });
  });
});

describe('ranking', () => {
  it('starts in the options’ order and follows the answer once given', () => {
    expect(rankingOrder(ranking, undefined)).toEqual(['o1', 'o2', 'o3']);
    expect(rankingOrder(ranking, { options: ['o3', 'o1', 'o2'] })).toEqual([
      'o3',
      'o1',
      'o2',
    ]);
    expect(rankingOrder(ranking, { options: ['o3'] })).toEqual([
      'o1',
      'o2',
      'o3',
    ]);
  });

  it('moves one place up or down and stays put at the ends', () => {
    expect(moveRank(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRank(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRank(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRank(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('LocalProgress', () => {
  beforeEach(() => localStorage.clear());

  it('keeps answers per survey in this browser and clears them', () => {
    const progress = new LocalProgress('sv1');
    progress.save({ q1: { number: 3 } });
    expect(new LocalProgress('sv1').load()).toEqual({ q1: { number: 3 } });
    expect(new LocalProgress('sv2').load()).toEqual({});
    progress.clear();
    expect(localStorage.getItem('inspraak.survey-progress.sv1')).toBeNull();
  });

  it('ignores what it cannot read and survives a storage that refuses', () => {
    localStorage.setItem(
      'inspraak.survey-progress.sv1',
      '{"q1":{"number":"x"}}',
    );
    expect(new LocalProgress('sv1').load()).toEqual({});
    localStorage.setItem('inspraak.survey-progress.sv1', 'not json');
    expect(new LocalProgress('sv1').load()).toEqual({});
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const progress = new LocalProgress('sv1', refusing);
    expect(() => progress.save({ q1: { number: 1 } })).not.toThrow();
    expect(progress.load()).toEqual({});
  });
});
