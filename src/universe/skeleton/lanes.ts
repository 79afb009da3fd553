// The stargate network, chosen among the Delaunay edges (so no two lanes cross in the galactic
// plane and every gate joins spatial neighbours), shaped like EVE's k-space (issue 10):
//
// 1. A backbone tree of shortest paths from the best-placed system (about the smallest mean
//    jumps to everyone in the Delaunay graph): spokes run out straight, so every system is about
//    as few jumps from that centre as the geometry allows (EVE: 20 on average). Each
//    constellation is entered once — up to MAX_CONSTELLATION_ENTRIES times while the budget of
//    `reentryShare` of the spare border lanes lasts, the nearest the centre first, where a second
//    entry saves the most jumps — and each region at most `regionEntries` times, so the tree
//    stays inside constellations (the 82/13/5 lane mix) and regions meet at a few chokepoints.
//    A shortest-path tree is what gives EVE's degree shape: degree-2 corridors along the spokes,
//    hubs where spokes branch, and long pipes (chains of bridges) out to the periphery.
// 2. Quotas of extra lanes per kind so the mean degree and the lane mix reach their targets.
// 3. Dead ends cured, core first (`loops.coreBias`), until their share is on target: the
//    deepest dead ends stay, as EVE's null-sec pockets do, but crowded ones (two on one
//    neighbour, or at the tip of a corridor) go first, so those left hang off distinct
//    junctions, each an articulation point (EVE: 22 % of systems). A cure closes a triangle with
//    the dead end's neighbour (`loops.deadEndTriangleShare`) or the longest loop it can.
// 4. Triangles (`loops.triangleShare` of the remaining extras, core first): EVE's clustering.
// 5. Most of the rest (all but PIPE_RESERVE) close the longest loops, but only within
//    `loops.reach` of the backbone's depth: the core becomes a mesh with short routes, the
//    periphery keeps its pipes, so the diameter stays near EVE's (84) while the average route is
//    about EVE's 32. A lane reaching the outer part (SPAN_GUARD_DEPTH) is passed over when it
//    would cut the diameter below `loops.diameterKeep` of the backbone's (SpanGuard).
// 6. Pipes (bridges between systems that are not dead ends, src/universe/skeleton/pipes.ts)
//    beyond `loops.pipesPer1000` per 1,000 systems get short loops, the nearest the centre
//    first; from step 5 on no lane may leave fewer, so the count lands on EVE's (529 in 5,400)
//    whatever the geometry. What step 6 leaves of the reserve closes long loops as in step 5,
//    and only what still does not fit goes wherever it can.
// Extra lanes raise a system to at most CORRIDOR_DEGREE_MAX gates, unless it was drawn as a
// possible hub (`hubChance`): so about 5 % of systems have ≥ 5 gates, as in EVE.

