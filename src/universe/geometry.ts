// Directions and positions inside a system (metres, relative to the star): orbits lie near the
// system's plane, so a random direction is a random angle with a small inclination.

import type { Rng } from '../random/rng.js';

export interface Vector {
  x: number;
  y: number;
  z: number;
}

const DEGREE = Math.PI / 180;

/** A unit vector at a random angle in the plane, tilted by a few degrees at most. */
export function planarDirection(rng: Rng, inclinationSdDeg = 2): Vector {
  const angle = rng.range(0, 2 * Math.PI);
  const tilt = rng.normal(0, inclinationSdDeg) * DEGREE;
  const flat = Math.cos(tilt);
  return { x: flat * Math.cos(angle), y: flat * Math.sin(angle), z: Math.sin(tilt) };
}

/** `origin` + `direction` · `distance`, each coordinate rounded to whole metres. */
export function offsetBy(origin: Vector, direction: Vector, distance: number): Vector {
  return {
    x: Math.round(origin.x + direction.x * distance),
    y: Math.round(origin.y + direction.y * distance),
    z: Math.round(origin.z + direction.z * distance),
  };
}

export const STAR_ORIGIN: Vector = { x: 0, y: 0, z: 0 };
