// The star of a system: a Harvard class drawn by the configured weights, then one position
// inside the class (hotter ⇔ larger ⇔ heavier, log-interpolated, with a little scatter) giving
// temperature, radius and mass in the class's real ranges; luminosity follows from radius and
// temperature (Stefan–Boltzmann). Genesis Prime gets a Sun twin. Drawn with the skeleton (a
// system row carries its star), read by the detail stages.

import { STAR_CLASSES, type UniverseParams } from '../config/params.js';
import type { Star } from './model.js';
import type { Rng } from '../random/rng.js';
import { SOLAR_MASS_KG, SOLAR_RADIUS_KM, SOLAR_TEMPERATURE_K, STAR_CLASS_RANGES } from './constants.js';
import { luminositySolar } from './physics.js';


/** a·(b/a)^t: interpolation that treats each order of magnitude alike. */
function logLerp(range: readonly [number, number], t: number): number {
  return range[0] * (range[1] / range[0]) ** t;
}

const clamp01 = (t: number): number => Math.min(1, Math.max(0, t));

export function drawStar(rng: Rng, weights: UniverseParams['stars']['weights']): Star {
  const starClass = STAR_CLASSES[rng.weighted(STAR_CLASSES.map((c) => weights[c]))];
  const ranges = STAR_CLASS_RANGES[starClass];
  const t = rng.float();
  const temperatureK = Math.round(logLerp(ranges.temperatureK, clamp01(t + rng.range(-0.05, 0.05))));
  const radiusSolar = logLerp(ranges.radiusSolar, clamp01(t + rng.range(-0.1, 0.1)));
  const massSolar = logLerp(ranges.massSolar, clamp01(t + rng.range(-0.1, 0.1)));
  const radiusKm = Math.round(radiusSolar * SOLAR_RADIUS_KM);
  return {
    starClass,
    temperatureK,
    radiusKm,
    massKg: massSolar * SOLAR_MASS_KG,
    luminosity: luminositySolar(radiusKm / SOLAR_RADIUS_KM, temperatureK),
  };
}

/** The Sun (IAU 2015 nominal values): the star of Genesis Prime. */
export const SUN_TWIN: Star = {
  starClass: 'G',
  temperatureK: SOLAR_TEMPERATURE_K,
  radiusKm: SOLAR_RADIUS_KM,
  massKg: SOLAR_MASS_KG,
  luminosity: 1,
};
