// The page's universe in memory: the compact columns of page-data.ts turned into typed arrays
// and offsets once, plus what every view needs often (lanes, region of each system, centroids,
// the typical lane length). `systemDetail` unpacks one system for the panel on demand, so the
// page never builds row objects for hundreds of thousands of moons.
// Pure code (no DOM): the unit tests run it in Node.
import { securityClass, type SecurityClass } from '../../../inspect/eve-figures.js';
import type { SolarSystemRow, StargateRow } from '../../../universe/rows.js';
import { SERVICE_BITS, patternGateName, patternMoonName, patternPlanetName, type PageData, type StationService } from '../page-data.js';

export interface Universe {
  readonly data: PageData;
  readonly count: number;
  readonly names: readonly string[];
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Security status 0..1. */
  readonly security: Float64Array;
  readonly securityClass: readonly SecurityClass[];
  readonly constellation: Int32Array;
  readonly region: Int32Array;
  /** Unique stargate lanes as pairs (a, b), a < b, flattened. */
  readonly lanes: Int32Array;
  /** 1 where lane k joins two regions. */
  readonly laneBetweenRegions: Uint8Array;
  /** Median lane length in plane units: the map's natural spacing. */
  readonly spacing: number;
  /** Region and constellation label anchors (mean position of their systems), flattened x, y. */
  readonly regionCentroid: Float64Array;
  readonly regionSystems: Int32Array;
  readonly constellationCentroid: Float64Array;
  readonly constellationSystems: Int32Array;
  readonly starter: number;
  /** Exact name → system (the first one, should two share a name). */
  readonly indexByName: ReadonlyMap<string, number>;
  readonly offsets: {
    readonly planets: Int32Array;
    readonly stations: Int32Array;
    readonly belts: Int32Array;
    readonly anomalies: Int32Array;
    readonly gates: Int32Array;
    /** First moon of planet p (global moon number); length planets + 1. */
    readonly moons: Int32Array;
  };
  readonly moonNameOverrides: ReadonlyMap<number, string>;
  readonly gateNameOverrides: ReadonlyMap<number, string>;
}

function prefixSums(counts: readonly number[]): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i] + counts[i];
  return offsets;
}

function centroids(groupOf: Int32Array, groups: number, x: Float64Array, y: Float64Array): { centroid: Float64Array; sizes: Int32Array } {
  const centroid = new Float64Array(2 * groups);
  const sizes = new Int32Array(groups);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i];
    if (g < 0) continue;
    centroid[2 * g] += x[i];
    centroid[2 * g + 1] += y[i];
    sizes[g]++;
  }
  for (let g = 0; g < groups; g++) {
    if (sizes[g] === 0) continue;
    centroid[2 * g] /= sizes[g];
    centroid[2 * g + 1] /= sizes[g];
  }
  return { centroid, sizes };
}

export function decodeUniverse(data: PageData): Universe {
  const count = data.systems.name.length;
  const x = Float64Array.from(data.systems.x);
  const y = Float64Array.from(data.systems.y);
  const security = Float64Array.from(data.systems.securityMilli, (milli) => milli / 1000);
  const constellation = Int32Array.from(data.systems.constellation);
  const region = Int32Array.from(constellation, (c) => (c < 0 ? -1 : data.constellations.region[c] ?? -1));
  const offsets = {
    planets: prefixSums(data.planets.perSystem),
    stations: prefixSums(data.stations.perSystem),
    belts: prefixSums(data.belts.perSystem),
    anomalies: prefixSums(data.anomalies.perSystem),
    gates: prefixSums(data.gates.perSystem),
    moons: prefixSums(data.planets.moonCount),
  };

  // Lanes: one per unordered pair of systems joined by a gate in either direction.
  const seen = new Set<number>();
  const laneList: number[] = [];
  for (let system = 0; system < count; system++) {
    for (let k = offsets.gates[system]; k < offsets.gates[system + 1]; k++) {
      const other = data.gates.destination[k];
      if (other === system) continue;
      const a = Math.min(system, other);
      const b = Math.max(system, other);
      const key = a * count + b;
      if (seen.has(key)) continue;
      seen.add(key);
      laneList.push(a, b);
    }
  }
  const lanes = Int32Array.from(laneList);
  const laneCount = lanes.length / 2;
  const laneBetweenRegions = new Uint8Array(laneCount);
  const lengths = new Float64Array(laneCount);
  for (let k = 0; k < laneCount; k++) {
    const a = lanes[2 * k];
    const b = lanes[2 * k + 1];
    laneBetweenRegions[k] = region[a] !== region[b] ? 1 : 0;
    lengths[k] = Math.hypot(x[a] - x[b], y[a] - y[b]);
  }
  lengths.sort();
  const spacing = laneCount > 0 ? Math.max(1, lengths[laneCount >> 1]) : Math.max(1, 100_000 / Math.sqrt(Math.max(1, count)));

  const regions = centroids(region, data.regions.name.length, x, y);
  const constellations = centroids(constellation, data.constellations.name.length, x, y);
  const indexByName = new Map<string, number>();
  data.systems.name.forEach((name, i) => {
    if (!indexByName.has(name)) indexByName.set(name, i);
  });
  return {
    data,
    count,
    names: data.systems.name,
    x,
    y,
    security,
    securityClass: Array.from(security, (s) => securityClass(s)),
    constellation,
    region,
    lanes,
    laneBetweenRegions,
    spacing,
    regionCentroid: regions.centroid,
    regionSystems: regions.sizes,
    constellationCentroid: constellations.centroid,
    constellationSystems: constellations.sizes,
    starter: indexByName.get(data.meta.starterSystem) ?? -1,
    indexByName,
    offsets,
    moonNameOverrides: new Map(data.moons.nameOverrides),
    gateNameOverrides: new Map(data.gates.nameOverrides),
  };
}

