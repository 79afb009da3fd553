// The column constraints of the ten universe tables, as echoes-schema.md's CREATE TABLE
// statements declare them: SQL type, VARCHAR length, NOT NULL. One table drives three checks:
// the dry-run reader's type check (a corrupt file is refused), verify's per-row constraint check
// (not-nulls, VARCHAR lengths, integers, uuids) and the JSON Schema of the dry-run format.
// Keys are typed against rows.ts, so a column added there and not here fails to compile;
// test/unit/json-schema.test.ts cross-checks the list against the Drizzle schema.
// `created_at` is absent on purpose: the database default fills it (PRODUCT.md R2).
import type { UniverseRowTypes, UniverseTable } from '../universe/rows.js';

export type ColumnKind = 'uuid' | 'varchar' | 'text' | 'double' | 'integer' | 'boolean' | 'timestamp';

export interface ColumnSpec {
  kind: ColumnKind;
  nullable: boolean;
  /** VARCHAR(n) length in characters. */
  maxLength?: number;
}

const uuidKey: ColumnSpec = { kind: 'uuid', nullable: false };
const uuidRef: ColumnSpec = { kind: 'uuid', nullable: false };
const uuidOptionalRef: ColumnSpec = { kind: 'uuid', nullable: true };
const name100: ColumnSpec = { kind: 'varchar', nullable: false, maxLength: 100 };
const description: ColumnSpec = { kind: 'text', nullable: true };
const requiredDouble: ColumnSpec = { kind: 'double', nullable: false };
/** DOUBLE PRECISION DEFAULT … without NOT NULL: the database accepts an explicit NULL. */
const optionalDouble: ColumnSpec = { kind: 'double', nullable: true };
const optionalInteger: ColumnSpec = { kind: 'integer', nullable: true };
const requiredInteger: ColumnSpec = { kind: 'integer', nullable: false };
/** BOOLEAN DEFAULT … without NOT NULL. */
const optionalBoolean: ColumnSpec = { kind: 'boolean', nullable: true };
const varchar = (maxLength: number, nullable: boolean): ColumnSpec => ({ kind: 'varchar', nullable, maxLength });

const position = { position_x: requiredDouble, position_y: requiredDouble, position_z: requiredDouble };
const offsets = { x_offset: optionalDouble, y_offset: optionalDouble, z_offset: optionalDouble };

export type TableColumns = { [T in UniverseTable]: { readonly [C in keyof UniverseRowTypes[T]]: ColumnSpec } };

export const UNIVERSE_COLUMN_SPECS: TableColumns = {
  regions: { id: uuidKey, name: name100, description, ...offsets },
  constellations: { id: uuidKey, region_id: uuidRef, name: name100, description, ...offsets },
  solar_systems: {
    id: uuidKey,
    constellation_id: uuidRef,
    name: name100,
    security_status: requiredDouble,
    ...position,
    star_type: varchar(50, true),
    star_temperature: optionalInteger,
    star_radius: optionalDouble,
    has_station: optionalBoolean,
    has_stargate: optionalBoolean,
  },
  planets: {
    id: uuidKey,
    solar_system_id: uuidRef,
    name: name100,
    planet_type: varchar(50, false),
    ...position,
    radius: requiredDouble,
    mass: optionalDouble,
    orbital_period: optionalDouble,
    temperature: optionalInteger,
    has_atmosphere: optionalBoolean,
  },
  moons: {
    id: uuidKey,
    planet_id: uuidRef,
    name: name100,
    moon_index: requiredInteger,
    ...position,
    radius: requiredDouble,
    orbital_period: optionalDouble,
    has_resources: optionalBoolean,
  },
  stations: {
    id: uuidKey,
    solar_system_id: uuidRef,
    planet_id: uuidOptionalRef,
    name: name100,
    station_type: varchar(50, false),
    ...position,
    has_market: optionalBoolean,
    has_repair: optionalBoolean,
    has_reprocessing: optionalBoolean,
    has_manufacturing: optionalBoolean,
    docking_range: optionalDouble,
    owner_corporation: uuidOptionalRef,
  },
  stargates: {
    id: uuidKey,
    solar_system_id: uuidRef,
    destination_system_id: uuidRef,
    name: name100,
    ...position,
    activation_range: optionalDouble,
    jump_delay: optionalDouble,
  },
  asteroid_belts: {
    id: uuidKey,
    solar_system_id: uuidRef,
    name: name100,
    belt_index: requiredInteger,
    ...position,
    radius: optionalDouble,
    ore_type: varchar(50, true),
    respawn_time: optionalInteger,
  },
  anomalies: {
    id: uuidKey,
    solar_system_id: uuidRef,
    anomaly_type: varchar(50, false),
    difficulty: varchar(20, true),
    ...position,
    is_completed: optionalBoolean,
    respawn_time: optionalInteger,
    completed_at: { kind: 'timestamp', nullable: true },
  },
  wormholes: {
    id: uuidKey,
    source_system_id: uuidRef,
    destination_system_id: uuidRef,
    ...position,
    stability: optionalDouble,
    max_mass_per_jump: optionalDouble,
    total_mass_limit: optionalDouble,
    expires_at: { kind: 'timestamp', nullable: false },
  },
};

