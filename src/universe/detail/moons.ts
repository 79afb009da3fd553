// Moons of each planet: how many from the planet's type (gas giants many, rocky planets few or
// none), orbits spaced geometrically from outside the Roche limit to within the stable part of
// the planet's Hill sphere (fewer moons when it is small), radii below a share of the planet's,
// periods from Kepler III with the planet's mass. Positions are relative to the star.

import type { UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import type { MoonRow } from '../rows.js';
import { AU_M, MOON_ORBITS, MOON_RADIUS_SHARE } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { fitName, NAME_COLUMN_MAX } from '../names.js';
import { moonPath, stageStream } from '../paths.js';
import { hillRadiusM, orbitalPeriodDays, roundTo } from '../physics.js';
import { offsetBy, planarDirection, type Vector } from '../geometry.js';
import type { PlanetBody } from './planets.js';

export interface MoonBody {
  row: MoonRow;
  radiusKm: number;
  position: Vector;
}

/** Smallest spacing ratio between moon orbits when a Hill sphere is crowded. */
const TIGHTEST_SPACING = 1.08;

/** Orbit radii (m) of up to `wanted` moons of `planet`, innermost first. */
function moonOrbitsM(planet: PlanetBody, starMassKg: number, wanted: number, first: number, spacing: number): number[] {
  const planetRadiusM = planet.radiusKm * 1000;
  const outerM = MOON_ORBITS.hillFraction * hillRadiusM(planet.orbitAu * AU_M, planet.massKg, starMassKg);
  const firstM = planetRadiusM * first;
  if (wanted === 0 || firstM >= outerM) return [];
  let ratio = spacing;
  let count = wanted;
  if (count > 1 && firstM * ratio ** (count - 1) > outerM) {
    ratio = Math.max(TIGHTEST_SPACING, (outerM / firstM) ** (1 / (count - 1)));
    count = Math.min(count, 1 + Math.floor(Math.log(outerM / firstM) / Math.log(ratio)));
  }
  return Array.from({ length: count }, (_, i) => firstM * ratio ** i);
}

export function generateMoons(system: SystemRecord, planets: readonly PlanetBody[], space: SeedSpace, params: UniverseParams): MoonBody[] {
  const rng = space.stream(stageStream('moons', system.path));
  const moons: MoonBody[] = [];
  const resourceChance = params.moons.resourceChance[system.band];
  for (const planet of planets) {
    const wanted = Math.min(params.moons.max, rng.poisson(params.moons.mean[planet.type]));
    const first = rng.range(MOON_ORBITS.firstRadii[0], MOON_ORBITS.firstRadii[1]);
    const spacing = rng.range(MOON_ORBITS.spacing[0], MOON_ORBITS.spacing[1]);
    const orbits = moonOrbitsM(planet, system.star.massKg, wanted, first, spacing);
    const share = planet.type === 'Gas Giant' ? MOON_RADIUS_SHARE.gasGiant : MOON_RADIUS_SHARE.rocky;
    const largestKm = share * planet.radiusKm;
    orbits.forEach((orbitM, i) => {
      const index = i + 1;
      const radiusKm = roundTo(
        largestKm > MOON_RADIUS_SHARE.minKm ? rng.logRange(MOON_RADIUS_SHARE.minKm, largestKm) : largestKm / 2,
        1,
      );
      const position = offsetBy(planet.position, planarDirection(rng, 3), orbitM);
      const path = moonPath(planet.path, index);
      moons.push({
        radiusKm,
        position,
        row: {
          id: space.uuid(path),
          planet_id: planet.row.id,
          name: fitName(`${planet.row.name} - Moon ${index}`, NAME_COLUMN_MAX),
          moon_index: index,
          position_x: position.x,
          position_y: position.y,
          position_z: position.z,
          radius: radiusKm,
          orbital_period: roundTo(orbitalPeriodDays(orbitM, planet.massKg), 4),
          has_resources: rng.chance(resourceChance),
        },
      });
    });
  }
  return moons;
}
