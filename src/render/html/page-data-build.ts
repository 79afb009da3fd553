// Builds the interactive page's compact universe (page-data.ts) from the universe tables:
// systems projected onto the galactic plane like the SVG map, children grouped by system,
// planets in orbit order, names that follow their pattern left out.
import { projectToPlane } from '../../inspect/plane.js';
import type { UniverseTables } from '../../universe/rows.js';
import {
  PLANE_SIZE,
  SERVICE_BITS,
  patternGateName,
  patternMoonName,
  patternPlanetName,
  type PageData,
  type PageMeta,
} from './page-data.js';

const METRES_PER_AU = 149_597_870_700;

/** Assigns each distinct word a small index, in order of first use. */
class Dictionary {
  readonly words: string[] = [];
  private readonly index = new Map<string, number>();
  indexOf(word: string | null): number {
    if (word === null) return -1;
    let found = this.index.get(word);
    if (found === undefined) {
      found = this.words.length;
      this.words.push(word);
      this.index.set(word, found);
    }
    return found;
  }
}

/** Rows grouped by the system they belong to: counts per system and the rows in system order. */
function groupBySystem<Row>(rows: readonly Row[], systemIndex: (row: Row) => number | undefined, systemCount: number): { perSystem: number[]; grouped: Row[][] } {
  const grouped: Row[][] = Array.from({ length: systemCount }, () => []);
  for (const row of rows) {
    const system = systemIndex(row);
    if (system !== undefined) grouped[system].push(row);
  }
  return { perSystem: grouped.map((list) => list.length), grouped };
}

/** Plane positions on a 0..PLANE_SIZE grid (whole numbers), seen from above like the SVG map. */
function planePositions(tables: UniverseTables): { x: number[]; y: number[] } {
  const { axes, u, v } = projectToPlane(tables.solar_systems);
  // Same orientation as the SVG map: for an x/z disc +z points down, otherwise the second axis up.
  const flip = axes[0] === 'x' && axes[1] === 'z' ? 1 : -1;
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (let i = 0; i < u.length; i++) {
    minU = Math.min(minU, u[i]);
    maxU = Math.max(maxU, u[i]);
    minV = Math.min(minV, flip * v[i]);
    maxV = Math.max(maxV, flip * v[i]);
  }
  const scale = PLANE_SIZE / Math.max(maxU - minU, maxV - minV, 1);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < u.length; i++) {
    x.push(Math.round((u[i] - minU) * scale));
    y.push(Math.round((flip * v[i] - minV) * scale));
  }
  return { x, y };
}

