// Cheap estimates of jump distances in a growing lane network, used to pick the lanes that cut
// the longest detours. A few landmarks are spread out by farthest-point sampling (each one the
// system farthest, in jumps, from the landmarks before it: the tips of long chains), and one
// breadth-first search from each gives, by the triangle inequality, a lower bound on the jumps
// between any two systems: max over landmarks L of |d(L, p) − d(L, q)|. Work is O(landmarks · n).

import { jumpsFrom, type Adjacency } from './graph.js';

export interface Landmarks {
  /** jumps[i][v]: jumps from the i-th landmark to v (−1 where unreachable). */
  jumps: Int32Array[];
  /** The same, vertex by vertex: byVertex[v · jumps.length + i] (one cache line per estimate). */
  byVertex: Int32Array;
}

/** `count` landmarks by farthest-point sampling, starting from the vertex farthest from vertex 0. */
export function placeLandmarks(graph: Adjacency, count: number, first?: number): Landmarks {
  const n = graph.offsets.length - 1;
  const jumps: Int32Array[] = [];
  if (n === 0) return { jumps, byVertex: new Int32Array(0) };
  const queue = new Int32Array(n);
  const search = (source: number): Int32Array => {
    const found = new Int32Array(n);
    jumpsFrom(graph, source, found, queue);
    return found;
  };
  // Jumps from the nearest landmark so far (from vertex 0 before the first).
  let nearest = search(first ?? 0);
  if (first !== undefined) jumps.push(nearest.slice());
  for (let i = jumps.length; i < count; i++) {
    let next = 0;
    for (let v = 1; v < n; v++) if (nearest[v] > nearest[next]) next = v;
    if (i > 0 && nearest[next] <= 0) break;
    const fromNext = search(next);
    jumps.push(fromNext);
    if (i === 0) nearest = fromNext.slice();
    else for (let v = 0; v < n; v++) nearest[v] = Math.min(nearest[v], fromNext[v]);
  }
  const byVertex = new Int32Array(n * jumps.length);
  jumps.forEach((fromLandmark, i) => {
    for (let v = 0; v < n; v++) byVertex[v * jumps.length + i] = fromLandmark[v];
  });
  return { jumps, byVertex };
}

/** A lower bound on the jumps between p and q (their true distance when a landmark lies behind one of them). */
export function jumpsLowerBound(landmarks: Landmarks, p: number, q: number): number {
  const { byVertex } = landmarks;
  const count = landmarks.jumps.length;
  let bound = 0;
  for (let i = 0, pi = p * count, qi = q * count; i < count; i++) bound = Math.max(bound, Math.abs(byVertex[pi + i] - byVertex[qi + i]));
  return bound;
}
