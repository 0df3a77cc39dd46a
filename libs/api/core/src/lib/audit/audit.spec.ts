import { diffFields } from './audit';

describe('diffFields', () => {
  it('lists only changed fields as [before, after], treating undefined as null and dates by value', () => {
    const before = {
      a: 1,
      b: 'x',
      c: undefined as string | undefined,
      d: new Date('2024-01-01T00:00:00Z'),
    };
    const after = {
      a: 2,
      b: 'x',
      c: undefined,
      d: new Date('2024-01-01T00:00:00Z'),
    };
    expect(diffFields(before, after, ['a', 'b', 'c', 'd'])).toEqual({
      a: [1, 2],
    });
    expect(diffFields({ x: null as string | null }, { x: 'y' }, ['x'])).toEqual(
      { x: [null, 'y'] },
    );
  });

  it('compares arrays and objects by value, whatever the key order', () => {
    const before = { tags: ['a', 'b'], settings: { on: true, level: 2 } };
    expect(
      diffFields(
        before,
        { tags: ['a', 'b'], settings: { level: 2, on: true } },
        ['tags', 'settings'],
      ),
    ).toEqual({});
    expect(
      diffFields(before, { tags: ['a'], settings: { on: true, level: 2 } }, [
        'tags',
        'settings',
      ]),
    ).toEqual({ tags: [['a', 'b'], ['a']] });
  });
});
