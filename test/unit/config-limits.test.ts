// Config bounds (R9, issue 11): every count, size and time has a maximum (src/config/limits.ts),
// prototype keys are unknown keys, names are checked rather than cut, impossible dates are
// refused, and a universe at the maxima still generates finite, storable values. The spawned-CLI
// table of hostile configs is test/integration/cli-hostile-config.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpoch } from '../../src/config/epoch.js';
import { resolveParams } from '../../src/config/params.js';
import { parseScale, readConfigFile } from '../../src/cli/options.js';
import { UsageError } from '../../src/errors.js';
import { messageOf } from '../../src/cli/flags.js';
import { generateTables } from '../../src/universe/generate.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';

function usageMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

/** The UsageError's message as the command line prints it (options named by flag). */
function cliMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return messageOf(error);
  }
  throw new Error('expected a UsageError');
}

describe('every number has a maximum', () => {
  it.each([
    [{ galaxy: { systemsPerSquareLy: 1e-308 } }, '"galaxy.systemsPerSquareLy" (1e-308) must be at least 0.001'],
    [{ galaxy: { systemsPerSquareLy: 1e308 } }, '"galaxy.systemsPerSquareLy" (1e+308) must be at most 1000'],
    [{ stars: { weights: { O: 1e308 } } }, '"stars.weights.O" (1e+308) must be at most 1000000'],
    [{ gates: { mix: { region: 1e300 } } }, '"gates.mix.region" (1e+300) must be at most 1000000'],
    [{ gates: { maxDegree: 1e6 } }, '"gates.maxDegree" (1000000) must be at most 32'],
    [{ gates: { jumpDelaySeconds: 1e12 } }, '"gates.jumpDelaySeconds" (1000000000000) must be at most 3600'],
    [{ gates: { activationRangeM: { interRegion: 1e20 } } }, '"gates.activationRangeM.interRegion" (100000000000000000000) must be at most 1000000'],
    [{ constellations: { systemsPerConstellation: 1e308 } }, '"constellations.systemsPerConstellation" (1e+308) must be at most 1000'],
    [{ planets: { count: { spread: 1e308 } } }, '"planets.count.spread" (1e+308) must be at most 3'],
    [{ planets: { spacing: { max: 1e308 } } }, '"planets.spacing.max" (1e+308) must be at most 3'],
    [{ moons: { mean: { Ice: 1e9 } } }, '"moons.mean.Ice" (1000000000) must be at most 100'],
    [{ moons: { max: 1e9 } }, '"moons.max" (1000000000) must be at most 100'],
    [{ stations: { max: 1e9 } }, '"stations.max" (1000000000) must be at most 100'],
    [{ anomalies: { mean: { null: 1e9 } } }, '"anomalies.mean.null" (1000000000) must be at most 100'],
    [{ belts: { respawnSeconds: { max: 1e10 } } }, '"belts.respawnSeconds.max" (10000000000) must be at most 2678400'],
    [{ anomalies: { respawnSeconds: { min: 1, max: 3e9 } } }, '"anomalies.respawnSeconds.max" (3000000000) must be at most 2678400'],
    [{ wormholes: { min: 1e9 } }, '"wormholes.min" (1000000000) must be at most 100000'],
    [{ wormholes: { perSystem: 1e9 } }, '"wormholes.perSystem" (1000000000) must be at most 5'],
  ])('%j', (config, message) => {
    expect(usageMessage(() => resolveParams('standard', config))).toContain(message);
  });

  it('refuses the combinations that would not fit: wormholes, total rows, the largest region', () => {
    expect(usageMessage(() => resolveParams('standard', { systems: { count: 60_000 }, regions: { count: 100 }, wormholes: { perSystem: 5 } }))).toContain(
      'gives 300,000 wormholes; at most 100,000',
    );
    const rows = usageMessage(() =>
      resolveParams('standard', { systems: { count: 60_000 }, regions: { count: 2_000 }, planets: { count: { min: 1, max: 50, median: 40 } } }),
    );
    expect(rows).toMatch(/^config: "systems\.count" × about [\d,]+ rows per system .* at most 9,000,000/);
    expect(usageMessage(() => resolveParams('eve', { regions: { count: 1 } }))).toMatch(/^config: "regions\.count" \(1\) is too small: a region of up to 5,400 systems/);
  });

  it('checks the size after --scale, naming it (scale in the API, --scale on the command line)', () => {
    expect(usageMessage(() => resolveParams('eve', undefined, 12))).toBe(
      'config: "systems.count" (after scale 12) is 64,800; at most 60,000 systems fit the 1 GB memory bound',
    );
    expect(cliMessage(() => resolveParams('eve', undefined, 12))).toBe(
      'config: "systems.count" (after --scale 12) is 64,800; at most 60,000 systems fit the 1 GB memory bound',
    );
    // Ten times EVE (the scale test and the benchmark) stays within every limit.
    expect(resolveParams('eve', undefined, 10).systems.count).toBe(54_000);
    expect(usageMessage(() => resolveParams('tiny', undefined, 101))).toContain('at most 100');
    expect(cliMessage(() => parseScale('1e400'))).toContain('--scale "1e400" must be a number greater than 0 and at most 100');
    expect(cliMessage(() => parseScale(''))).toContain('--scale ""');
  });

  it('says "at least 1" for a count that must be positive (not "at least 0")', () => {
    expect(usageMessage(() => resolveParams('tiny', { systems: { count: 0 } }))).toBe('config: "systems.count" (0) must be at least 1');
    expect(usageMessage(() => resolveParams('tiny', { regions: { count: 0 } }))).toBe('config: "regions.count" (0) must be at least 1');
  });
});

