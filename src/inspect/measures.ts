// Measurements of a universe's shape that both `stats` prints and `verify`'s shape checks judge:
// gates per system, the lane mix inside/between constellations and regions, the security mix,
// planets per system and moons per planet.
import type { ConstellationRow, MoonRow, PlanetRow, SolarSystemRow } from '../universe/rows.js';
import { securityClass, type Share3 } from './eve-figures.js';
import { degreeOf, type GateGraph } from './graph.js';

export interface DegreeSummary {
  /** histogram[k] = systems with k gates. */
  histogram: number[];
  mean: number;
  max: number;
  /** Systems with exactly one gate. */
  deadEnds: number;
  deadEndShare: number;
}

export function degreeSummary(graph: GateGraph): DegreeSummary {
  const n = graph.systems.length;
  const histogram: number[] = [0];
  let total = 0;
  for (let node = 0; node < n; node++) {
    const degree = degreeOf(graph, node);
    while (histogram.length <= degree) histogram.push(0);
    histogram[degree]++;
    total += degree;
  }
  const deadEnds = histogram[1] ?? 0;
  return {
    histogram,
    mean: n === 0 ? 0 : total / n,
    max: histogram.length - 1,
    deadEnds,
    deadEndShare: n === 0 ? 0 : deadEnds / n,
  };
}

export interface EdgeMix {
  insideConstellation: number;
  betweenConstellations: number;
  betweenRegions: number;
}

/** Lanes counted by what they join: systems of one constellation, of one region, or of two regions. */
export function edgeMix(graph: GateGraph, constellations: readonly ConstellationRow[]): EdgeMix {
  const regionOf = new Map(constellations.map((c) => [c.id, c.region_id]));
  const mix: EdgeMix = { insideConstellation: 0, betweenConstellations: 0, betweenRegions: 0 };
  for (const [a, b] of graph.lanes) {
    const ca = graph.systems[a].constellation_id;
    const cb = graph.systems[b].constellation_id;
    if (ca === cb) mix.insideConstellation++;
    else if (regionOf.get(ca) === regionOf.get(cb)) mix.betweenConstellations++;
    else mix.betweenRegions++;
  }
  return mix;
}

export function securityCounts(systems: readonly SolarSystemRow[]): Share3 {
  const counts: Share3 = { high: 0, low: 0, null: 0 };
  for (const system of systems) counts[securityClass(system.security_status)]++;
  return counts;
}

/** Each value of a record divided by `total` (0 when total is 0). */
export function shares<K extends string>(counts: Record<K, number>, total: number): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of Object.keys(counts) as K[]) result[key] = total === 0 ? 0 : counts[key] / total;
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface CountSummary {
  mean: number;
  median: number;
  max: number;
  /** Share of parents with none. */
  noneShare: number;
  /** histogram[k] = parents with k children. */
  histogram: number[];
}

/** How many children each parent has (parents with none included). */
export function childCounts(parentIds: readonly string[], childParentIds: Iterable<string>): CountSummary {
  const perParent = new Map<string, number>(parentIds.map((id) => [id, 0]));
  for (const parentId of childParentIds) {
    const count = perParent.get(parentId);
    if (count !== undefined) perParent.set(parentId, count + 1);
  }
  const counts = [...perParent.values()];
  const histogram: number[] = [0];
  let total = 0;
  for (const count of counts) {
    while (histogram.length <= count) histogram.push(0);
    histogram[count]++;
    total += count;
  }
  return {
    mean: counts.length === 0 ? 0 : total / counts.length,
    median: median(counts),
    max: histogram.length - 1,
    noneShare: counts.length === 0 ? 0 : histogram[0] / counts.length,
    histogram,
  };
}

export function planetsPerSystem(systems: readonly SolarSystemRow[], planets: readonly PlanetRow[]): CountSummary {
  return childCounts(
    systems.map((s) => s.id),
    planets.map((p) => p.solar_system_id),
  );
}

export function moonsPerPlanet(planets: readonly PlanetRow[], moons: readonly MoonRow[]): CountSummary {
  return childCounts(
    planets.map((p) => p.id),
    moons.map((m) => m.planet_id),
  );
}
