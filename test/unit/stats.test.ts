// stats: counts and distributions match the fixture counted by hand; the result is plain JSON;
// the terminal rendering shows EVE's figures beside ours and honours the colour switch.
import { describe, expect, test } from 'vitest';
import { computeStats, formatStats } from '../../src/inspect/stats.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import { validUniverse } from '../fixtures/universe.js';

describe('computeStats on the fixture', () => {
  const tables = validUniverse();
  const stats = computeStats(tables);

  test('row counts per table', () => {
    for (const table of UNIVERSE_TABLES) expect(stats.counts[table]).toBe(tables[table].length);
    expect(stats.totalRows).toBe(UNIVERSE_TABLES.reduce((sum, t) => sum + tables[t].length, 0));
  });

  test('security mix: 5 high (1.0–0.5), 2 low (0.3, 0.2), 1 null', () => {
    expect(stats.security.counts).toEqual({ high: 5, low: 2, null: 1 });
    expect(stats.security.shares).toEqual({ high: 5 / 8, low: 2 / 8, null: 1 / 8 });
  });

  test('gate network: 11 lanes, degrees 2,3,3,3,3,3,3,2, no dead end, diameter 4 (Genesis Prime – Gale)', () => {
    expect(stats.gates.pairs).toBe(11);
    expect(stats.gates.perSystem).toEqual({ histogram: [0, 0, 2, 6], mean: 22 / 8, max: 3, deadEnds: 0, deadEndShare: 0 });
    expect(stats.gates.components).toBe(1);
    expect(stats.gates.diameterJumps).toBe(4);
    expect(stats.gates.diameterExact).toBe(true);
  });

  test('edge mix: 7 lanes inside constellations, 2 between constellations of Genesis, 2 between regions', () => {
    expect(stats.gates.edgeMix.counts).toEqual({ insideConstellation: 7, betweenConstellations: 2, betweenRegions: 2 });
  });

  test('stars, planets and moons', () => {
    expect(stats.starClasses).toEqual({ O: 0, B: 0, A: 0, F: 0, G: 3, K: 3, M: 2 });
    expect(stats.planetTypes).toEqual({ Lava: 2, Terrestrial: 6, 'Gas Giant': 4, Ice: 3 });
    // Planets per system 8, 1, 1, 1, 0, 1, 1, 2.
    expect(stats.planetsPerSystem).toMatchObject({ median: 1, max: 8, mean: 15 / 8, noneShare: 1 / 8 });
    // 19 moons on 15 planets, 5 planets without.
    expect(stats.moonsPerPlanet).toMatchObject({ mean: 19 / 15, noneShare: 5 / 15, max: 4 });
    expect(stats.moonsPerPlanet.histogram).toEqual([5, 4, 4, 1, 1]);
  });

  test('stations, belts, anomalies, wormholes', () => {
    expect(stats.stations.byType).toEqual({ Station: 2, Citadel: 1 });
    // High-sec: 2 stations over 5 systems; low-sec: the citadel over 2; null-sec: none.
    expect(stats.stations.perSystemBySecurity).toEqual({ high: 0.4, low: 0.5, null: 0 });
    expect(stats.beltOres).toEqual({ Veldspar: 1, Scordite: 1, Arkonor: 1 });
    expect(stats.anomalies.byType).toEqual({ Data: 1, Combat: 1, Relic: 1 });
    expect(stats.anomalies.byDifficulty).toEqual({ Easy: 1, Medium: 0, Hard: 1, Elite: 1 });
    expect(stats.wormholes).toEqual({ count: 1, meanStability: 100 });
  });

  test('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });
});

describe('formatStats', () => {
  const stats = computeStats(validUniverse());

  test('shows our figures beside EVE k-space figures, without colour codes when colour is off', () => {
    const text = formatStats(stats, { color: false });
    expect(text).not.toContain('\u001b[');
    expect(text).toMatch(/mean gates per system\s+2\.75\s+2\.64/);
    expect(text).toMatch(/dead ends \(1 gate\)\s+0\.0 %\s+13\.7 %/);
    expect(text).toMatch(/lanes between regions\s+18\.2 %\s+5\.0 %/);
    expect(text).toMatch(/null-sec \(0\.0\)\s+1\s+12\.5 %\s+64\.0 %/);
    expect(text).toMatch(/per planet: mean\s+1\.27\s+5\.1/);
    expect(text).toMatch(/diameter \(jumps\)\s+4/);
    expect(text).toMatch(/solar_systems\s+8\s+≈ 5,400/);
  });

  test('colours headings when colour is on', () => {
    expect(formatStats(stats, { color: true })).toContain('\u001b[');
  });
});