export function buildPageData(tables: UniverseTables, meta: PageMeta): PageData {
  const systems = tables.solar_systems;
  const systemIndexById = new Map(systems.map((system, index) => [system.id, index]));
  const regionIndexById = new Map(tables.regions.map((region, index) => [region.id, index]));
  const constellationIndexById = new Map(tables.constellations.map((c, index) => [c.id, index]));
  const dictionaries = {
    starTypes: new Dictionary(),
    planetTypes: new Dictionary(),
    stationTypes: new Dictionary(),
    ores: new Dictionary(),
    anomalyTypes: new Dictionary(),
    difficulties: new Dictionary(),
  };
  const { x, y } = planePositions(tables);

  // Planets in orbit order (distance from the star at the system's origin), then their moons.
  const orbitMetres = (p: { position_x: number; position_y: number; position_z: number }): number => Math.hypot(p.position_x, p.position_y, p.position_z);
  const planetGroups = groupBySystem(tables.planets, (p) => systemIndexById.get(p.solar_system_id), systems.length);
  const moonsByPlanet = new Map<string, (typeof tables.moons)[number][]>();
  for (const moon of tables.moons) {
    const list = moonsByPlanet.get(moon.planet_id);
    if (list === undefined) moonsByPlanet.set(moon.planet_id, [moon]);
    else list.push(moon);
  }
  const planets: PageData['planets'] = { perSystem: planetGroups.perSystem, name: [], type: [], temperatureK: [], orbitMilliAu: [], moonCount: [] };
  const moonOverrides: [number, string][] = [];
  let moonNumber = 0;
  planetGroups.grouped.forEach((group, system) => {
    const ordered = [...group].sort((a, b) => orbitMetres(a) - orbitMetres(b));
    ordered.forEach((planet, position) => {
      planets.name.push(planet.name === patternPlanetName(systems[system].name, position + 1) ? '' : planet.name);
      planets.type.push(dictionaries.planetTypes.indexOf(planet.planet_type));
      planets.temperatureK.push(planet.temperature === null ? -1 : Math.round(planet.temperature));
      planets.orbitMilliAu.push(Math.round((orbitMetres(planet) / METRES_PER_AU) * 1000));
      const moons = [...(moonsByPlanet.get(planet.id) ?? [])].sort((a, b) => a.moon_index - b.moon_index);
      planets.moonCount.push(moons.length);
      moons.forEach((moon, k) => {
        if (moon.name !== patternMoonName(planet.name, k + 1)) moonOverrides.push([moonNumber, moon.name]);
        moonNumber++;
      });
    });
  });

  const stationGroups = groupBySystem(tables.stations, (s) => systemIndexById.get(s.solar_system_id), systems.length);
  const stations: PageData['stations'] = { perSystem: stationGroups.perSystem, name: [], type: [], services: [] };
  for (const station of stationGroups.grouped.flat()) {
    stations.name.push(station.name);
    stations.type.push(dictionaries.stationTypes.indexOf(station.station_type));
    stations.services.push(
      (station.has_market ? SERVICE_BITS.market : 0) |
        (station.has_repair ? SERVICE_BITS.repair : 0) |
        (station.has_reprocessing ? SERVICE_BITS.reprocessing : 0) |
        (station.has_manufacturing ? SERVICE_BITS.manufacturing : 0),
    );
  }

  const beltGroups = groupBySystem(tables.asteroid_belts, (b) => systemIndexById.get(b.solar_system_id), systems.length);
  const belts: PageData['belts'] = { perSystem: beltGroups.perSystem, name: [], ore: [] };
  for (const group of beltGroups.grouped) {
    for (const belt of [...group].sort((a, b) => a.belt_index - b.belt_index || orbitMetres(a) - orbitMetres(b))) {
      belts.name.push(belt.name);
      belts.ore.push(dictionaries.ores.indexOf(belt.ore_type));
    }
  }

  const anomalyGroups = groupBySystem(tables.anomalies, (a) => systemIndexById.get(a.solar_system_id), systems.length);
  const anomalies: PageData['anomalies'] = { perSystem: anomalyGroups.perSystem, type: [], difficulty: [] };
  for (const anomaly of anomalyGroups.grouped.flat()) {
    anomalies.type.push(dictionaries.anomalyTypes.indexOf(anomaly.anomaly_type));
    anomalies.difficulty.push(dictionaries.difficulties.indexOf(anomaly.difficulty));
  }

  // Gates whose destination is not a known system cannot be drawn or followed: left out (verify reports them).
  const gateGroups = groupBySystem(
    tables.stargates.filter((gate) => systemIndexById.has(gate.destination_system_id)),
    (g) => systemIndexById.get(g.solar_system_id),
    systems.length,
  );
  const gates: PageData['gates'] = { perSystem: gateGroups.perSystem, destination: [], nameOverrides: [] };
  for (const gate of gateGroups.grouped.flat()) {
    const destination = systemIndexById.get(gate.destination_system_id) as number;
    if (gate.name !== patternGateName(systems[destination].name)) gates.nameOverrides.push([gates.destination.length, gate.name]);
    gates.destination.push(destination);
  }

  const wormholes: PageData['wormholes'] = { source: [], destination: [] };
  for (const wormhole of tables.wormholes) {
    const source = systemIndexById.get(wormhole.source_system_id);
    const destination = systemIndexById.get(wormhole.destination_system_id);
    if (source === undefined || destination === undefined) continue;
    wormholes.source.push(source);
    wormholes.destination.push(destination);
  }

  return {
    format: 1,
    meta,
    dictionaries: {
      starTypes: dictionaries.starTypes.words,
      planetTypes: dictionaries.planetTypes.words,
      stationTypes: dictionaries.stationTypes.words,
      ores: dictionaries.ores.words,
      anomalyTypes: dictionaries.anomalyTypes.words,
      difficulties: dictionaries.difficulties.words,
    },
    regions: { name: tables.regions.map((region) => region.name) },
    constellations: {
      name: tables.constellations.map((c) => c.name),
      region: tables.constellations.map((c) => regionIndexById.get(c.region_id) ?? -1),
    },
    systems: {
      name: systems.map((s) => s.name),
      x,
      y,
      securityMilli: systems.map((s) => Math.round(s.security_status * 1000)),
      constellation: systems.map((s) => constellationIndexById.get(s.constellation_id) ?? -1),
      starType: systems.map((s) => dictionaries.starTypes.indexOf(s.star_type)),
      starTemperatureK: systems.map((s) => (s.star_temperature === null ? -1 : Math.round(s.star_temperature))),
    },
    planets,
    moons: { nameOverrides: moonOverrides },
    stations,
    belts,
    anomalies,
    gates,
    wormholes,
  };
}
