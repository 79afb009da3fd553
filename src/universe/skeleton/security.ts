// Security status of every system. The regions nearest the core form the empire (the one on
// its boundary split by distance to the core, so the shares are on target); the periphery is
// null-sec (0.0). Inside the empire, systems
// are ranked by their lane distance from null-sec: the shallowest become low-sec (0.1–0.4), the
// rest high-sec (0.5–1.0) rising towards the heart, so neighbours differ little and the deepest
// system — the capital, later Genesis Prime — has 1.0. One decimal, as EVE shows it. Where a
// lane would still climb more than 0.3 (small universes), the higher side is lowered, and the
// capital's surroundings are raised.

import type { UniverseParams } from '../../config/params.js';
import { allVertices, nearestSources, pairNoise, type Adjacency } from './graph.js';

export interface SecurityInput {
  xs: Float64Array;
  ys: Float64Array;
  regionOf: Int32Array;
  regionCount: number;
  lanes: Adjacency;
  /** The point the empire grows from (the galactic centre), light-years. */
  core: { x: number; y: number };
  salt: number;
}

export interface SecurityResult {
  security: Float64Array;
  /** The deepest empire system: security 1.0. */
  capital: number;
}

const roundToTenth = (value: number): number => Math.round(value * 10) / 10;

/**
 * The empire: whole regions nearest the core until `targetSystems` is reached; the region on
 * the boundary is split, its systems nearest the core joining the empire and the rest left to
 * null-sec, so the mix is on target however few regions there are.
 */
function empireSystems(input: SecurityInput, targetSystems: number): Uint8Array {
  const { xs, ys, regionOf, regionCount, core } = input;
  const n = xs.length;
  const members: number[][] = Array.from({ length: regionCount }, () => []);
  for (let v = 0; v < n; v++) members[regionOf[v]].push(v);
  const toCore = (v: number): number => Math.hypot(xs[v] - core.x, ys[v] - core.y);
  const centroidToCore = (r: number): number => {
    const list = members[r];
    const cx = list.reduce((sum, v) => sum + xs[v], 0) / list.length;
    const cy = list.reduce((sum, v) => sum + ys[v], 0) / list.length;
    return Math.hypot(cx - core.x, cy - core.y);
  };
  const distance = Float64Array.from({ length: regionCount }, (_, r) => centroidToCore(r));
  const order = Array.from({ length: regionCount }, (_, r) => r).sort((p, q) => distance[p] - distance[q] || p - q);
  const isEmpire = new Uint8Array(n);
  let remaining = Math.round(targetSystems);
  for (const r of order) {
    if (remaining <= 0) break;
    const list = members[r].length <= remaining ? members[r] : [...members[r]].sort((p, q) => toCore(p) - toCore(q) || p - q).slice(0, remaining);
    for (const v of list) isEmpire[v] = 1;
    remaining -= list.length;
  }
  return isEmpire;
}

export function assignSecurity(input: SecurityInput, mix: UniverseParams['security']['mix']): SecurityResult {
  const { xs, ys, lanes, core, salt } = input;
  const n = xs.length;
  const total = mix.high + mix.low + mix.null;
  const empireShare = (mix.high + mix.low) / total;
  const isEmpire = empireSystems(input, empireShare * n);
  const empire: number[] = [];
  const nullSystems: number[] = [];
  for (let v = 0; v < n; v++) (isEmpire[v] ? empire : nullSystems).push(v);

  const security = new Float64Array(n);
  const distanceToCore = (v: number): number => Math.hypot(xs[v] - core.x, ys[v] - core.y);
  if (empire.length === 0) {
    // No empire at all: the system nearest the core still becomes the safe starter system.
    let capital = 0;
    for (let v = 1; v < n; v++) if (distanceToCore(v) < distanceToCore(capital)) capital = v;
    raiseAround(security, lanes, capital);
    return { security, capital };
  }

  // Depth: lane distance from null-sec (or, with no null-sec, closeness to the core).
  let depth: Float64Array;
  if (nullSystems.length > 0) {
    depth = nearestSources(
      lanes,
      allVertices(n),
      nullSystems,
      (p, q) => Math.hypot(xs[p] - xs[q], ys[p] - ys[q]) * (0.8 + 0.4 * pairNoise(p, q, salt)),
    ).distance;
  } else {
    depth = Float64Array.from({ length: n }, (_, v) => -distanceToCore(v));
  }
  empire.sort((p, q) => depth[p] - depth[q] || p - q);
  const lowCount = mix.high + mix.low > 0 ? Math.round((mix.low / (mix.high + mix.low)) * empire.length) : 0;
  const highCount = empire.length - lowCount;
  empire.forEach((v, rank) => {
    if (rank < lowCount) security[v] = roundToTenth(0.1 + (0.3 * (rank + 0.5)) / lowCount);
    else security[v] = roundToTenth(0.5 + (0.5 * (rank - lowCount + 0.5)) / highCount);
  });
  limitSteps(security, lanes);
  const capital = empire[empire.length - 1];
  raiseAround(security, lanes, capital);
  return { security, capital };
}

/**
 * Sets the capital to 1.0 and raises its surroundings to at least 1.0 − 0.3 per jump, so the
 * climb to it stays gentle (a no-op in a large empire, where the capital lies deep inside).
 */
function raiseAround(security: Float64Array, lanes: Adjacency, capital: number): void {
  const hops = new Int32Array(security.length).fill(-1);
  hops[capital] = 0;
  const queue = [capital];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    const floor = roundToTenth(1 - SECURITY_STEP_MAX * hops[v]);
    if (floor <= 0) continue;
    security[v] = Math.max(security[v], floor);
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
      const next = lanes.targets[e];
      if (hops[next] < 0) {
        hops[next] = hops[v] + 1;
        queue.push(next);
      }
    }
  }
}

/** Largest security change along one lane (R4: neighbours rarely differ by more than 0.3). */
export const SECURITY_STEP_MAX = 0.3;

/**
 * Lowers security where a lane climbs more than SECURITY_STEP_MAX, until no lane does. Ranks
 * over a large empire are already that smooth; a small one (a dozen systems) needs this.
 */
function limitSteps(security: Float64Array, lanes: Adjacency): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let v = 0; v < security.length; v++) {
      for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
        const ceiling = roundToTenth(security[lanes.targets[e]] + SECURITY_STEP_MAX);
        if (security[v] > ceiling) {
          security[v] = ceiling;
          changed = true;
        }
      }
    }
  }
}
