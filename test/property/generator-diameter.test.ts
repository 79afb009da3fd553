// The gate network's diameter (the most jumps between two systems by their shortest route) stays
// like a game map's: EVE Online's k-space, about 5,200 systems, is well under 100 jumps across.
// A network chosen as a tree plus short local extras is several times longer (about 250 jumps
// for `eve`), so these bounds fail when lane selection stops cutting the long detours.
// Measured by the same helpers `stats` uses (src/inspect/graph.ts), on rows as they stream.
import { describe, expect, it } from 'vitest';
import { GALAXY_SHAPES, resolveParams } from '../../src/config/params.js';
import { buildGateGraph, gateNetworkDiameter } from '../../src/inspect/graph.js';
import { planUniverse } from '../../src/universe/generate.js';
import type { SolarSystemRow, StargateRow } from '../../src/universe/rows.js';

const EPOCH = '2026-01-01T00:00:00Z';

/** Jumps across the gate network of a generated universe (exact). */
function diameterOf(seed: string, preset: string, overrides?: unknown): number {
  const tables: { solar_systems: SolarSystemRow[]; stargates: StargateRow[] } = { solar_systems: [], stargates: [] };
  for (const batch of planUniverse({ seed, params: resolveParams(preset, overrides), epoch: EPOCH }).batches()) {
    if (batch.table === 'solar_systems') tables.solar_systems.push(...batch.rows);
    if (batch.table === 'stargates') tables.stargates.push(...batch.rows);
  }
  const diameter = gateNetworkDiameter(buildGateGraph(tables), 4000);
  expect(diameter.exact).toBe(true);
  return diameter.jumps;
}

// Bounds: `eve` (5,400 systems) at most 120 jumps; `standard` (600 systems, a galaxy a third as
// wide) at most 60, for every galaxy shape.
describe('gate network diameter', () => {
  it('is at most 120 jumps across the eve preset', () => {
    expect(diameterOf('42', 'eve')).toBeLessThanOrEqual(120);
  });

  for (const shape of GALAXY_SHAPES) {
    it(`is at most 60 jumps across standard ${shape} galaxies`, () => {
      for (const seed of ['42', '7']) expect(diameterOf(seed, 'standard', { galaxy: { shape } })).toBeLessThanOrEqual(60);
    });
  }
});
