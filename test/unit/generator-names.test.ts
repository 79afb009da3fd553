// Names (PRODUCT.md R4, R9): config-given region names and syllables arrive byte for byte
// (quotes, backslashes, tabs, newlines, non-ASCII), names never exceed VARCHAR(100) nor split a
// character, and system names stay unique universe-wide even from a corpus too small for it.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { generateTables } from '../../src/universe/generate.js';
import { SYSTEM_NAME_MAX } from '../../src/universe/names.js';

const EPOCH = '2026-01-01T00:00:00Z';

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

describe('names from the configuration', () => {
  it('name regions byte for byte, after the starter region', () => {
    const strange = ['Say "hi"', 'back\\slash', 'tab\there', 'new\nline', 'Ünïcødé 星系 🚀'];
    const params = resolveParams('standard', { regions: { count: 6 }, names: { regions: strange } });
    const tables = generateTables({ seed: 'names', params, epoch: EPOCH });
    expect(tables.regions.map((r) => r.name)).toEqual(['Genesis', ...strange]);
  });

  it('cut over-long names to 100 characters without splitting a character (the generator\'s safety net; a --config refuses them, issue 11)', () => {
    const long = `${'🚀'.repeat(49)}x${'🚀'.repeat(30)}`;
    const base = resolveParams('tiny', {});
    // Bypasses validation on purpose: params handed to the generator directly (the API's planUniverse).
    const params = { ...base, names: { ...base.names, regions: [long], syllables: { start: ['🚀'.repeat(30)], middle: [], end: ['é'.repeat(30)] } } };
    const tables = generateTables({ seed: 'long', params, epoch: EPOCH });
    const named = [...tables.regions, ...tables.constellations, ...tables.solar_systems, ...tables.planets, ...tables.moons, ...tables.stations, ...tables.stargates, ...tables.asteroid_belts];
    for (const row of named) {
      expect(row.name.length).toBeLessThanOrEqual(100);
      expect(isWellFormed(row.name)).toBe(true);
    }
    expect(tables.regions[1].name.startsWith('🚀'.repeat(49))).toBe(true);
    for (const system of tables.solar_systems) expect(system.name.length).toBeLessThanOrEqual(SYSTEM_NAME_MAX);
  });

  it('keep system names unique across the universe from a one-name corpus', () => {
    const params = resolveParams('standard', { names: { nullSecCodes: false, syllables: { start: ['Ka'], middle: [], end: ['ra'] } } });
    const tables = generateTables({ seed: 'crowded', params, epoch: EPOCH });
    const names = tables.solar_systems.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Kara');
    expect(names).toContain('Kara 2');
  });

  it('give null-sec systems EVE-like codes and others syllable names by default', () => {
    const tables = generateTables({ seed: 'codes', params: resolveParams('standard', undefined), epoch: EPOCH });
    const code = /^[A-Z0-9]{1,4}-[A-Z0-9]{2,5}$/;
    for (const s of tables.solar_systems) {
      if (s.security_status === 0) expect(s.name).toMatch(code);
      else expect(s.name).not.toMatch(code);
    }
  });
});

describe('station names', () => {
  it('end in a whole "<corporation> <facility>" and never say a word twice where the two meet', () => {
    const params = resolveParams('standard', {});
    const tables = generateTables({ seed: 'stations', params, epoch: EPOCH });
    const { corporations, facilities } = params.names;
    const owners = [...corporations.npc, ...corporations.player];
    // What a station's name may end with: "<owner> <facility or type>", with a shared word said once.
    const whole = new Set<string>();
    for (const owner of owners) {
      // NPC stations take a facility; player structures are named by their type.
      const types = Object.values(params.stations.types).flatMap((weights) => Object.keys(weights));
      for (const facility of [...facilities, ...types]) {
        const ownerLast = owner.split(' ').at(-1);
        const words = facility.split(' ');
        whole.add([owner, ...(ownerLast === words[0] ? words.slice(1) : words)].join(' '));
      }
    }
    expect(tables.stations.length).toBeGreaterThan(100);
    for (const station of tables.stations) {
      const suffix = station.name.slice(station.name.lastIndexOf(' - ') + 3);
      expect(suffix, station.name).not.toMatch(/\b(\w+) \1\b/);
      expect(whole.has(suffix), station.name).toBe(true);
    }
  });
});
