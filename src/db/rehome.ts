// Re-homing (PRODUCT.md R6): where the pilots and the items of the old universe go when it is
// replaced. Set-based SQL, so it costs a few statements whatever the size of the player base.
//
// The rules, per pilot (character_locations row):
//   - stay:    the pilot's system exists again (same id, e.g. a same-seed replace) and so does
//              their station, or they were in space: they keep their system, station, position
//              and docked state. Undocked pilots (in space) stay in space only this way.
//   - nearest: (mode `nearest`, the default) everyone else whose old system is known docks at
//              the station of the new system nearest to where that old system was (galactic
//              position), preferring a system of the same security band; a band with no
//              station at all in the new universe falls back to the nearest of any band. A
//              pilot in space whose system is gone is docked too (there is no "in space" without
//              a system to be in).
//   - starter: (mode `starter`; in `nearest` mode, a pilot whose old place is unknown, i.e. one
//              left without a location by an earlier `wipe`) docks at the starter station.
//   - none:    (mode `none`) left as the wipe left them: no system, no station.
// Items (assets in a station, location_type 'Station') whose station does not exist again
// follow their owner to the owner's new station; when the owner has none (in space, or no
// location row), they go to the station nearest to their old one, or the starter station.
//
// Where the pilots were is lost once the old universe is deleted (the cascade sets their
// system and station to NULL), so `snapshotOldPlaces` copies it into temporary tables first,
// inside the replace transaction. `planRehome` (for `--plan`) runs the same decisions against
// the live tables and the new universe given as JSON, in a read-only snapshot.
import { HIGH_SEC_MIN } from '../universe/constants.js';
import type { Queryable } from './database.js';

export const REHOME_MODES = ['nearest', 'starter', 'none'] as const;
export type RehomeMode = (typeof REHOME_MODES)[number];

/** Security band of a status, as the generator's securityBand() says it (SQL). */
function bandSql(status: string): string {
  return `(CASE WHEN ${status} >= ${HIGH_SEC_MIN} THEN 'high' WHEN ${status} > 0 THEN 'low' ELSE 'null' END)`;
}

/** Every pilot's location with the galactic position and band of their system, from the live tables. */
const OLD_PILOTS_SQL = `
  SELECT cl.character_id, cl.solar_system_id AS system_id, cl.station_id, cl.is_docked,
         ss.position_x AS x, ss.position_y AS y, ss.position_z AS z, ${bandSql('ss.security_status')} AS band
    FROM character_locations cl
    LEFT JOIN stations st ON st.id = cl.station_id
    LEFT JOIN solar_systems ss ON ss.id = COALESCE(cl.solar_system_id, st.solar_system_id)`;

/** Every asset parked in a station, with that station's system's position (NULL when the station is already gone). */
const OLD_ASSETS_SQL = `
  SELECT a.id AS asset_id, a.character_id, a.location_id AS station_id, st.solar_system_id AS system_id,
         ss.position_x AS x, ss.position_y AS y, ss.position_z AS z, ${bandSql('ss.security_status')} AS band
    FROM assets a
    LEFT JOIN stations st ON st.id = a.location_id
    LEFT JOIN solar_systems ss ON ss.id = st.solar_system_id
   WHERE lower(a.location_type) = 'station' AND a.location_id IS NOT NULL`;

const TEMP = { pilots: 'echoes_rehome_old_pilots', assets: 'echoes_rehome_old_assets' } as const;

/** What snapshotOldPlaces kept: whether any pilot or station asset may need a new home. */
export interface OldPlaces {
  readonly anyone: boolean;
}

/**
 * Copies where every pilot and station asset is into temporary tables (dropped at COMMIT or
 * ROLLBACK). Call inside the replace transaction, before the old universe is deleted. With nobody
 * to re-home (a first load, a CI database) no table is made: one EXISTS instead of two CREATEs
 * (3.5 ms of a 0.24 s tiny load, measured here).
 */
