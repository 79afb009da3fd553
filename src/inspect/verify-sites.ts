// Verify rules on stations, asteroid belts, anomalies and wormholes (PRODUCT.md R4 "Stations,
// belts, anomalies, wormholes"):
//   stations.type        Station, Outpost or Citadel
//   stations.planet      planet_id set, naming a planet of the station's own system
//   stations.name        starts with its planet's or moon's name: `Genesis III - Moon 7 - …`
//   stations.has-station has_station is true exactly for systems with a station
//   belts.index          belt_index runs 1..n per system
//   belts.name           `<Planet of the system> - Asteroid Belt <n>`
//   belts.ore            no rare ore in high-sec
//   anomalies.type       anomaly_type Combat/Data/Relic/Gas, difficulty Easy/Medium/Hard/Elite
//   anomalies.completed  completed_at is set exactly when is_completed
//   anomalies.elite      Elite anomalies only in null-sec
//   wormholes.self       source ≠ destination
//   wormholes.mass       max_mass_per_jump ≤ total_mass_limit
//   wormholes.expiry     (when the epoch is known) expires hours to days after the epoch (1 h–30 d,
//                        or the configured lifetime)
import type { StationRow } from '../universe/rows.js';
import { RARE_ORES, securityClass } from './eve-figures.js';
import { groupBy, type VerifyContext } from './verify-context.js';

export const STATION_TYPES: ReadonlySet<string> = new Set(['Station', 'Outpost', 'Citadel']);
export const ANOMALY_TYPES: ReadonlySet<string> = new Set(['Combat', 'Data', 'Relic', 'Gas']);
export const ANOMALY_DIFFICULTIES = ['Easy', 'Medium', 'Hard', 'Elite'] as const;
const HOUR_MS = 3_600_000;
/** "A lifetime of hours to days": by default at least an hour, at most 30 days. */
export const DEFAULT_WORMHOLE_LIFETIME_HOURS: readonly [number, number] = [1, 30 * 24];

export interface WormholeExpiry {
  /** The generation epoch (ISO time); without it expiry is not checked. */
  epoch?: string;
  lifetimeHours?: readonly [number, number];
}

/** `moonIndices` holds the moon indices of every planet a station orbits. */
function checkStationName(context: VerifyContext, station: StationRow, where: string, moonIndices: ReadonlyMap<string, Set<number>>): void {
  const planet = station.planet_id === null ? undefined : context.planetById.get(station.planet_id);
  if (!planet) return;
  if (!station.name.startsWith(`${planet.name} - `)) {
    context.report('stations.name', `${where} orbits "${planet.name}" but its name does not start with "${planet.name} - "`);
    return;
  }
  const moonMatch = /^ - Moon (\d+) - /.exec(station.name.slice(planet.name.length));
  if (moonMatch && !moonIndices.get(planet.id)?.has(Number(moonMatch[1]))) {
    context.report('stations.name', `${where} is named after "${planet.name} - Moon ${moonMatch[1]}", which does not exist`);
  }
}

function checkStations(context: VerifyContext): void {
  const withStation = new Set<string>();
  const moonIndices = new Map<string, Set<number>>();
  for (const station of context.tables.stations) if (station.planet_id !== null) moonIndices.set(station.planet_id, new Set());
  for (const moon of context.tables.moons) moonIndices.get(moon.planet_id)?.add(moon.moon_index);
  for (const station of context.tables.stations) {
    withStation.add(station.solar_system_id);
    const where = `station "${station.name}" in ${context.systemName(station.solar_system_id)}`;
    if (!STATION_TYPES.has(station.station_type)) {
      context.report('stations.type', `${where} has type "${station.station_type}", not Station, Outpost or Citadel`);
    }
    if (station.planet_id === null) {
      context.report('stations.planet', `${where} has no planet_id: stations orbit a planet or moon`);
    } else {
      const planet = context.planetById.get(station.planet_id);
      if (planet && planet.solar_system_id !== station.solar_system_id) {
        context.report('stations.planet', `${where} orbits "${planet.name}" of ${context.systemName(planet.solar_system_id)}, another system`);
      }
    }
    checkStationName(context, station, where, moonIndices);
  }
  for (const system of context.tables.solar_systems) {
    const has = withStation.has(system.id);
    if ((system.has_station === true) !== has) {
      context.report('stations.has-station', `system "${system.name}" has has_station = ${String(system.has_station)} but ${has ? 'has' : 'has no'} stations`);
    }
  }
}

