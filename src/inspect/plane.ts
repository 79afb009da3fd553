// The galactic plane: which two of the x/y/z axes the galaxy's disc lies in, and the systems
// projected onto it. The generator is free to call its "up" axis y (game engines) or z (UE5);
// the disc is detected as the two axes along which system positions spread the most, so the
// lane-crossing check and the map see the galaxy from above whichever convention was used.
import type { SolarSystemRow } from '../universe/rows.js';

export type Axis = 'x' | 'y' | 'z';

const POSITION_KEY = { x: 'position_x', y: 'position_y', z: 'position_z' } as const;

export interface PlaneProjection {
  /** The two axes of the disc, in x, y, z order. */
  axes: readonly [Axis, Axis];
  /** Projected coordinates in metres: u[i], v[i] for system i. */
  u: Float64Array;
  v: Float64Array;
}

function spreadAlong(systems: readonly SolarSystemRow[], axis: Axis): number {
  const key = POSITION_KEY[axis];
  let mean = 0;
  for (const system of systems) mean += system[key];
  mean /= Math.max(1, systems.length);
  let sumSquares = 0;
  for (const system of systems) sumSquares += (system[key] - mean) ** 2;
  return sumSquares;
}

/** The two axes with the largest spread (ties keep x, y, z order); the thinnest is "up". */
export function galacticPlaneAxes(systems: readonly SolarSystemRow[]): readonly [Axis, Axis] {
  const spreads = (['x', 'y', 'z'] as const).map((axis) => ({ axis, spread: spreadAlong(systems, axis) }));
  let thinnest = spreads[0];
  for (const candidate of spreads) if (candidate.spread < thinnest.spread) thinnest = candidate;
  const [first, second] = spreads.filter((s) => s !== thinnest).map((s) => s.axis);
  return [first, second];
}

export function projectToPlane(systems: readonly SolarSystemRow[]): PlaneProjection {
  const axes = galacticPlaneAxes(systems);
  const u = new Float64Array(systems.length);
  const v = new Float64Array(systems.length);
  const [uKey, vKey] = [POSITION_KEY[axes[0]], POSITION_KEY[axes[1]]];
  systems.forEach((system, i) => {
    u[i] = system[uKey];
    v[i] = system[vKey];
  });
  return { axes, u, v };
}
