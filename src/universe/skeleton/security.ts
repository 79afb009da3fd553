// Security status of every system, with borders like EVE's k-space (issue 10).
//
// The regions nearest the core form the empire (the one on its boundary split by distance to
// the core, so the shares are on target); the periphery is null-sec (0.0). Inside the empire,
// each system gets a key: how near it is along the lanes to the empire's heart (a rank), plus a patch of noise
// shared by its constellation (`patchiness`: low-sec pockets and high-sec islands) and a little
// of its own (`speckle`). The lowest keys become low-sec, the rest high-sec, with every empire
// region keeping at least `minLowShare` of low-sec (EVE: no empire region is all high-sec).
// About `highToNullPer1000` lanes lead from high-sec straight into null-sec (EVE has a handful):
// high-sec on the null border is demoted, or low-sec promoted, with a swap elsewhere for the mix.
// High-sec is then mended into one main piece (EVE: 91 % in the largest) with at most
// MAX_PIECES_PER_1000 pieces (EVE: 37 in 5,400), and its border with
// low-sec lengthened to `highLowPer1000` gates per 1,000 systems (EVE: 308 in 5,400) by low-sec
// pockets inside high-sec that split nothing, each swapped with a low-sec system beside high-sec.
//
// Values: low-sec 0.1–0.4 and high-sec 0.5–1.0 rising with the key plus noise, one decimal as EVE
// shows it. Lanes whose ends differ by more than 0.3 (cliffs) are smoothed inside the bands until
// `cliffShare` of the lanes are left (high→null gates cannot be smoothed and count among them).
// The deepest system — the capital, later Genesis Prime — gets 1.0 with a gentle climb around it.

