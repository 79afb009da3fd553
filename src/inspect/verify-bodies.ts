// Verify rules on stars, planets and moons (PRODUCT.md R4 "Stars, planets, moons"):
//   stars.class         star_type is one of O B A F G K M
//   stars.range         star_temperature (K) and star_radius (km) inside the class's real ranges
//   planets.type        planet_type is Terrestrial, Gas Giant, Ice or Lava
//   planets.name        `<System> <Roman numeral>` in orbit order (nearest the star is I)
//   planets.orbit       Kepler's third law: periods grow outward, and a³/P² gives a star mass
//                       the star's class allows
//   planets.temperature near the equilibrium temperature of its orbit around its star
//   planets.radius      a planet-sized radius in km
//   moons.index         moon_index runs 1..n per planet
//   moons.name          `<Planet> - Moon <n>`
//   moons.radius        a moon is smaller than its planet
//   moons.orbit         outside its planet, close to it compared with the planet's own orbit
import type { MoonRow, PlanetRow, SolarSystemRow } from '../universe/rows.js';
import { AU_M, PLANET_TYPE_PROPERTIES, SOLAR_RADIUS_KM, STAR_CLASS_RANGES } from '../universe/constants.js';
import { romanNumeral } from '../universe/names.js';
import { distanceBetween, distanceFromOrigin, groupBy, type VerifyContext } from './verify-context.js';
import { planetNamePrefix } from './verify-hierarchy.js';

type StarClassRange = (typeof STAR_CLASS_RANGES)[keyof typeof STAR_CLASS_RANGES];

/** Terrestrial, Gas Giant, Ice, Lava: the generator's planet types (constants.ts). */
export const PLANET_TYPES: ReadonlySet<string> = new Set(Object.keys(PLANET_TYPE_PROPERTIES));
/** Slack on the class boundaries (generators draw up to the edge; integers round). */
const CLASS_RANGE_SLACK = 0.01;
/** Implied star mass from a planet's orbit may stray this factor outside the class range (eccentric orbits). */
const KEPLER_MASS_FACTOR = 1.5;
/**
 * Planet temperature relative to the zero-albedo equilibrium temperature of its orbit:
 * albedo 0.9 cools to 0.56×, a Venus-like greenhouse warms to ~2.2×.
 */
const TEMPERATURE_RATIO_RANGE: readonly [number, number] = [0.45, 2.5];
/** Planet radii: from large dwarf planets to inflated hot Jupiters (~2 Jupiter radii). */
const PLANET_RADIUS_KM_RANGE: readonly [number, number] = [500, 150_000];
/** A moon orbits within this fraction of its planet's distance from the star. */
const MOON_ORBIT_MAX_SHARE_OF_PLANET_ORBIT = 0.1;
const DAYS_PER_YEAR = 365.25;

function within(value: number, [low, high]: readonly [number, number], slack = 0): boolean {
  return value >= low * (1 - slack) && value <= high * (1 + slack);
}

function starClass(system: SolarSystemRow): StarClassRange | undefined {
  const classes: Readonly<Record<string, StarClassRange>> = STAR_CLASS_RANGES;
  return system.star_type === null || !Object.hasOwn(classes, system.star_type) ? undefined : classes[system.star_type];
}

function checkStars(context: VerifyContext): void {
  for (const system of context.tables.solar_systems) {
    const range = starClass(system);
    if (!range) {
      context.report('stars.class', `system "${system.name}" has star_type ${JSON.stringify(system.star_type)}, not one of O B A F G K M`);
      continue;
    }
    const temperature = system.star_temperature;
    if (temperature !== null && !within(temperature, range.temperatureK, CLASS_RANGE_SLACK)) {
      context.report('stars.range', `system "${system.name}": a class ${system.star_type} star has ${range.temperatureK.join('–')} K, not ${temperature} K`);
    }
    if (system.star_radius !== null) {
      const radiusSolar = system.star_radius / SOLAR_RADIUS_KM;
      if (!within(radiusSolar, range.radiusSolar, CLASS_RANGE_SLACK)) {
        context.report(
          'stars.range',
          `system "${system.name}": a class ${system.star_type} star has a radius of ${range.radiusSolar.join('–')} R☉, not ${radiusSolar.toFixed(3)} R☉ (${system.star_radius} km)`,
        );
      }
    }
  }
}

