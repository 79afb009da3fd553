// Splits a connected set of systems into k spatially contiguous groups (regions of the galaxy,
// constellations of a region). Seeds come from recursive coordinate bisection (balanced, spread
// out); every system then joins the seed nearest along the Delaunay graph (a graph Voronoi
// diagram), with per-edge jitter so borders wander. Each group is connected in the graph.

import type { Rng } from '../../random/rng.js';
import { nearestSources, pairNoise, type Adjacency } from './graph.js';

interface Plane {
  xs: Float64Array;
  ys: Float64Array;
}

/** Splits `members` into `k` non-empty, spatially compact lists by recursive bisection. */
function bisect(members: number[], k: number, plane: Plane, rng: Rng, out: number[][]): void {
  if (k <= 1 || members.length <= 1) {
    out.push(members);
    return;
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const m of members) {
    minX = Math.min(minX, plane.xs[m]);
    maxX = Math.max(maxX, plane.xs[m]);
    minY = Math.min(minY, plane.ys[m]);
    maxY = Math.max(maxY, plane.ys[m]);
  }
  const coordinate = maxX - minX >= maxY - minY ? plane.xs : plane.ys;
  const sorted = [...members].sort((p, q) => coordinate[p] - coordinate[q] || p - q);
  const leftGroups = Math.floor(k / 2);
  // Vary the cut a little so groups differ in size, keeping at least one member per group.
  const share = (leftGroups / k) * rng.range(0.85, 1.15);
  const cut = Math.min(sorted.length - (k - leftGroups), Math.max(leftGroups, Math.round(sorted.length * share)));
  bisect(sorted.slice(0, cut), leftGroups, plane, rng, out);
  bisect(sorted.slice(cut), k - leftGroups, plane, rng, out);
}

/** The member of `group` nearest its centroid. */
function centralMember(group: number[], plane: Plane): number {
  let cx = 0;
  let cy = 0;
  for (const m of group) {
    cx += plane.xs[m];
    cy += plane.ys[m];
  }
  cx /= group.length;
  cy /= group.length;
  let best = group[0];
  let bestDistance = Infinity;
  for (const m of group) {
    const d = (plane.xs[m] - cx) ** 2 + (plane.ys[m] - cy) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = m;
    }
  }
  return best;
}

/**
 * Groups `members` (connected in `graph` among themselves) into `k` connected groups and
 * returns the group of each member (aligned with `members`). `scratch` is an all −1 array of
 * one entry per vertex, shared between calls and left as it was found.
 */
export function partitionConnected(
  members: number[],
  k: number,
  graph: Adjacency,
  plane: Plane,
  rng: Rng,
  scratch: Int32Array,
): Int32Array {
  const groups: number[][] = [];
  bisect(members, Math.max(1, Math.min(k, members.length)), plane, rng, groups);
  const seeds = groups.map((g) => centralMember(g, plane));
  members.forEach((m, i) => (scratch[m] = i));
  const salt = rng.nextUint32() | 0;
  const { label } = nearestSources(graph, { vertices: members, localOf: scratch }, seeds, (p, q) =>
    Math.hypot(plane.xs[p] - plane.xs[q], plane.ys[p] - plane.ys[q]) * (0.5 + pairNoise(p, q, salt)),
  );
  for (const m of members) scratch[m] = -1;
  if (label.includes(-1)) throw new Error('partitionConnected: members are not connected in the graph');
  return label;
}
