/**
 * A small, reproducible random number generator for the fair draw: anyone who
 * knows the seed can replay the draw, in a browser or on a server, with the
 * same result. Not for secrets (it is predictable by design).
 *
 * - The seed text is hashed to 128 bits with cyrb128 (bryc, public domain):
 *   four 32-bit multiply-xor lanes over the UTF-16 code units of the text,
 *   then a final avalanche. Text is hashed as code units, not normalised:
 *   "é" typed two ways gives two seeds, so prefer ASCII seeds.
 * - Those 128 bits seed sfc32, Chris Doty-Humphrey's Small Fast Counting
 *   generator (from PractRand; passes its test battery): three 32-bit words
 *   of state plus a counter that guarantees a period of at least 2^32.
 * - The first 15 outputs are discarded, as bryc advises for sfc32, so that
 *   similar seeds have drifted apart before the first number is used.
 *
 * Changing anything here changes every recorded draw: bump
 * SORTITION_ALGORITHM_VERSION in sortition.ts when you do.
 */

export type Uint32Source = () => number;

/** cyrb128: 128-bit hash of `text` as four unsigned 32-bit numbers. */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 over state (a, b, c) and counter d; yields unsigned 32-bit numbers. */
export function sfc32(
  a: number,
  b: number,
  c: number,
  d: number,
): Uint32Source {
  let stateA = a | 0;
  let stateB = b | 0;
  let stateC = c | 0;
  let counter = d | 0;
  return () => {
    const result = (((stateA + stateB) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    stateA = stateB ^ (stateB >>> 9);
    stateB = (stateC + (stateC << 3)) | 0;
    stateC = (stateC << 21) | (stateC >>> 11);
    stateC = (stateC + result) | 0;
    return result >>> 0;
  };
}

const WARM_UP_OUTPUTS = 15;

/** The generator for a seed text: cyrb128 → sfc32, warmed up. */
export function seededUint32(seed: string): Uint32Source {
  const [a, b, c, d] = cyrb128(seed);
  const next = sfc32(a, b, c, d);
  for (let index = 0; index < WARM_UP_OUTPUTS; index++) next();
  return next;
}

const TWO_TO_32 = 0x1_0000_0000;

/**
 * A uniform whole number in [0, bound). Rejection sampling: taking the raw
 * number modulo `bound` would favour small results whenever `bound` does not
 * divide 2^32, and in a lottery even a tiny bias is a bias.
 */
export function uniformBelow(next: Uint32Source, bound: number): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_TO_32) {
    throw new RangeError(
      `bound must be a whole number in [1, 2^32], got ${bound}`,
    );
  }
  const acceptBelow = TWO_TO_32 - (TWO_TO_32 % bound);
  let value = next();
  while (value >= acceptBelow) value = next();
  return value % bound;
}

/**
 * The first `count` items of a uniformly random permutation of `items`
 * (Fisher–Yates, Durstenfeld's in-place form, run from the front and stopped
 * after `count` swaps). Running from the front means the first k picks do not
 * depend on how many picks are asked for in total.
 */
export function drawWithoutReplacement<T>(
  items: readonly T[],
  count: number,
  next: Uint32Source,
): T[] {
  const shuffled = [...items];
  const picks = Math.min(count, shuffled.length);
  for (let index = 0; index < picks; index++) {
    const swapWith = index + uniformBelow(next, shuffled.length - index);
    const picked = shuffled[swapWith] as T;
    shuffled[swapWith] = shuffled[index] as T;
    shuffled[index] = picked;
  }
  return shuffled.slice(0, picks);
}
