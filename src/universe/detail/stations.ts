// Stations of a system: how many depends on security (more in high-sec), the type too (NPC
// Stations in high/low-sec, player Outposts and Citadels mostly in null-sec), and services
// follow the type. Each orbits a planet or moon and is named after it
// ("Genesis III - Imperial Navy Assembly Plant"). Genesis Prime's first station is the starter
// station: an NPC Station with every service, orbiting Genesis III.

import type { StationType, UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import type { SeedSpace } from '../../random/stream.js';
import type { StationRow } from '../rows.js';
import type { SystemRecord } from '../model.js';
import { corporationFacility, fitName, fitWords, NAME_COLUMN_MAX, NameRegistry, STATION_SUFFIX_MIN } from '../names.js';
import { corporationPath, stageStream, stationPath } from '../paths.js';
import { drawStationCount } from '../system-counts.js';
import { offsetBy, planarDirection, type Vector } from '../geometry.js';
import type { MoonBody } from './moons.js';
import type { PlanetBody } from './planets.js';

/** The starter station orbits Genesis III (index 2), the Earth of Genesis Prime. */
const STARTER_PLANET_INDEX = 2;

interface Services {
  has_market: boolean;
  has_repair: boolean;
  has_reprocessing: boolean;
  has_manufacturing: boolean;
  docking_range: number;
}

function servicesOf(type: StationType, rng: Rng): Services {
  switch (type) {
    case 'Station':
      return { has_market: true, has_repair: true, has_reprocessing: rng.chance(0.7), has_manufacturing: rng.chance(0.5), docking_range: 5000 };
    case 'Outpost':
      return { has_market: rng.chance(0.6), has_repair: true, has_reprocessing: true, has_manufacturing: rng.chance(0.7), docking_range: 7500 };
    case 'Citadel':
      return { has_market: true, has_repair: true, has_reprocessing: rng.chance(0.4), has_manufacturing: rng.chance(0.3), docking_range: 10000 };
  }
}

const ALL_SERVICES: Services = { has_market: true, has_repair: true, has_reprocessing: true, has_manufacturing: true, docking_range: 5000 };

interface Orbited {
  name: string;
  planetId: string;
  radiusKm: number;
  position: Vector;
}

export function generateStations(
  system: SystemRecord,
  planets: readonly PlanetBody[],
  moons: readonly MoonBody[],
  space: SeedSpace,
  params: UniverseParams,
): StationRow[] {
  const rng = space.stream(stageStream('stations', system.path));
  const count = drawStationCount(rng, system, params);
  if (count === 0 || planets.length === 0) return [];
  const orbitPlanet = (p: PlanetBody): Orbited => ({ name: p.row.name, planetId: p.row.id, radiusKm: p.radiusKm, position: p.position });
  const orbitMoon = (m: MoonBody): Orbited => ({ name: m.row.name, planetId: m.row.planet_id, radiusKm: m.radiusKm, position: m.position });
  const { corporations, facilities } = params.names;
  // In Genesis Prime the inner system (planets I–III) belongs to the starter station alone, so
  // its name ("Genesis III - …") also sorts first among the system's stations.
  const choosable = system.isStarter && planets.length > STARTER_PLANET_INDEX + 1 ? planets.slice(STARTER_PLANET_INDEX + 1) : planets;
  const choosableIds = new Set(choosable.map((p) => p.row.id));
  const choosableMoons = moons.filter((m) => choosableIds.has(m.row.planet_id));
  const names = new NameRegistry(NAME_COLUMN_MAX);
  const rows: StationRow[] = [];
  for (let k = 0; k < count; k++) {
    const starter = system.isStarter && k === 0;
    const type: StationType = starter ? 'Station' : rng.weightedKey(params.stations.types[system.band]);
    const npc = type === 'Station';
    let body: Orbited = orbitPlanet(planets[Math.min(STARTER_PLANET_INDEX, planets.length - 1)]);
    let owner = npc ? corporations.npc[0] : corporations.player[0];
    const name = names.claim(() => {
      if (!starter) {
        body = choosableMoons.length > 0 && rng.chance(0.7) ? orbitMoon(rng.pick(choosableMoons)) : orbitPlanet(rng.pick(choosable));
        owner = rng.pick(npc ? corporations.npc : corporations.player);
      }
      const facility = npc ? (starter ? facilities[0] : rng.pick(facilities)) : type;
      const room = Math.max(STATION_SUFFIX_MIN, NAME_COLUMN_MAX - body.name.length - 3);
      return fitName(`${body.name} - ${fitWords(corporationFacility(owner, facility), room)}`, NAME_COLUMN_MAX);
    });
    const position = offsetBy(body.position, planarDirection(rng, 30), (body.radiusKm + rng.range(100, 2000)) * 1000);
    rows.push({
      id: space.uuid(stationPath(system.path, k + 1)),
      solar_system_id: system.id,
      planet_id: body.planetId,
      name,
      station_type: type,
      position_x: position.x,
      position_y: position.y,
      position_z: position.z,
      ...(starter ? ALL_SERVICES : servicesOf(type, rng)),
      owner_corporation: space.uuid(corporationPath(owner)),
    });
  }
  return rows;
}
