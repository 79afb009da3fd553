// verifyOptionsFromConfig: a universe generated with custom parameters is judged by them — its
// security mix, gate shape, planet and moon counts, wormhole lifetimes and starter names.
import { describe, expect, test } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { DEFAULT_SHAPE_TARGETS, verifyOptionsFromConfig, verifyUniverse } from '../../src/inspect/verify.js';
import { generateTables } from '../../src/universe/generate.js';
import { GENERATED_EPOCH } from '../fixtures/generated.js';
import { rulesOf } from '../fixtures/universe.js';

describe('verifyOptionsFromConfig', () => {
  test('the standard preset’s parameters give targets close to the EVE defaults', () => {
    const options = verifyOptionsFromConfig(resolveParams('standard', {}), GENERATED_EPOCH);
    const targets = options.shapeTargets ?? {};
    expect(options.epoch).toBe(GENERATED_EPOCH);
    expect(options.starter).toEqual({ region: 'Genesis', system: 'Genesis Prime', planetPrefix: 'Genesis' });
    expect(targets.securityMix).toEqual({ high: 0.23, low: 0.13, null: 0.64 });
    expect(targets.meanDegree?.[0]).toBeCloseTo(DEFAULT_SHAPE_TARGETS.meanDegree[0], 1);
    expect(targets.meanDegree?.[1]).toBeCloseTo(DEFAULT_SHAPE_TARGETS.meanDegree[1], 1);
    expect(targets.insideConstellationMin).toBeCloseTo(DEFAULT_SHAPE_TARGETS.insideConstellationMin, 6);
    expect(targets.betweenRegions?.[0]).toBeCloseTo(DEFAULT_SHAPE_TARGETS.betweenRegions[0], 6);
    expect(targets.betweenRegions?.[1]).toBeCloseTo(DEFAULT_SHAPE_TARGETS.betweenRegions[1], 6);
    expect(targets.planetsPerSystemMedian).toEqual(DEFAULT_SHAPE_TARGETS.planetsPerSystemMedian);
  });

  test('a config that is not one keeps every default', () => {
    expect(verifyOptionsFromConfig('nonsense')).toEqual({ shapeTargets: {} });
    expect(verifyOptionsFromConfig({ security: { mix: { high: 'a lot' } }, gates: null })).toEqual({ shapeTargets: {} });
    expect(verifyOptionsFromConfig({ security: { mix: { high: 0, low: 0, null: 0 } } })).toEqual({ shapeTargets: {} });
  });

  test('a universe with custom parameters fails the defaults and passes its own', () => {
    const params = resolveParams('standard', {
      security: { mix: { high: 0.4, low: 0.2, null: 0.4 } },
      gates: { meanDegree: 2.9, deadEndFraction: 0.08 },
      names: { starterRegion: 'Haven', starterSystem: 'Haven Prime', starterPlanetPrefix: 'Haven' },
      wormholes: { lifetimeHours: { min: 100, max: 200 } },
      moons: { mean: { Lava: 0, Terrestrial: 2, 'Gas Giant': 6, Ice: 1 } },
      planets: { count: { median: 4, max: 9 } },
    });
    const tables = generateTables({ seed: '42', params, epoch: GENERATED_EPOCH });
    expect(rulesOf(verifyUniverse(tables, { epoch: GENERATED_EPOCH }))).toEqual(['genesis', 'planets.name', 'shape.moons', 'shape.planets', 'shape.security-mix']);
    expect(verifyUniverse(tables, verifyOptionsFromConfig(params, GENERATED_EPOCH))).toEqual([]);
  });

  test('the configured wormhole lifetime is enforced', () => {
    const params = resolveParams('tiny', { wormholes: { lifetimeHours: { min: 100, max: 200 } } });
    const tables = generateTables({ seed: '3', params, epoch: GENERATED_EPOCH });
    expect(tables.wormholes.length).toBeGreaterThan(0);
    const tighter = verifyOptionsFromConfig(resolveParams('tiny', { wormholes: { lifetimeHours: { min: 1, max: 50 } } }), GENERATED_EPOCH);
    expect(verifyUniverse(tables, verifyOptionsFromConfig(params, GENERATED_EPOCH))).toEqual([]);
    expect(rulesOf(verifyUniverse(tables, tighter))).toEqual(['wormholes.expiry']);
  });
});
