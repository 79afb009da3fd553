// The structure of a gate network as a player feels it (issue 10, PRODUCT.md R4 "It plays like
// EVE"): how long routes are (average, diameter, radius, the best-placed system's mean distance),
// how degrees spread (corridors of degree 2, hubs of ≥ 5), how fragile it is (articulation points,
// pipes = bridges that are not dead-end spurs), how many triangles (average clustering), and how
// security meets across lanes (cliffs, high→null gates, high↔low borders, high-sec pieces).
// `stats --compare eve` prints these beside EVE's figures; the property tests judge them.
//
// Works on CSR adjacency (GateGraph's start/adjacency), so the generator's skeleton and a loaded
// universe are measured by the same code. Routes are exact (a BFS from every system) up to
// EXACT_ROUTE_MAX_SYSTEMS; above it they come from an evenly spaced sample of sources.

import { SECURITY_STEP_MAX, securityBand } from '../universe/security-band.js';
import { everyVertex, jumpsFrom, lowLink } from '../universe/skeleton/graph.js';

/** CSR adjacency: the neighbours of node i are adjacency[start[i] .. start[i + 1]). */
export interface Csr {
  readonly start: Int32Array;
  readonly adjacency: Int32Array;
}

/** A BFS from every system up to this many systems; above, from a sample of SAMPLED_SOURCES. */
export const EXACT_ROUTE_MAX_SYSTEMS = 12_000;
export const SAMPLED_SOURCES = 2_000;

export interface RouteShape {
  /** Mean jumps over all ordered pairs of distinct, connected systems. */
  averageJumps: number;
  /** Largest / smallest eccentricity (jumps). */
  diameter: number;
  radius: number;
  /** The smallest mean distance (jumps) from one system to all others: the best-placed system. */
  bestMeanJumps: number;
  /** False when measured from a sample of sources (diameter and radius are then bounds). */
  exact: boolean;
}

export function routeShape(graph: Csr): RouteShape {
  const n = graph.start.length - 1;
  if (n < 2) return { averageJumps: 0, diameter: 0, radius: 0, bestMeanJumps: 0, exact: true };
  const exact = n <= EXACT_ROUTE_MAX_SYSTEMS;
  const sources = exact ? n : SAMPLED_SOURCES;
  // The generator's own BFS (src/universe/skeleton/graph.ts), on the same CSR arrays.
  const adjacency = { offsets: graph.start, targets: graph.adjacency };
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  let pairSum = 0;
  let pairs = 0;
  let diameter = 0;
  let radius = Infinity;
  let bestMean = Infinity;
  for (let i = 0; i < sources; i++) {
    const source = exact ? i : Math.floor((i * n) / sources);
    const { sum, max, reached } = jumpsFrom(adjacency, source, distance, queue);
    if (reached < 2) continue;
    pairSum += sum;
    pairs += reached - 1;
    diameter = Math.max(diameter, max);
    radius = Math.min(radius, max);
    bestMean = Math.min(bestMean, sum / (reached - 1));
  }
  return {
    averageJumps: pairs === 0 ? 0 : pairSum / pairs,
    diameter,
    radius: Number.isFinite(radius) ? radius : 0,
    bestMeanJumps: Number.isFinite(bestMean) ? bestMean : 0,
    exact,
  };
}

export interface DegreeShape {
  /** The most common number of gates, and the share of systems that have it. */
  mode: number;
  modeShare: number;
  /** Share of systems with exactly two gates (corridors). */
  corridorShare: number;
  /** Share of systems with ≥ 5 gates (hubs). */
  hubShare: number;
}

export function degreeShape(graph: Csr): DegreeShape {
  const n = graph.start.length - 1;
  const histogram: number[] = [];
  let hubs = 0;
  for (let v = 0; v < n; v++) {
    const d = graph.start[v + 1] - graph.start[v];
    histogram[d] = (histogram[d] ?? 0) + 1;
    if (d >= 5) hubs++;
  }
  let mode = 0;
  for (let d = 0; d < histogram.length; d++) if ((histogram[d] ?? 0) > (histogram[mode] ?? 0)) mode = d;
  const share = (count: number): number => (n === 0 ? 0 : count / n);
  return { mode, modeShare: share(histogram[mode] ?? 0), corridorShare: share(histogram[2] ?? 0), hubShare: share(hubs) };
}

