// Parameters and seeds (src/config): presets resolve, overrides deep-merge, bad input is a
// UsageError whose message names the key (PRODUCT.md R9), scale multiplies only the size.
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, resolveParams } from '../../src/config/params.js';
import { normalizeSeed } from '../../src/config/seed.js';
import { UsageError } from '../../src/errors.js';

function usageErrorOf(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('resolveParams presets', () => {
  it('defaults to standard and sizes the presets as PRODUCT.md says', () => {
    expect(PRESET_NAMES).toEqual(['tiny', 'standard', 'eve']);
    expect(resolveParams(undefined, undefined)).toEqual(resolveParams('standard', undefined));
    const tiny = resolveParams('tiny', undefined);
    expect(tiny.systems.count).toBeGreaterThanOrEqual(8);
    expect(tiny.systems.count).toBeLessThanOrEqual(16);
    expect(tiny.regions.count).toBeLessThanOrEqual(2);
    expect(resolveParams('standard', undefined).regions.count).toBe(8);
    expect(resolveParams('standard', undefined).systems.count).toBe(600);
    expect(resolveParams('eve', undefined).regions.count).toBe(65);
    expect(resolveParams('eve', undefined).systems.count).toBe(5400);
  });

  it('is plain JSON data with the name corpora filled in', () => {
    const params = resolveParams('tiny', undefined);
    expect(JSON.parse(JSON.stringify(params))).toEqual(params);
    expect(params.names.syllables.start.length).toBeGreaterThan(10);
    expect(params.names.corporations.npc.length).toBeGreaterThan(0);
    expect(params.names.starterRegion).toBe('Genesis');
    expect(params.names.starterSystem).toBe('Genesis Prime');
  });

  it('rejects an unknown preset, listing the valid ones', () => {
    const error = usageErrorOf(() => resolveParams('huge', undefined));
    expect(error.message).toContain('"huge"');
    for (const name of PRESET_NAMES) expect(error.message).toContain(name);
  });
});

describe('resolveParams overrides', () => {
  it('deep-merges an override over the preset, replacing arrays whole', () => {
    const params = resolveParams('standard', { planets: { count: { max: 12 } }, names: { regions: ['Only One'] } });
    expect(params.planets.count.max).toBe(12);
    expect(params.planets.count.min).toBe(resolveParams('standard', undefined).planets.count.min);
    expect(params.names.regions).toEqual(['Only One']);
  });

  it('rejects unknown keys, naming them', () => {
    expect(usageErrorOf(() => resolveParams('tiny', { planetz: 3 })).message).toContain('"planetz"');
    expect(usageErrorOf(() => resolveParams('tiny', { moons: { mean: { Lava: 1, Rock: 2 } } })).message).toContain('"moons.mean.Rock"');
  });

  it('rejects negative counts, naming the key', () => {
    const error = usageErrorOf(() => resolveParams('tiny', { stations: { max: -1 } }));
    expect(error.message).toContain('"stations.max"');
    expect(error.message).toContain('-1');
  });

  it('rejects min > max, naming both keys', () => {
    expect(usageErrorOf(() => resolveParams('tiny', { planets: { count: { min: 9, max: 4, median: 5 } } })).message).toBe(
      'config: "planets.count.min" (9) is greater than "planets.count.max" (4)',
    );
    expect(usageErrorOf(() => resolveParams('tiny', { wormholes: { lifetimeHours: { min: 50, max: 4 } } })).message).toContain(
      '"wormholes.lifetimeHours.min"',
    );
  });

  it('rejects weights that sum to zero, naming the table', () => {
    const zero = { O: 0, B: 0, A: 0, F: 0, G: 0, K: 0, M: 0 };
    expect(usageErrorOf(() => resolveParams('tiny', { stars: { weights: zero } })).message).toContain('"stars.weights"');
    expect(usageErrorOf(() => resolveParams('tiny', { security: { mix: { high: 0, low: 0, null: 0 } } })).message).toContain(
      '"security.mix"',
    );
  });

  it('rejects a mix of shares that does not sum to 1, naming the key and the sum', () => {
    const message = usageErrorOf(() => resolveParams('tiny', { security: { mix: { high: 0.5, low: 0.5, null: 0.5 } } })).message;
    expect(message).toBe('config: the shares in "security.mix" sum to 1.5; they must sum to 1');
    expect(usageErrorOf(() => resolveParams('tiny', { gates: { mix: { constellation: 0.5, region: 0.1, interRegion: 0.1 } } })).message).toContain(
      '"gates.mix" sum to 0.7',
    );
    // Relative weights are not shares: any positive total is fine, and only the ratios matter.
    expect(resolveParams('tiny', { anomalies: { types: { Combat: 5, Data: 2, Relic: 2, Gas: 1 } } }).anomalies.types.Combat).toBe(5);
  });

  it('ignores "$schema" and "$comment" at the top of a config file, and still refuses other unknown keys', () => {
    const params = resolveParams('tiny', { $schema: '../schema/config.schema.json', $comment: 'mine', systems: { count: 20 } });
    expect(params.systems.count).toBe(20);
    expect(params).not.toHaveProperty('$schema');
    expect(usageErrorOf(() => resolveParams('tiny', { $schema: 'x', $id: 'y' })).message).toContain('"$id"');
    expect(usageErrorOf(() => resolveParams('tiny', { galaxy: { $schema: 'x' } })).message).toContain('"galaxy.$schema"');
  });

  it('rejects a wrong type or enum value and a non-object configuration', () => {
    expect(usageErrorOf(() => resolveParams('tiny', { galaxy: { shape: 'cube' } })).message).toContain('"galaxy.shape"');
    expect(usageErrorOf(() => resolveParams('tiny', { systems: { count: 'many' } })).message).toContain('"systems.count"');
    usageErrorOf(() => resolveParams('tiny', [1, 2]));
    usageErrorOf(() => resolveParams('tiny', 'text'));
  });

  it('keeps names with quotes, backslashes, tabs, newlines and non-ASCII byte for byte', () => {
    const names = ['Say "hi"', 'back\\slash', 'tab\there', 'new\nline', 'Ünïcødé 星系 🚀'];
    expect(resolveParams('tiny', { names: { regions: names } }).names.regions).toEqual(names);
  });
});

describe('resolveParams scale', () => {
  it('multiplies systems and regions and nothing per system', () => {
    const base = resolveParams('eve', undefined);
    const scaled = resolveParams('eve', undefined, 10);
    expect(scaled.systems.count).toBe(54_000);
    expect(scaled.regions.count).toBe(650);
    expect({ ...scaled, systems: base.systems, regions: base.regions }).toEqual(base);
  });

  it('rejects a scale that is not a positive number', () => {
    usageErrorOf(() => resolveParams('tiny', undefined, 0));
    usageErrorOf(() => resolveParams('tiny', undefined, Number.NaN));
  });
});

describe('normalizeSeed', () => {
  it('keeps strings and canonicalises integers', () => {
    expect(normalizeSeed('42')).toBe('42');
    expect(normalizeSeed('0042')).toBe('42');
    expect(normalizeSeed('+42')).toBe('42');
    expect(normalizeSeed('-7')).toBe('-7');
    expect(normalizeSeed('123456789012345678901234567890')).toBe('123456789012345678901234567890');
    expect(normalizeSeed('  nebula  ')).toBe('nebula');
    expect(normalizeSeed('Ünïcødé 🚀')).toBe('Ünïcødé 🚀');
  });

  it('rejects empty, whitespace-only, overlong and control-character seeds', () => {
    for (const bad of ['', '   ', 'x'.repeat(201), 'a\tb', 'line\n', 'bell\u0007']) usageErrorOf(() => normalizeSeed(bad));
    expect(normalizeSeed('x'.repeat(200))).toHaveLength(200);
  });
});