describe('keys and names', () => {
  it('treats __proto__, constructor and prototype as unknown keys wherever they are', () => {
    for (const [text, key] of [
      ['{"__proto__": {"systems": {"count": 5}}}', '__proto__'],
      ['{"systems": {"__proto__": {"count": 5}}}', 'systems.__proto__'],
      ['{"names": {"syllables": {"constructor": ["x"]}}}', 'names.syllables.constructor'],
      ['{"prototype": 1}', 'prototype'],
    ] as const) {
      expect(usageMessage(() => resolveParams('tiny', JSON.parse(text)))).toBe(`config: unknown key "${key}"; remove it or check its spelling`);
    }
    // Nothing leaked into the prototype of a later object.
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });

  it('refuses blank and over-long names instead of cutting them', () => {
    expect(usageMessage(() => resolveParams('tiny', { names: { starterRegion: '   ' } }))).toContain('"names.starterRegion" ("   ") must not be empty or blank');
    expect(usageMessage(() => resolveParams('tiny', { names: { starterSystem: 'S'.repeat(41) } }))).toContain('must be at most 40 characters long');
    expect(usageMessage(() => resolveParams('tiny', { names: { starterPlanetPrefix: 'P'.repeat(41) } }))).toContain('"names.starterPlanetPrefix"');
    expect(usageMessage(() => resolveParams('tiny', { names: { regions: ['R'.repeat(101)] } }))).toContain('"names.regions.0"');
    expect(usageMessage(() => resolveParams('tiny', { names: { syllables: { start: ['s'.repeat(14)] } } }))).toContain('must be at most 13 characters long');
    expect(usageMessage(() => resolveParams('tiny', { names: { facilities: ['f'.repeat(41)] } }))).toContain('"names.facilities.0"');
    expect(usageMessage(() => resolveParams('tiny', { names: { regions: Array.from({ length: 10_001 }, (_, i) => `R${i}`) } }))).toContain(
      '"names.regions" has 10001 entries; at most 10000 entries',
    );
    // At the limit, a name arrives whole.
    const name = 'S'.repeat(40);
    const tables = generateTables({ seed: '1', params: resolveParams('tiny', { names: { starterSystem: name } }), epoch: '2026-01-01T00:00:00.000Z' });
    expect(tables.solar_systems.map((s) => s.name)).toContain(name);
  });

  it('shows a long offending value shortened', () => {
    const message = usageMessage(() => resolveParams('tiny', { names: { starterSystem: 'S'.repeat(5000) } }));
    expect(message.length).toBeLessThan(200);
  });
});

