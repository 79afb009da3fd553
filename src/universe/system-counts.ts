// How many planets and stations a system has: the first draw of its planet and station streams.
// The skeleton needs both before any detail exists (has_station on the system row, stations by
// security), and the detail stages draw the same numbers again from the same streams, so the
// two always agree. A lower module both import, so the skeleton never imports a detail stage.

import type { UniverseParams } from '../config/params.js';
import type { Rng } from '../random/rng.js';
import type { SeedSpace } from '../random/stream.js';
import { SOLAR_SYSTEM_PLANETS } from './constants.js';
import type { SystemRecord } from './model.js';
import { stageStream } from './paths.js';

/** Genesis Prime has the solar system's eight planets. */
export const STARTER_PLANET_COUNT = SOLAR_SYSTEM_PLANETS.length;

/** Log-normal: a median like EVE's 8 with the longer tail above it (mean ≈ 8.5, max 18). */
export function drawPlanetCount(rng: Rng, count: UniverseParams['planets']['count']): number {
  const drawn = Math.round(count.median * Math.exp(rng.normal(0, count.spread)));
  return Math.min(count.max, Math.max(count.min, drawn));
}

/** The number of planets of a system: the first draw of its planet stream. */
export function planetCountFor(space: SeedSpace, system: Pick<SystemRecord, 'path' | 'isStarter'>, params: UniverseParams): number {
  if (system.isStarter) return STARTER_PLANET_COUNT;
  return drawPlanetCount(space.stream(stageStream('planets', system.path)), params.planets.count);
}

export type StationCountInput = Pick<SystemRecord, 'band' | 'isStarter' | 'planetCount'>;

/** Poisson by security band, at least one at Genesis Prime; none without planets to orbit. */
export function drawStationCount(rng: Rng, system: StationCountInput, params: UniverseParams): number {
  if (system.planetCount === 0) return 0;
  const count = Math.min(params.stations.max, rng.poisson(params.stations.mean[system.band]));
  return system.isStarter ? Math.max(1, count) : count;
}

/** The number of stations of a system: the first draw of its station stream. */
export function stationCountFor(space: SeedSpace, system: StationCountInput & Pick<SystemRecord, 'path'>, params: UniverseParams): number {
  return drawStationCount(space.stream(stageStream('stations', system.path)), system, params);
}
