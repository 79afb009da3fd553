// EVE Online k-space reference figures that `stats` prints beside ours and `verify`'s shape
// checks aim at, with the security classes they are measured in. The figures themselves live in
// the generator's src/universe/constants.ts (EVE_REFERENCE, with its sources), so the generator
// and the tools that judge it quote one table; this module only reshapes them for stats, verify and the map.
//
// Security classes follow EVE's display rounding: a system shows one decimal, so 0.45 already
// reads "0.5" (high-sec), and null-sec is a true status of 0.0 (our CHECK forbids negatives).
import { EVE_NETWORK_REFERENCE, EVE_REFERENCE, HIGH_SEC_MIN, ORE_WEIGHTS } from '../universe/constants.js';
import { securityBand, type SecurityBand } from '../universe/security-band.js';

export { HIGH_SEC_MIN };

export type SecurityClass = SecurityBand;

/** The generator's one security-band function (src/universe/security-band.ts), by its name here. */
export const securityClass: (securityStatus: number) => SecurityClass = securityBand;

export interface Share3 {
  high: number;
  low: number;
  null: number;
}

export const EVE_FIGURES = {
  /** Mean stargates per k-space system. */
  meanGatesPerSystem: EVE_REFERENCE.meanGatesPerSystem,
  maxGatesPerSystem: EVE_REFERENCE.maxGatesPerSystem,
  /** Share of systems with exactly one gate. */
  deadEndShare: EVE_REFERENCE.deadEndShare,
  /** Share of gate pairs inside one constellation / between constellations of a region / between regions. */
  edgeMix: {
    insideConstellation: EVE_REFERENCE.gateMix.constellation,
    betweenConstellations: EVE_REFERENCE.gateMix.region,
    betweenRegions: EVE_REFERENCE.gateMix.interRegion,
  },
  /** Share of systems per security class. */
  securityMix: EVE_REFERENCE.securityMix satisfies Share3,
  planetsPerSystemMedian: EVE_REFERENCE.planetsPerSystemMedian,
  planetsPerSystemMax: EVE_REFERENCE.planetsPerSystemMax,
  moonsPerPlanetMean: EVE_REFERENCE.moonsPerPlanetMean,
  planetsWithoutMoonsShare: EVE_REFERENCE.planetsWithoutMoonsShare,
  /** Row counts of k-space, by table. */
  rows: {
    regions: EVE_REFERENCE.regions,
    constellations: EVE_REFERENCE.constellations,
    solar_systems: EVE_REFERENCE.systems,
    planets: EVE_REFERENCE.planets,
    moons: EVE_REFERENCE.moons,
    stations: EVE_REFERENCE.stations,
    /** Two gate rows per lane. */
    stargates: 2 * EVE_REFERENCE.gatePairs,
    asteroid_belts: EVE_REFERENCE.asteroidBelts,
  },
  gatePairs: EVE_REFERENCE.gatePairs,
} as const;

/** How EVE's k-space plays: routes, crossroads, pipes, triangles, security borders — and where the figures come from. */
export const EVE_NETWORK = EVE_NETWORK_REFERENCE;

/** The ores high-sec belts may carry (the generator's high-sec ore table). */
export const HIGH_SEC_ORES: ReadonlySet<string> = new Set(Object.keys(ORE_WEIGHTS.high));
/** Rare ores: found in low- or null-sec belts and never in high-sec (Jaspet, Arkonor, Mercoxit …). */
export const RARE_ORES: ReadonlySet<string> = new Set(
  [...Object.keys(ORE_WEIGHTS.low), ...Object.keys(ORE_WEIGHTS.null)].filter((ore) => !HIGH_SEC_ORES.has(ore)),
);
