// Landmark jump estimates (src/universe/skeleton/landmarks.ts), which pick the lanes that cut
// the longest detours: the estimate never exceeds the true jumps (a lower bound), is exact along
// a chain (a landmark sits at its tip), and landmarks are spread to the far ends of the network.
import { describe, expect, it } from 'vitest';
import { adjacencyOf, type Adjacency } from '../../src/universe/skeleton/graph.js';
import { jumpsLowerBound, placeLandmarks } from '../../src/universe/skeleton/landmarks.js';

/** True jumps from `source` by breadth-first search, written out here independently. */
function trueJumps(graph: Adjacency, source: number): number[] {
  const n = graph.offsets.length - 1;
  const jumps = new Array<number>(n).fill(-1);
  jumps[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const w = graph.targets[e];
      if (jumps[w] < 0) {
        jumps[w] = jumps[v] + 1;
        queue.push(w);
      }
    }
  }
  return jumps;
}

/** A w × h grid with some links removed (a deterministic pattern), still connected by its rows' first column. */
function sparseGrid(w: number, h: number): Adjacency {
  const a: number[] = [];
  const b: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = y * w + x;
      if (x + 1 < w) {
        a.push(v);
        b.push(v + 1);
      }
      if (y + 1 < h && (x === 0 || (x * 7 + y * 3) % 5 === 0)) {
        a.push(v);
        b.push(v + w);
      }
    }
  }
  return adjacencyOf(w * h, a, b, a.length);
}

describe('landmark jump estimates', () => {
  it('are exact along a chain', () => {
    const n = 30;
    const chain = adjacencyOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => i),
      Array.from({ length: n - 1 }, (_, i) => i + 1),
      n - 1,
    );
    const landmarks = placeLandmarks(chain, 2);
    expect(jumpsLowerBound(landmarks, 3, 17)).toBe(14);
    expect(jumpsLowerBound(landmarks, 0, n - 1)).toBe(n - 1);
  });

  it('never exceed the true jumps, and are exact from a landmark', () => {
    const graph = sparseGrid(12, 9);
    const landmarks = placeLandmarks(graph, 6);
    expect(landmarks.jumps).toHaveLength(6);
    for (let p = 0; p < 108; p += 5) {
      const jumps = trueJumps(graph, p);
      for (let q = 0; q < 108; q++) expect(jumpsLowerBound(landmarks, p, q)).toBeLessThanOrEqual(jumps[q]);
    }
    for (const fromLandmark of landmarks.jumps) {
      const landmark = fromLandmark.indexOf(0);
      const jumps = trueJumps(graph, landmark);
      for (let q = 0; q < 108; q++) expect(jumpsLowerBound(landmarks, landmark, q)).toBe(jumps[q]);
    }
  });

  it('spreads landmarks to the ends of a star’s arms', () => {
    // Three arms of 10 vertices around vertex 0.
    const a: number[] = [];
    const b: number[] = [];
    for (let arm = 0; arm < 3; arm++) {
      for (let i = 0; i < 10; i++) {
        a.push(i === 0 ? 0 : arm * 10 + i);
        b.push(arm * 10 + i + 1);
      }
    }
    const graph = adjacencyOf(31, a, b, a.length);
    const landmarks = placeLandmarks(graph, 3);
    const tips = landmarks.jumps.map((jumps) => jumps.indexOf(0)).sort((p, q) => p - q);
    expect(tips).toEqual([10, 20, 30]);
  });
});
