// A seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's Small Fast Counting generator)
// with the small API the generator needs: uniform floats and integers, normal and Poisson
// draws, picks, weighted picks and shuffles. One Rng is one independent stream; it never
// touches Math.random or the clock, so equal states give equal draws on every machine.

import type { Hash128 } from './hash.js';

const TWO_POW_32 = 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(state: Readonly<Hash128>) {
    this.a = state[0] | 0;
    this.b = state[1] | 0;
    this.c = state[2] | 0;
    this.d = state[3] | 0;
    // Let the counter separate nearby states before the first draw.
    for (let i = 0; i < 8; i++) this.nextUint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Log-uniform in [min, max) (both > 0): every order of magnitude equally likely. */
  logRange(min: number, max: number): number {
    return min * Math.exp(Math.log(max / min) * this.float());
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is less than min`);
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Normal (Gaussian) draw by the Box–Muller transform. */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * z;
    }
    const u = 1 - this.float(); // (0, 1]: log(u) is finite
    const v = this.float();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return mean + sd * radius * Math.cos(2 * Math.PI * v);
  }

  /** Poisson draw with the given mean (Knuth's product method for small means, normal beyond). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.float();
    while (product > limit) {
      k++;
      product *= this.float();
    }
    return k;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(this.float() * items.length)];
  }

  /** An index drawn with probability proportional to weights[index] (weights ≥ 0, sum > 0). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight');
    let target = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0 && weights[i] > 0) return i;
    }
    // Rounding left the target at the very end: the last positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
    return weights.length - 1;
  }

  /** A key of `table` drawn with probability proportional to its value. */
  weightedKey<K extends string>(table: Readonly<Record<K, number>>): K {
    const keys = Object.keys(table) as K[];
    return keys[this.weighted(keys.map((k) => table[k]))];
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}
