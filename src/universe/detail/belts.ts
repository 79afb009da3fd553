// Asteroid belts of a system: about `perPlanet` per planet, each beside a planet and named after
// it ("Genesis III - Asteroid Belt 2"), numbered 1..n through the system from the star outwards.
// The ore follows security: common ores in high-sec, rare ones only in null-sec.

import type { UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import type { AsteroidBeltRow } from '../rows.js';
import { ORE_WEIGHTS } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { fitName, NAME_COLUMN_MAX } from '../names.js';
import { beltPath, stageStream } from '../paths.js';
import { offsetBy, planarDirection } from '../geometry.js';
import type { PlanetBody } from './planets.js';

/** Distance of a belt from the planet it is named after, metres. */
const BELT_OFFSET_M = [2e7, 2e8] as const;
/** Radius of a belt (the area its asteroids fill), metres. */
const BELT_RADIUS_M = [30_000, 120_000] as const;

export function generateBelts(
  system: SystemRecord,
  planets: readonly PlanetBody[],
  space: SeedSpace,
  params: UniverseParams,
): AsteroidBeltRow[] {
  if (planets.length === 0) return [];
  const rng = space.stream(stageStream('belts', system.path));
  const drawn = Math.min(params.belts.max, rng.poisson(params.belts.perPlanet * planets.length));
  const count = system.isStarter ? Math.max(1, drawn) : drawn;
  const beside = Array.from({ length: count }, () => rng.int(0, planets.length - 1)).sort((p, q) => p - q);
  return beside.map((planetIndex, i) => {
    const planet = planets[planetIndex];
    const index = i + 1;
    const position = offsetBy(planet.position, planarDirection(rng, 10), rng.range(BELT_OFFSET_M[0], BELT_OFFSET_M[1]));
    return {
      id: space.uuid(beltPath(system.path, index)),
      solar_system_id: system.id,
      name: fitName(`${planet.row.name} - Asteroid Belt ${index}`, NAME_COLUMN_MAX),
      belt_index: index,
      position_x: position.x,
      position_y: position.y,
      position_z: position.z,
      radius: Math.round(rng.range(BELT_RADIUS_M[0], BELT_RADIUS_M[1])),
      ore_type: rng.weightedKey(ORE_WEIGHTS[system.band]),
      respawn_time: rng.int(params.belts.respawnSeconds.min, params.belts.respawnSeconds.max),
    };
  });
}
