// Positions of the star systems (light-years, galactic plane x/y, height z): rejection sampling
// of a density field — a spiral (bulge, exponential disc, logarithmic arms), an elliptical or a
// ring — broken up by simplex noise, with a minimum spacing so no two systems overlap. The
// galaxy's radius grows with √(systems) so the density, and the look, stay the same at any scale.

import { createNoise2D, type NoiseFunction2D } from 'simplex-noise';
import type { GalaxyShape, UniverseParams } from '../../config/params.js';
import type { Rng } from '../../random/rng.js';

export interface GalaxyPoints {
  /** Light-years from the galactic centre. */
  xs: Float64Array;
  ys: Float64Array;
  zs: Float64Array;
  radiusLy: number;
}

type Density = (u: number, v: number) => number;

/** Pitch of the logarithmic spiral arms (Milky Way arms ~12°; open arms, as in Sc galaxies, ~25°). */
const ARM_PITCH_RAD = (25 * Math.PI) / 180;

function shapeDensity(shape: GalaxyShape, arms: number): Density {
  switch (shape) {
    case 'spiral':
      return (u, v) => {
        const r = Math.hypot(u, v);
        if (r > 1) return 0;
        const phase = arms * (Math.atan2(v, u) - Math.log(r + 0.05) / Math.tan(ARM_PITCH_RAD));
        const arm = ((Math.cos(phase) + 1) / 2) ** 4;
        const bulge = Math.exp(-((r / 0.14) ** 2));
        return Math.min(1, bulge + Math.exp(-r / 0.5) * (0.08 + 0.92 * arm)) * edgeFade(r);
      };
    case 'elliptical':
      return (u, v) => {
        const r2 = u * u + (v / 0.65) ** 2;
        return r2 > 1 ? 0 : Math.exp(-r2 / (2 * 0.38 ** 2)) * edgeFade(Math.sqrt(r2));
      };
    case 'ring':
      // A nucleus inside a ring, like Hoag's Object: the empire's core is the nucleus.
      return (u, v) => {
        const r = Math.hypot(u, v);
        if (r > 1) return 0;
        return Math.max(Math.exp(-((r / 0.28) ** 2)), Math.exp(-(((r - 0.68) / 0.12) ** 2))) * edgeFade(r);
      };
  }
}

/** 1 inside, falling to 0 over the outer tenth of the radius. */
function edgeFade(r: number): number {
  return r < 0.9 ? 1 : Math.max(0, (1 - r) / 0.1);
}

/** Two octaves of simplex noise mapped to [0, 1]. */
function fractalNoise(noise: NoiseFunction2D, u: number, v: number): number {
  const value = 0.65 * noise(u * 3.1, v * 3.1) + 0.35 * noise(u * 7.3 + 17.1, v * 7.3 - 3.7);
  return (value + 1) / 2;
}

/** Area (in units of R²) the density field fills, by midpoint integration on a fixed grid. */
function effectiveArea(density: Density): number {
  const steps = 96;
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) sum += density(-1 + (2 * (i + 0.5)) / steps, -1 + (2 * (j + 0.5)) / steps);
  }
  return (sum * 4) / (steps * steps);
}

/** Spatial hash of accepted points, for the minimum-spacing test. */
class SpacingGrid {
  private readonly cells = new Map<number, number[]>();
  constructor(
    private readonly cellLy: number,
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
  ) {}

  private key(cx: number, cy: number): number {
    return (cx + 32768) * 65536 + (cy + 32768);
  }

  isFree(x: number, y: number, minLy: number): boolean {
    const cx = Math.floor(x / this.cellLy);
    const cy = Math.floor(y / this.cellLy);
    const minSquared = minLy * minLy;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if ((this.xs[p] - x) ** 2 + (this.ys[p] - y) ** 2 < minSquared) return false;
        }
      }
    }
    return true;
  }

  add(index: number): void {
    const k = this.key(Math.floor(this.xs[index] / this.cellLy), Math.floor(this.ys[index] / this.cellLy));
    const cell = this.cells.get(k);
    if (cell) cell.push(index);
    else this.cells.set(k, [index]);
  }
}

export function placeSystems(count: number, galaxy: UniverseParams['galaxy'], rng: Rng): GalaxyPoints {
  const noise = createNoise2D(() => rng.float());
  const base = shapeDensity(galaxy.shape, galaxy.arms);
  const density: Density = (u, v) => {
    const d = base(u, v);
    return d === 0 ? 0 : d * (1 - galaxy.noise + galaxy.noise * fractalNoise(noise, u, v));
  };
  // The densest places hold `systemsPerSquareLy`; the radius follows from how much area is full.
  const radiusLy = Math.sqrt(count / (galaxy.systemsPerSquareLy * effectiveArea(base)));
  let minSpacingLy = 0.55 / Math.sqrt(galaxy.systemsPerSquareLy);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const zs = new Float64Array(count);
  let grid = new SpacingGrid(minSpacingLy, xs, ys);
  let placed = 0;
  let misses = 0;
  while (placed < count) {
    const u = rng.range(-1, 1);
    const v = rng.range(-1, 1);
    const accept = rng.float() < density(u, v);
    const x = u * radiusLy;
    const y = v * radiusLy;
    if (accept && grid.isFree(x, y, minSpacingLy)) {
      const r = Math.hypot(u, v);
      xs[placed] = x;
      ys[placed] = y;
      // Thicker near the centre, like a bulge.
      zs[placed] = rng.normal(0, galaxy.thickness * radiusLy * (1 + 2 * Math.exp(-((r / 0.2) ** 2))));
      grid.add(placed);
      placed++;
      misses = 0;
    } else if (++misses > 2000) {
      // The field is full at this spacing: tighten it and carry on.
      minSpacingLy *= 0.8;
      grid = new SpacingGrid(minSpacingLy, xs, ys);
      for (let i = 0; i < placed; i++) grid.add(i);
      misses = 0;
    }
  }
  return { xs, ys, zs, radiusLy };
}
