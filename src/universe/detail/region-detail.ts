// The detail of one region: for each of its systems, in order, the planets, moons, stations,
// stargates, asteroid belts and anomalies. Only one region's detail is held at a time, so
// memory is bounded by a region, not by the universe.

import type { SeedSpace } from '../../random/stream.js';
import type { AnomalyRow, AsteroidBeltRow, MoonRow, PlanetRow, StargateRow, StationRow } from '../rows.js';
import type { Skeleton } from '../model.js';
import { generateAnomalies } from './anomalies.js';
import { generateBelts } from './belts.js';
import { generateMoons } from './moons.js';
import { generatePlanets } from './planets.js';
import { generateStargates } from './stargates.js';
import { generateStations } from './stations.js';

export interface RegionDetail {
  planets: PlanetRow[];
  moons: MoonRow[];
  stations: StationRow[];
  stargates: StargateRow[];
  asteroid_belts: AsteroidBeltRow[];
  anomalies: AnomalyRow[];
}

export function generateRegionDetail(skeleton: Skeleton, regionIndex: number, space: SeedSpace, epochMs: number): RegionDetail {
  const { params, systems } = skeleton;
  const region = skeleton.regions[regionIndex];
  const detail: RegionDetail = { planets: [], moons: [], stations: [], stargates: [], asteroid_belts: [], anomalies: [] };
  for (let i = region.systemStart; i < region.systemEnd; i++) {
    const system = systems[i];
    const planets = generatePlanets(system, space, params);
    const moons = generateMoons(system, planets, space, params);
    for (const planet of planets) detail.planets.push(planet.row);
    for (const moon of moons) detail.moons.push(moon.row);
    detail.stations.push(...generateStations(system, planets, moons, space, params));
    detail.stargates.push(...generateStargates(system, systems, space, params));
    detail.asteroid_belts.push(...generateBelts(system, planets, space, params));
    detail.anomalies.push(...generateAnomalies(system, space, params, epochMs));
  }
  return detail;
}