/** Columns the dry-run format may carry beyond the spec (filled by the database default). */
export const OPTIONAL_EXTRA_COLUMNS: ReadonlySet<string> = new Set(['created_at']);

/** The column names of a table, in schema order. */
export function columnNames(table: UniverseTable): string[] {
  return Object.keys(UNIVERSE_COLUMN_SPECS[table]);
}

/** The column specs of a table as [name, spec] pairs (the typed record, widened for iteration). */
export function columnEntries(table: UniverseTable): [string, ColumnSpec][] {
  return Object.entries(UNIVERSE_COLUMN_SPECS[table]);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID_PATTERN by hand: verify tests ~1 million ids at EVE scale, and this is 3× faster. */
export function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false; // '-'
    } else if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70))) {
      return false; // not 0-9, a-f, A-F
    }
  }
  return true;
}
/** ISO 8601 date-time, as the dry-run writer prints timestamps (UTC, `Z` or an offset). */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** PostgreSQL INTEGER range. */
export const INTEGER_MIN = -2147483648;
export const INTEGER_MAX = 2147483647;

/** The JavaScript type a column's non-null values have in rows and in the dry-run JSON. */
export function jsType(kind: ColumnKind): 'string' | 'number' | 'boolean' {
  switch (kind) {
    case 'uuid':
    case 'varchar':
    case 'text':
    case 'timestamp':
      return 'string';
    case 'double':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
  }
}

/**
 * What is wrong with one value of a column, or undefined when the value satisfies the column's
 * declared type and NOT NULL. `deep` adds the checks a loose reader can skip: VARCHAR length,
 * integer-ness and range, uuid and timestamp syntax, finite doubles.
 */
export function columnValueProblem(value: unknown, spec: ColumnSpec, deep: boolean): string | undefined {
  if (value === null || value === undefined) {
    return spec.nullable ? undefined : 'is null but the column is NOT NULL';
  }
  const expected = jsType(spec.kind);
  if (typeof value !== expected) return `must be a ${expected}, got ${JSON.stringify(value)}`;
  if (!deep) return undefined;
  switch (spec.kind) {
    case 'varchar': {
      // PostgreSQL counts characters (code points); UTF-16 length is an upper bound, so the
      // exact count is needed only for long strings.
      const text = value as string;
      const length = spec.maxLength === undefined || text.length <= spec.maxLength ? 0 : [...text].length;
      return spec.maxLength !== undefined && length > spec.maxLength
        ? `is ${length} characters long, more than VARCHAR(${spec.maxLength})`
        : undefined;
    }
    case 'uuid':
      return isUuid(value as string) ? undefined : `is not a UUID: ${JSON.stringify(value)}`;
    case 'timestamp':
      return TIMESTAMP_PATTERN.test(value as string) && !Number.isNaN(Date.parse(value as string))
        ? undefined
        : `is not an ISO 8601 timestamp: ${JSON.stringify(value)}`;
    case 'integer':
      if (!Number.isInteger(value)) return `must be an integer, got ${String(value)}`;
      return (value as number) < INTEGER_MIN || (value as number) > INTEGER_MAX ? `is outside the INTEGER range: ${String(value)}` : undefined;
    case 'double':
      return Number.isFinite(value) ? undefined : `must be a finite number, got ${String(value)}`;
    default:
      return undefined;
  }
}