import type { UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import { SECURITY_STEP_MAX } from '../security-band.js';
import { allVertices, lowLink, nearestSources, pairNoise, type Adjacency } from './graph.js';

export interface SecurityInput {
  xs: Float64Array;
  ys: Float64Array;
  regionOf: Int32Array;
  regionCount: number;
  constellationOf: Int32Array;
  lanes: Adjacency;
  /** The point the empire grows from (the galactic centre), light-years. */
  core: { x: number; y: number };
}

export interface SecurityResult {
  security: Float64Array;
  /** The deepest empire system: security 1.0. */
  capital: number;
}

const LOW_RANGE = [0.1, 0.4] as const;
const HIGH_RANGE = [0.5, 1.0] as const;
const NULL_RANGE = [0, 0] as const;
/** Spread of a system's value inside its band, in units of the band's width. */
const VALUE_NOISE = 1;

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

/** A value in [−0.5, 0.5) fixed per constellation. */
function constellationNoise(constellationOf: Int32Array, rng: Rng): Float64Array {
  let count = 0;
  for (const c of constellationOf) count = Math.max(count, c + 1);
  return Float64Array.from({ length: count }, () => rng.float() - 0.5);
}

export function assignSecurity(input: SecurityInput, security: UniverseParams['security'], rng: Rng): SecurityResult {
  const { xs, ys, lanes, core, regionOf, constellationOf } = input;
  const mix = security.mix;
  const n = xs.length;
  const total = mix.high + mix.low + mix.null;
  const empireShare = (mix.high + mix.low) / total;
  const isEmpire = empireSystems(input, empireShare * n);
  const empire: number[] = [];
  const nullSystems: number[] = [];
  for (let v = 0; v < n; v++) (isEmpire[v] ? empire : nullSystems).push(v);

  const status = new Float64Array(n);
  const distanceToCore = (v: number): number => Math.hypot(xs[v] - core.x, ys[v] - core.y);
  if (empire.length === 0) {
    // No empire at all: the system nearest the core still becomes the safe starter system.
    let capital = 0;
    for (let v = 1; v < n; v++) if (distanceToCore(v) < distanceToCore(capital)) capital = v;
    raiseAround(status, lanes, capital);
    return { security: status, capital };
  }

  // Depth: how near a system is, along the lanes, to the heart of the empire (its system nearest
  // the core), as a rank 0 (farthest) .. 1 (the heart). A ball in the lane network is connected,
  // so high-sec — the deeper part — is one main piece before the noise breaks it up a little.
  let heart = empire[0];
  for (const v of empire) if (distanceToCore(v) < distanceToCore(heart)) heart = v;
  const salt = rng.nextUint32() | 0;
  const fromHeart = nearestSources(lanes, allVertices(n), [heart], (p, q) => Math.hypot(xs[p] - xs[q], ys[p] - ys[q]) * (0.8 + 0.4 * pairNoise(p, q, salt))).distance;
  const byDepth = [...empire].sort((p, q) => fromHeart[q] - fromHeart[p] || p - q);
  const depthRank = new Float64Array(n);
  byDepth.forEach((v, rank) => (depthRank[v] = (rank + 0.5) / byDepth.length));
  const patch = constellationNoise(constellationOf, rng);
  const key = new Float64Array(n);
  for (const v of empire) key[v] = depthRank[v] + security.patchiness * patch[constellationOf[v]] + security.speckle * (rng.float() - 0.5);

  // Bands: the lowest keys low-sec, each empire region keeping its minimum of low-sec.
  const lowCount = mix.high + mix.low > 0 ? Math.round((mix.low / (mix.high + mix.low)) * empire.length) : 0;
  const isLow = new Uint8Array(n);
  const byKey = [...empire].sort((p, q) => key[p] - key[q] || p - q);
  for (let i = 0; i < lowCount; i++) isLow[byKey[i]] = 1;
  if (lowCount > 0) keepLowInEveryRegion(byKey, isLow, regionOf, security.minLowShare);
  shapeHighToNull(byKey, isLow, isEmpire, lanes, Math.round((security.highToNullPer1000 * n) / 1000));
  // The swaps above may have taken a region's last low-sec system: restore the minimum.
  if (lowCount > 0) keepLowInEveryRegion(byKey, isLow, regionOf, security.minLowShare, (v) => !touchesNull(v, isEmpire, lanes));
  // High-sec in one main piece, then its border with low-sec lengthened to EVE's.
  mendHighSec(byKey, isLow, isEmpire, lanes, regionOf, security.minLowShare);
  lengthenHighLowBorder(byKey, isLow, isEmpire, lanes, regionOf, security.minLowShare, Math.round((security.highLowPer1000 * n) / 1000));

  // Values inside the bands: rank by key, plus noise.
  const lows = byKey.filter((v) => isLow[v]);
  const highs = byKey.filter((v) => !isLow[v]);
  const spread = (list: number[], [min, max]: readonly [number, number]): void => {
    list.forEach((v, rank) => {
      const t = (rank + 0.5) / list.length + VALUE_NOISE * (rng.float() - 0.5);
      status[v] = Math.min(max, Math.max(min, roundToTenth(min + (max - min) * t)));
    });
  };
  spread(lows, LOW_RANGE);
  spread(highs, HIGH_RANGE);
  const capital = highs.length > 0 ? highs[highs.length - 1] : byKey[byKey.length - 1];
  raiseAround(status, lanes, capital);
  shapeCliffs(status, lanes, security.cliffShare, capital, rng);
  return { security: status, capital };
}

/**
 * Every empire region keeps at least `minShare` of its systems (and at least one) in low-sec:
 * its lowest-key high-sec systems turn low, and as many of the highest-key low-sec systems in
 * regions above their minimum turn high, so the mix stays.
 */
function keepLowInEveryRegion(
  byKey: readonly number[],
  isLow: Uint8Array,
  regionOf: Int32Array,
  minShare: number,
  mayTurnHigh: (v: number) => boolean = () => true,
): void {
  const size = new Map<number, number>();
  const lowIn = new Map<number, number>();
  for (const v of byKey) {
    size.set(regionOf[v], (size.get(regionOf[v]) ?? 0) + 1);
    if (isLow[v]) lowIn.set(regionOf[v], (lowIn.get(regionOf[v]) ?? 0) + 1);
  }
  const minimum = (r: number): number => Math.min((size.get(r) ?? 0) - 0, Math.max(1, Math.round(minShare * (size.get(r) ?? 0))));
  let promote = 0;
  for (const v of byKey) {
    const r = regionOf[v];
    if (isLow[v] || (lowIn.get(r) ?? 0) >= minimum(r) || (size.get(r) ?? 0) < 2) continue;
    isLow[v] = 1;
    lowIn.set(r, (lowIn.get(r) ?? 0) + 1);
    promote++;
  }
  for (let i = byKey.length - 1; i >= 0 && promote > 0; i--) {
    const v = byKey[i];
    const r = regionOf[v];
    if (!isLow[v] || (lowIn.get(r) ?? 0) <= minimum(r) || !mayTurnHigh(v)) continue;
    isLow[v] = 0;
    lowIn.set(r, (lowIn.get(r) ?? 0) - 1);
    promote--;
  }
}

/**
 * About `wanted` lanes lead from high-sec straight into null-sec (EVE has a handful): the
 * high-sec ends of any more turn low-sec; with too few, the deepest low-sec systems on the null
 * border turn high-sec. Each move is undone elsewhere (a system with no null neighbour, deepest
 * or shallowest), so the mix stays.
 */
/** Lanes from v into null-sec (systems outside the empire). */
function nullNeighbourCount(v: number, isEmpire: Uint8Array, lanes: Adjacency): number {
  let count = 0;
  for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) if (!isEmpire[lanes.targets[e]]) count++;
  return count;
}

