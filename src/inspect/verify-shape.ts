// Verify's shape checks: properties of the whole map that only mean something at scale (a dozen
// systems cannot have 13.7 % dead ends), run by default from 200 systems up. Targets default to
// PRODUCT.md R4 around EVE's k-space figures; a universe generated with other parameters (say a
// custom security mix) passes its own targets through VerifyOptions.shapeTargets.
//   shape.degree          mean gates per system within [2.3, 3.0], none above 8
//   shape.dead-ends       5–20 % of systems have a single gate
//   shape.edge-mix        most lanes inside constellations, few between regions (chokepoints)
//   shape.security-mix    high/low/null shares within 8 points of 23/13/64 %
//   shape.security-core   high-sec nearer the galactic core than null-sec
//   shape.security-regions every empire region (one with high-sec) mixes in low-sec: none is all
//                         high-sec (EVE: none; issue 10)
//   shape.planets         planets per system: median and maximum like EVE's (8, 18)
//   shape.moons           moons per planet: mean and share without moons like EVE's; gas giants
//                         have more moons than rocky planets
//   shape.planet-types    types follow temperature: Lava hottest, then Terrestrial, Ice coldest
//   shape.stations        more stations per system in high-sec than in null-sec
//   shape.anomalies       anomalies get harder as security falls
//   shape.wormholes       wormholes rarely join gate neighbours
import { ANOMALY_DIFFICULTIES } from './verify-sites.js';
import { EVE_FIGURES, securityClass, type Share3 } from './eve-figures.js';
import { neighboursOf } from './graph.js';
import { degreeSummary, edgeMix, moonsPerPlanet, planetsPerSystem, securityCounts, shares } from './measures.js';
import type { PlanetRow } from '../universe/rows.js';
import type { VerifyContext } from './verify-context.js';

export interface ShapeTargets {
  meanDegree: readonly [number, number];
  maxDegree: number;
  deadEndShare: readonly [number, number];
  /** Lower bound of the share of lanes inside one constellation. */
  insideConstellationMin: number;
  /** Bounds of the share of lanes between regions (0 < … : regions must be joined; small: chokepoints). */
  betweenRegions: readonly [number, number];
  securityMix: Share3;
  /** Allowed distance of each security share from its target (absolute, 0.08 = 8 points). */
  securityMixTolerance: number;
  planetsPerSystemMedian: readonly [number, number];
  planetsPerSystemMax: number;
  moonsPerPlanetMean: readonly [number, number];
  planetsWithoutMoonsShare: readonly [number, number];
  /**
   * Configured mean moons per planet type (Poisson means). When given, the moon targets follow
   * from it and the planet types found: mean within 0.6–1.5× Σ nₜ·λₜ / N, and the share without
   * moons within 10 points of Σ nₜ·e^(−λₜ) / N.
   */
  moonsMeanByPlanetType?: Readonly<Record<string, number>>;
  /** Largest share of wormholes that join two gate neighbours. */
  wormholeNeighbourShareMax: number;
  /** Most regions (of more than one system) allowed to be all high-sec (EVE: 0). */
  allHighSecRegionsMax: number;
}

export const DEFAULT_SHAPE_TARGETS: ShapeTargets = {
  meanDegree: [2.3, 3.0],
  maxDegree: EVE_FIGURES.maxGatesPerSystem,
  deadEndShare: [0.05, 0.2],
  insideConstellationMin: 0.6,
  betweenRegions: [0.005, 0.15],
  securityMix: EVE_FIGURES.securityMix,
  securityMixTolerance: 0.08,
  planetsPerSystemMedian: [5, 11],
  planetsPerSystemMax: EVE_FIGURES.planetsPerSystemMax,
  moonsPerPlanetMean: [3, 8],
  planetsWithoutMoonsShare: [0.1, 0.4],
  wormholeNeighbourShareMax: 0.1,
  allHighSecRegionsMax: 0,
};

/** Systems from which the shape checks run by default. */
export const SHAPE_CHECK_MIN_SYSTEMS = 200;

const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;
const outside = (value: number, [low, high]: readonly [number, number]): boolean => !(value >= low && value <= high);

function checkNetworkShape(context: VerifyContext, targets: ShapeTargets): void {
  const { graph } = context;
  const degrees = degreeSummary(graph);
  if (outside(degrees.mean, targets.meanDegree)) {
    context.report('shape.degree', `mean gates per system is ${degrees.mean.toFixed(2)}, outside ${targets.meanDegree.join('–')} (EVE ${EVE_FIGURES.meanGatesPerSystem})`);
  }
  if (degrees.max > targets.maxDegree) {
    const busiest = graph.systems.find((_, node) => graph.start[node + 1] - graph.start[node] === degrees.max);
    context.report('shape.degree', `system "${busiest?.name}" has ${degrees.max} gates, more than ${targets.maxDegree}`);
  }
  if (outside(degrees.deadEndShare, targets.deadEndShare)) {
    context.report(
      'shape.dead-ends',
      `${percent(degrees.deadEndShare)} of systems are dead ends, outside ${targets.deadEndShare.map(percent).join('–')} (EVE ${percent(EVE_FIGURES.deadEndShare)})`,
    );
  }
  const mix = shares(edgeMix(graph, context.tables.constellations), graph.lanes.length);
  if (mix.insideConstellation < targets.insideConstellationMin) {
    context.report('shape.edge-mix', `${percent(mix.insideConstellation)} of lanes stay inside a constellation, fewer than ${percent(targets.insideConstellationMin)} (EVE 82 %)`);
  }
  if (context.tables.regions.length > 1 && outside(mix.betweenRegions, targets.betweenRegions)) {
    context.report('shape.edge-mix', `${percent(mix.betweenRegions)} of lanes join two regions, outside ${targets.betweenRegions.map(percent).join('–')} (EVE 5 %)`);
  }
}

