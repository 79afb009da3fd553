// Small physics formulas the detail stages use: stellar luminosity, habitable zone and frost
// line, Kepler's third law, equilibrium temperature, Hill sphere, bulk mass and atmosphere
// retention. Inputs and outputs carry their units in their names.

import {
  ATMOSPHERE_RETENTION_RATIO,
  ATOMIC_MASS_KG,
  AU_M,
  BOLTZMANN_J_PER_K,
  GRAVITATIONAL_CONSTANT,
  NITROGEN_MOLECULE_AMU,
  SECONDS_PER_DAY,
  SOLAR_FROST_LINE_AU,
  SOLAR_HABITABLE_ZONE_AU,
  SOLAR_TEMPERATURE_K,
} from './constants.js';

/** L/L☉ from the Stefan–Boltzmann law: L ∝ R² T⁴. */
export function luminositySolar(radiusSolar: number, temperatureK: number): number {
  return radiusSolar * radiusSolar * (temperatureK / SOLAR_TEMPERATURE_K) ** 4;
}

/** The conservative habitable zone (AU) of a star of luminosity L/L☉. */
export function habitableZoneAu(luminosity: number): { innerAu: number; outerAu: number } {
  const scale = Math.sqrt(luminosity);
  return { innerAu: SOLAR_HABITABLE_ZONE_AU.inner * scale, outerAu: SOLAR_HABITABLE_ZONE_AU.outer * scale };
}

/** The water frost line (AU) of a star of luminosity L/L☉. */
export function frostLineAu(luminosity: number): number {
  return SOLAR_FROST_LINE_AU * Math.sqrt(luminosity);
}

/** Orbital period (days) of a light body at `orbitM` around `centralMassKg` (Kepler III). */
export function orbitalPeriodDays(orbitM: number, centralMassKg: number): number {
  return (2 * Math.PI * Math.sqrt(orbitM ** 3 / (GRAVITATIONAL_CONSTANT * centralMassKg))) / SECONDS_PER_DAY;
}

/** Equilibrium temperature (K): T★ · √(R★ / 2a) · (1 − albedo)^¼, fast rotator, no greenhouse. */
export function equilibriumTemperatureK(starTemperatureK: number, starRadiusKm: number, orbitAu: number, albedo: number): number {
  const ratio = (starRadiusKm * 1000) / (2 * orbitAu * AU_M);
  return starTemperatureK * Math.sqrt(ratio) * (1 - albedo) ** 0.25;
}

/** Hill-sphere radius (m) of a body of `massKg` orbiting `primaryMassKg` at `orbitM`. */
export function hillRadiusM(orbitM: number, massKg: number, primaryMassKg: number): number {
  return orbitM * Math.cbrt(massKg / (3 * primaryMassKg));
}

/** Mass (kg) of a sphere of `radiusKm` and mean density `densityKgM3`. */
export function sphereMassKg(radiusKm: number, densityKgM3: number): number {
  const radiusM = radiusKm * 1000;
  return (4 / 3) * Math.PI * radiusM ** 3 * densityKgM3;
}

/** Whether a body keeps an N₂ atmosphere: escape velocity vs rms thermal speed (Jeans escape). */
export function retainsAtmosphere(massKg: number, radiusKm: number, temperatureK: number): boolean {
  const escapeMs = Math.sqrt((2 * GRAVITATIONAL_CONSTANT * massKg) / (radiusKm * 1000));
  const thermalMs = Math.sqrt((3 * BOLTZMANN_J_PER_K * temperatureK) / (NITROGEN_MOLECULE_AMU * ATOMIC_MASS_KG));
  return escapeMs > ATMOSPHERE_RETENTION_RATIO * thermalMs;
}

/** `value` rounded to `digits` significant digits (keeps JSON short, hides last-bit noise). */
export function significant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/** `value` rounded to `decimals` decimal places. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
