// verify's shape checks (rule family shape.*): off by default on small universes, on from 200
// systems or when asked. The fixture's own figures are passed as targets so that each test
// breaks exactly one of them.
import { describe, expect, test } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { verifyUniverse, type ShapeTargets } from '../../src/inspect/verify.js';
import { addLane, named, rulesOf, validUniverse } from '../fixtures/universe.js';

/** Targets the fixture meets (8 systems: 5 high, 2 low, 1 null; no dead ends; 2 of 11 lanes between regions; one region all high-sec). */
const FIXTURE_TARGETS: Partial<ShapeTargets> = {
  allHighSecRegionsMax: 1,
  deadEndShare: [0, 0.2],
  betweenRegions: [0.05, 0.2],
  securityMix: { high: 5 / 8, low: 2 / 8, null: 1 / 8 },
  planetsPerSystemMedian: [1, 11],
  moonsPerPlanetMean: [1, 8],
};

function verifyShape(breakIt: (tables: UniverseTables) => void, targets: Partial<ShapeTargets> = {}) {
  const tables = validUniverse();
  breakIt(tables);
  return verifyUniverse(tables, { shapeChecks: true, shapeTargets: { ...FIXTURE_TARGETS, ...targets } });
}

describe('verify: shape checks', () => {
  test('off by default below 200 systems; with EVE targets the fixture fails several', () => {
    expect(verifyUniverse(validUniverse())).toEqual([]);
    const rules = rulesOf(verifyUniverse(validUniverse(), { shapeChecks: true }));
    expect(rules).toEqual(expect.arrayContaining(['shape.dead-ends', 'shape.security-mix', 'shape.edge-mix', 'shape.planets']));
  });

  test('the fixture meets its own targets', () => {
    expect(verifyShape(() => undefined)).toEqual([]);
  });

  test.each<[string, string, (t: UniverseTables) => void, Partial<ShapeTargets>, string]>([
    ['shape.degree', 'mean gates per system below the target', () => undefined, { meanDegree: [2.8, 3.0] }, 'mean gates per system is 2.75'],
    ['shape.degree', 'a system with more gates than allowed', () => undefined, { maxDegree: 2 }, 'has 3 gates, more than 2'],
    ['shape.dead-ends', 'no dead ends where some are wanted', () => undefined, { deadEndShare: [0.05, 0.2] }, '0.0 % of systems are dead ends'],
    ['shape.edge-mix', 'too few lanes inside constellations', () => undefined, { insideConstellationMin: 0.7 }, '63.6 % of lanes stay inside a constellation'],
    ['shape.edge-mix', 'too many lanes between regions', () => undefined, { betweenRegions: [0.01, 0.1] }, '18.2 % of lanes join two regions'],
    ['shape.security-mix', 'a security mix off target', () => undefined, { securityMix: { high: 0.23, low: 0.13, null: 0.64 } }, '12.5 % of systems are null-sec, more than 8.0 % from the target 64.0 %'],
    ['shape.planets', 'more planets than the maximum', () => undefined, { planetsPerSystemMax: 7 }, 'planets per system: median 1, max 8'],
    ['shape.moons', 'moons per planet off target', () => undefined, { moonsPerPlanetMean: [3, 8] }, 'moons per planet: mean 1.27'],
    ['shape.moons', 'gas giants with fewer moons than rocky planets', (t) => {
      t.moons = t.moons.filter((m) => !/^(Genesis V|Genesis VI|Brisk I|Gale II) /.test(m.name));
      named(t.stations, 'Fjord I - Moon 1 - Citadel Ascendant');
    }, { moonsPerPlanetMean: [0, 8], planetsWithoutMoonsShare: [0, 1] }, 'gas giants have 0.00 moons on average'],
    ['shape.planet-types', 'ice planets hotter than terrestrial ones', (t) => {
      for (const planet of t.planets) if (planet.planet_type === 'Ice') planet.planet_type = 'Lava';
    }, {}, 'Lava planets average'],
    ['shape.stations', 'null-sec better served than high-sec', (t) => void (named(t.solar_systems, 'Fjord').security_status = 0), {
      securityMix: { high: 5 / 8, low: 1 / 8, null: 2 / 8 },
    }, 'high-sec has 0.40 stations per system, not more than null-sec (0.50)'],
    ['shape.anomalies', 'high-sec sites harder than null-sec ones', (t) => {
      const gale = named(t.solar_systems, 'Gale').id;
      const site = t.anomalies.find((a) => a.solar_system_id === gale);
      if (site) site.difficulty = 'Easy';
      const brisk = named(t.solar_systems, 'Brisk').id;
      const easy = t.anomalies.find((a) => a.solar_system_id === brisk);
      if (easy) easy.difficulty = 'Hard';
    }, {}, 'null-sec anomalies are no harder'],
    ['shape.wormholes', 'a wormhole between gate neighbours', (t) => {
      t.wormholes[0].destination_system_id = named(t.solar_systems, 'Aurel').id;
    }, {}, '1 of 1 wormholes join gate neighbours'],
  ])('%s: %s', (rule, _, breakIt, targets, expected) => {
    const violations = verifyShape(breakIt, targets);
    expect(rulesOf(violations)).toEqual([rule]);
    expect(violations.map((v) => v.message).join('\n')).toContain(expected);
  });

  test('shape.dead-ends: a system left with one gate counts as a dead end', () => {
    const violations = verifyShape((t) => {
      const [prime, brisk] = [named(t.solar_systems, 'Genesis Prime').id, named(t.solar_systems, 'Brisk').id];
      t.stargates = t.stargates.filter((g) => ![prime, brisk].includes(g.solar_system_id) || ![prime, brisk].includes(g.destination_system_id));
    }, { deadEndShare: [0, 0.1] });
    expect(rulesOf(violations)).toEqual(['shape.dead-ends']);
    expect(violations[0].message).toContain('12.5 % of systems are dead ends');
  });

  test('shape.security-core: null-sec nearer the core than high-sec', () => {
    // Dusk (9, 4 ly) sits next to the map centre (8.75, 2.1 ly); as null-sec it pulls null-sec's
    // mean distance (5.57 ly) under high-sec's (5.79 ly). Dropping 0.5 → 0.0 next to 0.8 and 0.6
    // neighbours is also a security jump, which security.smooth reports: the two go together.
    const violations = verifyShape((t) => void (named(t.solar_systems, 'Dusk').security_status = 0), {
      securityMix: { high: 4 / 8, low: 2 / 8, null: 2 / 8 },
    });
    expect(rulesOf(violations)).toEqual(['security.smooth', 'shape.security-core']);
  });

  test('shape.security-regions: a region all high-sec, where none may be', () => {
    const violations = verifyShape(() => undefined, { allHighSecRegionsMax: 0 });
    expect(rulesOf(violations)).toEqual(['shape.security-regions']);
    expect(violations[0].message).toMatch(/^1 region is all high-sec \(.+\); every empire region should mix in low-sec/);
  });

  test('shape.edge-mix: a lane between regions counts as one', () => {
    const violations = verifyShape((t) => addLane(t, 'Dusk', 'Echo'), { betweenRegions: [0.05, 0.2], insideConstellationMin: 0.5 });
    expect(violations.map((v) => v.message)).toEqual(['25.0 % of lanes join two regions, outside 5.0 %–20.0 % (EVE 5 %)']);
  });
});
