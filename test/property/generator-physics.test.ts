// Planet physics bounds (PRODUCT.md R4, issue 10): nothing colder than the 2.7 K cosmic
// background, Lava worlds hot enough to be molten (≥ 700 K, planets.lavaMinK), every orbit within
// planets.maxOrbitAu (300 AU) of its star — on standard seeds (eve: generator-eve.test.ts), and for a config
// asking for heavy stars with many planets (where unbounded spacing reached 13,600 AU).
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { AU_M } from '../../src/universe/constants.js';
import { planUniverse } from '../../src/universe/generate.js';
import type { PlanetRow } from '../../src/universe/rows.js';

function planetsOf(seed: string, preset: 'standard' | 'eve', overrides?: unknown): PlanetRow[] {
  const planets: PlanetRow[] = [];
  for (const batch of planUniverse({ seed, params: resolveParams(preset, overrides), epoch: '2026-01-01T00:00:00Z' }).batches()) {
    if (batch.table === 'planets') planets.push(...batch.rows);
  }
  return planets;
}

function expectPhysical(planets: readonly PlanetRow[]): void {
  expect(planets.length).toBeGreaterThan(0);
  let lava = 0;
  for (const planet of planets) {
    const where = `${planet.name} (${planet.planet_type}, ${planet.temperature} K)`;
    expect(planet.temperature as number, where).toBeGreaterThanOrEqual(2.7);
    if (planet.planet_type === 'Lava') {
      lava++;
      expect(planet.temperature as number, where).toBeGreaterThanOrEqual(700);
    }
    const orbitAu = Math.hypot(planet.position_x, planet.position_y, planet.position_z) / AU_M;
    expect(orbitAu, where).toBeLessThanOrEqual(300 * 1.000001);
  }
  expect(lava).toBeGreaterThan(0);
}

describe('planet physics bounds', () => {
  for (const seed of ['1', '7', '42']) {
    it(`hold on standard seed ${seed}`, () => expectPhysical(planetsOf(seed, 'standard')));
  }

  it('hold for heavy stars with many planets (O and B stars, 14–18 planets)', () => {
    const planets = planetsOf('heavy', 'standard', {
      systems: { count: 60 },
      regions: { count: 2 },
      stars: { weights: { O: 1, B: 1, A: 0, F: 0, G: 0, K: 0, M: 0 } },
      planets: { count: { min: 14, max: 18, median: 16, spread: 0.1 } },
    });
    expectPhysical(planets);
    // Without the bound these systems would reach thousands of AU: the bound is what holds them.
    const outermost = Math.max(...planets.map((p) => Math.hypot(p.position_x, p.position_y, p.position_z) / AU_M));
    expect(outermost).toBeGreaterThan(250);
  });

  // The eve preset is checked in generator-eve.test.ts, on the rows it streams anyway.
  it('hold in a galaxy where the cap is set tighter', () => {
    const tight = planetsOf('3', 'standard', { planets: { maxOrbitAu: 40 } });
    for (const planet of tight) expect(Math.hypot(planet.position_x, planet.position_y, planet.position_z) / AU_M).toBeLessThanOrEqual(40 * 1.000001);
  });
});