export async function snapshotOldPlaces(tx: Queryable): Promise<OldPlaces> {
  const present = await tx.query<{ anyone: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM character_locations) OR EXISTS (SELECT 1 FROM (${OLD_ASSETS_SQL}) parked) AS anyone`,
  );
  if (present.rows[0]?.anyone !== true) return { anyone: false };
  await tx.exec(`CREATE TEMP TABLE ${TEMP.pilots} ON COMMIT DROP AS ${OLD_PILOTS_SQL};
    CREATE TEMP TABLE ${TEMP.assets} ON COMMIT DROP AS ${OLD_ASSETS_SQL};`);
  return { anyone: true };
}

/** Where the relations the decisions read come from: live/temporary tables, or SQL over parameters. */
interface Sources {
  oldPilots: string;
  oldAssets: string;
  /** id, x, y, z, band of every new system. */
  newSystems: string;
  /** id, system_id of every new station. */
  newStations: string;
  /** Already computed nearest stations (old_system_id, station_id), instead of computing them. */
  nearest?: string;
}

const LOADED_SOURCES: Sources = {
  oldPilots: `SELECT * FROM ${TEMP.pilots}`,
  oldAssets: `SELECT * FROM ${TEMP.assets}`,
  newSystems: `SELECT id, position_x AS x, position_y AS y, position_z AS z, ${bandSql('security_status')} AS band FROM solar_systems`,
  newStations: 'SELECT id, solar_system_id AS system_id FROM stations',
};

/**
 * One CTE chain deciding, for $1 = mode and $2 = the starter station's id, where every pilot
 * (`pilot_decision`) and every stranded asset (`asset_decision`) goes. Distances are computed
 * once per distinct old system, not per pilot.
 */
function decisionCtes(sources: Sources): string {
  return `
  old_pilots AS (${sources.oldPilots}),
  old_assets AS (${sources.oldAssets}),
  new_systems AS (${sources.newSystems}),
  new_stations AS (${sources.newStations}),
  -- The station a pilot docks at in a system: the system's first by id (deterministic).
  dock AS (SELECT DISTINCT ON (system_id) system_id, id AS station_id FROM new_stations ORDER BY system_id, id),
  candidates AS (
    SELECT s.id AS system_id, s.x, s.y, s.z, s.band, d.station_id FROM new_systems s JOIN dock d ON d.system_id = s.id),
  old_places AS (
    SELECT DISTINCT system_id, x, y, z, band FROM (
      SELECT system_id, x, y, z, band FROM old_pilots WHERE x IS NOT NULL
      UNION ALL SELECT system_id, x, y, z, band FROM old_assets WHERE x IS NOT NULL) places),
  nearest AS (${sources.nearest ?? `
    SELECT p.system_id AS old_system_id, c.station_id
      FROM old_places p
      CROSS JOIN LATERAL (
        SELECT c.station_id FROM candidates c
         ORDER BY (c.band <> p.band), (c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y) + (c.z - p.z) * (c.z - p.z), c.station_id
         LIMIT 1) c`}),
  pilot_outcome AS (
    SELECT p.*,
           CASE
             WHEN p.system_id IN (SELECT id FROM new_systems)
              AND (p.station_id IS NULL OR p.station_id IN (SELECT id FROM new_stations)) THEN 'stay'
             WHEN $1 = 'none' THEN 'none'
             WHEN $1 = 'nearest' AND p.x IS NOT NULL THEN 'nearest'
             ELSE 'starter'
           END AS outcome
      FROM old_pilots p),
  pilot_decision AS (
    SELECT o.character_id, o.outcome,
           CASE o.outcome WHEN 'stay' THEN o.station_id WHEN 'nearest' THEN n.station_id WHEN 'starter' THEN $2::uuid END AS new_station_id
      FROM pilot_outcome o LEFT JOIN nearest n ON n.old_system_id = o.system_id),
  asset_decision AS (
    SELECT a.asset_id,
           CASE
             WHEN $1 = 'none' THEN NULL
             WHEN pd.outcome IS NOT NULL AND pd.outcome <> 'none' AND pd.new_station_id IS NOT NULL THEN pd.new_station_id
             WHEN $1 = 'nearest' AND n.station_id IS NOT NULL THEN n.station_id
             ELSE $2::uuid
           END AS new_station_id
      FROM old_assets a
      LEFT JOIN pilot_decision pd ON pd.character_id = a.character_id
      LEFT JOIN nearest n ON n.old_system_id = a.system_id
     WHERE a.station_id NOT IN (SELECT id FROM new_stations))`;
}

export interface RehomeSummary {
  mode: RehomeMode;
  /** Pilots whose system (and station) exist again: they keep their place. */
  stayed: number;
  /** Pilots docked at the station nearest to where they were. */
  movedNearest: number;
  /** Pilots docked at the starter station. */
  movedToStarter: number;
  /** Pilots left without a location (--rehome none). */
  leftHomeless: number;
  /** Items moved out of stations that do not exist any more. */
  assetsMoved: number;
  /** Items left in stations that do not exist any more (--rehome none). */
  assetsLeft: number;
  /** The stations that receive the most moved pilots, busiest first (at most TOP_STATIONS). */
  topStations: { stationId: string; station: string; system: string; pilots: number }[];
}

const TOP_STATIONS = 5;

interface SummaryRow {
  stayed: string | number;
  nearest: string | number;
  starter: string | number;
  none: string | number;
  assets_moved: string | number;
  assets_left: string | number;
  top: { station_id: string; station: string; system: string; pilots: number }[] | null;
}

/**
 * Counts of `pilot_decision` and `asset_decision` (CTEs or tables in `ctes`), and the busiest
 * receiving stations named through `names` (id, station, system). One statement, so a CTE chain
 * computes its nearest stations once.
 */
async function summarise(tx: Queryable, mode: RehomeMode, ctes: string, params: unknown[], names: string): Promise<RehomeSummary> {
  const result = await tx.query<SummaryRow>(
    `WITH ${ctes},
     counts AS (
       SELECT count(*) FILTER (WHERE outcome = 'stay') AS stayed, count(*) FILTER (WHERE outcome = 'nearest') AS nearest,
              count(*) FILTER (WHERE outcome = 'starter') AS starter, count(*) FILTER (WHERE outcome = 'none') AS none
         FROM pilot_decision),
     asset_counts AS (SELECT count(new_station_id) AS assets_moved, count(*) - count(new_station_id) AS assets_left FROM asset_decision),
     busiest AS (
       SELECT m.new_station_id AS station_id, n.station, n.system, m.pilots
         FROM (SELECT new_station_id, count(*) AS pilots FROM pilot_decision WHERE outcome IN ('nearest', 'starter') GROUP BY new_station_id) m
         JOIN (${names}) n ON n.id = m.new_station_id
        ORDER BY m.pilots DESC, n.station LIMIT ${TOP_STATIONS})
     SELECT counts.*, asset_counts.*,
            (SELECT json_agg(json_build_object('station_id', station_id, 'station', station, 'system', system, 'pilots', pilots) ORDER BY pilots DESC, station) FROM busiest) AS top
       FROM counts, asset_counts`,
    params,
  );
  const row = result.rows[0];
  const top = typeof row.top === 'string' ? (JSON.parse(row.top) as SummaryRow['top']) : row.top;
  return {
    mode,
    stayed: Number(row.stayed),
    movedNearest: Number(row.nearest),
    movedToStarter: Number(row.starter),
    leftHomeless: Number(row.none),
    assetsMoved: Number(row.assets_moved),
    assetsLeft: Number(row.assets_left),
    topStations: (top ?? []).map((r) => ({ stationId: r.station_id, station: r.station, system: r.system, pilots: Number(r.pilots) })),
  };
}

const LOADED_STATION_NAMES = 'SELECT st.id, st.name AS station, ss.name AS system FROM stations st JOIN solar_systems ss ON ss.id = st.solar_system_id';
const DECISIONS = { pilots: 'echoes_rehome_pilot_decision', assets: 'echoes_rehome_asset_decision', nearest: 'echoes_rehome_nearest' } as const;

/**
 * Applies the decisions after the new universe is loaded (same transaction, after
 * snapshotOldPlaces and the delete). Returns what happened.
 */
export async function rehomeAfterLoad(tx: Queryable, mode: RehomeMode, starterStationId: string, old: OldPlaces): Promise<RehomeSummary> {
  // Nobody to move (a first load, a CI database): the decisions would find the nearest station of
  // every new system for no one (≈ 0.2 s for eve).
  if (!old.anyone) {
    return { mode, stayed: 0, movedNearest: 0, movedToStarter: 0, leftHomeless: 0, assetsMoved: 0, assetsLeft: 0, topStations: [] };
  }
  const params = [mode, starterStationId];
  // Each step is kept in a temporary table, so the distances are computed once.
  await tx.query(`CREATE TEMP TABLE ${DECISIONS.nearest} ON COMMIT DROP AS WITH ${decisionCtes(LOADED_SOURCES)} SELECT * FROM nearest`, params);
  const ctes = decisionCtes({ ...LOADED_SOURCES, nearest: `SELECT * FROM ${DECISIONS.nearest}` });
  await tx.query(`CREATE TEMP TABLE ${DECISIONS.pilots} ON COMMIT DROP AS WITH ${ctes} SELECT * FROM pilot_decision`, params);
  await tx.query(`CREATE TEMP TABLE ${DECISIONS.assets} ON COMMIT DROP AS WITH ${ctes} SELECT * FROM asset_decision`, params);
  // Stayers get back the ids the cascade set to NULL; their position and docked state were kept.
  await tx.query(
    `UPDATE character_locations cl SET solar_system_id = o.system_id, station_id = o.station_id
       FROM ${DECISIONS.pilots} d JOIN ${TEMP.pilots} o ON o.character_id = d.character_id
      WHERE d.outcome = 'stay' AND cl.character_id = d.character_id`,
  );
  // Movers dock: their system is the station's, their position the station's.
  await tx.query(
    `UPDATE character_locations cl
        SET solar_system_id = st.solar_system_id, station_id = st.id, is_docked = TRUE,
            position_x = st.position_x, position_y = st.position_y, position_z = st.position_z, updated_at = now()
       FROM ${DECISIONS.pilots} d JOIN stations st ON st.id = d.new_station_id
      WHERE d.outcome IN ('nearest', 'starter') AND cl.character_id = d.character_id`,
  );
  await tx.query(`UPDATE assets a SET location_id = d.new_station_id FROM ${DECISIONS.assets} d WHERE d.new_station_id IS NOT NULL AND a.id = d.asset_id`);
  const tables = `pilot_decision AS (SELECT * FROM ${DECISIONS.pilots}), asset_decision AS (SELECT * FROM ${DECISIONS.assets})`;
  return summarise(tx, mode, tables, [], LOADED_STATION_NAMES);
}

/** The new universe's systems and stations, as the plan knows them before loading. */
export interface NewPlaces {
  systems: { id: string; x: number; y: number; z: number; security: number }[];
  stations: { id: string; systemId: string; name: string; systemName: string }[];
}

/**
 * What rehomeAfterLoad would do if `places` replaced the live universe: the same decisions, read
 * from the live tables in the caller's (read-only) transaction. Changes nothing.
 */
export async function planRehome(tx: Queryable, mode: RehomeMode, starterStationId: string, places: NewPlaces): Promise<RehomeSummary> {
  const sources: Sources = {
    oldPilots: OLD_PILOTS_SQL,
    oldAssets: OLD_ASSETS_SQL,
    newSystems: `SELECT id, x, y, z, ${bandSql('security')} AS band FROM json_to_recordset($3::json) AS t(id uuid, x float8, y float8, z float8, security float8)`,
    newStations: `SELECT id, "systemId" AS system_id FROM json_to_recordset($4::json) AS t(id uuid, "systemId" uuid)`,
  };
  const params = [mode, starterStationId, JSON.stringify(places.systems), JSON.stringify(places.stations)];
  const names = `SELECT id, name AS station, "systemName" AS system FROM json_to_recordset($4::json) AS t(id uuid, name text, "systemName" text)`;
  return summarise(tx, mode, decisionCtes(sources), params, names);
}
