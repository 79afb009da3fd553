// The lane-crossing search behind gates.crossing: it finds exactly the pairs an all-pairs test
// finds, treats shared endpoints and collinear overlaps right, and checks EVE-scale and 10×
// EVE-scale maps fast.
import { describe, expect, test } from 'vitest';
import { findLaneCrossings, segmentsCross, type Segment } from '../../src/inspect/lane-crossings.js';
import { lcg, randomPlanarMap } from '../fixtures/synthetic.js';

const points = (...xy: number[]) => ({
  u: Float64Array.from(xy.filter((_, i) => i % 2 === 0)),
  v: Float64Array.from(xy.filter((_, i) => i % 2 === 1)),
});

describe('segmentsCross', () => {
  // 0 (0,0)  1 (4,4)  2 (0,4)  3 (4,0)  4 (2,2)  5 (6,6)  6 (8,8)  7 (2,0)
  const { u, v } = points(0, 0, 4, 4, 0, 4, 4, 0, 2, 2, 6, 6, 8, 8, 2, 0);
  test.each<[string, Segment, Segment, boolean]>([
    ['an X crossing', { a: 0, b: 1 }, { a: 2, b: 3 }, true],
    ['lanes sharing an end system', { a: 0, b: 1 }, { a: 0, b: 2 }, false],
    ['a lane through another lane’s end system', { a: 0, b: 1 }, { a: 4, b: 2 }, true],
    ['collinear lanes apart', { a: 0, b: 4 }, { a: 5, b: 6 }, false],
    ['collinear lanes overlapping', { a: 0, b: 1 }, { a: 4, b: 5 }, true],
    ['collinear lanes leaving a shared end the same way', { a: 0, b: 1 }, { a: 0, b: 4 }, true],
    ['collinear lanes leaving a shared end opposite ways', { a: 4, b: 0 }, { a: 4, b: 1 }, false],
    ['parallel lanes', { a: 0, b: 3 }, { a: 2, b: 1 }, false],
    ['a lane ending on another lane', { a: 0, b: 3 }, { a: 7, b: 4 }, true],
  ])('%s', (_, s, t, expected) => {
    expect(segmentsCross(u, v, s, t)).toBe(expected);
    expect(segmentsCross(u, v, t, s)).toBe(expected);
  });
});

describe('findLaneCrossings', () => {
  test('finds exactly the crossing pairs an all-pairs search finds', () => {
    const random = lcg(7);
    const n = 200;
    const u = Float64Array.from({ length: n }, () => random() * 1000);
    const v = Float64Array.from({ length: n }, () => random() * 1000);
    // Short random segments between nearby-ish points: a few hundred crossings.
    const segments: Segment[] = [];
    for (let i = 0; i < 1000; i++) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      if (a !== b && Math.hypot(u[a] - u[b], v[a] - v[b]) < 250) segments.push({ a, b });
    }
    const expected: [number, number][] = [];
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) if (segmentsCross(u, v, segments[i], segments[j])) expected.push([i, j]);
    }
    expect(expected.length).toBeGreaterThan(20);
    expect(findLaneCrossings(u, v, segments, Infinity)).toEqual(expected);
  });

  test('stops at the limit', () => {
    const { u, v } = points(0, 0, 10, 10, 0, 10, 10, 0, 5, 0, 5, 10);
    const segments = [{ a: 0, b: 1 }, { a: 2, b: 3 }, { a: 4, b: 5 }];
    expect(findLaneCrossings(u, v, segments, Infinity)).toHaveLength(3);
    expect(findLaneCrossings(u, v, segments, 1)).toHaveLength(1);
  });

  test('a Delaunay map of 10× EVE (54,000 systems, ~160,000 lanes) is checked in about half a second, not minutes', () => {
    const map = randomPlanarMap(54_000, 3);
    const segments = map.edges.map(([a, b]) => ({ a, b }));
    const started = performance.now();
    expect(findLaneCrossings(map.u, map.v, segments)).toEqual([]);
    const elapsedMs = performance.now() - started;
    expect(elapsedMs).toBeLessThan(8000); // ~0.6 s alone; all-pairs would take many minutes
    // One long lane across the map crosses many.
    segments.push({ a: 0, b: 1 });
    const crossings = findLaneCrossings(map.u, map.v, segments, 5);
    expect(crossings).toHaveLength(5);
    expect(crossings.every(([i, j]) => i === segments.length - 1 || j === segments.length - 1)).toBe(true);
  });
});
