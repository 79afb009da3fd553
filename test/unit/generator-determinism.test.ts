// PRODUCT.md R3: same input → same rows (and the same rows on a second pass over the batches);
// different seeds → different universes; changing one stage's parameters leaves the earlier
// stages' entities identical.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { generateTables, planUniverse, type UniverseInput } from '../../src/universe/generate.js';
import type { RowBatch, UniverseTables } from '../../src/universe/rows.js';

const EPOCH = '2026-01-01T00:00:00Z';
const tiny = resolveParams('tiny', undefined);
const input = (seed: string, overrides?: unknown): UniverseInput => ({ seed, params: resolveParams('tiny', overrides), epoch: EPOCH });

/** Systems without the column station parameters may change. */
const systemsWithoutStationFlag = (t: UniverseTables): object[] => t.solar_systems.map(({ has_station: _ignored, ...rest }) => rest);

describe('determinism', () => {
  it('gives deep-equal tables for the same input', () => {
    expect(generateTables(input('42'))).toEqual(generateTables(input('42')));
  });

  it('yields identical batches when batches() is called twice on one plan', () => {
    const plan = planUniverse({ seed: 'twice', params: resolveParams('standard', undefined), epoch: EPOCH });
    const first: RowBatch[] = [...plan.batches()];
    const second: RowBatch[] = [...plan.batches()];
    expect(second).toEqual(first);
  });

  it('gives different universes for different seeds', () => {
    const a = generateTables(input('42'));
    const b = generateTables(input('43'));
    expect(b.solar_systems.map((s) => s.name)).not.toEqual(a.solar_systems.map((s) => s.name));
    expect(b.solar_systems[0].id).not.toBe(a.solar_systems[0].id);
    expect(b.planets.map((p) => p.position_x)).not.toEqual(a.planets.map((p) => p.position_x));
  });

  it('ties time-dependent fields to the epoch and nothing else', () => {
    const a = generateTables({ seed: '5', params: tiny, epoch: EPOCH });
    const b = generateTables({ seed: '5', params: tiny, epoch: '2026-01-02T00:00:00Z' });
    expect(b.solar_systems).toEqual(a.solar_systems);
    expect(b.moons).toEqual(a.moons);
    const dayMs = 86_400_000;
    b.wormholes.forEach((w, i) => expect(Date.parse(w.expires_at) - Date.parse(a.wormholes[i].expires_at)).toBe(dayMs));
  });
});

describe('stage independence', () => {
  const base = generateTables(input('stages'));

  it('keeps regions, constellations, systems, gates and planets when moon and station parameters change', () => {
    const changed = generateTables(
      input('stages', {
        moons: { mean: { Lava: 2, Terrestrial: 3, 'Gas Giant': 4, Ice: 5 }, max: 6 },
        stations: { mean: { high: 5, low: 4, null: 3 } },
      }),
    );
    expect(changed.moons).not.toEqual(base.moons);
    expect(changed.stations).not.toEqual(base.stations);
    expect(changed.regions).toEqual(base.regions);
    expect(changed.constellations).toEqual(base.constellations);
    expect(systemsWithoutStationFlag(changed)).toEqual(systemsWithoutStationFlag(base));
    expect(changed.stargates).toEqual(base.stargates);
    expect(changed.planets).toEqual(base.planets);
    expect(changed.asteroid_belts).toEqual(base.asteroid_belts);
    expect(changed.wormholes).toEqual(base.wormholes);
  });

  it('keeps everything before anomalies when anomaly parameters change', () => {
    const changed = generateTables(input('stages', { anomalies: { mean: { high: 3, low: 3, null: 3 }, completedFraction: 0.9 } }));
    expect(changed.anomalies).not.toEqual(base.anomalies);
    for (const table of ['regions', 'constellations', 'solar_systems', 'planets', 'moons', 'stations', 'stargates', 'asteroid_belts'] as const) {
      expect(changed[table]).toEqual(base[table]);
    }
  });

  it('keeps the skeleton when planet parameters change', () => {
    const changed = generateTables(input('stages', { planets: { count: { median: 4, min: 2, max: 6 } } }));
    expect(changed.planets).not.toEqual(base.planets);
    expect(changed.regions).toEqual(base.regions);
    expect(changed.stargates).toEqual(base.stargates);
    expect(changed.solar_systems.map((s) => [s.id, s.name, s.security_status, s.star_type, s.position_x])).toEqual(
      base.solar_systems.map((s) => [s.id, s.name, s.security_status, s.star_type, s.position_x]),
    );
  });
});
