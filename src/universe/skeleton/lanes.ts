// The stargate network, chosen among the Delaunay edges (so no two lanes cross in the galactic
// plane). First a spanning tree by Kruskal, taking edges inside constellations first, then
// between constellations of a region, then between regions: every constellation and region is
// connected on its own and regions meet at few chokepoints. Then extra edges, short ones first,
// until the mean degree, the share of dead ends and the inside/between mix reach their targets.

import type { UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import { UnionFind, type EdgeList } from './graph.js';

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

  // Lanes much longer than usual would cross voids; keep extras local.
  const maxExtraLength = 2.5 * median(length);
  const usable = (k: number): boolean =>
    !chosen[k] &&
    quota[kind[k]] > 0 &&
    length[k] <= maxExtraLength &&
    degree[edges.a[k]] < gates.maxDegree &&
    degree[edges.b[k]] < gates.maxDegree;

  // 3. Give some dead ends a second lane, until their share is on target.
  const lanesAt = incidence(n, edges);
  const deadEnds: number[] = [];
  for (let v = 0; v < n; v++) if (degree[v] === 1) deadEnds.push(v);
  rng.shuffle(deadEnds);
  const keepDeadEnds = Math.round(gates.deadEndFraction * n);
  let toCure = Math.max(0, deadEnds.length - keepDeadEnds);
  for (const v of deadEnds) {
    if (toCure <= 0) break;
    if (degree[v] !== 1) continue;
    let best = -1;
    for (let i = lanesAt.offsets[v]; i < lanesAt.offsets[v + 1]; i++) {
      const k = lanesAt.ids[i];
      if (usable(k) && (best < 0 || kind[k] < kind[best] || (kind[k] === kind[best] && length[k] < length[best]))) best = k;
    }
    if (best >= 0) {
      const other = edges.a[best] === v ? edges.b[best] : edges.a[best];
      toCure -= degree[other] === 1 ? 2 : 1;
      add(best);
      quota[kind[best]]--;
    }
  }

  // 4. Fill the remaining quotas with short lanes between systems that are not dead ends.
  const jitter = Float64Array.from({ length: m }, (_, k) => length[k] * rng.range(0.7, 1.3));
  const extraOrder = Array.from({ length: m }, (_, k) => k).sort((p, q) => jitter[p] - jitter[q] || p - q);
  for (const k of extraOrder) {
    if (usable(k) && degree[edges.a[k]] > 1 && degree[edges.b[k]] > 1) {
      add(k);
      quota[kind[k]]--;
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