describe('dates and files', () => {
  it('refuses impossible dates instead of rolling them over', () => {
    expect(() => parseEpoch('2026-02-30T00:00:00Z')).toThrow('is not a real time (day 30 of a month with 28 days)');
    expect(() => parseEpoch('2025-02-29')).toThrow('day 29');
    expect(() => parseEpoch('2026-04-31T12:00:00Z')).toThrow('day 31');
    expect(() => parseEpoch('2026-01-01T24:00:00Z')).toThrow('hour 24');
    expect(() => parseEpoch('2026-01-01T00:00:00+15:00')).toThrow('zone offset');
    expect(() => parseEpoch('9999-06-01T00:00:00Z')).toThrow('between 1970 and 9998');
    expect(parseEpoch('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(parseEpoch('2026-12-31T23:59:59+14:00')).toBe('2026-12-31T09:59:59.000Z');
  });

  it('reads a config of at most 1 MiB, and refuses a larger or endless one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eu-config-'));
    try {
      const large = join(dir, 'large.json');
      writeFileSync(large, JSON.stringify({ names: { regions: ['x'.repeat(1 << 20)] } }));
      expect(usageMessage(() => readConfigFile(large))).toContain('is larger than 1,048,576 bytes');
      expect(usageMessage(() => readConfigFile('/dev/zero'))).toContain('is larger than 1,048,576 bytes');
      expect(usageMessage(() => readConfigFile(dir))).toContain('it is a directory');
      const small = join(dir, 'small.json');
      writeFileSync(small, '{"systems": {"count": 20}}');
      expect(readConfigFile(small)).toEqual({ systems: { count: 20 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a universe at the maxima', () => {
  it('generates finite, storable values (no Infinity, no invalid time)', () => {
    const params = resolveParams('tiny', {
      planets: { count: { min: 50, max: 50, median: 50, spread: 3 }, spacing: { min: 3, max: 3 } },
      moons: { max: 100, mean: { Lava: 100, Terrestrial: 100, 'Gas Giant': 100, Ice: 100 } },
      gates: { distanceAu: { min: 10_000, max: 10_000 }, activationRangeM: { constellation: 1e6, region: 1e6, interRegion: 1e6 }, jumpDelaySeconds: 3600, maxDegree: 32 },
      belts: { perPlanet: 100, max: 100, respawnSeconds: { min: 2_678_400, max: 2_678_400 } },
      stations: { max: 100, mean: { high: 100, low: 100, null: 100 } },
      anomalies: { max: 100, mean: { high: 100, low: 100, null: 100 }, respawnSeconds: { min: 2_678_400, max: 2_678_400 } },
      wormholes: { perSystem: 5, lifetimeHours: { min: 8760, max: 8760 } },
      stars: { weights: { O: 1_000_000, B: 1_000_000, A: 1_000_000, F: 1_000_000, G: 1_000_000, K: 1_000_000, M: 1_000_000 } },
      galaxy: { systemsPerSquareLy: 0.001 },
    });
    const tables = generateTables({ seed: 'max', params, epoch: parseEpoch('9998-12-31T23:59:59Z') });
    expect(tables.moons.length).toBeGreaterThan(10_000);
    const problems: string[] = [];
    let expiries = 0;
    for (const table of UNIVERSE_TABLES) {
      for (const row of tables[table] as unknown as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${table}.${column} = ${value}`);
          if (column === 'respawn_time' && (value as number) > 2 ** 31 - 1) problems.push(`${table}.${column} = ${String(value)}`);
          if (column === 'expires_at') {
            expiries++;
            if (!String(value).startsWith('9999-12-31T')) problems.push(`${table}.${column} = ${String(value)}`);
          }
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(expiries).toBe(tables.wormholes.length);
    expect(expiries).toBeGreaterThan(0);
  });
});
