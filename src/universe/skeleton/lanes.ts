// The stargate network, chosen among the Delaunay edges (so no two lanes cross in the galactic
// plane). First a spanning tree by Kruskal, taking edges inside constellations first, then
// between constellations of a region, then between regions: every constellation and region is
// connected on its own and regions meet at few chokepoints. Then extra edges until the mean
// degree, the share of dead ends and the inside/between mix reach their targets: of the local
// (not too long) edges, those whose ends are the most jumps apart, so each closes a long loop
// and the network's diameter stays like a game map's, not a tree's.

import type { UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import { adjacencyOf, UnionFind, type Adjacency, type EdgeList } from './graph.js';
import { jumpsLowerBound, placeLandmarks } from './landmarks.js';

/**
 * An extra lane may be this many times the median Delaunay edge at its shorter-spaced end, and
 * this many times the median Delaunay edge of the whole galaxy (no lane across a void).
 */
const LOCAL_LENGTH_FACTOR = 2;
const GLOBAL_LENGTH_FACTOR = 5;
/** Landmarks for the jump estimates, and rounds of extra lanes between their re-placements. */
const LANDMARKS = 6;
const FILL_ROUNDS = 6;

/** Where a lane runs: inside a constellation, between constellations of a region, between regions. */
export const LANE_KINDS = ['constellation', 'region', 'interRegion'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export interface Lanes extends EdgeList {
  /** Index into LANE_KINDS per lane. */
  kind: Uint8Array;
}

export interface LaneInput {
  edges: EdgeList;
  xs: Float64Array;
  ys: Float64Array;
  regionOf: Int32Array;
  constellationOf: Int32Array;
}

/** The lanes incident to each vertex (edge ids), in compressed form. */
function incidence(n: number, edges: EdgeList): { offsets: Int32Array; ids: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < edges.count; k++) {
    offsets[edges.a[k] + 1]++;
    offsets[edges.b[k] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const ids = new Int32Array(2 * edges.count);
  for (let k = 0; k < edges.count; k++) {
    ids[fill[edges.a[k]]++] = k;
    ids[fill[edges.b[k]]++] = k;
  }
  return { offsets, ids };
}

/** Adjacency of the chosen edges. */
function networkOf(n: number, edges: EdgeList, chosen: Uint8Array): Adjacency {
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < edges.count; k++) {
    if (chosen[k]) {
      a.push(edges.a[k]);
      b.push(edges.b[k]);
    }
  }
  return adjacencyOf(n, a, b, a.length);
}

function constellationCount(constellationOf: Int32Array): number {
  let count = 0;
  for (const c of constellationOf) count = Math.max(count, c + 1);
  return count;
}

/** The items with key ≥ 0, by key descending; items of equal key keep their order in `items`. */
function countingSortDescending(items: readonly number[], key: Int32Array, maxKey: number): Int32Array {
  const start = new Int32Array(maxKey + 2);
  for (const item of items) if (key[item] >= 0) start[maxKey - key[item] + 1]++;
  for (let i = 0; i <= maxKey; i++) start[i + 1] += start[i];
  const sorted = new Int32Array(start[maxKey + 1]);
  for (const item of items) if (key[item] >= 0) sorted[start[maxKey - key[item]]++] = item;
  return sorted;
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

export function buildLanes(input: LaneInput, gates: UniverseParams['gates'], rng: Rng): Lanes {
  const { edges, xs, ys, regionOf, constellationOf } = input;
  const n = xs.length;
  const m = edges.count;
  const kind = new Uint8Array(m);
  const length = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const p = edges.a[k];
    const q = edges.b[k];
    kind[k] = constellationOf[p] === constellationOf[q] ? 0 : regionOf[p] === regionOf[q] ? 1 : 2;
    length[k] = Math.hypot(xs[p] - xs[q], ys[p] - ys[q]);
  }
  const degree = new Int32Array(n);
  const chosen = new Uint8Array(m);
  const add = (k: number): void => {
    chosen[k] = 1;
    degree[edges.a[k]]++;
    degree[edges.b[k]]++;
  };

  // 1. Spanning tree: inside constellations first, then within regions, then between regions.
  const treeOrder = Array.from({ length: m }, (_, k) => k).sort((p, q) => kind[p] - kind[q] || length[p] - length[q] || p - q);
  const components = new UnionFind(n);
  // Each kind is finished (respecting the degree cap if it can) before the next begins, so a
  // constellation is never joined up through a neighbour.
  for (let lane = 0; lane < LANE_KINDS.length; lane++) {
    for (const capped of [true, false]) {
      for (const k of treeOrder) {
        const p = edges.a[k];
        const q = edges.b[k];
        if (kind[k] !== lane || (capped && (degree[p] >= gates.maxDegree || degree[q] >= gates.maxDegree))) continue;
        if (components.union(p, q)) add(k);
      }
    }
  }
  const treeByKind = [0, 0, 0];
  let treeCount = 0;
  for (let k = 0; k < m; k++) {
    if (chosen[k]) {
      treeByKind[kind[k]]++;
      treeCount++;
    }
  }

  // 2. How many extra lanes of each kind bring the totals to their targets.
  const targetTotal = Math.round((gates.meanDegree * n) / 2);
  const extra = Math.max(0, targetTotal - treeCount);
  const mixTotal = gates.mix.constellation + gates.mix.region + gates.mix.interRegion;
  const wanted = LANE_KINDS.map((name, i) => Math.max(0, (gates.mix[name] / mixTotal) * targetTotal - treeByKind[i]));
  const wantedTotal = wanted[0] + wanted[1] + wanted[2];
  const quota = wanted.map((w) => (wantedTotal > 0 ? Math.round((w * extra) / wantedTotal) : 0));

  // Lanes much longer than the spacing around their ends would cross voids; keep extras local.
  // The spacing is local (the median Delaunay edge at each end): the sparse outer disc has
  // longer lanes than the dense core, and a global cap would leave it a set of long chains.
  const lanesAt = incidence(n, edges);
  const spacing = new Float64Array(n);
  for (let v = 0; v < n; v++) spacing[v] = median(Float64Array.from(lanesAt.ids.subarray(lanesAt.offsets[v], lanesAt.offsets[v + 1]), (k) => length[k]));
  const globalMedian = median(length);
  const usable = (k: number): boolean =>
    !chosen[k] &&
    quota[kind[k]] > 0 &&
    length[k] <= LOCAL_LENGTH_FACTOR * Math.min(spacing[edges.a[k]], spacing[edges.b[k]]) &&
    length[k] <= GLOBAL_LENGTH_FACTOR * globalMedian &&
    degree[edges.a[k]] < gates.maxDegree &&
    degree[edges.b[k]] < gates.maxDegree;

  // 3. Give some dead ends a second lane, until their share is on target: of the lanes at the
  // dead end, the one of the earliest kind that closes the longest loop.
  let landmarks = placeLandmarks(networkOf(n, edges, chosen), LANDMARKS);
  const deadEnds: number[] = [];
  for (let v = 0; v < n; v++) if (degree[v] === 1) deadEnds.push(v);
  rng.shuffle(deadEnds);
  const keepDeadEnds = Math.round(gates.deadEndFraction * n);
  let toCure = Math.max(0, deadEnds.length - keepDeadEnds);
  for (const v of deadEnds) {
    if (toCure <= 0) break;
    if (degree[v] !== 1) continue;
    let best = -1;
    let bestJumps = 0;
    for (let i = lanesAt.offsets[v]; i < lanesAt.offsets[v + 1]; i++) {
      const k = lanesAt.ids[i];
      if (!usable(k)) continue;
      const jumps = jumpsLowerBound(landmarks, edges.a[k], edges.b[k]);
      if (best < 0 || kind[k] < kind[best] || (kind[k] === kind[best] && (jumps > bestJumps || (jumps === bestJumps && length[k] < length[best])))) {
        best = k;
        bestJumps = jumps;
      }
    }
    if (best >= 0) {
      const other = edges.a[best] === v ? edges.b[best] : edges.a[best];
      toCure -= degree[other] === 1 ? 2 : 1;
      add(best);
      quota[kind[best]]--;
    }
  }

  // 4. Fill the remaining quotas, in rounds, with lanes between systems that are not dead ends,
  // those whose ends are the most jumps apart first: each one closes the longest loop it can,
  // so the network's diameter shrinks. A constellation takes at most one such lane per round
  // (after it the jumps around it are shorter than the landmarks knew).
  // Equal jumps are taken in a random order, fixed once; each round orders the candidates by
  // jumps with a counting sort (stable), so a round costs O(n + lanes), not a comparison sort.
  const shuffled = Array.from({ length: m }, (_, k) => k);
  rng.shuffle(shuffled);
  const touched = new Int32Array(constellationCount(constellationOf)).fill(-1);
  for (let round = 0; round < FILL_ROUNDS; round++) {
    if (round > 0) landmarks = placeLandmarks(networkOf(n, edges, chosen), LANDMARKS);
    const last = round === FILL_ROUNDS - 1;
    const jumps = new Int32Array(m).fill(-1);
    let maxJumps = 0;
    for (let k = 0; k < m; k++) {
      if (usable(k) && degree[edges.a[k]] > 1 && degree[edges.b[k]] > 1) {
        jumps[k] = jumpsLowerBound(landmarks, edges.a[k], edges.b[k]);
        maxJumps = Math.max(maxJumps, jumps[k]);
      }
    }
    const candidates = countingSortDescending(shuffled, jumps, maxJumps);
    const take = quota.map((q) => (last ? q : Math.ceil(q / (FILL_ROUNDS - round))));
    for (const k of candidates) {
      const cp = constellationOf[edges.a[k]];
      const cq = constellationOf[edges.b[k]];
      if (take[kind[k]] <= 0 || !usable(k) || (!last && (touched[cp] === round || touched[cq] === round))) continue;
      add(k);
      quota[kind[k]]--;
      take[kind[k]]--;
      touched[cp] = round;
      touched[cq] = round;
    }
  }

  const picked: number[] = [];
  for (let k = 0; k < m; k++) if (chosen[k]) picked.push(k);
  return {
    a: Int32Array.from(picked, (k) => edges.a[k]),
    b: Int32Array.from(picked, (k) => edges.b[k]),
    kind: Uint8Array.from(picked, (k) => kind[k]),
    count: picked.length,
  };
}
