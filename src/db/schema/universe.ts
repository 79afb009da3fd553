// Universe tables of echoes-schema.md (tables 8–17): the tree regions → constellations →
// solar_systems → {planets → moons, stations, stargates, asteroid_belts, anomalies, wormholes}.
// Every child row hangs off its parent by ON DELETE CASCADE, so `DELETE FROM regions` wipes a
// universe. `id` keeps its gen_random_uuid() default as documented; the generator supplies its
// own deterministic ids, so COPY never evaluates it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { referencesWithPgName, timestampColumn, timestampDefaultNow, uuidPrimaryKey } from './common.js';

/** position_x/y/z, NOT NULL, as every universe body below carries them. */
function requiredPosition() {
  return {
    positionX: doublePrecision('position_x').notNull(),
    positionY: doublePrecision('position_y').notNull(),
    positionZ: doublePrecision('position_z').notNull(),
  };
}

/** x/y/z_offset DEFAULT 0 of regions and constellations. */
function offsets() {
  return {
    xOffset: doublePrecision('x_offset').default(0),
    yOffset: doublePrecision('y_offset').default(0),
    zOffset: doublePrecision('z_offset').default(0),
  };
}

export const regions = pgTable(
  'regions',
  {
    id: uuidPrimaryKey(),
    name: varchar('name', { length: 100 }).notNull().unique('regions_name_key'),
    description: text('description'),
    ...offsets(),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [index('idx_regions_name').on(t.name)],
);

export const constellations = pgTable(
  'constellations',
  {
    id: uuidPrimaryKey(),
    regionId: uuid('region_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    description: text('description'),
    ...offsets(),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.regionId, regions.id, 'cascade'),
    unique('uq_constellation_name_per_region').on(t.regionId, t.name),
    index('idx_constellations_region_id').on(t.regionId),
    index('idx_constellations_name').on(t.name),
  ],
);

export const solarSystems = pgTable(
  'solar_systems',
  {
    id: uuidPrimaryKey(),
    constellationId: uuid('constellation_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** 0.0 = null-sec, 0.1–0.4 = low-sec, 0.5–1.0 = high-sec */
    securityStatus: doublePrecision('security_status').notNull().default(1.0),
    ...requiredPosition(),
    /** O, B, A, F, G, K, M */
    starType: varchar('star_type', { length: 50 }),
    starTemperature: integer('star_temperature'),
    starRadius: doublePrecision('star_radius'),
    hasStation: boolean('has_station').default(false),
    hasStargate: boolean('has_stargate').default(false),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.constellationId, constellations.id, 'cascade'),
    check('chk_security_status', sql`${t.securityStatus} BETWEEN 0.0 AND 1.0`),
    unique('uq_system_name_per_constellation').on(t.constellationId, t.name),
    index('idx_solar_systems_constellation_id').on(t.constellationId),
    index('idx_solar_systems_name').on(t.name),
    index('idx_solar_systems_security').on(t.securityStatus),
  ],
);

export const planets = pgTable(
  'planets',
  {
    id: uuidPrimaryKey(),
    solarSystemId: uuid('solar_system_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    /** Terrestrial, Gas Giant, Ice, Lava, … */
    planetType: varchar('planet_type', { length: 50 }).notNull(),
    ...requiredPosition(),
    /** kilometres */
    radius: doublePrecision('radius').notNull(),
    mass: doublePrecision('mass'),
    /** days */
    orbitalPeriod: doublePrecision('orbital_period'),
    /** kelvin */
    temperature: integer('temperature'),
    hasAtmosphere: boolean('has_atmosphere').default(false),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'cascade'),
    unique('uq_planet_name_per_system').on(t.solarSystemId, t.name),
    index('idx_planets_solar_system_id').on(t.solarSystemId),
    index('idx_planets_name').on(t.name),
    index('idx_planets_type').on(t.planetType),
  ],
);

export const moons = pgTable(
  'moons',
  {
    id: uuidPrimaryKey(),
    planetId: uuid('planet_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    moonIndex: integer('moon_index').notNull(),
    ...requiredPosition(),
    radius: doublePrecision('radius').notNull(),
    orbitalPeriod: doublePrecision('orbital_period'),
    hasResources: boolean('has_resources').default(false),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.planetId, planets.id, 'cascade'),
    unique('uq_moon_index_per_planet').on(t.planetId, t.moonIndex),
    index('idx_moons_planet_id').on(t.planetId),
    index('idx_moons_name').on(t.name),
  ],
);

export const stations = pgTable(
  'stations',
  {
    id: uuidPrimaryKey(),
    solarSystemId: uuid('solar_system_id').notNull(),
    planetId: uuid('planet_id'),
    name: varchar('name', { length: 100 }).notNull(),
    /** Station, Outpost, Citadel */
    stationType: varchar('station_type', { length: 50 }).notNull(),
    ...requiredPosition(),
    hasMarket: boolean('has_market').default(true),
    hasRepair: boolean('has_repair').default(true),
    hasReprocessing: boolean('has_reprocessing').default(false),
    hasManufacturing: boolean('has_manufacturing').default(false),
    /** metres */
    dockingRange: doublePrecision('docking_range').default(5000.0),
    ownerCorporation: uuid('owner_corporation'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'cascade'),
    referencesWithPgName(t.planetId, planets.id, 'set null'),
    unique('uq_station_name_per_system').on(t.solarSystemId, t.name),
    index('idx_stations_solar_system_id').on(t.solarSystemId),
    index('idx_stations_name').on(t.name),
    index('idx_stations_planet_id').on(t.planetId),
  ],
);

export const stargates = pgTable(
  'stargates',
  {
    id: uuidPrimaryKey(),
    solarSystemId: uuid('solar_system_id').notNull(),
    destinationSystemId: uuid('destination_system_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    ...requiredPosition(),
    /** metres */
    activationRange: doublePrecision('activation_range').default(5000.0),
    /** seconds */
    jumpDelay: doublePrecision('jump_delay').default(3.0),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'cascade'),
    referencesWithPgName(t.destinationSystemId, solarSystems.id, 'cascade'),
    check('chk_no_self_gate', sql`${t.solarSystemId} != ${t.destinationSystemId}`),
    unique('uq_stargate_name_per_system').on(t.solarSystemId, t.name),
    index('idx_stargates_solar_system_id').on(t.solarSystemId),
    index('idx_stargates_destination_id').on(t.destinationSystemId),
  ],
);

export const asteroidBelts = pgTable(
  'asteroid_belts',
  {
    id: uuidPrimaryKey(),
    solarSystemId: uuid('solar_system_id').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    beltIndex: integer('belt_index').notNull(),
    ...requiredPosition(),
    /** metres */
    radius: doublePrecision('radius').default(50000.0),
    /** Veldspar, Scordite, Pyroxeres, … */
    oreType: varchar('ore_type', { length: 50 }),
    /** seconds */
    respawnTime: integer('respawn_time').default(3600),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'cascade'),
    unique('uq_asteroid_belt_per_system').on(t.solarSystemId, t.beltIndex),
    index('idx_asteroid_belts_solar_system_id').on(t.solarSystemId),
  ],
);

