// The limits of a universe that depend on several parameters at once, checked after --scale:
// the number of systems and regions, the estimated rows of the whole universe (time) and of its
// largest region (memory: a region's detail is held whole while it streams to the sink). The
// estimate is deliberately generous (every planet gets the moon mean of the moon-richest planet
// type), so a universe it admits fits in memory whatever the planet types turn out to be.
import { UsageError } from '../errors.js';
import {
  MAX_ESTIMATED_REGION_ROWS,
  MAX_ESTIMATED_ROWS,
  MAX_REGIONS,
  MAX_SYSTEMS,
  MAX_WORMHOLES,
} from './limits.js';
import type { UniverseParams } from './params-schema.js';

/** A region holds at most about twice the mean number of systems (measured: 1.9× for eve). */
const LARGEST_REGION_FACTOR = 2;

export interface RowEstimate {
  rowsPerSystem: number;
  totalRows: number;
  largestRegionRows: number;
  largestRegionSystems: number;
}

/** An upper estimate of the rows a universe with these parameters holds. */
export function estimateRows(params: UniverseParams): RowEstimate {
  const { planets, moons, belts, stations, anomalies, gates, wormholes } = params;
  const systems = params.systems.count;
  // ln(count) ~ N(ln median, spread²): the mean of a log-normal is median · e^(σ²/2), then clamped.
  const planetsPerSystem = Math.min(planets.count.max, Math.max(planets.count.min, planets.count.median * Math.exp(planets.count.spread ** 2 / 2)));
  const moonsPerPlanet = Math.min(moons.max, Math.max(...Object.values(moons.mean)));
  const beltsPerSystem = Math.min(belts.max, belts.perPlanet * planetsPerSystem);
  const stationsPerSystem = Math.min(stations.max, Math.max(...Object.values(stations.mean)));
  const anomaliesPerSystem = Math.min(anomalies.max, Math.max(...Object.values(anomalies.mean)));
  const gatesPerSystem = Math.min(gates.maxDegree, gates.meanDegree);
  const rowsPerSystem = 1 + planetsPerSystem * (1 + moonsPerPlanet) + beltsPerSystem + stationsPerSystem + anomaliesPerSystem + gatesPerSystem;
  const wormholeRows = Math.max(wormholes.min, wormholes.perSystem * systems);
  const largestRegionSystems = Math.min(systems, Math.ceil((LARGEST_REGION_FACTOR * systems) / params.regions.count));
  return {
    rowsPerSystem,
    totalRows: Math.ceil(systems * rowsPerSystem + wormholeRows),
    largestRegionRows: Math.ceil(largestRegionSystems * rowsPerSystem),
    largestRegionSystems,
  };
}

const n = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Throws a UsageError naming the key (and --scale when it took the universe over a limit) when
 * the universe is larger than the tool can make in bounded memory and time.
 */
export function checkUniverseSize(params: UniverseParams, scale = 1): void {
  // The sentence names the scale option when the scale took the universe over (the CLI: --scale).
  const refuse = (sentence: (scaledBy: string) => string): never => {
    throw scale === 1 ? new UsageError(sentence('')) : new UsageError({ option: 'scale', say: (name) => sentence(` (after ${name} ${scale})`) });
  };
  const systems = params.systems.count;
  if (systems > MAX_SYSTEMS) {
    refuse((scaledBy) => `config: "systems.count"${scaledBy} is ${n(systems)}; at most ${n(MAX_SYSTEMS)} systems fit the 1 GB memory bound`);
  }
  if (params.regions.count > MAX_REGIONS) {
    refuse((scaledBy) => `config: "regions.count"${scaledBy} is ${n(params.regions.count)}; use at most ${n(MAX_REGIONS)} regions`);
  }
  const wormholes = Math.max(params.wormholes.min, params.wormholes.perSystem * systems);
  if (wormholes > MAX_WORMHOLES) {
    refuse((scaledBy) => `config: "wormholes.perSystem" × "systems.count"${scaledBy} gives ${n(wormholes)} wormholes; at most ${n(MAX_WORMHOLES)}`);
  }
  const estimate = estimateRows(params);
  if (estimate.totalRows > MAX_ESTIMATED_ROWS) {
    refuse((scaledBy) => `config: "systems.count"${scaledBy} × about ${n(estimate.rowsPerSystem)} rows per system (planets, moons, belts…) gives ≈ ${n(estimate.totalRows)} rows; at most ${n(MAX_ESTIMATED_ROWS)} — lower "systems.count", "planets.count" or "moons.max"`);
  }
  if (estimate.largestRegionRows > MAX_ESTIMATED_REGION_ROWS) {
    refuse((scaledBy) => `config: "regions.count"${scaledBy} (${n(params.regions.count)}) is too small: a region of up to ${n(estimate.largestRegionSystems)} systems holds ≈ ${n(estimate.largestRegionRows)} rows in memory, at most ${n(MAX_ESTIMATED_REGION_ROWS)} — raise "regions.count" or lower the rows per system`);
  }
}
