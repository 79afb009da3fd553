// Planets of a system. Orbits start near the star (closer for lighter stars) and grow by a
// geometric ratio (Titius–Bode-like). The type follows from the orbit against the star's
// habitable zone and frost line: Lava close in, Terrestrial up to the frost line, Gas Giants
// beyond it (less often around light stars), Ice far out. Radius and density are drawn within
// the type's range; mass, period (Kepler III), equilibrium temperature and whether an
// atmosphere is kept (Jeans escape) follow. Genesis Prime is laid out like the solar system.

import type { PlanetType, UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import type { SeedSpace } from '../../random/stream.js';
import type { PlanetRow } from '../rows.js';
import { AU_M, PLANET_TYPE_PROPERTIES, SOLAR_MASS_KG, SOLAR_SYSTEM_PLANETS } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { fitName, NAME_COLUMN_MAX, romanNumeral } from '../names.js';
import { planetPath, stageStream } from '../paths.js';
import {
  equilibriumTemperatureK,
  frostLineAu,
  habitableZoneAu,
  orbitalPeriodDays,
  retainsAtmosphere,
  roundTo,
  significant,
  sphereMassKg,
} from '../physics.js';
import { offsetBy, planarDirection, STAR_ORIGIN, type Vector } from './geometry.js';

export interface PlanetBody {
  row: PlanetRow;
  path: string;
  type: PlanetType;
  orbitAu: number;
  radiusKm: number;
  massKg: number;
  position: Vector;
}

/** Genesis Prime is the solar system, Mercury (Lava) to Neptune (Ice). */
const GENESIS_TYPES: readonly PlanetType[] = ['Lava', 'Terrestrial', 'Terrestrial', 'Terrestrial', 'Gas Giant', 'Gas Giant', 'Ice', 'Ice'];
const GENESIS_LAYOUT = SOLAR_SYSTEM_PLANETS.map((planet, k) => ({ ...planet, type: GENESIS_TYPES[k] }));

/** Log-normal: a median like EVE's 8 with the longer tail above it (mean ≈ 8.5, max 18). */
function drawPlanetCount(rng: Rng, count: UniverseParams['planets']['count']): number {
  const drawn = Math.round(count.median * Math.exp(rng.normal(0, count.spread)));
  return Math.min(count.max, Math.max(count.min, drawn));
}

/** The number of planets of a system: the first draw of its planet stream (the skeleton needs it). */
export function planetCountFor(space: SeedSpace, system: Pick<SystemRecord, 'path' | 'isStarter'>, params: UniverseParams): number {
  if (system.isStarter) return GENESIS_LAYOUT.length;
  return drawPlanetCount(space.stream(stageStream('planets', system.path)), params.planets.count);
}

function planetTypeAt(orbitAu: number, luminosity: number, starMassSolar: number, rng: Rng): PlanetType {
  const frostAu = frostLineAu(luminosity);
  if (orbitAu < 0.5 * habitableZoneAu(luminosity).innerAu) return 'Lava';
  if (orbitAu < frostAu) return 'Terrestrial';
  // Core accretion builds giants less often around light stars.
  const giantChance = 0.75 * Math.min(1, Math.sqrt(starMassSolar / 0.6));
  if (orbitAu < 6 * frostAu) return rng.chance(giantChance) ? 'Gas Giant' : 'Ice';
  return rng.chance(0.8) ? 'Ice' : 'Gas Giant';
}

export function generatePlanets(system: SystemRecord, space: SeedSpace, params: UniverseParams): PlanetBody[] {
  const rng = space.stream(stageStream('planets', system.path));
  const star = system.star;
  const starMassSolar = star.massKg / SOLAR_MASS_KG;
  const count = system.isStarter ? GENESIS_LAYOUT.length : drawPlanetCount(rng, params.planets.count);
  const bodies: PlanetBody[] = [];
  const prefix = system.isStarter ? params.names.starterPlanetPrefix : system.name;
  let orbitAu = 0.3 * starMassSolar ** 0.6 * rng.range(0.7, 1.3);
  for (let k = 0; k < count; k++) {
    if (k > 0) orbitAu *= rng.range(params.planets.spacing.min, params.planets.spacing.max);
    const layout = system.isStarter ? GENESIS_LAYOUT[k] : undefined;
    const thisOrbitAu = layout ? layout.orbitAu : orbitAu;
    const type = layout ? layout.type : planetTypeAt(thisOrbitAu, star.luminosity, starMassSolar, rng);
    const properties = PLANET_TYPE_PROPERTIES[type];
    const radiusKm = layout ? layout.radiusKm : roundTo(rng.logRange(properties.radiusKm[0], properties.radiusKm[1]), 1);
    const densityKgM3 = layout ? layout.densityKgM3 : rng.range(properties.densityKgM3[0], properties.densityKgM3[1]);
    const massKg = significant(sphereMassKg(radiusKm, densityKgM3), 5);
    const temperatureK = Math.round(equilibriumTemperatureK(star.temperatureK, star.radiusKm, thisOrbitAu, properties.albedo));
    const orbitM = thisOrbitAu * AU_M;
    const position = offsetBy(STAR_ORIGIN, planarDirection(rng), orbitM);
    const path = planetPath(system.path, k + 1);
    bodies.push({
      path,
      type,
      orbitAu: thisOrbitAu,
      radiusKm,
      massKg,
      position,
      row: {
        id: space.uuid(path),
        solar_system_id: system.id,
        name: fitName(`${prefix} ${romanNumeral(k + 1)}`, NAME_COLUMN_MAX),
        planet_type: type,
        position_x: position.x,
        position_y: position.y,
        position_z: position.z,
        radius: radiusKm,
        mass: massKg,
        orbital_period: roundTo(orbitalPeriodDays(orbitM, star.massKg), 3),
        temperature: temperatureK,
        has_atmosphere: type === 'Gas Giant' || retainsAtmosphere(massKg, radiusKm, temperatureK),
      },
    });
  }
  return bodies;
}