export interface PlanetDetail {
  name: string;
  /** 1-based position counted from the star. */
  orbitPosition: number;
  type: string;
  temperatureK: number | null;
  orbitAu: number;
  moons: string[];
}

export interface SystemDetail {
  index: number;
  name: string;
  security: number;
  securityClass: SecurityClass;
  region: string;
  constellation: string;
  star: { type: string | null; temperatureK: number | null };
  planets: PlanetDetail[];
  stations: { name: string; type: string; services: StationService[] }[];
  belts: { name: string; ore: string | null }[];
  anomalies: { type: string; difficulty: string | null }[];
  gates: { name: string; destination: number }[];
  wormholes: { destination: number; direction: 'out' | 'in' }[];
}

const SERVICES = Object.keys(SERVICE_BITS) as StationService[];

export function systemDetail(u: Universe, system: number): SystemDetail {
  const { data, offsets } = u;
  const name = u.names[system];
  const planets: PlanetDetail[] = [];
  for (let p = offsets.planets[system]; p < offsets.planets[system + 1]; p++) {
    const position = p - offsets.planets[system] + 1;
    const planetName = data.planets.name[p] || patternPlanetName(name, position);
    const moons: string[] = [];
    for (let m = offsets.moons[p]; m < offsets.moons[p + 1]; m++) {
      moons.push(u.moonNameOverrides.get(m) ?? patternMoonName(planetName, m - offsets.moons[p] + 1));
    }
    const temperature = data.planets.temperatureK[p];
    planets.push({
      name: planetName,
      orbitPosition: position,
      type: data.dictionaries.planetTypes[data.planets.type[p]] ?? 'unknown',
      temperatureK: temperature < 0 ? null : temperature,
      orbitAu: data.planets.orbitMilliAu[p] / 1000,
      moons,
    });
  }
  const stations = [];
  for (let s = offsets.stations[system]; s < offsets.stations[system + 1]; s++) {
    stations.push({
      name: data.stations.name[s],
      type: data.dictionaries.stationTypes[data.stations.type[s]] ?? 'Station',
      services: SERVICES.filter((service) => (data.stations.services[s] & SERVICE_BITS[service]) !== 0),
    });
  }
  const belts = [];
  for (let b = offsets.belts[system]; b < offsets.belts[system + 1]; b++) {
    const ore = data.belts.ore[b];
    belts.push({ name: data.belts.name[b], ore: ore < 0 ? null : data.dictionaries.ores[ore] });
  }
  const anomalies = [];
  for (let a = offsets.anomalies[system]; a < offsets.anomalies[system + 1]; a++) {
    const difficulty = data.anomalies.difficulty[a];
    anomalies.push({ type: data.dictionaries.anomalyTypes[data.anomalies.type[a]], difficulty: difficulty < 0 ? null : data.dictionaries.difficulties[difficulty] });
  }
  const gates = [];
  for (let g = offsets.gates[system]; g < offsets.gates[system + 1]; g++) {
    const destination = data.gates.destination[g];
    gates.push({ name: u.gateNameOverrides.get(g) ?? patternGateName(u.names[destination]), destination });
  }
  const wormholes: SystemDetail['wormholes'] = [];
  data.wormholes.source.forEach((source, w) => {
    if (source === system) wormholes.push({ destination: data.wormholes.destination[w], direction: 'out' });
    else if (data.wormholes.destination[w] === system) wormholes.push({ destination: source, direction: 'in' });
  });
  const starType = data.systems.starType[system];
  const starTemperature = data.systems.starTemperatureK[system];
  const constellation = u.constellation[system];
  const region = u.region[system];
  return {
    index: system,
    name,
    security: u.security[system],
    securityClass: u.securityClass[system],
    region: region < 0 ? '' : data.regions.name[region],
    constellation: constellation < 0 ? '' : data.constellations.name[constellation],
    star: { type: starType < 0 ? null : data.dictionaries.starTypes[starType], temperatureK: starTemperature < 0 ? null : starTemperature },
    planets,
    stations,
    belts,
    anomalies,
    gates,
    wormholes,
  };
}

/**
 * The universe as the route code reads it (solar_systems and stargates rows), so the page runs
 * the very findRoute of the `route` command. Only the columns the route code reads carry data.
 */
export function routeTables(u: Universe): { solar_systems: SolarSystemRow[]; stargates: StargateRow[] } {
  const solar_systems: SolarSystemRow[] = u.names.map((name, i) => ({
    id: String(i),
    constellation_id: '',
    name,
    security_status: u.security[i],
    position_x: 0,
    position_y: 0,
    position_z: 0,
    star_type: null,
    star_temperature: null,
    star_radius: null,
    has_station: false,
    has_stargate: true,
  }));
  const stargates: StargateRow[] = [];
  for (let system = 0; system < u.count; system++) {
    for (let g = u.offsets.gates[system]; g < u.offsets.gates[system + 1]; g++) {
      stargates.push({
        id: String(g),
        solar_system_id: String(system),
        destination_system_id: String(u.data.gates.destination[g]),
        name: '',
        position_x: 0,
        position_y: 0,
        position_z: 0,
        activation_range: 0,
        jump_delay: 0,
      });
    }
  }
  return { solar_systems, stargates };
}
