// The detail of one region: for each of its systems, in order, the planets, moons, stations,
// stargates, asteroid belts and anomalies. Only one region's detail is held at a time, so
// memory is bounded by a region, not by the universe.
//
// The detail tables are a list of `{ table, generate }` steps run for every system in list
// order; a new kind of body is one more step here (and its table in the schema — the registry
// check in test/unit/table-registry.test.ts names a table no step generates).

import type { UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import type { UniverseRowTypes } from '../rows.js';
import type { Skeleton, SystemRecord } from '../model.js';
import { generateAnomalies } from './anomalies.js';
import { generateBelts } from './belts.js';
import { generateMoons, type MoonBody } from './moons.js';
import { generatePlanets, type PlanetBody } from './planets.js';
import { generateStargates } from './stargates.js';
import { generateStations } from './stations.js';

/** What a detail step may read: the system, its neighbours, and the bodies every later step orbits. */
export interface SystemScope {
  readonly system: SystemRecord;
  readonly systems: readonly SystemRecord[];
  readonly space: SeedSpace;
  readonly params: UniverseParams;
  readonly epochMs: number;
  readonly planets: readonly PlanetBody[];
  readonly moons: readonly MoonBody[];
}

export type DetailTable = 'planets' | 'moons' | 'stations' | 'stargates' | 'asteroid_belts' | 'anomalies';

export interface DetailStep<T extends DetailTable = DetailTable> {
  table: T;
  generate(scope: SystemScope): UniverseRowTypes[T][];
}

/** A step typed by its own table (so `generate` must return that table's rows). */
const step = <T extends DetailTable>(table: T, generate: (scope: SystemScope) => UniverseRowTypes[T][]): DetailStep => ({ table, generate }) as DetailStep;

/** The detail steps, in the order their batches are yielded. */
export const DETAIL_STEPS: readonly DetailStep[] = [
  step('planets', (scope) => scope.planets.map((planet) => planet.row)),
  step('moons', (scope) => scope.moons.map((moon) => moon.row)),
  step('stations', ({ system, planets, moons, space, params }) => generateStations(system, planets, moons, space, params)),
  step('stargates', ({ system, systems, space, params }) => generateStargates(system, systems, space, params)),
  step('asteroid_belts', ({ system, planets, space, params }) => generateBelts(system, planets, space, params)),
  step('anomalies', ({ system, space, params, epochMs }) => generateAnomalies(system, space, params, epochMs)),
];

export type RegionDetail = { [T in DetailTable]: UniverseRowTypes[T][] };

export function generateRegionDetail(skeleton: Skeleton, regionIndex: number, space: SeedSpace, epochMs: number): RegionDetail {
  const { params, systems } = skeleton;
  const region = skeleton.regions[regionIndex];
  const detail = Object.fromEntries(DETAIL_STEPS.map(({ table }) => [table, []])) as unknown as RegionDetail;
  for (let i = region.systemStart; i < region.systemEnd; i++) {
    const system = systems[i];
    // Planets and moons are drawn first: stations, belts and the rows of both step from them.
    const planets = generatePlanets(system, space, params);
    const moons = generateMoons(system, planets, space, params);
    const scope: SystemScope = { system, systems, space, params, epochMs, planets, moons };
    for (const { table, generate } of DETAIL_STEPS) {
      const rows = detail[table] as object[];
      for (const row of generate(scope)) rows.push(row);
    }
  }
  return detail;
}
