// EVE Online k-space reference figures that `stats` prints beside ours and `verify`'s shape
// checks aim at, with the security classes they are measured in. One place, with sources.
//
// Sources: PRODUCT.md R4 (the figures the product promises to imitate), derived from CCP's static
// data export (SDE) of the k-space map — 5,431 known-space systems, 6,887 stargate pairs — as
// summarised by the EVE University wiki pages "Security status" and "Planets"/"Moons".
// Security classes follow EVE's display rounding: a system shows one decimal, so 0.45 already
// reads "0.5" (high-sec), and null-sec is a true status of 0.0 (our CHECK forbids negatives).

export type SecurityClass = 'high' | 'low' | 'null';

/** Lowest true security status that is high-sec (rounds to 0.5). */
export const HIGH_SEC_MIN = 0.45;

export function securityClass(securityStatus: number): SecurityClass {
  if (securityStatus >= HIGH_SEC_MIN) return 'high';
  return securityStatus > 0 ? 'low' : 'null';
}

export interface Share3 {
  high: number;
  low: number;
  null: number;
}

export const EVE_FIGURES = {
  /** Mean stargates per k-space system. */
  meanGatesPerSystem: 2.64,
  maxGatesPerSystem: 8,
  /** Share of systems with exactly one gate. */
  deadEndShare: 0.137,
  /** Share of gate pairs inside one constellation / between constellations of a region / between regions. */
  edgeMix: { insideConstellation: 0.82, betweenConstellations: 0.13, betweenRegions: 0.05 },
  /** Share of systems per security class. */
  securityMix: { high: 0.23, low: 0.13, null: 0.64 } satisfies Share3,
  planetsPerSystemMedian: 8,
  planetsPerSystemMax: 18,
  moonsPerPlanetMean: 5.1,
  planetsWithoutMoonsShare: 0.24,
  /** Row counts of k-space (PRODUCT.md R4, the eve preset). */
  rows: {
    regions: 65,
    constellations: 790,
    solar_systems: 5_400,
    planets: 46_000,
    moons: 235_000,
    stations: 5_100,
    /** Two gate rows per lane: ≈ 6,900 pairs. */
    stargates: 13_800,
    asteroid_belts: 41_000,
  },
  gatePairs: 6_900,
} as const;

/**
 * Asteroid ores by the security where EVE's belts carry them (EVE University wiki, "Asteroids
 * and ore"): the common ores occur in high-sec; the rest only in low- and null-sec.
 */
export const HIGH_SEC_ORES: ReadonlySet<string> = new Set(['Veldspar', 'Scordite', 'Pyroxeres', 'Plagioclase', 'Omber', 'Kernite']);
export const RARE_ORES: ReadonlySet<string> = new Set([
  'Jaspet',
  'Hemorphite',
  'Hedbergite',
  'Gneiss',
  'Dark Ochre',
  'Spodumain',
  'Crokite',
  'Bistot',
  'Arkonor',
  'Mercoxit',
]);
