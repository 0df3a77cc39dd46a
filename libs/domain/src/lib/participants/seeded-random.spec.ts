import fc from 'fast-check';
import {
  cyrb128,
  drawWithoutReplacement,
  seededUint32,
  sfc32,
  uniformBelow,
  Uint32Source,
} from './seeded-random';

const MASK = 0xffff_ffffn;

/** cyrb128 written plainly with BigInt, to check the Math.imul / `| 0` version. */
function referenceCyrb128(text: string): bigint[] {
  const mul = (a: bigint, b: bigint) => (a * b) & MASK;
  let [h1, h2, h3, h4] = [1779033703n, 3144134277n, 1013904242n, 2773480762n];
  for (let index = 0; index < text.length; index++) {
    const k = BigInt(text.charCodeAt(index));
    h1 = h2 ^ mul(h1 ^ k, 597399067n);
    h2 = h3 ^ mul(h2 ^ k, 2869860233n);
    h3 = h4 ^ mul(h3 ^ k, 951274213n);
    h4 = h1 ^ mul(h4 ^ k, 2716044179n);
  }
  h1 = mul(h3 ^ (h1 >> 18n), 597399067n);
  h2 = mul(h4 ^ (h2 >> 22n), 2869860233n);
  h3 = mul(h1 ^ (h3 >> 17n), 951274213n);
  h4 = mul(h2 ^ (h4 >> 19n), 2716044179n);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4];
}

/** sfc32 as in PractRand's C source, with BigInt standing in for uint32_t. */
function referenceSfc32(a: bigint, b: bigint, c: bigint, counter: bigint) {
  return () => {
    const tmp = (a + b + counter) & MASK;
    counter = (counter + 1n) & MASK;
    a = b ^ (b >> 9n);
    b = (c + (c << 3n)) & MASK;
    c = ((((c << 21n) | (c >> 11n)) & MASK) + tmp) & MASK;
    return tmp;
  };
}

function fixedSource(values: number[]): Uint32Source {
  let index = 0;
  return () => {
    const value = values[index++];
    if (value === undefined) throw new Error('fixed source ran out');
    return value;
  };
}

describe('cyrb128', () => {
  it('matches a plain BigInt rendering of the algorithm', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(cyrb128(text).map(BigInt)).toEqual(referenceCyrb128(text));
      }),
    );
  });

  it('keeps its known values (recorded draws depend on them)', () => {
    expect(cyrb128('')).toEqual([41608494, 3485963809, 1435736333, 1262568316]);
    expect(cyrb128('apples')).toEqual([
      1353502818, 2189370424, 187770103, 4227467030,
    ]);
  });
});

describe('sfc32', () => {
  it('starts with a + b + counter', () => {
    const next = sfc32(1, 2, 3, 4);
    expect([next(), next(), next()]).toEqual([7, 34, 56623200]);
  });

  it('matches the C reference for any state, including the top bit set', () => {
    const word = fc.integer({ min: 0, max: 0xffff_ffff });
    fc.assert(
      fc.property(word, word, word, word, (a, b, c, d) => {
        const ours = sfc32(a, b, c, d);
        const reference = referenceSfc32(
          BigInt(a),
          BigInt(b),
          BigInt(c),
          BigInt(d),
        );
        for (let step = 0; step < 20; step++) {
          expect(BigInt(ours())).toBe(reference());
        }
      }),
    );
  });
});

describe('seededUint32', () => {
  it('gives the same numbers for the same seed, always', () => {
    const next = seededUint32('apples');
    expect([next(), next(), next(), next()]).toEqual([
      3837762407, 2501408107, 4131894117, 3997022141,
    ]);
  });

  it('gives unrelated numbers for seeds that differ in one character', () => {
    const first = seededUint32('draw-2026-01');
    const second = seededUint32('draw-2026-02');
    const a = Array.from({ length: 8 }, () => first());
    const b = Array.from({ length: 8 }, () => second());
    expect(a.filter((value, index) => value === b[index])).toEqual([]);
  });

  it('stays within unsigned 32 bits', () => {
    const next = seededUint32('range');
    for (let step = 0; step < 1000; step++) {
      const value = next();
      expect(
        Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff,
      ).toBe(true);
    }
  });
});

describe('uniformBelow', () => {
  it('rejects the top values that would bias the modulo', () => {
    // 2^32 mod 3 = 1, so the single top value 2^32 - 1 must be redrawn.
    expect(uniformBelow(fixedSource([0xffff_ffff, 5]), 3)).toBe(2);
    expect(uniformBelow(fixedSource([0xffff_fffe]), 3)).toBe(0xffff_fffe % 3);
  });

  it('passes every value through when the bound divides 2^32', () => {
    expect(uniformBelow(fixedSource([0xffff_ffff]), 4)).toBe(3);
    expect(uniformBelow(fixedSource([123]), 1)).toBe(0);
    expect(uniformBelow(fixedSource([0xffff_ffff]), 2 ** 32)).toBe(0xffff_ffff);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])(
    'refuses bound %p',
    (bound) => {
      expect(() => uniformBelow(fixedSource([1]), bound)).toThrow(RangeError);
    },
  );

  it('hits every value about equally often', () => {
    const next = seededUint32('uniformity');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let draw = 0; draw < 60_000; draw++) {
      const value = uniformBelow(next, 6);
      counts[value] = (counts[value] as number) + 1;
    }
    for (const count of counts) {
      expect(Math.abs(count - 10_000)).toBeLessThan(500);
    }
  });
});

describe('drawWithoutReplacement', () => {
  it('draws distinct items from the input without changing it', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const picked = drawWithoutReplacement(items, 3, seededUint32('x'));
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
    expect(picked.every((item) => items.includes(item))).toBe(true);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('returns a permutation of everything when asked for more than there is', () => {
    const picked = drawWithoutReplacement([1, 2, 3], 10, seededUint32('y'));
    expect([...picked].sort()).toEqual([1, 2, 3]);
    expect(drawWithoutReplacement([], 2, seededUint32('z'))).toEqual([]);
    expect(drawWithoutReplacement([1, 2], 0, seededUint32('z'))).toEqual([]);
  });

  it('makes the first picks independent of how many are asked for', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, size, fewer, extra) => {
          const items = Array.from({ length: size }, (_, index) => index);
          const few = drawWithoutReplacement(items, fewer, seededUint32(seed));
          const more = drawWithoutReplacement(
            items,
            fewer + extra,
            seededUint32(seed),
          );
          expect(more.slice(0, few.length)).toEqual(few);
        },
      ),
    );
  });

  it('produces each order of three items about equally often', () => {
    const next = seededUint32('permutations');
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 12_000; draw++) {
      const order = drawWithoutReplacement(['a', 'b', 'c'], 3, next).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) {
      expect(Math.abs(count - 2_000)).toBeLessThan(200);
    }
  });
});
