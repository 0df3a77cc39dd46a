import { clearPersonalStorage } from '@inspraak/web-core';
import { sections } from '../testing/fixtures';
import {
  LocalProgress,
  answersToInput,
  definitionOfSections,
  missingRequired,
  moveRank,
  rankingOrder,
  progressKey,
  toggleOption,
  tokenDigest,
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

  it('keeps answers per person in this browser and clears them', () => {
    const key = progressKey.forLink('tok-anna');
    const progress = new LocalProgress(key);
    progress.save({ q1: { number: 3 } });
    expect(new LocalProgress(key).load()).toEqual({ q1: { number: 3 } });
    // The next person, with their own link to the same survey, starts empty.
    expect(new LocalProgress(progressKey.forLink('tok-bram')).load()).toEqual(
      {},
    );
    progress.clear();
    expect(localStorage.length).toBe(0);
  });

  it('files a link’s progress under a digest, never the token itself', () => {
    const token = 'A'.repeat(43);
    new LocalProgress(progressKey.forLink(token)).save({ q1: { number: 1 } });
    const keys = Object.keys(localStorage);
    expect(keys).toEqual([
      `inspraak.personal.survey-progress.link.${tokenDigest(token)}`,
    ]);
    expect(keys[0]).not.toContain(token);
    expect(tokenDigest(token)).toMatch(/^[0-9a-f]{16}$/);
    expect(tokenDigest(token)).not.toBe(tokenDigest(`${'A'.repeat(42)}B`));
  });

  it('keeps members’ progress apart per account, and everything personal goes at logout', () => {
    new LocalProgress(progressKey.forMember('u1', 'sv1')).save({
      q1: { number: 2 },
    });
    expect(
      new LocalProgress(progressKey.forMember('u2', 'sv1')).load(),
    ).toEqual({});
    localStorage.setItem('inspraak.language', 'en');
    clearPersonalStorage();
    expect(
      new LocalProgress(progressKey.forMember('u1', 'sv1')).load(),
    ).toEqual({});
    expect(localStorage.getItem('inspraak.language')).toBe('en');
  });

  it('forgets progress kept by survey only, as it was before', () => {
    localStorage.setItem('inspraak.survey-progress.sv1', '{"q1":{"number":5}}');
    expect(new LocalProgress(progressKey.forLink('tok')).load()).toEqual({});
    expect(localStorage.getItem('inspraak.survey-progress.sv1')).toBeNull();
  });

  it('ignores what it cannot read and survives a storage that refuses', () => {
    const key = progressKey.forLink('tok');
    const stored = `inspraak.personal.survey-progress.${key}`;
    localStorage.setItem(stored, '{"q1":{"number":"x"}}');
    expect(new LocalProgress(key).load()).toEqual({});
    localStorage.setItem(stored, 'not json');
    expect(new LocalProgress(key).load()).toEqual({});
    const refusing = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const progress = new LocalProgress(key, refusing);
    expect(() => progress.save({ q1: { number: 1 } })).not.toThrow();
    expect(progress.load()).toEqual({});
  });
});
