// The `eve` preset against EVE Online's k-space figures (PRODUCT.md R4 and the presets table;
// src/universe/constants.ts EVE_REFERENCE): counts within ±15 %, and the shape of the gate
// network, the security mix and the bodies close to EVE's. Rows are counted as they stream.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { AU_M, EVE_REFERENCE, HIGH_SEC_MIN } from '../../src/universe/constants.js';
import { planUniverse } from '../../src/universe/generate.js';
import type { SolarSystemRow, UniverseTable } from '../../src/universe/rows.js';

const within = (actual: number, expected: number, share: number): boolean => Math.abs(actual - expected) <= share * expected;

describe('eve preset', () => {
  const counts: Record<UniverseTable, number> = {
    regions: 0, constellations: 0, solar_systems: 0, planets: 0, moons: 0,
    stations: 0, stargates: 0, asteroid_belts: 0, anomalies: 0, wormholes: 0,
  };
  const systems = new Map<string, SolarSystemRow>();
  const regionOfConstellation = new Map<string, string>();
  const degree = new Map<string, number>();
  const laneKinds = { constellation: 0, region: 0, interRegion: 0 };
  const planetsPerSystem = new Map<string, number>();
  const moonsPerPlanet = new Map<string, number>();
  const planetIds: string[] = [];
  const stationsBySecurity = { high: 0, null: 0 };
  const physics = { coldestK: Infinity, coolestLavaK: Infinity, lavaWorlds: 0, widestOrbitAu: 0 };

  const plan = planUniverse({ seed: 'eve-figures', params: resolveParams('eve', undefined), epoch: '2026-01-01T00:00:00Z' });
  for (const batch of plan.batches()) {
    counts[batch.table] += batch.rows.length;
    if (batch.table === 'constellations') for (const c of batch.rows) regionOfConstellation.set(c.id, c.region_id);
    if (batch.table === 'solar_systems') for (const s of batch.rows) systems.set(s.id, s);
    if (batch.table === 'planets') {
      for (const p of batch.rows) {
        planetsPerSystem.set(p.solar_system_id, (planetsPerSystem.get(p.solar_system_id) ?? 0) + 1);
        planetIds.push(p.id);
        physics.coldestK = Math.min(physics.coldestK, p.temperature as number);
        if (p.planet_type === 'Lava') {
          physics.lavaWorlds++;
          physics.coolestLavaK = Math.min(physics.coolestLavaK, p.temperature as number);
        }
        physics.widestOrbitAu = Math.max(physics.widestOrbitAu, Math.hypot(p.position_x, p.position_y, p.position_z) / AU_M);
      }
    }
    if (batch.table === 'moons') for (const m of batch.rows) moonsPerPlanet.set(m.planet_id, (moonsPerPlanet.get(m.planet_id) ?? 0) + 1);
    if (batch.table === 'stations') {
      for (const st of batch.rows) {
        const security = (systems.get(st.solar_system_id) as SolarSystemRow).security_status;
        if (security >= HIGH_SEC_MIN) stationsBySecurity.high++;
        if (security === 0) stationsBySecurity.null++;
      }
    }
    if (batch.table === 'stargates') {
      for (const g of batch.rows) {
        degree.set(g.solar_system_id, (degree.get(g.solar_system_id) ?? 0) + 1);
        const from = systems.get(g.solar_system_id) as SolarSystemRow;
        const to = systems.get(g.destination_system_id) as SolarSystemRow;
        if (from.constellation_id === to.constellation_id) laneKinds.constellation++;
        else if (regionOfConstellation.get(from.constellation_id) === regionOfConstellation.get(to.constellation_id)) laneKinds.region++;
        else laneKinds.interRegion++;
      }
    }
  }
  const n = systems.size;

  it('has EVE-sized tables (±15 %)', () => {
    expect(within(counts.regions, EVE_REFERENCE.regions, 0.15)).toBe(true);
    expect(within(counts.constellations, EVE_REFERENCE.constellations, 0.15)).toBe(true);
    expect(within(counts.solar_systems, EVE_REFERENCE.systems, 0.15)).toBe(true);
    expect(within(counts.planets, EVE_REFERENCE.planets, 0.15)).toBe(true);
    expect(within(counts.moons, EVE_REFERENCE.moons, 0.15)).toBe(true);
    expect(within(counts.asteroid_belts, EVE_REFERENCE.asteroidBelts, 0.15)).toBe(true);
    expect(within(counts.stargates / 2, EVE_REFERENCE.gatePairs, 0.15)).toBe(true);
    expect(within(counts.stations, EVE_REFERENCE.stations, 0.15)).toBe(true);
    const rows = Object.values(counts).reduce((sum, c) => sum + c, 0);
    expect(within(rows, EVE_REFERENCE.rows, 0.15)).toBe(true);
  });

  it('has a gate network shaped like EVE’s', () => {
    const degrees = [...systems.keys()].map((id) => degree.get(id) ?? 0);
    const mean = degrees.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - EVE_REFERENCE.meanGatesPerSystem)).toBeLessThan(0.1);
    expect(Math.max(...degrees)).toBeLessThanOrEqual(EVE_REFERENCE.maxGatesPerSystem);
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(degrees.filter((d) => d === 1).length / n - EVE_REFERENCE.deadEndShare)).toBeLessThan(0.03);
    const lanes = counts.stargates;
    expect(Math.abs(laneKinds.constellation / lanes - EVE_REFERENCE.gateMix.constellation)).toBeLessThan(0.05);
    expect(Math.abs(laneKinds.region / lanes - EVE_REFERENCE.gateMix.region)).toBeLessThan(0.05);
    expect(Math.abs(laneKinds.interRegion / lanes - EVE_REFERENCE.gateMix.interRegion)).toBeLessThan(0.03);
  });

  it('has EVE’s security mix, high-sec at the core and null-sec at the periphery', () => {
    const list = [...systems.values()];
    const high = list.filter((s) => s.security_status >= HIGH_SEC_MIN);
    const nul = list.filter((s) => s.security_status === 0);
    const low = n - high.length - nul.length;
    expect(Math.abs(high.length / n - EVE_REFERENCE.securityMix.high)).toBeLessThan(0.05);
    expect(Math.abs(low / n - EVE_REFERENCE.securityMix.low)).toBeLessThan(0.05);
    expect(Math.abs(nul.length / n - EVE_REFERENCE.securityMix.null)).toBeLessThan(0.05);
    const meanRadius = (group: SolarSystemRow[]): number => group.reduce((sum, s) => sum + Math.hypot(s.position_x, s.position_y), 0) / group.length;
    expect(meanRadius(high)).toBeLessThan(0.8 * meanRadius(nul));
    expect(stationsBySecurity.high / high.length).toBeGreaterThan(stationsBySecurity.null / nul.length);
  });

  it('has EVE’s planets and moons per system', () => {
    const perSystem = [...systems.keys()].map((id) => planetsPerSystem.get(id) ?? 0).sort((a, b) => a - b);
    expect(perSystem[n >> 1]).toBe(EVE_REFERENCE.planetsPerSystemMedian);
    expect(perSystem[n - 1]).toBeLessThanOrEqual(EVE_REFERENCE.planetsPerSystemMax);
    expect(within(counts.moons / counts.planets, EVE_REFERENCE.moonsPerPlanetMean, 0.1)).toBe(true);
    const moonless = planetIds.filter((id) => !moonsPerPlanet.has(id)).length / planetIds.length;
    expect(Math.abs(moonless - EVE_REFERENCE.planetsWithoutMoonsShare)).toBeLessThan(0.05);
  });

  it('has physical planets: none below the 2.7 K background, Lava worlds molten (≥ 700 K), orbits within 300 AU', () => {
    expect(physics.coldestK).toBeGreaterThanOrEqual(2.7);
    expect(physics.lavaWorlds).toBeGreaterThan(0);
    expect(physics.coolestLavaK).toBeGreaterThanOrEqual(700);
    expect(physics.widestOrbitAu).toBeLessThanOrEqual(300 * 1.000001);
  });
});
