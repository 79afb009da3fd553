// Pairs of stargate lanes that cross each other in the galactic-plane projection (PRODUCT.md R4:
// "lanes do not cross"). Lanes are straight segments between projected system positions.
//
// All-pairs would be 24 million tests at EVE scale and 2.4 billion at 10×, so segments are
// bucketed into a uniform grid (cell ≈ the mean lane length, so an ordinary lane touches a handful
// of cells) and only segments sharing a cell are tested. A pair is tested once: in the lowest
// cell where both segments' cell ranges overlap.
//
// Two lanes sharing an endpoint meet there by construction and do not cross, unless they run
// along each other (collinear, same direction). Otherwise any common point counts: a proper
// crossing, or a lane touching or passing through another lane's end system.

export interface Segment {
  a: number;
  b: number;
}

/** Sign of the turn a→b→c: > 0 counter-clockwise, < 0 clockwise, 0 collinear. */
function orientation(u: Float64Array, v: Float64Array, a: number, b: number, c: number): number {
  const value = (u[b] - u[a]) * (v[c] - v[a]) - (v[b] - v[a]) * (u[c] - u[a]);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** c lies within the bounding box of a–b (used once c is known collinear with a–b). */
function withinBox(u: Float64Array, v: Float64Array, a: number, b: number, c: number): boolean {
  return (
    Math.min(u[a], u[b]) <= u[c] && u[c] <= Math.max(u[a], u[b]) && Math.min(v[a], v[b]) <= v[c] && v[c] <= Math.max(v[a], v[b])
  );
}

export function segmentsCross(u: Float64Array, v: Float64Array, s: Segment, t: Segment): boolean {
  const shared = s.a === t.a || s.a === t.b ? s.a : s.b === t.a || s.b === t.b ? s.b : -1;
  if (shared !== -1) {
    const sOther = shared === s.a ? s.b : s.a;
    const tOther = shared === t.a ? t.b : t.a;
    if (sOther === tOther) return true; // the same lane twice
    if (orientation(u, v, shared, sOther, tOther) !== 0) return false;
    // Collinear: they overlap when both leave the shared end in the same direction.
    const dot = (u[sOther] - u[shared]) * (u[tOther] - u[shared]) + (v[sOther] - v[shared]) * (v[tOther] - v[shared]);
    return dot > 0;
  }
  const o1 = orientation(u, v, s.a, s.b, t.a);
  const o2 = orientation(u, v, s.a, s.b, t.b);
  const o3 = orientation(u, v, t.a, t.b, s.a);
  const o4 = orientation(u, v, t.a, t.b, s.b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  return (
    (o1 === 0 && withinBox(u, v, s.a, s.b, t.a)) ||
    (o2 === 0 && withinBox(u, v, s.a, s.b, t.b)) ||
    (o3 === 0 && withinBox(u, v, t.a, t.b, s.a)) ||
    (o4 === 0 && withinBox(u, v, t.a, t.b, s.b))
  );
}

/**
 * Index pairs [i, j] (i < j) of crossing segments, in ascending order, at most `limit` of them
 * (the search stops there: a broken universe needs a few examples, not millions).
 */
export function findLaneCrossings(u: Float64Array, v: Float64Array, segments: readonly Segment[], limit = 100): [number, number][] {
  if (segments.length < 2) return [];
  let minU = Infinity;
  let minV = Infinity;
  let maxU = -Infinity;
  let maxV = -Infinity;
  let totalLength = 0;
  for (const { a, b } of segments) {
    minU = Math.min(minU, u[a], u[b]);
    maxU = Math.max(maxU, u[a], u[b]);
    minV = Math.min(minV, v[a], v[b]);
    maxV = Math.max(maxV, v[a], v[b]);
    totalLength += Math.hypot(u[b] - u[a], v[b] - v[a]);
  }
  const extent = Math.max(maxU - minU, maxV - minV);
  // A grid of at most ~4 cells per segment keeps the bucket arrays linear in the lane count.
  const cellsPerSide = Math.max(1, Math.min(Math.ceil(extent / Math.max(totalLength / segments.length, 1e-300)), Math.ceil(2 * Math.sqrt(segments.length))));
  const cellSize = extent > 0 ? extent / cellsPerSide : 1;
  const cellOf = (value: number, min: number): number => Math.min(cellsPerSide - 1, Math.floor((value - min) / cellSize));
  const ranges = segments.map(({ a, b }) => ({
    u0: cellOf(Math.min(u[a], u[b]), minU),
    u1: cellOf(Math.max(u[a], u[b]), minU),
    v0: cellOf(Math.min(v[a], v[b]), minV),
    v1: cellOf(Math.max(v[a], v[b]), minV),
  }));
  const buckets = new Map<number, number[]>();
  ranges.forEach((range, index) => {
    for (let cu = range.u0; cu <= range.u1; cu++) {
      for (let cv = range.v0; cv <= range.v1; cv++) {
        const key = cu * cellsPerSide + cv;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
    }
  });
  const crossings: [number, number][] = [];
  const keys = [...buckets.keys()].sort((p, q) => p - q);
  for (const key of keys) {
    const bucket = buckets.get(key) as number[];
    const cu = Math.floor(key / cellsPerSide);
    const cv = key % cellsPerSide;
    for (let x = 0; x < bucket.length; x++) {
      const i = bucket[x];
      for (let y = x + 1; y < bucket.length; y++) {
        const j = bucket[y];
        const r = ranges[i];
        const s = ranges[j];
        // Test the pair only in the first cell the two ranges share.
        if (Math.max(r.u0, s.u0) !== cu || Math.max(r.v0, s.v0) !== cv) continue;
        if (!segmentsCross(u, v, segments[i], segments[j])) continue;
        crossings.push(i < j ? [i, j] : [j, i]);
        if (crossings.length >= limit) return crossings.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      }
    }
  }
  return crossings.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