function checkSecurityShape(context: VerifyContext, targets: ShapeTargets): void {
  const systems = context.tables.solar_systems;
  const mix = shares(securityCounts(systems), systems.length);
  const tolerance = targets.securityMixTolerance;
  for (const key of ['high', 'low', 'null'] as const) {
    if (Math.abs(mix[key] - targets.securityMix[key]) > tolerance) {
      context.report('shape.security-mix', `${percent(mix[key])} of systems are ${key}-sec, more than ${percent(tolerance)} from the target ${percent(targets.securityMix[key])}`);
    }
  }
  // Mean distance from the centre of the map, high-sec against null-sec.
  const { u, v } = context.plane;
  const n = u.length;
  const centreU = u.reduce((s, x) => s + x, 0) / n;
  const centreV = v.reduce((s, x) => s + x, 0) / n;
  const sum = { high: 0, low: 0, null: 0 };
  const count = { high: 0, low: 0, null: 0 };
  systems.forEach((system, i) => {
    const cls = securityClass(system.security_status);
    sum[cls] += Math.hypot(u[i] - centreU, v[i] - centreV);
    count[cls]++;
  });
  // Regions whose every system is high-sec (regions of a single system are left alone).
  const regionOf = new Map(context.tables.constellations.map((c) => [c.id, c.region_id]));
  const regionBands = new Map<string, { systems: number; high: number }>();
  for (const system of systems) {
    const region = regionOf.get(system.constellation_id);
    if (region === undefined) continue;
    const entry = regionBands.get(region) ?? { systems: 0, high: 0 };
    entry.systems++;
    if (securityClass(system.security_status) === 'high') entry.high++;
    regionBands.set(region, entry);
  }
  const allHigh = [...regionBands].filter(([, entry]) => entry.systems > 1 && entry.high === entry.systems);
  if (allHigh.length > targets.allHighSecRegionsMax) {
    const names = new Map(context.tables.regions.map((r) => [r.id, r.name]));
    context.report(
      'shape.security-regions',
      `${allHigh.length} region${allHigh.length === 1 ? ' is' : 's are'} all high-sec (${allHigh
        .slice(0, 3)
        .map(([id]) => names.get(id) ?? id)
        .join(', ')}); every empire region should mix in low-sec, as EVE's do`,
    );
  }
  if (count.high > 0 && count.null > 0 && sum.high / count.high >= sum.null / count.null) {
    context.report('shape.security-core', `high-sec systems lie on average as far from the galactic centre as null-sec ones (${(sum.high / count.high).toExponential(2)} m vs ${(sum.null / count.null).toExponential(2)} m); high-sec belongs to the core`);
  }
}

/** The moon targets: fixed, or derived from configured per-type means and the planets found. */
function moonTargetsFor(planets: readonly PlanetRow[], targets: ShapeTargets): { mean: readonly [number, number]; noneShare: readonly [number, number] } {
  const byType = targets.moonsMeanByPlanetType;
  if (!byType || planets.length === 0) return { mean: targets.moonsPerPlanetMean, noneShare: targets.planetsWithoutMoonsShare };
  let expectedMoons = 0;
  let expectedNone = 0;
  for (const planet of planets) {
    const lambda = byType[planet.planet_type] ?? 0;
    expectedMoons += lambda;
    expectedNone += Math.exp(-lambda);
  }
  const mean = expectedMoons / planets.length;
  const none = expectedNone / planets.length;
  return { mean: [0.6 * mean, 1.5 * mean], noneShare: [Math.max(0, none - 0.1), Math.min(1, none + 0.1)] };
}

