// The whole database schema of echoes-schema.md (plus `skills`), one module per area of the
// document. This is the file drizzle-kit reads (drizzle.config.ts) and the single source of
// table and column names for the rest of the tool.
import type { PgTable } from 'drizzle-orm/pg-core';
import type { UniverseTable } from '../../universe/rows.js';
import { anomalies, asteroidBelts, constellations, moons, planets, regions, solarSystems, stargates, stations, wormholes } from './universe.js';

export * from './characters.js';
export * from './universe.js';
export * from './inventory.js';
export * from './economy.js';
export * from './servers.js';
export * from './content.js';
export * from './skills.js';

/** The Drizzle table of each universe table, by SQL name (for COPY and wipe code). */
export const universeTables: Readonly<Record<UniverseTable, PgTable>> = {
  regions,
  constellations,
  solar_systems: solarSystems,
  planets,
  moons,
  stations,
  stargates,
  asteroid_belts: asteroidBelts,
  anomalies,
  wormholes,
};