const touchesNull = (v: number, isEmpire: Uint8Array, lanes: Adjacency): boolean => nullNeighbourCount(v, isEmpire, lanes) > 0;

function shapeHighToNull(byKey: readonly number[], isLow: Uint8Array, isEmpire: Uint8Array, lanes: Adjacency, wanted: number): void {
  const nullNeighbours = (v: number): number => nullNeighbourCount(v, isEmpire, lanes);
  let budget = wanted;
  // Systems moved high → low (positive) or low → high (negative), to undo elsewhere for the mix.
  let moved = 0;
  for (const v of byKey) {
    if (isLow[v]) continue;
    const count = nullNeighbours(v);
    if (count === 0) continue;
    if (count <= budget) {
      budget -= count;
      continue;
    }
    isLow[v] = 1;
    moved++;
  }
  // Too few: the deepest low-sec systems on the null border turn high-sec.
  for (let i = byKey.length - 1; i >= 0 && budget > 0; i--) {
    const v = byKey[i];
    const count = nullNeighbours(v);
    if (!isLow[v] || count === 0 || count > budget) continue;
    isLow[v] = 0;
    budget -= count;
    moved--;
  }
  for (let i = byKey.length - 1; i >= 0 && moved > 0; i--) {
    const v = byKey[i];
    if (!isLow[v] || nullNeighbours(v) > 0) continue;
    isLow[v] = 0;
    moved--;
  }
  for (let i = 0; i < byKey.length && moved < 0; i++) {
    const v = byKey[i];
    if (isLow[v] || nullNeighbours(v) > 0) continue;
    isLow[v] = 1;
    moved++;
  }
}

/** High-sec pieces of at least this many systems are joined to the largest. */
const MEND_PIECE_MIN = 3;
/** Joining stops once the main piece holds this share of high-sec (EVE: 91 %). */
const MEND_MAIN_SHARE = 0.9;
/** Most high-sec pieces per 1,000 systems (EVE: 37 in 5,400, about 7; the issue asks for 20–60). */
const MAX_PIECES_PER_1000 = 9;
/** A region gives up low-sec to the mending down to this share of its `minLowShare` (and keeps one). */
const MEND_LOW_SHARE = 0.5;

/**
 * High-sec in one main piece, as EVE's empire is (91 % in the largest of 37 pieces): every other
 * piece of at least MEND_PIECE_MIN systems is joined to the main one by turning the low-sec
 * systems on the shortest way between them high-sec, and as many lone high-sec systems inside
 * low-sec turn low-sec, the lowest keys first, so the mix stays. A system next to null-sec is
 * never raised (no new high→null gates), nor one its region needs to keep MEND_LOW_SHARE of its
 * `minLowShare` (and one low-sec system).
 */
