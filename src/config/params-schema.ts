// The shape of the universe parameters, as a zod schema: every key, its type and its range.
// Unknown keys are rejected (strict objects) so a typo in a --config file is an error, not a
// silently ignored setting. Cross-field rules (min ≤ max, weights not all zero) live in
// validate.ts. Counts of things per system stay per system, so a scaled universe keeps its shape.

import { z } from 'zod';

const count = z.number().int().nonnegative();
const positiveCount = z.number().int().positive();
const amount = z.number().nonnegative().finite();
const fraction = z.number().min(0).max(1);

const countRange = z.strictObject({ min: count, max: count });
const amountRange = z.strictObject({ min: amount, max: amount });

/** Means per security band (high ≥ 0.45, low, null = 0.0). */
const perBand = z.strictObject({ high: amount, low: amount, null: amount });

/** A name PostgreSQL can store: text has no NUL byte, and UTF-8 has no lone surrogate. */
const storableName = z
  .string()
  .min(1)
  .refine((name) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name), 'must not contain a NUL character or an unpaired surrogate');
const nameList = z.array(storableName);

export const STAR_CLASSES = ['O', 'B', 'A', 'F', 'G', 'K', 'M'] as const;
export type StarClass = (typeof STAR_CLASSES)[number];

export const PLANET_TYPES = ['Lava', 'Terrestrial', 'Gas Giant', 'Ice'] as const;
export type PlanetType = (typeof PLANET_TYPES)[number];

export const STATION_TYPES = ['Station', 'Outpost', 'Citadel'] as const;
export type StationType = (typeof STATION_TYPES)[number];

export const ANOMALY_TYPES = ['Combat', 'Data', 'Relic', 'Gas'] as const;
export type AnomalyType = (typeof ANOMALY_TYPES)[number];

export const GALAXY_SHAPES = ['spiral', 'elliptical', 'ring'] as const;
export type GalaxyShape = (typeof GALAXY_SHAPES)[number];

const stationTypeWeights = z.strictObject({ Station: amount, Outpost: amount, Citadel: amount });

