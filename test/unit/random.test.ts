// Seeded streams and ids (src/random): same seed and path → same draws and id, anywhere; a
// different path or seed → different ones; the Rng's draws stay inside their promised ranges.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { hash128, keyFor } from '../../src/random/hash.js';
import { Rng } from '../../src/random/rng.js';
import { stream, uuidFor } from '../../src/random/stream.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function draws(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => rng.float());
}

describe('stream(seed, path)', () => {
  it('gives the same draws for the same seed and path', () => {
    expect(draws(stream('42', 'planets/s7'), 50)).toEqual(draws(stream('42', 'planets/s7'), 50));
  });

  it('gives different draws for another path or another seed', () => {
    const base = draws(stream('42', 'planets/s7'), 10);
    expect(draws(stream('42', 'planets/s8'), 10)).not.toEqual(base);
    expect(draws(stream('43', 'planets/s7'), 10)).not.toEqual(base);
  });
});

describe('the streams are seedrandom\'s Alea', () => {
  it('draws what seedrandom.alea draws when seeded with the path\'s 128-bit key as eight UTF-16 units', () => {
    const bits = hash128(keyFor('42', 'echoes-universe/stream'), 'planets/s7');
    const units = bits.flatMap((word) => [word & 0xffff, word >>> 16]);
    const alea = seedrandom.alea(String.fromCharCode(...units));
    expect(draws(stream('42', 'planets/s7'), 20)).toEqual(Array.from({ length: 20 }, () => alea()));
  });
});

describe('uuidFor(seed, path)', () => {
  it('is an RFC 4122 shaped UUID (version 4 nibble, variant 10)', () => {
    for (let i = 0; i < 200; i++) expect(uuidFor('seed', `s${i}/p1`)).toMatch(UUID_V4);
  });

  it('is deterministic and depends on both seed and path', () => {
    expect(uuidFor('42', 's1')).toBe(uuidFor('42', 's1'));
    expect(uuidFor('42', 's1')).not.toBe(uuidFor('42', 's2'));
    expect(uuidFor('42', 's1')).not.toBe(uuidFor('43', 's1'));
  });

  it('does not collide over 200,000 similar paths', () => {
    const ids = new Set<string>();
    for (let s = 0; s < 2000; s++) for (let m = 0; m < 100; m++) ids.add(uuidFor('7', `s${s}/p${m % 9}/m${m}`));
    expect(ids.size).toBe(200_000);
  });

  it('never shares bits with the random stream of the same path', () => {
    const id = uuidFor('42', 'x').replace(/-/g, '');
    const rng = stream('42', 'x');
    const words = Array.from({ length: 4 }, () => rng.nextUint32().toString(16).padStart(8, '0')).join('');
    expect(id).not.toBe(words);
  });
});

describe('hash128', () => {
  const key = [1, 2, 3, 4] as const;
  it('tells apart strings that differ only in length or in non-ASCII text', () => {
    const seen = new Set(['a', 'a\0', '', 'é', 'e\u0301', '🚀', '🚀🚀', 'abcdefgh', 'abcdefghi'].map((t) => hash128(key, t).join(',')));
    expect(seen.size).toBe(9);
  });
});

describe('Rng', () => {
  const rng = (): Rng => stream('rng-test', 'draws');

  it('float() lies in [0, 1) and int(min, max) covers both ends', () => {
    const r = rng();
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const f = r.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const k = r.int(-2, 3);
      expect(Number.isInteger(k) && k >= -2 && k <= 3).toBe(true);
      seen.add(k);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('weighted() never picks a zero weight and follows the proportions', () => {
    const r = rng();
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[r.weighted([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
    expect(() => r.weighted([0, 0])).toThrow();
  });

  it('normal() and poisson() have the requested means', () => {
    const r = rng();
    const n = 20_000;
    let normalSum = 0;
    let normalSquares = 0;
    let poissonSum = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal(5, 2);
      normalSum += z;
      normalSquares += (z - 5) ** 2;
      poissonSum += r.poisson(3.5);
    }
    expect(normalSum / n).toBeCloseTo(5, 1);
    expect(Math.sqrt(normalSquares / n)).toBeCloseTo(2, 1);
    expect(poissonSum / n).toBeCloseTo(3.5, 1);
  });

  it('shuffle() permutes and pick() picks a member', () => {
    const r = rng();
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = r.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toContain(r.pick(items));
  });

  it('logRange() stays inside its range', () => {
    const r = rng();
    for (let i = 0; i < 1000; i++) {
      const x = r.logRange(10, 1000);
      expect(x >= 10 && x < 1000).toBe(true);
    }
  });
});