function mendHighSec(byKey: readonly number[], isLow: Uint8Array, isEmpire: Uint8Array, lanes: Adjacency, regionOf: Int32Array, minShare: number): void {
  const n = isLow.length;
  const isHigh = (v: number): boolean => isEmpire[v] === 1 && !isLow[v];
  const queue = new Int32Array(n);
  const { piece, sizes } = highPieces(byKey, isHigh, lanes, queue);
  if (sizes.length < 2) return;
  let main = 0;
  for (let id = 1; id < sizes.length; id++) if (sizes[id] > sizes[main]) main = id;
  // Low-sec per region, and the least each keeps.
  const size = new Map<number, number>();
  const lowIn = new Map<number, number>();
  for (const v of byKey) {
    size.set(regionOf[v], (size.get(regionOf[v]) ?? 0) + 1);
    if (isLow[v]) lowIn.set(regionOf[v], (lowIn.get(regionOf[v]) ?? 0) + 1);
  }
  const mayRaise = (v: number): boolean =>
    isLow[v] === 1 && !touchesNull(v, isEmpire, lanes) && (lowIn.get(regionOf[v]) ?? 0) > Math.max(1, Math.round(MEND_LOW_SHARE * minShare * (size.get(regionOf[v]) ?? 0)));
  // Breadth-first from the main piece through low-sec systems that may be raised: `via` leads back.
  const via = new Int32Array(n).fill(-2);
  let tail = 0;
  for (const v of byKey) {
    if (piece[v] === main) {
      via[v] = -1;
      queue[tail++] = v;
    }
  }
  const joined = new Uint8Array(sizes.length);
  joined[main] = 1;
  let raised = 0;
  const highTotal = sizes.reduce((sum, count) => sum + count, 0);
  let mainSize = sizes[main];
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
      const w = lanes.targets[e];
      if (via[w] !== -2) continue;
      if (piece[w] >= 0) {
        // Another piece reached: raise the low-sec way back to the main piece (when big enough).
        if (!joined[piece[w]] && sizes[piece[w]] >= MEND_PIECE_MIN && !isHigh(v) && mainSize < MEND_MAIN_SHARE * highTotal) {
          joined[piece[w]] = 1;
          mainSize += sizes[piece[w]];
          for (let x = v; x >= 0 && isLow[x]; x = via[x]) {
            isLow[x] = 0;
            lowIn.set(regionOf[x], (lowIn.get(regionOf[x]) ?? 0) - 1);
            raised++;
          }
        }
        continue;
      }
      if (!mayRaise(w)) continue;
      via[w] = v;
      queue[tail++] = w;
    }
  }
  // As many lone high-sec systems turn low-sec, the lowest keys first.
  for (const v of byKey) {
    if (raised <= 0) break;
    if (isHigh(v) && piece[v] !== main && sizes[piece[v]] === 1 && !touchesNull(v, isEmpire, lanes)) {
      isLow[v] = 1;
      raised--;
    }
  }
  // Still more raised than lowered: the lowest-key high-sec systems on the border of low-sec.
  for (const v of byKey) {
    if (raised <= 0) break;
    if (!isHigh(v) || touchesNull(v, isEmpire, lanes)) continue;
    let besideLow = false;
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) if (isLow[lanes.targets[e]]) besideLow = true;
    if (!besideLow) continue;
    isLow[v] = 1;
    raised--;
  }
  // Still more pieces than EVE has (37 in 5,400): a lone high-sec island turns low-sec, the lowest
  // keys first, and a low-sec system beside the main piece turns high-sec, the highest keys first.
  const islands = byKey.filter((v) => isHigh(v) && piece[v] !== main && sizes[piece[v]] === 1 && !touchesNull(v, isEmpire, lanes));
  let pieces = highPieces(byKey, isHigh, lanes, queue).sizes.length;
  const besideMain = (w: number): boolean => {
    for (let e = lanes.offsets[w]; e < lanes.offsets[w + 1]; e++) if (piece[lanes.targets[e]] === main && isHigh(lanes.targets[e])) return true;
    return false;
  };
  let next = byKey.length - 1;
  for (const v of islands) {
    if (pieces <= Math.round((MAX_PIECES_PER_1000 * n) / 1000)) break;
    let x = -1;
    for (; next >= 0; next--) {
      const w = byKey[next];
      if (mayRaise(w) && besideMain(w)) {
        x = w;
        next--;
        break;
      }
    }
    if (x < 0) break;
    swapBands(isLow, lowIn, regionOf, v, x);
    pieces = highPieces(byKey, isHigh, lanes, queue).sizes.length;
  }
}

