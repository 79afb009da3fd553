// The lane builder's pipe count (src/universe/skeleton/pipes.ts) against brute force: on random
// connected graphs, a pipe is a lane between two systems with more than one lane each whose
// removal disconnects the graph; adding lanes only ever closes loops over pipes. The tracker's
// count and its forecast for a lane (coveredBy) must match what removing each original pipe in
// turn and searching the graph says, lane after lane.
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '../../src/universe/skeleton/graph.js';
import { PipeTracker } from '../../src/universe/skeleton/pipes.js';

/** A small deterministic generator for the test's own graphs (not the project's streams). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

type Edge = [number, number];

function connectedWithout(n: number, edges: readonly Edge[], skip: number): boolean {
  const next: number[][] = Array.from({ length: n }, () => []);
  edges.forEach(([a, b], i) => {
    if (i === skip) return;
    next[a].push(b);
    next[b].push(a);
  });
  const seen = new Uint8Array(n);
  const stack = [0];
  seen[0] = 1;
  let count = 1;
  while (stack.length > 0) {
    const v = stack.pop() as number;
    for (const w of next[v]) {
      if (!seen[w]) {
        seen[w] = 1;
        count++;
        stack.push(w);
      }
    }
  }
  return count === n;
}

/** Lanes are unique (the builder picks each Delaunay edge at most once): no parallel lanes here either. */
const hasLane = (edges: readonly Edge[], a: number, b: number): boolean => a === b || edges.some(([p, q]) => (p === a && q === b) || (p === b && q === a));

/** A random tree plus a few extra lanes: many bridges, some loops. */
function randomGraph(n: number, extra: number, random: () => number): Edge[] {
  const edges: Edge[] = [];
  for (let v = 1; v < n; v++) edges.push([Math.floor(random() * v), v]);
  for (let i = 0; i < extra; i++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (!hasLane(edges, a, b)) edges.push([a, b]);
  }
  return edges;
}

describe('PipeTracker', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`counts and forecasts pipes like brute force as lanes are added (graph ${seed})`, () => {
      const random = lcg(seed);
      const n = 40;
      const edges = randomGraph(n, 6, random);
      const degree = new Int32Array(n);
      for (const [a, b] of edges) {
        degree[a]++;
        degree[b]++;
      }
      const pipes: number[] = [];
      edges.forEach(([a, b], i) => {
        if (degree[a] > 1 && degree[b] > 1 && !connectedWithout(n, edges, i)) pipes.push(i);
      });
      const graph = adjacencyOf(
        n,
        edges.map((e) => e[0]),
        edges.map((e) => e[1]),
        edges.length,
      );
      const root = Math.floor(random() * n);
      const tracker = new PipeTracker(graph, root, degree);
      const current = [...edges];
      const openPipes = (): number => pipes.filter((i) => !connectedWithout(n, current, i)).length;
      expect(tracker.count).toBe(pipes.length);
      expect(tracker.openPipes().length).toBe(pipes.length);
      for (let step = 0; step < 12; step++) {
        const p = Math.floor(random() * n);
        const q = Math.floor(random() * n);
        if (hasLane(current, p, q)) continue;
        const before = openPipes();
        current.push([p, q]);
        const after = openPipes();
        expect(tracker.coveredBy(p, q)).toBe(before - after);
        tracker.add(p, q);
        expect(tracker.count).toBe(after);
      }
    });
  }
});