function checkBelts(context: VerifyContext): void {
  for (const [systemId, belts] of groupBy(context.tables.asteroid_belts, (belt) => belt.solar_system_id)) {
    const system = context.systemById.get(systemId);
    const systemName = context.systemName(systemId);
    const indices = belts.map((belt) => belt.belt_index).sort((a, b) => a - b);
    if (indices.some((index, k) => index !== k + 1)) {
      context.report('belts.index', `system "${systemName}" has belt_index values [${indices.join(', ')}], not 1..${belts.length}`);
    }
    const planetNames = new Set((context.planetsBySystem.get(systemId) ?? []).map((planet) => planet.name));
    for (const belt of belts) {
      const match = /^(.*) - Asteroid Belt (\d+)$/.exec(belt.name);
      if (!match || !planetNames.has(match[1])) {
        context.report('belts.name', `belt "${belt.name}" in ${systemName} is not named "<planet of ${systemName}> - Asteroid Belt <n>"`);
      }
      if (system && belt.ore_type !== null && RARE_ORES.has(belt.ore_type) && securityClass(system.security_status) === 'high') {
        context.report('belts.ore', `belt "${belt.name}" holds ${belt.ore_type}, a rare ore, in high-sec system "${system.name}" (${system.security_status.toFixed(2)})`);
      }
    }
  }
}

function checkAnomalies(context: VerifyContext): void {
  for (const anomaly of context.tables.anomalies) {
    const system = context.systemById.get(anomaly.solar_system_id);
    const where = `anomaly ${anomaly.id} (${anomaly.anomaly_type}) in ${context.systemName(anomaly.solar_system_id)}`;
    if (!ANOMALY_TYPES.has(anomaly.anomaly_type)) {
      context.report('anomalies.type', `${where} has type "${anomaly.anomaly_type}", not Combat, Data, Relic or Gas`);
    }
    if (anomaly.difficulty !== null && !(ANOMALY_DIFFICULTIES as readonly string[]).includes(anomaly.difficulty)) {
      context.report('anomalies.type', `${where} has difficulty "${anomaly.difficulty}", not ${ANOMALY_DIFFICULTIES.join(', ')}`);
    }
    if ((anomaly.is_completed === true) !== (anomaly.completed_at !== null)) {
      context.report(
        'anomalies.completed',
        `${where} has is_completed = ${String(anomaly.is_completed)} but completed_at ${anomaly.completed_at === null ? 'is not set' : `= ${anomaly.completed_at}`}`,
      );
    }
    if (system && anomaly.difficulty === 'Elite' && securityClass(system.security_status) !== 'null') {
      context.report('anomalies.elite', `${where} is Elite in a ${securityClass(system.security_status)}-sec system (${system.security_status.toFixed(2)}); Elite sites are null-sec only`);
    }
  }
}

function checkWormholes(context: VerifyContext, { epoch, lifetimeHours = DEFAULT_WORMHOLE_LIFETIME_HOURS }: WormholeExpiry): void {
  const epochMs = epoch === undefined ? NaN : Date.parse(epoch);
  const [shortestMs, longestMs] = [lifetimeHours[0] * HOUR_MS, lifetimeHours[1] * HOUR_MS];
  for (const wormhole of context.tables.wormholes) {
    const where = `wormhole ${wormhole.id} from ${context.systemName(wormhole.source_system_id)} to ${context.systemName(wormhole.destination_system_id)}`;
    if (wormhole.source_system_id === wormhole.destination_system_id) {
      context.report('wormholes.self', `${where} leads back to its own system`);
    }
    const { max_mass_per_jump: perJump, total_mass_limit: total } = wormhole;
    if (perJump !== null && total !== null && !(perJump <= total)) {
      context.report('wormholes.mass', `${where} lets ${perJump} kg through per jump, more than its total mass limit of ${total} kg`);
    }
    if (!Number.isNaN(epochMs)) {
      const lifetimeMs = Date.parse(wormhole.expires_at) - epochMs;
      if (!(lifetimeMs >= shortestMs && lifetimeMs <= longestMs)) {
        context.report(
          'wormholes.expiry',
          `${where} expires at ${wormhole.expires_at}, ${(lifetimeMs / HOUR_MS).toFixed(1)} h after the epoch ${epoch}; expected ${lifetimeHours[0]}–${lifetimeHours[1]} h`,
        );
      }
    }
  }
}

export function checkSites(context: VerifyContext, expiry: WormholeExpiry): void {
  checkStations(context);
  checkBelts(context);
  checkAnomalies(context);
  checkWormholes(context, expiry);
}