/**
 * Whether v's neighbours inside (`inside`) stay joined without v: a search from one of them that
 * must find the others within `limit` systems (false when it cannot tell). `seen` is scratch,
 * marked with v.
 */
function joinedWithout(v: number, lanes: Adjacency, inside: (w: number) => boolean, seen: Int32Array, limit: number): boolean {
  const targets: number[] = [];
  for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) if (inside(lanes.targets[e])) targets.push(lanes.targets[e]);
  if (targets.length < 2) return true;
  seen[v] = v;
  let missing = targets.length - 1;
  for (const t of targets) if (t !== targets[0]) seen[t] = -1;
  const queue = [targets[0]];
  seen[targets[0]] = v;
  for (let head = 0; head < queue.length && queue.length <= limit; head++) {
    const u = queue[head];
    for (let e = lanes.offsets[u]; e < lanes.offsets[u + 1]; e++) {
      const w = lanes.targets[e];
      if (seen[w] === v || !inside(w)) continue;
      seen[w] = v;
      if (targets.includes(w) && --missing === 0) return true;
      queue.push(w);
    }
  }
  return false;
}

/** `toLow` turns low-sec and `toHigh` high-sec (the mix stays), with the low-sec count per region. */
function swapBands(isLow: Uint8Array, lowIn: Map<number, number>, regionOf: Int32Array, toLow: number, toHigh: number): void {
  isLow[toLow] = 1;
  lowIn.set(regionOf[toLow], (lowIn.get(regionOf[toLow]) ?? 0) + 1);
  isLow[toHigh] = 0;
  lowIn.set(regionOf[toHigh], (lowIn.get(regionOf[toHigh]) ?? 0) - 1);
}