function checkBodiesShape(context: VerifyContext, targets: ShapeTargets): void {
  const { tables } = context;
  const planets = planetsPerSystem(tables.solar_systems, tables.planets);
  if (outside(planets.median, targets.planetsPerSystemMedian) || planets.max > targets.planetsPerSystemMax) {
    context.report(
      'shape.planets',
      `planets per system: median ${planets.median}, max ${planets.max}; expected a median within ${targets.planetsPerSystemMedian.join('–')} and at most ${targets.planetsPerSystemMax} (EVE median 8, max 18)`,
    );
  }
  const moons = moonsPerPlanet(tables.planets, tables.moons);
  const moonTargets = moonTargetsFor(tables.planets, targets);
  if (outside(moons.mean, moonTargets.mean) || outside(moons.noneShare, moonTargets.noneShare)) {
    context.report(
      'shape.moons',
      `moons per planet: mean ${moons.mean.toFixed(2)}, ${percent(moons.noneShare)} without moons; expected a mean within ${moonTargets.mean.map((m) => m.toFixed(2)).join('–')} and ${moonTargets.noneShare.map(percent).join('–')} without (EVE 5.1, 24 %)`,
    );
  }
  const moonCount = new Map<string, number>();
  for (const moon of tables.moons) moonCount.set(moon.planet_id, (moonCount.get(moon.planet_id) ?? 0) + 1);
  const byType = new Map<string, { planets: number; moons: number; temperatureSum: number; temperatureCount: number }>();
  for (const planet of tables.planets) {
    const entry = byType.get(planet.planet_type) ?? { planets: 0, moons: 0, temperatureSum: 0, temperatureCount: 0 };
    entry.planets++;
    entry.moons += moonCount.get(planet.id) ?? 0;
    if (planet.temperature !== null) {
      entry.temperatureSum += planet.temperature;
      entry.temperatureCount++;
    }
    byType.set(planet.planet_type, entry);
  }
  const meanMoons = (type: string): number | undefined => {
    const entry = byType.get(type);
    return entry && entry.planets > 0 ? entry.moons / entry.planets : undefined;
  };
  const gasMoons = meanMoons('Gas Giant');
  const rockyMoons = meanMoons('Terrestrial');
  if (gasMoons !== undefined && rockyMoons !== undefined && !(gasMoons > rockyMoons)) {
    context.report('shape.moons', `gas giants have ${gasMoons.toFixed(2)} moons on average, not more than terrestrial planets (${rockyMoons.toFixed(2)})`);
  }
  const meanTemperature = (type: string): number | undefined => {
    const entry = byType.get(type);
    return entry && entry.temperatureCount > 0 ? entry.temperatureSum / entry.temperatureCount : undefined;
  };
  const order = ['Lava', 'Terrestrial', 'Ice'].map((type) => ({ type, kelvin: meanTemperature(type) }));
  for (let k = 1; k < order.length; k++) {
    const hotter = order[k - 1];
    const colder = order[k];
    if (hotter.kelvin !== undefined && colder.kelvin !== undefined && !(hotter.kelvin > colder.kelvin)) {
      context.report('shape.planet-types', `${hotter.type} planets average ${hotter.kelvin.toFixed(0)} K, not hotter than ${colder.type} planets (${colder.kelvin.toFixed(0)} K)`);
    }
  }
}

function checkSitesShape(context: VerifyContext, targets: ShapeTargets): void {
  const { tables, systemById, graph } = context;
  const systemsPerClass = securityCounts(tables.solar_systems);
  const stationsPerClass = { high: 0, low: 0, null: 0 };
  for (const station of tables.stations) {
    const system = systemById.get(station.solar_system_id);
    if (system) stationsPerClass[securityClass(system.security_status)]++;
  }
  if (systemsPerClass.high > 0 && systemsPerClass.null > 0) {
    const high = stationsPerClass.high / systemsPerClass.high;
    const nul = stationsPerClass.null / systemsPerClass.null;
    if (!(high > nul)) context.report('shape.stations', `high-sec has ${high.toFixed(2)} stations per system, not more than null-sec (${nul.toFixed(2)})`);
  }
  const difficulty = { high: { sum: 0, count: 0 }, low: { sum: 0, count: 0 }, null: { sum: 0, count: 0 } };
  for (const anomaly of tables.anomalies) {
    const system = systemById.get(anomaly.solar_system_id);
    const rank = (ANOMALY_DIFFICULTIES as readonly (string | null)[]).indexOf(anomaly.difficulty);
    if (!system || rank < 0) continue;
    const entry = difficulty[securityClass(system.security_status)];
    entry.sum += rank;
    entry.count++;
  }
  if (difficulty.high.count > 0 && difficulty.null.count > 0) {
    const high = difficulty.high.sum / difficulty.high.count;
    const nul = difficulty.null.sum / difficulty.null.count;
    if (!(nul > high)) context.report('shape.anomalies', `null-sec anomalies are no harder than high-sec ones (mean difficulty rank ${nul.toFixed(2)} vs ${high.toFixed(2)})`);
  }
  let neighbours = 0;
  for (const wormhole of tables.wormholes) {
    const from = graph.indexById.get(wormhole.source_system_id);
    const to = graph.indexById.get(wormhole.destination_system_id);
    if (from !== undefined && to !== undefined && neighboursOf(graph, from).includes(to)) neighbours++;
  }
  const wormholes = tables.wormholes.length;
  if (wormholes > 0 && neighbours / wormholes > targets.wormholeNeighbourShareMax) {
    context.report('shape.wormholes', `${neighbours} of ${wormholes} wormholes join gate neighbours; wormholes should reach far`);
  }
}

export function checkShape(context: VerifyContext, targets: ShapeTargets): void {
  if (context.graph.systems.length === 0) return;
  checkNetworkShape(context, targets);
  checkSecurityShape(context, targets);
  checkBodiesShape(context, targets);
  checkSitesShape(context, targets);
}
