// The shape of the universe parameters, as a zod schema: every key, its type and its range.
// Unknown keys are rejected (strict objects) so a typo in a --config file is an error, not a
// silently ignored setting. Cross-field rules (min ≤ max, weights not all zero) live in
// validate.ts. Counts of things per system stay per system, so a scaled universe keeps its shape.
//
// zod costs ≈ 50 ms of start-up to load. A run from a preset alone does not need it (params.ts
// serves the build's snapshot of the validated presets), so the schema is built on first use,
// with zod's CommonJS build loaded synchronously then.

import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import * as limit from './limits.js';

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

const requireFromHere = createRequire(import.meta.url);

/** zod, loaded on first call (its CommonJS build: a synchronous load). */
export function zodRuntime(): typeof Zod.z {
  return (requireFromHere('zod') as typeof Zod).z;
}

function buildSchema(z: typeof Zod.z) {
  // Every number is bounded (limits.ts): a count, size or time beyond what the tool can make in
  // bounded memory, or one whose arithmetic would overflow to Infinity, is refused up front.
  const count = (max: number) => z.number().int().min(0).max(max);
  const amount = (max: number) => z.number().min(0).max(max);
  const weight = amount(limit.MAX_WEIGHT);
  const mean = amount(limit.MAX_MEAN);
  const fraction = z.number().min(0).max(1);
  const respawnSeconds = z.strictObject({ min: count(limit.MAX_RESPAWN_SECONDS), max: count(limit.MAX_RESPAWN_SECONDS) });

  /** Means per security band (high ≥ 0.45, low, null = 0.0). */
  const perBand = z.strictObject({ high: mean, low: mean, null: mean });

  /**
   * A name PostgreSQL can store and a player can read: not blank, no NUL byte, no lone surrogate
   * (UTF-8 cannot carry one), and no longer than its column allows — refused, never cut.
   */
  const storableName = (maxLength: number) =>
    z
      .string()
      .refine((name) => name.trim().length > 0, 'must not be empty or blank')
      .refine((name) => name.length <= maxLength, `must be at most ${maxLength} characters long`)
      .refine((name) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name), 'must not contain a NUL character or an unpaired surrogate');
  const nameList = (maxLength: number) => z.array(storableName(maxLength)).max(limit.MAX_NAME_LIST_LENGTH);

  const stationTypeWeights = z.strictObject({ Station: weight, Outpost: weight, Citadel: weight });

  return z.strictObject({
    galaxy: z.strictObject({
      shape: z.enum(GALAXY_SHAPES),
      /** Spiral arms (spiral shape only). */
      arms: z.number().int().min(1).max(8),
      /** Systems per square light-year of the galactic plane: sets the galaxy's size. */
      systemsPerSquareLy: z.number().min(limit.MIN_SYSTEMS_PER_SQUARE_LY).max(limit.MAX_SYSTEMS_PER_SQUARE_LY),
      /** Standard deviation of the height above the galactic plane, as a share of the radius. */
      thickness: z.number().min(0).max(0.3),
      /** How much simplex noise breaks up the density field (0 = smooth shape). */
      noise: fraction,
    }),
    systems: z.strictObject({ count: z.number().int().min(1).max(limit.MAX_SYSTEMS) }),
    regions: z.strictObject({ count: z.number().int().min(1).max(limit.MAX_REGIONS) }),
    constellations: z.strictObject({ systemsPerConstellation: z.number().min(1).max(limit.MAX_SYSTEMS_PER_CONSTELLATION) }),
    gates: z.strictObject({
      meanDegree: z.number().min(0).max(8),
      maxDegree: z.number().int().min(2).max(limit.MAX_GATE_DEGREE),
      deadEndFraction: fraction,
      /** Share of gates inside a constellation, between constellations of a region, between regions. */
      mix: z.strictObject({ constellation: weight, region: weight, interRegion: weight }),
      /** Most times the backbone tree may enter one region (more: shorter routes, more chokepoint lanes). */
      regionEntries: z.number().int().min(1).max(limit.MAX_REGIONS),
      /** Chance a system may grow past 4 gates through extra lanes (hubs: EVE 5.3 % have ≥ 5). */
      hubChance: fraction,
      /** Share of the spare lanes between constellations the backbone may spend entering a constellation again (shorter routes from the centre). */
      reentryShare: fraction,
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
        /** Pipes (bridges between systems that are not dead ends) per 1,000 systems: those beyond get loops, none may leave fewer. */
        pipesPer1000: z.number().min(0).max(1000),
        /** Long loops keep at least this share of the backbone's diameter (0: no limit). */
        diameterKeep: fraction,
      }),
      distanceAu: z.strictObject({ min: amount(limit.MAX_GATE_DISTANCE_AU), max: amount(limit.MAX_GATE_DISTANCE_AU) }),
      activationRangeM: z.strictObject({
        constellation: amount(limit.MAX_ACTIVATION_RANGE_M),
        region: amount(limit.MAX_ACTIVATION_RANGE_M),
        interRegion: amount(limit.MAX_ACTIVATION_RANGE_M),
      }),
      jumpDelaySeconds: amount(limit.MAX_JUMP_DELAY_SECONDS),
    }),
    security: z.strictObject({
      /** Share of systems that are high-sec (≥ 0.45), low-sec and null-sec (0.0). */
      mix: z.strictObject({ high: weight, low: weight, null: weight }),
      /** Least share of low-sec in every empire region (EVE: no empire region is all high-sec). */
      minLowShare: fraction,
      /** Lanes between high-sec and low-sec per 1,000 systems, at least (EVE: 308 in 5,400, about 57). */
      highLowPer1000: z.number().min(0).max(1000),
      /** Noise shared by a constellation on its depth into the empire (0–1): low-sec pockets, high-sec islands. */
      patchiness: z.number().min(0).max(2),
      /** Noise of each system on its depth into the empire (0–1): scattered single systems. */
      speckle: z.number().min(0).max(2),
      /** Share of lanes allowed to change security by more than 0.3 (EVE ≈ 0.035). */
      cliffShare: fraction,
      /** Lanes from high-sec straight into null-sec per 1,000 systems (EVE: 5 in 5,400). */
      highToNullPer1000: amount(1000),
    }),
    stars: z.strictObject({
      weights: z.strictObject({ O: weight, B: weight, A: weight, F: weight, G: weight, K: weight, M: weight }),
    }),
    planets: z.strictObject({
      /** Log-normal around `median` (σ of ln(count) = `spread`), clamped to min..max. */
      count: z.strictObject({
        min: count(limit.MAX_PLANETS_PER_SYSTEM),
        max: count(limit.MAX_PLANETS_PER_SYSTEM),
        median: amount(limit.MAX_PLANETS_PER_SYSTEM),
        spread: amount(limit.MAX_PLANET_COUNT_SPREAD),
      }),
      /** Ratio between successive orbits (Titius–Bode-like geometric spacing). */
      spacing: z.strictObject({ min: z.number().min(1.05).max(limit.MAX_ORBIT_SPACING), max: z.number().min(1.05).max(limit.MAX_ORBIT_SPACING) }),
      /** Outermost orbit (AU): wider systems have their spacing compressed to end here. */
      maxOrbitAu: z.number().min(1).max(100_000).finite(),
      /** Least equilibrium temperature (K) of a Lava world (molten surface); cooler ones are Terrestrial. */
      lavaMinK: amount(100_000),
    }),
    moons: z.strictObject({
      /** Mean moons per planet of each type (Poisson), capped at `max`. */
      mean: z.strictObject({ Lava: mean, Terrestrial: mean, 'Gas Giant': mean, Ice: mean }),
      max: count(limit.MAX_MOONS_PER_PLANET),
      /** Chance a moon has resources, per security band. */
      resourceChance: z.strictObject({ high: fraction, low: fraction, null: fraction }),
    }),
    stations: z.strictObject({
      mean: perBand,
      max: count(limit.MAX_SITES_PER_SYSTEM),
      types: z.strictObject({ high: stationTypeWeights, low: stationTypeWeights, null: stationTypeWeights }),
    }),
    belts: z.strictObject({ perPlanet: mean, max: count(limit.MAX_SITES_PER_SYSTEM), respawnSeconds }),
    anomalies: z.strictObject({
      mean: perBand,
      max: count(limit.MAX_SITES_PER_SYSTEM),
      types: z.strictObject({ Combat: weight, Data: weight, Relic: weight, Gas: weight }),
      completedFraction: fraction,
      respawnSeconds,
    }),
    wormholes: z.strictObject({
      perSystem: amount(limit.MAX_WORMHOLES_PER_SYSTEM),
      min: count(limit.MAX_WORMHOLES),
      lifetimeHours: z.strictObject({ min: amount(limit.MAX_WORMHOLE_LIFETIME_HOURS), max: amount(limit.MAX_WORMHOLE_LIFETIME_HOURS) }),
    }),
    names: z.strictObject({
      /** Region names used first (in order); more are made from the syllables. */
      regions: nameList(limit.MAX_REGION_NAME_LENGTH),
      starterRegion: storableName(limit.MAX_REGION_NAME_LENGTH),
      starterSystem: storableName(limit.MAX_SYSTEM_NAME_LENGTH),
      /** Genesis Prime's planets are "Genesis I" … (echoes-schema.md), not "Genesis Prime I". */
      starterPlanetPrefix: storableName(limit.MAX_SYSTEM_NAME_LENGTH),
      /** Syllables that system, constellation and region names are built from. */
      syllables: z.strictObject({
        start: nameList(limit.MAX_SYLLABLE_LENGTH).min(1),
        middle: nameList(limit.MAX_SYLLABLE_LENGTH),
        end: nameList(limit.MAX_SYLLABLE_LENGTH).min(1),
      }),
      /** Null-sec systems get EVE-like codes ("X-7OMU") instead of syllable names. */
      nullSecCodes: z.boolean(),
      corporations: z.strictObject({
        npc: nameList(limit.MAX_CORPORATION_NAME_LENGTH).min(1),
        player: nameList(limit.MAX_CORPORATION_NAME_LENGTH).min(1),
      }),
      facilities: nameList(limit.MAX_CORPORATION_NAME_LENGTH).min(1),
    }),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

/** The parameters' zod schema (built, and zod loaded, on first call). */
export function universeParamsSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema(zodRuntime());
  return schema;
}

/** The full, resolved parameters of a universe: plain JSON data (printed as meta.config). */
export type UniverseParams = Zod.infer<ReturnType<typeof buildSchema>>;
