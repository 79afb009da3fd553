// Planets of a system. Orbits start near the star (closer for lighter stars) and grow by a
// geometric ratio (Titius–Bode-like); when the outermost would lie beyond `planets.maxOrbitAu`
// (a heavy star with many planets: 1.9^17 spans a factor of 50,000) the spacing is compressed
// in log space so the system ends there, order and relative spacing kept. The type follows from
// the orbit against the star's habitable zone and frost line: Lava close in, Terrestrial up to
// the frost line, Gas Giants beyond it (less often around light stars), Ice far out. A Lava
// world must be molten: its equilibrium temperature reaches `planets.lavaMinK` (≈ 700 K, where
// basaltic crusts soften; tidal heating is not modelled), else it is Terrestrial. Radius and
// density are drawn within the type's range; mass, period (Kepler III), temperature and whether
// an atmosphere is kept (Jeans escape) follow. Temperature adds the 2.7 K cosmic background
// (T⁴ = T_eq⁴ + T_CMB⁴), so nothing is colder than the sky. Genesis Prime is laid out like the
// solar system (Mercury, at 440 K, is Terrestrial).

import type { PlanetType, UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';
import type { SeedSpace } from '../../random/stream.js';
import type { PlanetRow } from '../rows.js';
import { AU_M, COSMIC_BACKGROUND_K, PLANET_TYPE_PROPERTIES, SOLAR_MASS_KG, SOLAR_SYSTEM_PLANETS } from '../constants.js';
import type { SystemRecord } from '../model.js';
import { fitName, NAME_COLUMN_MAX, romanNumeral } from '../names.js';
import { planetPath, stageStream } from '../paths.js';
import { drawPlanetCount } from '../system-counts.js';
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
import { offsetBy, planarDirection, STAR_ORIGIN, type Vector } from '../geometry.js';

export interface PlanetBody {
  row: PlanetRow;
  path: string;
  type: PlanetType;
  orbitAu: number;
  radiusKm: number;
  massKg: number;
  position: Vector;
}

/** Genesis Prime is the solar system, Mercury to Neptune (Ice). */
const GENESIS_TYPES: readonly PlanetType[] = ['Terrestrial', 'Terrestrial', 'Terrestrial', 'Terrestrial', 'Gas Giant', 'Gas Giant', 'Ice', 'Ice'];
const GENESIS_LAYOUT = SOLAR_SYSTEM_PLANETS.map((planet, k) => ({ ...planet, type: GENESIS_TYPES[k] }));

function planetTypeAt(orbitAu: number, luminosity: number, starMassSolar: number, rng: Rng): PlanetType {
  const frostAu = frostLineAu(luminosity);
  if (orbitAu < 0.5 * habitableZoneAu(luminosity).innerAu) return 'Lava';
  if (orbitAu < frostAu) return 'Terrestrial';
  // Core accretion builds giants less often around light stars.
  const giantChance = 0.75 * Math.min(1, Math.sqrt(starMassSolar / 0.6));
  if (orbitAu < 6 * frostAu) return rng.chance(giantChance) ? 'Gas Giant' : 'Ice';
  return rng.chance(0.8) ? 'Ice' : 'Gas Giant';
}

/**
 * Orbits (AU) of `count` planets: the first near the star, then geometric spacing; compressed
 * in log space when the outermost would pass `maxOrbitAu`.
 */
function drawOrbitsAu(rng: Rng, count: number, starMassSolar: number, planets: UniverseParams['planets']): number[] {
  const orbits: number[] = [];
  let orbitAu = Math.min(0.3 * starMassSolar ** 0.6 * rng.range(0.7, 1.3), planets.maxOrbitAu / 2);
  for (let k = 0; k < count; k++) {
    if (k > 0) orbitAu *= rng.range(planets.spacing.min, planets.spacing.max);
    orbits.push(orbitAu);
  }
  const first = orbits[0];
  const last = orbits[orbits.length - 1];
  if (last <= planets.maxOrbitAu) return orbits;
  const squeeze = Math.log(planets.maxOrbitAu / first) / Math.log(last / first);
  return orbits.map((au) => first * (au / first) ** squeeze);
}

/** Equilibrium temperature (K) with the cosmic background added: T⁴ = T_eq⁴ + T_CMB⁴. */
function temperatureWithBackgroundK(equilibriumK: number): number {
  return (equilibriumK ** 4 + COSMIC_BACKGROUND_K ** 4) ** 0.25;
}

export function generatePlanets(system: SystemRecord, space: SeedSpace, params: UniverseParams): PlanetBody[] {
  const rng = space.stream(stageStream('planets', system.path));
  const star = system.star;
  const starMassSolar = star.massKg / SOLAR_MASS_KG;
  const count = system.isStarter ? GENESIS_LAYOUT.length : drawPlanetCount(rng, params.planets.count);
  const bodies: PlanetBody[] = [];
  const prefix = system.isStarter ? params.names.starterPlanetPrefix : system.name;
  const orbitsAu = count > 0 ? drawOrbitsAu(rng, count, starMassSolar, params.planets) : [];
  const temperatureAt = (orbitAu: number, type: PlanetType): number =>
    temperatureWithBackgroundK(equilibriumTemperatureK(star.temperatureK, star.radiusKm, orbitAu, PLANET_TYPE_PROPERTIES[type].albedo));
  for (let k = 0; k < count; k++) {
    const layout = system.isStarter ? GENESIS_LAYOUT[k] : undefined;
    const thisOrbitAu = layout ? layout.orbitAu : orbitsAu[k];
    let type = layout ? layout.type : planetTypeAt(thisOrbitAu, star.luminosity, starMassSolar, rng);
    // Not hot enough to be molten: a rocky world, not a Lava one.
    if (type === 'Lava' && temperatureAt(thisOrbitAu, type) < params.planets.lavaMinK) type = 'Terrestrial';
    const properties = PLANET_TYPE_PROPERTIES[type];
    const radiusKm = layout ? layout.radiusKm : roundTo(rng.logRange(properties.radiusKm[0], properties.radiusKm[1]), 1);
    const densityKgM3 = layout ? layout.densityKgM3 : rng.range(properties.densityKgM3[0], properties.densityKgM3[1]);
    const massKg = significant(sphereMassKg(radiusKm, densityKgM3), 5);
    const temperatureK = Math.round(temperatureAt(thisOrbitAu, type));
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