function checkPlanetOrbit(context: VerifyContext, system: SolarSystemRow, planet: PlanetRow, previous: PlanetRow | undefined): void {
  const period = planet.orbital_period;
  if (period === null) return;
  if (previous && previous.orbital_period !== null && !(period > previous.orbital_period)) {
    context.report('planets.orbit', `planet "${planet.name}" orbits farther out than "${previous.name}" but its period (${period} d) is not longer (${previous.orbital_period} d)`);
  }
  const range = starClass(system);
  if (!range) return;
  const orbitAu = distanceFromOrigin(planet) / AU_M;
  const periodYears = period / DAYS_PER_YEAR;
  const impliedMassSolar = orbitAu ** 3 / periodYears ** 2;
  const [low, high] = range.massSolar;
  if (!(impliedMassSolar >= low / KEPLER_MASS_FACTOR && impliedMassSolar <= high * KEPLER_MASS_FACTOR)) {
    context.report(
      'planets.orbit',
      `planet "${planet.name}" at ${orbitAu.toPrecision(3)} AU with a period of ${period.toPrecision(4)} d implies a star of ${impliedMassSolar.toPrecision(3)} M☉; a class ${system.star_type} star has ${low}–${high} M☉ (Kepler's third law)`,
    );
  }
}

function checkPlanetTemperature(context: VerifyContext, system: SolarSystemRow, planet: PlanetRow): void {
  if (planet.temperature === null || system.star_temperature === null || system.star_radius === null) return;
  const orbitKm = distanceFromOrigin(planet) / 1000;
  if (orbitKm === 0) return;
  const equilibriumK = system.star_temperature * Math.sqrt(system.star_radius / (2 * orbitKm));
  const ratio = planet.temperature / equilibriumK;
  if (!within(ratio, TEMPERATURE_RATIO_RANGE)) {
    context.report(
      'planets.temperature',
      `planet "${planet.name}" is ${planet.temperature} K where its orbit's equilibrium temperature is ${equilibriumK.toFixed(0)} K (allowed ${TEMPERATURE_RATIO_RANGE.join('–')}× for albedo and greenhouse)`,
    );
  }
}

function checkPlanets(context: VerifyContext): void {
  for (const system of context.tables.solar_systems) {
    const planets = context.planetsBySystem.get(system.id) ?? [];
    const prefix = planetNamePrefix(context, system);
    planets.forEach((planet, k) => {
      const expected = `${prefix} ${romanNumeral(k + 1)}`;
      if (planet.name !== expected) {
        context.report('planets.name', `planet "${planet.name}" is planet ${k + 1} from the star of "${system.name}" and should be named "${expected}"`);
      }
      if (!PLANET_TYPES.has(planet.planet_type)) {
        context.report('planets.type', `planet "${planet.name}" has type "${planet.planet_type}", not one of ${[...PLANET_TYPES].join(', ')}`);
      }
      if (!within(planet.radius, PLANET_RADIUS_KM_RANGE)) {
        context.report('planets.radius', `planet "${planet.name}" has a radius of ${planet.radius} km, outside ${PLANET_RADIUS_KM_RANGE.join('–')} km`);
      }
      checkPlanetOrbit(context, system, planet, planets[k - 1]);
      checkPlanetTemperature(context, system, planet);
    });
  }
}

function checkMoonsOfPlanet(context: VerifyContext, planet: PlanetRow, moons: MoonRow[]): void {
  const indices = moons.map((moon) => moon.moon_index).sort((a, b) => a - b);
  if (indices.some((index, k) => index !== k + 1)) {
    context.report('moons.index', `planet "${planet.name}" has moon_index values [${indices.join(', ')}], not 1..${moons.length}`);
  }
  const planetOrbitM = distanceFromOrigin(planet);
  const planetRadiusM = planet.radius * 1000;
  for (const moon of moons) {
    const expected = `${planet.name} - Moon ${moon.moon_index}`;
    if (moon.name !== expected) context.report('moons.name', `moon "${moon.name}" (index ${moon.moon_index}) should be named "${expected}"`);
    if (!(moon.radius > 0 && moon.radius < planet.radius)) {
      context.report('moons.radius', `moon "${moon.name}" has a radius of ${moon.radius} km, not smaller than its planet's ${planet.radius} km`);
    }
    const fromPlanetM = distanceBetween(moon, planet);
    if (!(fromPlanetM > planetRadiusM)) {
      context.report('moons.orbit', `moon "${moon.name}" is ${(fromPlanetM / 1000).toFixed(0)} km from the centre of "${planet.name}", inside the planet (${planet.radius} km)`);
    } else if (!(fromPlanetM <= MOON_ORBIT_MAX_SHARE_OF_PLANET_ORBIT * planetOrbitM)) {
      context.report(
        'moons.orbit',
        `moon "${moon.name}" is ${(fromPlanetM / AU_M).toPrecision(3)} AU from "${planet.name}", more than a tenth of the planet's ${(planetOrbitM / AU_M).toPrecision(3)} AU orbit`,
      );
    }
  }
}

function checkMoons(context: VerifyContext): void {
  const moonsByPlanet = groupBy(context.tables.moons, (moon) => moon.planet_id);
  for (const [planetId, moons] of moonsByPlanet) {
    const planet = context.planetById.get(planetId);
    if (planet) checkMoonsOfPlanet(context, planet, moons);
  }
}

export function checkBodies(context: VerifyContext): void {
  checkStars(context);
  checkPlanets(context);
  checkMoons(context);
}
