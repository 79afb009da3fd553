// The largest universe parameters this tool can honour within its memory bound (1 GB peak RSS,
// PRODUCT.md R8/R9) and in a run measured in minutes, not hours. Every count, size and time of
// a config has a maximum here (used by params-schema.ts); validate.ts adds the limits that
// depend on several keys at once (the estimated rows of the universe and of its largest region,
// since one region's detail is held whole while it streams to the sink).
//
// How the numbers were chosen (measured on the development machine, 2 cores, Node 20):
//   - 60,000 systems (eve --scale 11.1) generate 3.85 M rows in 29 s with 383 MB peak RSS.
//   - one region of 360,000 rows (60,000 systems in 20 regions) peaks at 688 MB RSS; a region's
//     rows cost ≈ 1.4 KB each while held, so the largest region is kept to ≈ 400,000 rows.
//   - 55,500 regions take 113 s for the same rows (per-region overhead), hence MAX_REGIONS.
// The README's "Limits" section lists these maxima; change both together.

/** systems.count, after --scale. */
export const MAX_SYSTEMS = 60_000;
/** regions.count, after --scale. */
export const MAX_REGIONS = 5_000;
/** --scale multiplies systems and regions; the result must also stay within the limits above. */
export const MAX_SCALE = 100;

/** planets.count.max: planets per system. */
export const MAX_PLANETS_PER_SYSTEM = 50;
/** moons.max: moons per planet. */
export const MAX_MOONS_PER_PLANET = 100;
/** stations.max, belts.max, anomalies.max: per system. */
export const MAX_SITES_PER_SYSTEM = 100;
/** Poisson means (moons per planet, stations and anomalies per system, belts per planet). */
export const MAX_MEAN = 100;
/** wormholes.min, and wormholes.perSystem × systems. */
export const MAX_WORMHOLES = 100_000;
/** wormholes.perSystem. */
export const MAX_WORMHOLES_PER_SYSTEM = 5;
/** gates.maxDegree: stargates of one system. */
export const MAX_GATE_DEGREE = 32;

/** Relative weights (mixes, star classes, type tables): large enough for any ratio, never Infinity when summed. */
export const MAX_WEIGHT = 1_000_000;
/** gates.distanceAu: distance of a stargate from its star, AU. */
export const MAX_GATE_DISTANCE_AU = 10_000;
/** gates.activationRangeM, metres. */
export const MAX_ACTIVATION_RANGE_M = 1_000_000;
/** gates.jumpDelaySeconds. */
export const MAX_JUMP_DELAY_SECONDS = 3_600;
/** belts/anomalies respawnSeconds: 31 days (the column is a 32-bit integer). */
export const MAX_RESPAWN_SECONDS = 31 * 24 * 3_600;
/** wormholes.lifetimeHours: one year (expires_at = epoch + lifetime stays a valid timestamp). */
export const MAX_WORMHOLE_LIFETIME_HOURS = 8_760;
/** galaxy.systemsPerSquareLy: the density that sets the galaxy's radius. */
export const MIN_SYSTEMS_PER_SQUARE_LY = 0.001;
export const MAX_SYSTEMS_PER_SQUARE_LY = 1_000;
/** constellations.systemsPerConstellation. */
export const MAX_SYSTEMS_PER_CONSTELLATION = 1_000;
/** planets.count.spread: σ of ln(planet count). */
export const MAX_PLANET_COUNT_SPREAD = 3;
/** planets.spacing: ratio between successive orbits (3^50 AU still a finite double). */
export const MAX_ORBIT_SPACING = 3;

/** Entries of one name list (names.regions, each syllable list, corporations, facilities). */
export const MAX_NAME_LIST_LENGTH = 10_000;
/** A region name (names.regions, names.starterRegion): the column is VARCHAR(100). */
export const MAX_REGION_NAME_LENGTH = 100;
/**
 * The starter system's name and the starter planets' prefix: planet, moon, belt and station
 * names are built from a system name and must still fit VARCHAR(100) (SYSTEM_NAME_MAX).
 */
export const MAX_SYSTEM_NAME_LENGTH = 40;
/** One syllable: a generated name has at most three, and must fit MAX_SYSTEM_NAME_LENGTH. */
export const MAX_SYLLABLE_LENGTH = 13;
/** One corporation or facility name (a station's "<corporation> <facility>" part is shortened to 40). */
export const MAX_CORPORATION_NAME_LENGTH = 40;

/** The size of a --config file. */
export const MAX_CONFIG_FILE_BYTES = 1 << 20;

/**
 * Estimated rows of the whole universe (see estimateRows in validate.ts, which over-estimates
 * an EVE-shaped universe about 2×): 10 M estimated is about 4–5 M real rows, a few minutes.
 */
export const MAX_ESTIMATED_ROWS = 9_000_000;
/** Estimated rows of the largest region (held whole while it streams): ≈ 400,000 real rows at most. */
export const MAX_ESTIMATED_REGION_ROWS = 250_000;