/** Pieces of high-sec (systems joined by high-sec lanes): each system's piece (−1 outside) and their sizes. */
function highPieces(byKey: readonly number[], isHigh: (v: number) => boolean, lanes: Adjacency, queue: Int32Array): { piece: Int32Array; sizes: number[] } {
  const piece = new Int32Array(queue.length).fill(-1);
  const sizes: number[] = [];
  for (const root of byKey) {
    if (piece[root] !== -1 || !isHigh(root)) continue;
    const id = sizes.length;
    let tail = 0;
    queue[tail++] = root;
    piece[root] = id;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
        const w = lanes.targets[e];
        if (piece[w] === -1 && isHigh(w)) {
          piece[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { piece, sizes };
}

/** The deepest systems (around the capital, raised later) never become low-sec pockets. */
const CAPITAL_MARGIN = 20;
/** Systems a pocket's check searches before it asks the articulation points instead. */
const POCKET_CHECK_LIMIT = 256;

/**
 * At least `wanted` lanes between high-sec and low-sec (EVE: 308 in 5,400 systems): while there
 * are fewer, a high-sec system inside high-sec (three gates or more, every neighbour high-sec, no
 * articulation point of high-sec, so high-sec stays in its pieces) becomes a low-sec pocket, the
 * lowest keys first; for the mix, the deepest low-sec system beside high-sec (not next to
 * null-sec, its region keeping its least low-sec) turns high-sec, joining the high-sec beside it.
 */
function lengthenHighLowBorder(
  byKey: readonly number[],
  isLow: Uint8Array,
  isEmpire: Uint8Array,
  lanes: Adjacency,
  regionOf: Int32Array,
  minShare: number,
  wanted: number,
): void {
  const isHigh = (v: number): boolean => isEmpire[v] === 1 && !isLow[v];
  const neighbours = (v: number): { high: number; low: number; degree: number } => {
    let high = 0;
    let low = 0;
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
      const w = lanes.targets[e];
      if (isHigh(w)) high++;
      else if (isEmpire[w]) low++;
    }
    return { high, low, degree: lanes.offsets[v + 1] - lanes.offsets[v] };
  };
  let border = 0;
  for (const v of byKey) if (isLow[v]) border += neighbours(v).high;
  const size = new Map<number, number>();
  const lowIn = new Map<number, number>();
  for (const v of byKey) {
    size.set(regionOf[v], (size.get(regionOf[v]) ?? 0) + 1);
    if (isLow[v]) lowIn.set(regionOf[v], (lowIn.get(regionOf[v]) ?? 0) + 1);
  }
  let raise = byKey.length - 1;
  // A pocket must not split high-sec: its neighbours stay joined without it. A short search
  // around it usually shows so; when it cannot, high-sec's articulation points as they are now
  // decide (recomputed only when a pocket or raise since has made the last reading stale).
  let cut = lowLink(lanes, byKey, isHigh).isCut;
  let fresh = true;
  const refresh = (): void => {
    if (!fresh) cut = lowLink(lanes, byKey, isHigh).isCut;
    fresh = true;
  };
  const seen = new Int32Array(isLow.length).fill(-1);
  const splitsNothing = (v: number): boolean => joinedWithout(v, lanes, isHigh, seen, POCKET_CHECK_LIMIT);
  for (let i = 0; i < byKey.length - CAPITAL_MARGIN && border < wanted; i++) {
    const v = byKey[i];
    if (!isHigh(v)) continue;
    const around = neighbours(v);
    if (around.degree < 3 || around.high !== around.degree) continue;
    if (fresh ? cut[v] : !splitsNothing(v)) {
      refresh();
      if (cut[v]) continue;
    }
    // The raise that keeps the mix (never one of v's neighbours: those are all high-sec).
    let x = -1;
    for (; raise >= 0; raise--) {
      const w = byKey[raise];
      if (!isLow[w] || touchesNull(w, isEmpire, lanes) || (lowIn.get(regionOf[w]) ?? 0) <= Math.max(1, Math.round(minShare * (size.get(regionOf[w]) ?? 0)))) continue;
      if (neighbours(w).high === 0) continue;
      x = w;
      raise--;
      break;
    }
    if (x < 0) return;
    const next = neighbours(x);
    swapBands(isLow, lowIn, regionOf, v, x);
    border += around.degree + next.low - next.high;
    fresh = false;
  }
}

/**
 * Brings the lanes that change security by more than SECURITY_STEP_MAX (cliffs) to `share` of
 * all lanes, moving values only inside their band (a high-sec system stays high-sec), so the
 * bands and the mix are untouched. Too few: lanes across a band border (low–null, high–low) are
 * made cliffs by moving their ends apart, the low-sec end first. Too many: cliffs beyond the
 * share, in a random order, are smoothed (a high→null gate cannot be, and stays). The capital
 * keeps 1.0. A move also changes the system's other lanes, so each is judged by the cliffs it
 * makes or smooths on all of them (kept only when it brings the count nearer the share), and
 * making and smoothing alternate until the count is on target or nothing more can move.
 */
function shapeCliffs(status: Float64Array, lanes: Adjacency, share: number, capital: number, rng: Rng): void {
  const n = status.length;
  const bandOf = (value: number): readonly [number, number] => (value === 0 ? NULL_RANGE : value < HIGH_RANGE[0] - 0.05 ? LOW_RANGE : HIGH_RANGE);
  const isCliff = (p: number, q: number): boolean => Math.abs(status[p] - status[q]) > SECURITY_STEP_MAX + 1e-9;
  const pairs: [number, number][] = [];
  for (let v = 0; v < n; v++) {
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) if (lanes.targets[e] > v) pairs.push([v, lanes.targets[e]]);
  }
  rng.shuffle(pairs);
  const target = Math.floor(share * pairs.length);
  /** Cliffs on the lanes of p and q (their shared lane once). */
  const cliffsAround = (p: number, q: number): number => {
    let count = 0;
    for (let e = lanes.offsets[p]; e < lanes.offsets[p + 1]; e++) if (isCliff(p, lanes.targets[e])) count++;
    for (let e = lanes.offsets[q]; e < lanes.offsets[q + 1]; e++) if (lanes.targets[e] !== p && isCliff(q, lanes.targets[e])) count++;
    return count;
  };
  let cliffs = pairs.filter(([p, q]) => isCliff(p, q)).length;
  /** Applies `move` to lane p–q; undone unless the count moves towards the target. */
  const tryMove = (p: number, q: number, move: () => void): boolean => {
    const before = cliffsAround(p, q);
    const [oldP, oldQ] = [status[p], status[q]];
    move();
    const delta = cliffsAround(p, q) - before;
    if (cliffs < target ? delta > 0 : delta < 0) {
      cliffs += delta;
      return true;
    }
    status[p] = oldP;
    status[q] = oldQ;
    return false;
  };
  const makeCliffs = (): boolean => {
    let changed = false;
    for (const [p, q] of pairs) {
      if (cliffs >= target) break;
      if (isCliff(p, q) || bandOf(status[p]) === bandOf(status[q])) continue;
      const [high, low] = status[p] > status[q] ? [p, q] : [q, p];
      changed =
        tryMove(p, q, () => {
          if (status[low] === 0) {
            if (high !== capital) status[high] = Math.min(bandOf(status[high])[1], roundToTenth(SECURITY_STEP_MAX + 0.1));
          } else {
            status[low] = bandOf(status[low])[0];
            if (!isCliff(p, q) && high !== capital) status[high] = Math.min(bandOf(status[high])[1], roundToTenth(status[low] + SECURITY_STEP_MAX + 0.1));
          }
        }) || changed;
    }
    return changed;
  };
  const smoothCliffs = (): boolean => {
    let changed = false;
    // The last cliffs in the shuffled order go first: those early in it are kept.
    for (let i = pairs.length - 1; i >= 0 && cliffs > target; i--) {
      const [p, q] = pairs[i];
      if (!isCliff(p, q)) continue;
      const [high, low] = status[p] > status[q] ? [p, q] : [q, p];
      changed =
        tryMove(p, q, () => {
          if (high !== capital) status[high] = Math.max(bandOf(status[high])[0], Math.min(status[high], roundToTenth(status[low] + SECURITY_STEP_MAX)));
          if (isCliff(p, q)) status[low] = Math.min(bandOf(status[low])[1], Math.max(status[low], roundToTenth(status[high] - SECURITY_STEP_MAX)));
        }) || changed;
    }
    return changed;
  };
  for (let pass = 0; pass < 8 && cliffs !== target; pass++) {
    if (!(cliffs < target ? makeCliffs() : smoothCliffs())) break;
  }
}

/**
 * Sets the capital to 1.0 and raises its surroundings to at least 1.0 − 0.3 per jump, so the
 * climb to it stays gentle: a no-op in a large empire, where the capital lies deep inside
 * high-sec; in a dozen systems it may lift a neighbour into a higher band.
 */
function raiseAround(status: Float64Array, lanes: Adjacency, capital: number): void {
  const hops = new Int32Array(status.length).fill(-1);
  hops[capital] = 0;
  status[capital] = 1;
  const queue = [capital];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    const floor = roundToTenth(1 - SECURITY_STEP_MAX * hops[v]);
    if (floor <= 0) continue;
    status[v] = Math.max(status[v], floor);
    for (let e = lanes.offsets[v]; e < lanes.offsets[v + 1]; e++) {
      const next = lanes.targets[e];
      if (hops[next] < 0) {
        hops[next] = hops[v] + 1;
        queue.push(next);
      }
    }
  }
}