import type { UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import { adjacencyOf, jumpsFrom, MinHeap, pairNoise, UnionFind, type Adjacency, type EdgeList } from './graph.js';
import { jumpsLowerBound, placeLandmarks } from './landmarks.js';
import { PipeTracker } from './pipes.js';
import { LANE_KINDS } from '../model.js';

/**
 * An extra lane may be this many times the median Delaunay edge at its shorter-spaced end, and
 * this many times the median Delaunay edge of the whole galaxy (no lane across a void).
 */
const LOCAL_LENGTH_FACTOR = 2;
const GLOBAL_LENGTH_FACTOR = 5;
/** Landmarks for the jump estimates, and rounds of extra lanes between their re-placements. */
const LANDMARKS = 6;
const FILL_ROUNDS = 6;
/** Extra cost of a backbone step across a constellation or region border (a step costs 1). */
const BORDER_STEP_COST = 0.5;
/** Most times the backbone may enter one constellation, and the extra cost of each entry after the first. */
const MAX_CONSTELLATION_ENTRIES = 3;
const REENTRY_STEP_COST = 0.5;
/** Share of the loops' quota kept for closing loops over pipes beyond the target (step 6). */
const PIPE_RESERVE = 0.4;
/** Jumps searched beyond a pipe for the lane that closes a loop over it. */
const PIPE_CURE_REACH = 3;
/** How much earlier (in depth, 0–1) a crowded dead end is cured: see step 3. */
const DEAD_END_SPREAD = 0.8;
/** Random extra cost of a backbone step (tie-breaking among equally short paths). */
const STEP_JITTER = 0.2;
/** Extra lanes raise a system to at most this many gates, unless it may become a hub. */
const CORRIDOR_DEGREE_MAX = 4;
/**
 * Lanes reaching beyond this share of the backbone's depth are watched by the span guard
 * (`loops.diameterKeep`); nearer the centre, where the empire lies, the core meshes freely (a
 * passed-over lane there can leave the empire's regions joined only through null-sec).
 */
const SPAN_GUARD_DEPTH = 0.6;
/** Systems sampled for the best-placed one before walking downhill. */
const MEDIAN_SAMPLE = 24;


export interface Lanes extends EdgeList {
  /** Index into LANE_KINDS per lane. */
  kind: Uint8Array;
}

/**
 * Keeps the long loops from cutting the network's span (its diameter) below `keep` of the
 * backbone tree's (loops that all happen to fall across the span would leave it short of EVE's): the two ends of the longest route found by a double sweep (a breadth-first search
 * from the centre, then from the farthest system found) are watched, and a lane that would bring
 * them closer than the floor is passed over (another takes its place). Measured again after
 * each lane that shortens their route, so lanes added one after another cannot cut it together.
 * Where the loops leave the span long anyway, nothing changes; keep 0 turns the guard off.
 */
class SpanGuard {
  /** Jumps between the watched ends now, and the fewest the loops may leave. */
  jumps = 0;
  floorJumps = 0;
  private readonly fromStart: Int32Array;
  private readonly fromEnd: Int32Array;
  private readonly queue: Int32Array;

  constructor(
    n: number,
    private readonly centre: number,
    private readonly keep: number,
  ) {
    this.fromStart = new Int32Array(n);
    this.fromEnd = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /** Finds the watched ends in `network`; `backbone`: the span measured sets the floor. */
  measure(network: Adjacency, backbone: boolean): void {
    if (this.keep <= 0) return;
    const farthest = (jumps: Int32Array): number => {
      let far = 0;
      for (let v = 0; v < jumps.length; v++) if (jumps[v] > jumps[far]) far = v;
      return far;
    };
    jumpsFrom(network, this.centre, this.fromStart, this.queue);
    const start = farthest(this.fromStart);
    jumpsFrom(network, start, this.fromStart, this.queue);
    const end = farthest(this.fromStart);
    this.jumps = this.fromStart[end];
    jumpsFrom(network, end, this.fromEnd, this.queue);
    if (backbone) this.floorJumps = Math.ceil(this.keep * this.jumps);
  }

  /** Jumps between the watched ends over a new lane p–q (infinite with the guard off). */
  viaLane(p: number, q: number): number {
    if (this.keep <= 0 || this.fromStart[p] < 0 || this.fromEnd[q] < 0 || this.fromStart[q] < 0 || this.fromEnd[p] < 0) return Infinity;
    return Math.min(this.fromStart[p] + 1 + this.fromEnd[q], this.fromStart[q] + 1 + this.fromEnd[p]);
  }
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

/** Number of groups in a 0-based group index per system (constellations, regions). */
function groupCount(groupOf: Int32Array): number {
  let count = 0;
  for (const g of groupOf) count = Math.max(count, g + 1);
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

/** A system with about the smallest mean jumps to all others: best of a sample, then downhill. */
function medianSystem(graph: Adjacency, rng: Rng): number {
  const n = graph.offsets.length - 1;
  const jumps = new Int32Array(n);
  const queue = new Int32Array(n);
  const sums = new Map<number, number>();
  const sumOf = (v: number): number => {
    let s = sums.get(v);
    if (s === undefined) {
      s = jumpsFrom(graph, v, jumps, queue).sum;
      sums.set(v, s);
    }
    return s;
  };
  let best = 0;
  for (let i = 0; i < Math.min(n, MEDIAN_SAMPLE); i++) {
    const v = rng.int(0, n - 1);
    if (sumOf(v) < sumOf(best)) best = v;
  }
  for (let improved = true; improved; ) {
    improved = false;
    for (let e = graph.offsets[best]; e < graph.offsets[best + 1]; e++) {
      const w = graph.targets[e];
      if (sumOf(w) < sumOf(best)) {
        best = w;
        improved = true;
        break;
      }
    }
  }
  return best;
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
  const linked: number[][] = Array.from({ length: n }, () => []);
  const sharesNeighbour = (p: number, q: number): boolean => {
    const lp = linked[p];
    const lq = linked[q];
    for (const x of lp) if (lq.includes(x)) return true;
    return false;
  };
  const add = (k: number): void => {
    chosen[k] = 1;
    linked[edges.a[k]].push(edges.b[k]);
    linked[edges.b[k]].push(edges.a[k]);
    degree[edges.a[k]]++;
    degree[edges.b[k]]++;
  };

  const lanesAt = incidence(n, edges);
  // Lanes much longer than the spacing around their ends would cross voids; keep extras local.
  // The spacing is local (the median Delaunay edge at each end): the sparse outer disc has
  // longer lanes than the dense core, and a global cap would leave it a set of long chains.
  const spacing = new Float64Array(n);
  for (let v = 0; v < n; v++) spacing[v] = median(Float64Array.from(lanesAt.ids.subarray(lanesAt.offsets[v], lanesAt.offsets[v + 1]), (k) => length[k]));
  const globalMedian = median(length);
  const isLocal = (k: number): boolean =>
    length[k] <= LOCAL_LENGTH_FACTOR * Math.min(spacing[edges.a[k]], spacing[edges.b[k]]) && length[k] <= GLOBAL_LENGTH_FACTOR * globalMedian;

  // 1. The backbone: a shortest-path tree from the best-placed system. It may take any Delaunay
  // edge, so the sparse outskirts hang on the few long lanes that reach them (limiting it to
  // local lanes lengthened the best-placed system's mean distance from ~21 to ~27 jumps).
  const salt = rng.nextUint32() | 0;
  const stepCost = (k: number): number => 1 + (kind[k] === 0 ? 0 : BORDER_STEP_COST) + STEP_JITTER * pairNoise(edges.a[k], edges.b[k], salt);
  const centre = medianSystem(adjacencyOf(n, edges.a, edges.b, m), rng);
  const dist = new Float64Array(n).fill(Infinity);
  const mixTotal = gates.mix.constellation + gates.mix.region + gates.mix.interRegion;
  {
    const done = new Uint8Array(n);
    const heap = new MinHeap();
    const constellationCount = groupCount(constellationOf);
    const constellationEntries = new Uint8Array(constellationCount);
    const regionEntries = new Int32Array(groupCount(regionOf));
    // Re-entering a constellation spends lanes between constellations that the lane mix would
    // otherwise give to loops: a budget of `reentryShare` of those beyond the one entry each.
    const borderLanes = mixTotal > 0 ? ((gates.mix.region + gates.mix.interRegion) / mixTotal) * Math.round((gates.meanDegree * n) / 2) : 0;
    const reentryBudget = Math.round(gates.reentryShare * Math.max(0, borderLanes - (constellationCount - 1)));
    let reentries = 0;
    // A constellation is entered once (more often while the budget lasts); a region at most `regionEntries` times.
    const mayEnter = (from: number, to: number): boolean =>
      constellationOf[from] === constellationOf[to] ||
      (constellationEntries[constellationOf[to]] < (reentries < reentryBudget ? MAX_CONSTELLATION_ENTRIES : 1) &&
        (regionOf[from] === regionOf[to] || regionEntries[regionOf[to]] < gates.regionEntries));
    // A second or third entry costs a little more, and only a local lane may make it (the first
    // may take any, so the sparse outskirts hang on the long lanes that reach them).
    const entryCost = (k: number, from: number, to: number): number =>
      constellationOf[from] === constellationOf[to] || constellationEntries[constellationOf[to]] === 0 ? 0 : isLocal(k) ? REENTRY_STEP_COST : Infinity;
    dist[centre] = 0;
    constellationEntries[constellationOf[centre]] = 1;
    regionEntries[regionOf[centre]] = 1;
    heap.push(0, centre);
    while (heap.size > 0) {
      const { priority, vertex: v } = heap.pop();
      if (done[v] || priority > dist[v]) continue;
      done[v] = 1;
      if (v !== centre) {
        // The parent: the settled neighbour with room that gives the shortest path (a neighbour
        // may have filled up or its constellation been entered since v was queued).
        let best = -1;
        let bestD = Infinity;
        for (let i = lanesAt.offsets[v]; i < lanesAt.offsets[v + 1]; i++) {
          const k = lanesAt.ids[i];
          const u = edges.a[k] === v ? edges.b[k] : edges.a[k];
          if (!done[u] || degree[u] >= gates.maxDegree || !mayEnter(u, v)) continue;
          const d = dist[u] + stepCost(k) + entryCost(k, u, v);
          if (d < bestD) {
            bestD = d;
            best = k;
          }
        }
        if (best < 0) {
          // No parent now: wait until a neighbour inside its constellation settles.
          done[v] = 0;
          dist[v] = Infinity;
          continue;
        }
        dist[v] = bestD;
        add(best);
        if (kind[best] !== 0) {
          if (constellationEntries[constellationOf[v]] > 0) reentries++;
          constellationEntries[constellationOf[v]]++;
          if (kind[best] === 2) regionEntries[regionOf[v]]++;
        }
      }
      for (let i = lanesAt.offsets[v]; i < lanesAt.offsets[v + 1]; i++) {
        const k = lanesAt.ids[i];
        const u = edges.a[k] === v ? edges.b[k] : edges.a[k];
        if (done[u] || !mayEnter(v, u)) continue;
        const d = dist[v] + stepCost(k) + entryCost(k, v, u);
        if (d < dist[u]) {
          dist[u] = d;
          heap.push(d, u);
        }
      }
    }
  }
  // Whatever the rules left out (a full degree cap, say) joins by its shortest lane: one network.
  const components = new UnionFind(n);
  for (let k = 0; k < m; k++) if (chosen[k]) components.union(edges.a[k], edges.b[k]);
  const byLength = Array.from({ length: m }, (_, k) => k).sort((p, q) => length[p] - length[q] || p - q);
  for (const k of byLength) if (!chosen[k] && components.union(edges.a[k], edges.b[k])) add(k);
  let maxDist = 0;
  for (let v = 0; v < n; v++) if (Number.isFinite(dist[v])) maxDist = Math.max(maxDist, dist[v]);
  // Depth of each system along the backbone, 0 (centre) to 1 (farthest); unreached counts as 1.
  const depth = Float64Array.from(dist, (d) => (Number.isFinite(d) && maxDist > 0 ? d / maxDist : 1));
  // The order extras are added in: core first as far as `coreBias` says, else at random.
  const { loops } = gates;
  const depthKey = Float64Array.from(depth, (d) => loops.coreBias * d + (1 - loops.coreBias) * rng.float());
  const capOf = Int32Array.from({ length: n }, () => (rng.chance(gates.hubChance) ? gates.maxDegree : Math.min(CORRIDOR_DEGREE_MAX, gates.maxDegree)));
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
  const wanted = LANE_KINDS.map((name, i) => Math.max(0, (gates.mix[name] / mixTotal) * targetTotal - treeByKind[i]));
  const wantedTotal = wanted[0] + wanted[1] + wanted[2];
  const quota = wanted.map((w) => (wantedTotal > 0 ? Math.round((w * extra) / wantedTotal) : 0));

  const usable = (k: number): boolean =>
    !chosen[k] &&
    quota[kind[k]] > 0 &&
    isLocal(k) &&
    degree[edges.a[k]] < capOf[edges.a[k]] &&
    degree[edges.b[k]] < capOf[edges.b[k]];

  // 3. Cure dead ends, core first, until their share is on target; the deepest stay dead ends.
  // The landmarks include the centre, so jump estimates see how far a lane cuts towards it.
  let landmarks = placeLandmarks(networkOf(n, edges, chosen), LANDMARKS, centre);
  const deadEnds: number[] = [];
  for (let v = 0; v < n; v++) if (degree[v] === 1) deadEnds.push(v);
  rng.shuffle(deadEnds);
  // Dead ends whose neighbour has another dead end, or lies on a corridor (two gates), are cured
  // first: those left hang off distinct junctions, each its own articulation point, as in EVE.
  const neighbourOf = (v: number): number => linked[v][0];
  const deadAt = new Int32Array(n);
  for (const v of deadEnds) deadAt[neighbourOf(v)]++;
  const crowded = (v: number): number => (deadAt[neighbourOf(v)] > 1 || degree[neighbourOf(v)] === 2 ? DEAD_END_SPREAD : 0);
  const cureKey = Float64Array.from(depthKey, (d, v) => (degree[v] === 1 ? d - crowded(v) : d));
  deadEnds.sort((p, q) => cureKey[p] - cureKey[q]);
  let toCure = Math.max(0, deadEnds.length - Math.round(gates.deadEndFraction * n));
  for (const v of deadEnds) {
    if (toCure <= 0) break;
    if (degree[v] !== 1) continue;
    // Of the lanes at the dead end: the earliest kind, then a triangle (when drawn) or the longest loop.
    const triangle = rng.chance(loops.deadEndTriangleShare);
    let best = -1;
    let bestScore = 0;
    for (let i = lanesAt.offsets[v]; i < lanesAt.offsets[v + 1]; i++) {
      const k = lanesAt.ids[i];
      if (!usable(k)) continue;
      const closes = sharesNeighbour(edges.a[k], edges.b[k]);
      const score = triangle ? (closes ? 1 : 0) : closes ? 0 : jumpsLowerBound(landmarks, edges.a[k], edges.b[k]);
      if (best < 0 || kind[k] < kind[best] || (kind[k] === kind[best] && (score > bestScore || (score === bestScore && length[k] < length[best])))) {
        best = k;
        bestScore = score;
      }
    }
    if (best >= 0) {
      const other = edges.a[best] === v ? edges.b[best] : edges.a[best];
      toCure -= degree[other] === 1 ? 2 : 1;
      add(best);
      quota[kind[best]]--;
    }
  }

  // 4. Triangles: a share of the remaining quotas, core first.
  const shuffled = Array.from({ length: m }, (_, k) => k);
  rng.shuffle(shuffled);
  const outerDepthKey = (k: number): number => Math.max(depthKey[edges.a[k]], depthKey[edges.b[k]]);
  const triangles = quota.map((q) => Math.round(loops.triangleShare * q));
  for (const k of [...shuffled].sort((p, q) => outerDepthKey(p) - outerDepthKey(q))) {
    if (triangles[kind[k]] <= 0 || !usable(k) || !sharesNeighbour(edges.a[k], edges.b[k])) continue;
    add(k);
    quota[kind[k]]--;
    triangles[kind[k]]--;
  }

  // From here on every lane is a loop, and none may leave fewer than `pipesPer1000` per 1,000
  // systems of the pipes (bridges between systems that are not dead ends) there are now.
  const loopless = networkOf(n, edges, chosen);
  const pipes = new PipeTracker(loopless, centre, degree);
  const pipeTarget = Math.round((loops.pipesPer1000 * n) / 1000);
  const keepsPipes = (k: number): boolean => pipes.count - pipes.coveredBy(edges.a[k], edges.b[k]) >= pipeTarget;
  const addLoop = (k: number): void => {
    add(k);
    pipes.add(edges.a[k], edges.b[k]);
  };

  // 5. Fill the remaining quotas, in rounds, with lanes between systems that are not dead ends
  // and lie within `loops.reach` of the backbone's depth, those whose ends are the most jumps
  // apart first: each closes the longest loop it can. A constellation takes at most one such
  // lane per round (after it the jumps around it are shorter than the landmarks knew).
  // Equal jumps are taken in a random order, fixed once; each round orders the candidates by
  // jumps with a counting sort (stable), so a round costs O(n + lanes), not a comparison sort.
  const withinReach = (k: number): boolean => Math.max(depth[edges.a[k]], depth[edges.b[k]]) <= loops.reach;
  const span = new SpanGuard(n, centre, loops.diameterKeep);
  span.measure(loopless, true);
  const touched = new Int32Array(groupCount(constellationOf)).fill(-1);
  const reserved = quota.map((q) => Math.round(PIPE_RESERVE * q));
  // One round: with `kept` lanes of each kind held back; the last round takes all it can and
  // ignores the one-lane-per-constellation rule.
  const fillRound = (round: number, rounds: number, kept: readonly number[]): void => {
    const network = networkOf(n, edges, chosen);
    if (round > 0) landmarks = placeLandmarks(network, LANDMARKS, centre);
    span.measure(network, false);
    const last = round === rounds - 1;
    const jumps = new Int32Array(m).fill(-1);
    let maxJumps = 0;
    for (let k = 0; k < m; k++) {
      if (usable(k) && degree[edges.a[k]] > 1 && degree[edges.b[k]] > 1 && withinReach(k)) {
        jumps[k] = jumpsLowerBound(landmarks, edges.a[k], edges.b[k]);
        maxJumps = Math.max(maxJumps, jumps[k]);
      }
    }
    const candidates = countingSortDescending(shuffled, jumps, maxJumps);
    const take = quota.map((q, i) => Math.max(0, last ? q - kept[i] : Math.ceil((q - kept[i]) / (rounds - round))));
    for (const k of candidates) {
      const cp = constellationOf[edges.a[k]];
      const cq = constellationOf[edges.b[k]];
      if (take[kind[k]] <= 0 || !usable(k) || (!last && (touched[cp] === round || touched[cq] === round)) || !keepsPipes(k)) continue;
      const shortcut = Math.max(depth[edges.a[k]], depth[edges.b[k]]) < SPAN_GUARD_DEPTH ? Infinity : span.viaLane(edges.a[k], edges.b[k]);
      if (shortcut < span.floorJumps) continue;
      addLoop(k);
      if (shortcut < span.jumps) span.measure(networkOf(n, edges, chosen), false);
      quota[kind[k]]--;
      take[kind[k]]--;
      touched[cp] = round;
      touched[cq] = round;
    }
  };
  for (let round = 0; round < FILL_ROUNDS; round++) fillRound(round, FILL_ROUNDS, reserved);
  // 6. Pipes beyond the target, nearest the centre first: each gets the shortest lane from just
  // beyond it (within PIPE_CURE_REACH jumps) back across it (a long one would run along the rim).
  const seen = new Int32Array(n).fill(-1);
  const frontier: number[] = [];
  for (const v of pipes.openPipes().sort((p, q) => depth[p] - depth[q] || p - q)) {
    if (pipes.count <= pipeTarget) break;
    if (!pipes.isOpenPipe(v)) continue;
    let best = -1;
    let bestCovers = 0;
    frontier.length = 0;
    frontier.push(v);
    seen[v] = v;
    for (let head = 0, hops = 0, levelEnd = 1; head < frontier.length && hops <= PIPE_CURE_REACH; head++) {
      if (head === levelEnd) {
        hops++;
        levelEnd = frontier.length;
      }
      const u = frontier[head];
      for (let i = lanesAt.offsets[u]; i < lanesAt.offsets[u + 1]; i++) {
        const k = lanesAt.ids[i];
        const w = edges.a[k] === u ? edges.b[k] : edges.a[k];
        if (chosen[k]) {
          if (seen[w] !== v && pipes.isAncestor(v, w)) {
            seen[w] = v;
            frontier.push(w);
          }
          continue;
        }
        if (pipes.isAncestor(v, w) || degree[u] < 2 || degree[w] < 2 || !usable(k)) continue;
        const covers = pipes.coveredBy(u, w);
        if (pipes.count - covers < pipeTarget) continue;
        if (best < 0 || length[k] < length[best] || (length[k] === length[best] && covers > bestCovers)) {
          best = k;
          bestCovers = covers;
        }
      }
    }
    if (best < 0) continue;
    addLoop(best);
    quota[kind[best]]--;
  }
  // What step 6 left of the reserve closes the longest loops within reach, like step 5.
  fillRound(FILL_ROUNDS, FILL_ROUNDS + 1, [0, 0, 0]);
  // Whatever is left (a reach too small for the quota, say) goes anywhere it fits.
  // Systems that are not dead ends first, so the dead ends stay on target.
  for (const k of shuffled) {
    if (!usable(k) || degree[edges.a[k]] < 2 || degree[edges.b[k]] < 2 || !keepsPipes(k)) continue;
    addLoop(k);
    quota[kind[k]]--;
  }
  for (const k of shuffled) {
    if (!usable(k) || !keepsPipes(k)) continue;
    addLoop(k);
    quota[kind[k]]--;
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