export interface CutShape {
  /** Systems whose loss splits the network. */
  articulationPoints: number;
  /** Lanes whose loss splits the network. */
  bridges: number;
  /** Bridges with no dead end (single-gate system) at either end: the pipes between pockets. */
  pipes: number;
}

/** Articulation points and bridges by the generator's low-link search (src/universe/skeleton/graph.ts). */
export function cutShape(graph: Csr): CutShape {
  const n = graph.start.length - 1;
  const degree = (v: number): number => graph.start[v + 1] - graph.start[v];
  const search = lowLink({ offsets: graph.start, targets: graph.adjacency }, everyVertex(n));
  let articulationPoints = 0;
  for (let v = 0; v < n; v++) articulationPoints += search.isCut[v];
  let pipes = 0;
  for (const v of search.bridgeChildren) if (degree(v) > 1 && degree(search.parent[v]) > 1) pipes++;
  return { articulationPoints, bridges: search.bridgeChildren.length, pipes };
}

/** Average local clustering (networkx's average_clustering: systems with < 2 gates count 0). */
export function averageClustering(graph: Csr): number {
  const n = graph.start.length - 1;
  if (n === 0) return 0;
  const { start, adjacency } = graph;
  const mark = new Int32Array(n).fill(-1);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const d = start[v + 1] - start[v];
    if (d < 2) continue;
    for (let k = start[v]; k < start[v + 1]; k++) mark[adjacency[k]] = v;
    let links = 0;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const w = adjacency[k];
      for (let j = start[w]; j < start[w + 1]; j++) if (mark[adjacency[j]] === v) links++;
    }
    // Each triangle edge among the neighbours was counted from both ends.
    total += links / (d * (d - 1));
  }
  return total / n;
}

export interface SecurityBorderShape {
  /** Share of lanes whose ends differ in security by more than 0.3. */
  cliffShare: number;
  /** Lanes from high-sec (≥ 0.45) straight into null-sec (0.0). */
  highToNull: number;
  /** Lanes between high-sec and low-sec. */
  highLow: number;
  /** Connected pieces of high-sec (high-sec systems joined by high-sec lanes), and the largest one's share. */
  highPieces: number;
  largestHighPieceShare: number;
  /** Regions whose every system is high-sec. */
  allHighRegions: number;
}


export function securityBorderShape(graph: Csr, security: ArrayLike<number>, regionOf: ArrayLike<number>): SecurityBorderShape {
  const isHigh = (status: number): boolean => securityBand(status) === 'high';
  const n = graph.start.length - 1;
  const { start, adjacency } = graph;
  let lanes = 0;
  let cliffs = 0;
  let highToNull = 0;
  let highLow = 0;
  for (let v = 0; v < n; v++) {
    for (let k = start[v]; k < start[v + 1]; k++) {
      const w = adjacency[k];
      if (w <= v) continue;
      lanes++;
      if (Math.abs(security[v] - security[w]) > SECURITY_STEP_MAX + 1e-9) cliffs++;
      const hv = isHigh(security[v]);
      const hw = isHigh(security[w]);
      if (hv !== hw) {
        const other = hv ? security[w] : security[v];
        if (other > 0) highLow++;
        else highToNull++;
      }
    }
  }
  // High-sec pieces by a flood fill inside high-sec.
  const piece = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let highTotal = 0;
  for (let root = 0; root < n; root++) {
    if (piece[root] !== -1 || !isHigh(security[root])) continue;
    const id = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    piece[root] = id;
    while (head < tail) {
      const v = queue[head++];
      for (let k = start[v]; k < start[v + 1]; k++) {
        const w = adjacency[k];
        if (piece[w] !== -1 || !isHigh(security[w])) continue;
        piece[w] = id;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
    highTotal += tail;
  }
  const regionAllHigh = new Map<number, boolean>();
  for (let v = 0; v < n; v++) regionAllHigh.set(regionOf[v], (regionAllHigh.get(regionOf[v]) ?? true) && isHigh(security[v]));
  let allHighRegions = 0;
  for (const allHigh of regionAllHigh.values()) if (allHigh) allHighRegions++;
  return {
    cliffShare: lanes === 0 ? 0 : cliffs / lanes,
    highToNull,
    highLow,
    highPieces: sizes.length,
    largestHighPieceShare: highTotal === 0 ? 0 : Math.max(...sizes) / highTotal,
    allHighRegions,
  };
}
