// A seeded random stream with the small API the generator needs: uniform floats and integers,
// normal and Poisson draws, picks, weighted picks and shuffles. The bits come from seedrandom's
// Alea generator (Johannes Baagøe's), seeded with the 128 bits that SeedSpace derives from
// (seed, path); one Rng is one independent stream and never touches Math.random or the clock,
// so equal states give equal draws on every machine.
//
// Why Alea: measured on this machine (2 shared cores, medians of 7, each kind in its own
// process) with `npm run build && for k in alea xor128 xorwow xorshift7 xor4096 tychei; do
// node scripts/measure-prng.mjs $k; done` — 2·10⁷ float draws / 10⁵ streams created:
//   alea 65 M/s / 182 ms · xor128 48 M/s / 219 ms · xorwow 25 M/s / 360 ms ·
//   xorshift7 18 M/s / 700 ms · xor4096 23 M/s / 748 ms · tychei 36 M/s / 150 ms.
// Alea draws fastest and creates streams nearly as cheaply as the cheapest (a universe creates
// a stream per place and stage, so both costs count); its floats carry 32 random bits, as the
// hand-written sfc32 it replaces did.

import seedrandom from 'seedrandom';
import type { Hash128 } from './hash.js';

/** The 128 bits as eight UTF-16 code units: a seedrandom string seed mixes in every unit. */
function seedText(bits: Readonly<Hash128>): string {
  return String.fromCharCode(bits[0] & 0xffff, bits[0] >>> 16, bits[1] & 0xffff, bits[1] >>> 16, bits[2] & 0xffff, bits[2] >>> 16, bits[3] & 0xffff, bits[3] >>> 16);
}

export class Rng {
  private readonly prng: seedrandom.PRNG;
  private spareNormal: number | null = null;

  constructor(state: Readonly<Hash128>) {
    this.prng = seedrandom.alea(seedText(state));
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    return this.prng.int32() >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.prng();
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
