// The row stream (src/universe/generate.ts): skeleton tables first, then each region's detail
// (planets, moons, stations, stargates, belts, anomalies — only that region's systems), then
// wormholes; every row's parents were yielded before it.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { UsageError } from '../../src/errors.js';
import { planUniverse } from '../../src/universe/generate.js';
import type { RowBatch } from '../../src/universe/rows.js';

const EPOCH = '2026-01-01T00:00:00Z';
const DETAIL_ORDER = ['planets', 'moons', 'stations', 'stargates', 'asteroid_belts', 'anomalies'];

/** The parent ids a row refers to. */
function parentsOf(row: RowBatch['rows'][number]): string[] {
  const r = row as unknown as Record<string, string | null>;
  const keys = ['region_id', 'constellation_id', 'solar_system_id', 'planet_id', 'destination_system_id', 'source_system_id'];
  return keys.filter((k) => k in r && r[k] !== null).map((k) => r[k] as string);
}

describe('planUniverse().batches()', () => {
  const plan = planUniverse({ seed: 'batches', params: resolveParams('standard', undefined), epoch: EPOCH });
  const batches = [...plan.batches()];

  it('reports the size of the skeleton', () => {
    expect(plan.systemCount).toBe(600);
    expect(plan.regionCount).toBe(8);
  });

  it('yields the skeleton, then the detail region by region, then wormholes', () => {
    expect(batches.slice(0, 3).map((b) => b.table)).toEqual(['regions', 'constellations', 'solar_systems']);
    expect(batches[batches.length - 1].table).toBe('wormholes');
    const detail = batches.slice(3, -1).map((b) => b.table);
    // Per region the tables come in DETAIL_ORDER (empty batches are skipped).
    let position = -1;
    let regions = 1;
    for (const table of detail) {
      const index = DETAIL_ORDER.indexOf(table);
      expect(index).toBeGreaterThanOrEqual(0);
      if (index <= position) regions++;
      position = index;
    }
    expect(regions).toBe(plan.regionCount);
  });

  it('yields parents before children and each row once', () => {
    const seen = new Set<string>();
    for (const batch of batches) {
      for (const row of batch.rows) {
        for (const parent of parentsOf(row)) expect(seen.has(parent)).toBe(true);
        expect(seen.has(row.id)).toBe(false);
      }
      // Rows of one batch may refer to each other only through earlier batches; add after checking.
      for (const row of batch.rows) seen.add(row.id);
    }
  });

  it("keeps each region's detail to that region's systems", () => {
    const [regions, constellations, systems] = batches as [RowBatch & { table: 'regions' }, RowBatch & { table: 'constellations' }, RowBatch & { table: 'solar_systems' }];
    const regionOfConstellation = new Map(constellations.rows.map((c) => [c.id, c.region_id]));
    const regionOfSystem = new Map(systems.rows.map((s) => [s.id, regionOfConstellation.get(s.constellation_id)]));
    const planetRegion = new Map<string, string | undefined>();
    let current: string | undefined;
    let lastIndex = Infinity;
    for (const batch of batches.slice(3, -1)) {
      const index = DETAIL_ORDER.indexOf(batch.table);
      const regionOfRow = (row: RowBatch['rows'][number]): string | undefined => {
        const r = row as unknown as Record<string, string>;
        return 'planet_id' in r && !('solar_system_id' in r) ? planetRegion.get(r.planet_id) : regionOfSystem.get(r.solar_system_id);
      };
      if (index <= lastIndex) current = regionOfRow(batch.rows[0]);
      lastIndex = index;
      for (const row of batch.rows) {
        expect(regionOfRow(row)).toBe(current);
        if (batch.table === 'planets') planetRegion.set(row.id, current);
      }
    }
    expect(regions.rows).toHaveLength(8);
  });

  it('names the starter region, system and station by id', () => {
    const [regions, , systems] = batches;
    const stations = batches.filter((b) => b.table === 'stations').flatMap((b) => b.rows);
    expect(regions.rows.find((r) => r.id === plan.starter.regionId)).toMatchObject({ name: 'Genesis' });
    expect(systems.rows.find((s) => s.id === plan.starter.systemId)).toMatchObject({ name: 'Genesis Prime' });
    expect(stations[0]).toMatchObject({ id: plan.starter.stationId, solar_system_id: plan.starter.systemId, station_type: 'Station' });
  });

  it('refuses an epoch that is not an ISO time', () => {
    expect(() => planUniverse({ seed: '1', params: resolveParams('tiny', undefined), epoch: 'yesterday' })).toThrow(UsageError);
  });
});
