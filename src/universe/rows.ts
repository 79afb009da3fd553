// The rows a generated universe is made of: one interface per universe table, keyed by the
// table's column names exactly (they are also the dry-run JSON keys, PRODUCT.md R2).
// `created_at` is left out on purpose: the database default fills it.
// Timestamps are ISO 8601 UTC strings; positions are metres.
// Which tables exist, their order and their columns' SQL types come from the Drizzle schema's
// registry (src/db/schema/registry.ts); this file only types the rows.

export interface RegionRow {
  id: string;
  name: string;
  description: string | null;
  x_offset: number;
  y_offset: number;
  z_offset: number;
}

export interface ConstellationRow {
  id: string;
  region_id: string;
  name: string;
  description: string | null;
  x_offset: number;
  y_offset: number;
  z_offset: number;
}

export interface SolarSystemRow {
  id: string;
  constellation_id: string;
  name: string;
  security_status: number;
  position_x: number;
  position_y: number;
  position_z: number;
  star_type: string | null;
  star_temperature: number | null;
  star_radius: number | null;
  has_station: boolean;
  has_stargate: boolean;
}

export interface PlanetRow {
  id: string;
  solar_system_id: string;
  name: string;
  planet_type: string;
  position_x: number;
  position_y: number;
  position_z: number;
  radius: number;
  mass: number | null;
  orbital_period: number | null;
  temperature: number | null;
  has_atmosphere: boolean;
}

export interface MoonRow {
  id: string;
  planet_id: string;
  name: string;
  moon_index: number;
  position_x: number;
  position_y: number;
  position_z: number;
  radius: number;
  orbital_period: number | null;
  has_resources: boolean;
}

export interface StationRow {
  id: string;
  solar_system_id: string;
  planet_id: string | null;
  name: string;
  station_type: string;
  position_x: number;
  position_y: number;
  position_z: number;
  has_market: boolean;
  has_repair: boolean;
  has_reprocessing: boolean;
  has_manufacturing: boolean;
  docking_range: number;
  owner_corporation: string | null;
}

export interface StargateRow {
  id: string;
  solar_system_id: string;
  destination_system_id: string;
  name: string;
  position_x: number;
  position_y: number;
  position_z: number;
  activation_range: number;
  jump_delay: number;
}

export interface AsteroidBeltRow {
  id: string;
  solar_system_id: string;
  name: string;
  belt_index: number;
  position_x: number;
  position_y: number;
  position_z: number;
  radius: number;
  ore_type: string | null;
  respawn_time: number;
}

export interface AnomalyRow {
  id: string;
  solar_system_id: string;
  anomaly_type: string;
  difficulty: string | null;
  position_x: number;
  position_y: number;
  position_z: number;
  is_completed: boolean;
  respawn_time: number | null;
  completed_at: string | null;
}

export interface WormholeRow {
  id: string;
  source_system_id: string;
  destination_system_id: string;
  position_x: number;
  position_y: number;
  position_z: number;
  stability: number;
  max_mass_per_jump: number | null;
  total_mass_limit: number | null;
  expires_at: string;
}

/** The row type of each universe table. */
export interface UniverseRowTypes {
  regions: RegionRow;
  constellations: ConstellationRow;
  solar_systems: SolarSystemRow;
  planets: PlanetRow;
  moons: MoonRow;
  stations: StationRow;
  stargates: StargateRow;
  asteroid_belts: AsteroidBeltRow;
  anomalies: AnomalyRow;
  wormholes: WormholeRow;
}

/** A universe table (the schema's registry gives their parent-first order). */
export type UniverseTable = keyof UniverseRowTypes;

export type UniverseRow = UniverseRowTypes[UniverseTable];

/**
 * A batch of rows of one table. The generator yields batches in an order where every
 * row's parents were yielded in an earlier batch (or earlier in the same batch), so a
 * sink can load them into a database with foreign keys checked row by row.
 */
export type RowBatch = {
  [T in UniverseTable]: { table: T; rows: UniverseRowTypes[T][] };
}[UniverseTable];

/** A whole universe held in memory (small presets, tests, and readers of a JSON file). */
export type UniverseTables = { [T in UniverseTable]: UniverseRowTypes[T][] };