export const anomalies = pgTable(
  'anomalies',
  {
    id: uuidPrimaryKey(),
    solarSystemId: uuid('solar_system_id').notNull(),
    /** Combat, Data, Relic, Gas */
    anomalyType: varchar('anomaly_type', { length: 50 }).notNull(),
    /** Easy, Medium, Hard, Elite */
    difficulty: varchar('difficulty', { length: 20 }),
    ...requiredPosition(),
    isCompleted: boolean('is_completed').default(false),
    /** seconds until respawn */
    respawnTime: integer('respawn_time'),
    createdAt: timestampDefaultNow('created_at'),
    completedAt: timestampColumn('completed_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'cascade'),
    index('idx_anomalies_solar_system_id').on(t.solarSystemId),
    index('idx_anomalies_type').on(t.anomalyType),
    index('idx_anomalies_completed').on(t.isCompleted),
  ],
);

export const wormholes = pgTable(
  'wormholes',
  {
    id: uuidPrimaryKey(),
    sourceSystemId: uuid('source_system_id').notNull(),
    destinationSystemId: uuid('destination_system_id').notNull(),
    ...requiredPosition(),
    /** 0–100 %, decreases with use */
    stability: doublePrecision('stability').default(100.0),
    /** kilograms */
    maxMassPerJump: doublePrecision('max_mass_per_jump'),
    /** kilograms; the wormhole collapses when exceeded */
    totalMassLimit: doublePrecision('total_mass_limit'),
    expiresAt: timestampColumn('expires_at').notNull(),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.sourceSystemId, solarSystems.id, 'cascade'),
    referencesWithPgName(t.destinationSystemId, solarSystems.id, 'cascade'),
    check('chk_stability', sql`${t.stability} BETWEEN 0 AND 100`),
    index('idx_wormholes_source_system').on(t.sourceSystemId),
    index('idx_wormholes_destination_system').on(t.destinationSystemId),
    index('idx_wormholes_expires').on(t.expiresAt),
  ],
);

/**
 * The universe tables in echoes-schema.md's order (tables 8–17), which is also the order of the
 * dry-run JSON and the fingerprint. A module namespace lists its exports alphabetically, so the
 * order is stated here, once; the registry (registry.ts) orders parents first from it and fails,
 * naming the table, when a table declared in this file is missing here.
 */
export const UNIVERSE_DOCUMENT_ORDER = [regions, constellations, solarSystems, planets, moons, stations, stargates, asteroidBelts, anomalies, wormholes];