export const universeParamsSchema = z.strictObject({
  galaxy: z.strictObject({
    shape: z.enum(GALAXY_SHAPES),
    /** Spiral arms (spiral shape only). */
    arms: z.number().int().min(1).max(8),
    /** Systems per square light-year of the galactic plane: sets the galaxy's size. */
    systemsPerSquareLy: z.number().positive().finite(),
    /** Standard deviation of the height above the galactic plane, as a share of the radius. */
    thickness: z.number().min(0).max(0.3),
    /** How much simplex noise breaks up the density field (0 = smooth shape). */
    noise: fraction,
  }),
  systems: z.strictObject({ count: positiveCount }),
  regions: z.strictObject({ count: positiveCount }),
  constellations: z.strictObject({ systemsPerConstellation: z.number().min(1).finite() }),
  gates: z.strictObject({
    meanDegree: z.number().min(0).max(8),
    maxDegree: z.number().int().min(2),
    deadEndFraction: fraction,
    /** Share of gates inside a constellation, between constellations of a region, between regions. */
    mix: z.strictObject({ constellation: amount, region: amount, interRegion: amount }),
    /** Most times the backbone tree may enter one region (more: shorter routes, more chokepoint lanes). */
    regionEntries: positiveCount,
    /** Chance a system may grow past 4 gates through extra lanes (hubs: EVE 5.3 % have ≥ 5). */
    hubChance: fraction,
    /** Where the extra lanes (beyond the backbone tree) go: see src/universe/skeleton/lanes.ts. */
    loops: z.strictObject({
      /** Share of the extra lanes (after dead-end cures) that close triangles (clustering). */
      triangleShare: fraction,
      /** Chance a dead end is cured by closing a triangle rather than the longest loop. */
      deadEndTriangleShare: fraction,
      /** Long loops only within this share of the backbone's depth (smaller: longer diameter, more pipes). */
      reach: fraction,
      /** 0: extras anywhere; 1: the core first (periphery keeps its dead ends and pipes). */
      coreBias: fraction,
    }),
    distanceAu: amountRange,
    activationRangeM: z.strictObject({ constellation: amount, region: amount, interRegion: amount }),
    jumpDelaySeconds: amount,
  }),
  security: z.strictObject({
    /** Share of systems that are high-sec (≥ 0.45), low-sec and null-sec (0.0). */
    mix: z.strictObject({ high: amount, low: amount, null: amount }),
    /** Least share of low-sec in every empire region (EVE: no empire region is all high-sec). */
    minLowShare: fraction,
    /** Noise shared by a constellation on its depth into the empire (0–1): low-sec pockets, high-sec islands. */
    patchiness: z.number().min(0).max(2),
    /** Noise of each system on its depth into the empire (0–1): scattered single systems. */
    speckle: z.number().min(0).max(2),
    /** Share of lanes allowed to change security by more than 0.3 (EVE ≈ 0.035). */
    cliffShare: fraction,
    /** Lanes from high-sec straight into null-sec per 1,000 systems (EVE: 5 in 5,400). */
    highToNullPer1000: amount,
  }),
  stars: z.strictObject({
    weights: z.strictObject({ O: amount, B: amount, A: amount, F: amount, G: amount, K: amount, M: amount }),
  }),
  planets: z.strictObject({
    /** Log-normal around `median` (σ of ln(count) = `spread`), clamped to min..max. */
    count: z.strictObject({ min: count, max: count, median: amount, spread: amount }),
    /** Ratio between successive orbits (Titius–Bode-like geometric spacing). */
    spacing: z.strictObject({ min: z.number().min(1.05).finite(), max: z.number().min(1.05).finite() }),
    /** Outermost orbit (AU): wider systems have their spacing compressed to end here. */
    maxOrbitAu: z.number().min(1).max(100_000).finite(),
    /** Least equilibrium temperature (K) of a Lava world (molten surface); cooler ones are Terrestrial. */
    lavaMinK: amount,
  }),
  moons: z.strictObject({
    /** Mean moons per planet of each type (Poisson), capped at `max`. */
    mean: z.strictObject({ Lava: amount, Terrestrial: amount, 'Gas Giant': amount, Ice: amount }),
    max: count,
    /** Chance a moon has resources, per security band. */
    resourceChance: z.strictObject({ high: fraction, low: fraction, null: fraction }),
  }),
  stations: z.strictObject({
    mean: perBand,
    max: count,
    types: z.strictObject({ high: stationTypeWeights, low: stationTypeWeights, null: stationTypeWeights }),
  }),
  belts: z.strictObject({ perPlanet: amount, max: count, respawnSeconds: countRange }),
  anomalies: z.strictObject({
    mean: perBand,
    max: count,
    types: z.strictObject({ Combat: amount, Data: amount, Relic: amount, Gas: amount }),
    completedFraction: fraction,
    respawnSeconds: countRange,
  }),
  wormholes: z.strictObject({ perSystem: amount, min: count, lifetimeHours: amountRange }),
  names: z.strictObject({
    /** Region names used first (in order); more are made from the syllables. */
    regions: nameList,
    starterRegion: storableName,
    starterSystem: storableName,
    /** Genesis Prime's planets are "Genesis I" … (echoes-schema.md), not "Genesis Prime I". */
    starterPlanetPrefix: storableName,
    /** Syllables that system, constellation and region names are built from. */
    syllables: z.strictObject({ start: nameList.min(1), middle: nameList, end: nameList.min(1) }),
    /** Null-sec systems get EVE-like codes ("X-7OMU") instead of syllable names. */
    nullSecCodes: z.boolean(),
    corporations: z.strictObject({ npc: nameList.min(1), player: nameList.min(1) }),
    facilities: nameList.min(1),
  }),
});

/** The full, resolved parameters of a universe: plain JSON data (printed as meta.config). */
export type UniverseParams = z.infer<typeof universeParamsSchema>;
