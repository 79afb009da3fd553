// R11: the interactive page's data. The universe goes into the page as script-safe JSON (a
// system named "</script><script>alert(1)</script>" cannot close the block), compact columns
// that the page unpacks back into exactly the rows' facts: planets in orbit order with their
// moons, stations, belts, anomalies, gates and wormholes of every system.
import { describe, expect, test } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { decodeUniverse, systemDetail } from '../../src/render/html/client/universe.js';
import { assemblePage, loadPageAssets, pageDataOf, renderMapHtml, scriptSafeJson } from '../../src/render/html/page.js';
import { generateTables } from '../../src/universe/generate.js';
import { generated, GENERATED_EPOCH } from '../fixtures/generated.js';

const EVIL = '</script><script>alert(1)</script>';

describe('scriptSafeJson', () => {
  test('leaves no character that could end a script block or open a comment, and parses back', () => {
    const value = { name: EVIL, comment: '<!-- & -->', separators: '\u2028\u2029' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('a page of a universe whose starter system is named like markup', () => {
  const tables = generateTables({ seed: '7', params: resolveParams('tiny', { names: { starterSystem: EVIL } }), epoch: GENERATED_EPOCH });
  const html = renderMapHtml({ tables, description: `seed 7 (tiny) ${EVIL}`, seed: '7', preset: 'tiny' }, { starterSystem: EVIL });
  const template = loadPageAssets().template;

  test('has exactly the template\'s script elements: the name opens and closes none', () => {
    const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
    expect(tables.solar_systems.some((system) => system.name === EVIL)).toBe(true);
    expect(count(html, /<script/gi)).toBe(count(template, /<script/gi));
    expect(count(html, /<\/script/gi)).toBe(count(template, /<\/script/gi));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>Echoes of Imperial — seed 7 (tiny) &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  test('the embedded block parses back to the name, as the page reads it', () => {
    const block = html.match(/<script type="application\/json" id="universe-data">([^<]*)<\/script>/);
    expect(block).not.toBeNull();
    const data = JSON.parse((block as RegExpMatchArray)[1]) as ReturnType<typeof pageDataOf>;
    expect(data.systems.name).toContain(EVIL);
    expect(data.meta.starterSystem).toBe(EVIL);
  });

  test('a client bundle that holds "</script" is refused rather than inlined', () => {
    expect(() => assemblePage({ template, script: 'var s = "</script>";' }, pageDataOf({ tables, description: 'x' }))).toThrow(/<\/script/);
  });
});

describe('page data of seed 42 (standard), unpacked as the page does', () => {
  const tables = generated('standard', '42');
  const data = pageDataOf({ tables, description: 'seed 42 (standard)', seed: '42', preset: 'standard' });
  const universe = decodeUniverse(data);
  const orbit = (row: { position_x: number; position_y: number; position_z: number }): number => Math.hypot(row.position_x, row.position_y, row.position_z);
  const nameById = new Map(tables.solar_systems.map((s) => [s.id, s.name]));

  test('counts and names of every table survive', () => {
    expect(universe.count).toBe(tables.solar_systems.length);
    expect(data.meta.counts.moons).toBe(tables.moons.length);
    expect(data.meta.seed).toBe('42');
    expect(data.meta.preset).toBe('standard');
    const details = tables.solar_systems.map((_, i) => systemDetail(universe, i));
    expect(details.flatMap((d) => d.planets.flatMap((p) => p.moons)).sort()).toEqual(tables.moons.map((m) => m.name).sort());
    expect(details.flatMap((d) => d.belts.map((b) => b.name)).sort()).toEqual(tables.asteroid_belts.map((b) => b.name).sort());
    expect(details.flatMap((d) => d.stations.map((s) => s.name)).sort()).toEqual(tables.stations.map((s) => s.name).sort());
    expect(details.flatMap((d) => d.gates.map((g) => g.name)).sort()).toEqual(tables.stargates.map((g) => g.name).sort());
    expect(details.reduce((sum, d) => sum + d.anomalies.length, 0)).toBe(tables.anomalies.length);
  });

  test('Genesis Prime: star, planets I … VIII in orbit order with type and temperature, moons, gates to its neighbours', () => {
    const system = tables.solar_systems.find((s) => s.name === 'Genesis Prime');
    expect(system).toBeDefined();
    const index = tables.solar_systems.indexOf(system as (typeof tables.solar_systems)[number]);
    const detail = systemDetail(universe, index);
    expect(detail.name).toBe('Genesis Prime');
    expect(detail.star).toEqual({ type: system?.star_type, temperatureK: system?.star_temperature });
    const planets = tables.planets.filter((p) => p.solar_system_id === system?.id).sort((a, b) => orbit(a) - orbit(b));
    expect(detail.planets.map((p) => p.name)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'].map((n) => `Genesis ${n}`));
    expect(detail.planets.map((p) => p.name)).toEqual(planets.map((p) => p.name));
    expect(detail.planets.map((p) => [p.type, p.temperatureK])).toEqual(planets.map((p) => [p.planet_type, p.temperature === null ? null : Math.round(p.temperature)]));
    planets.forEach((planet, k) => {
      const moons = tables.moons.filter((m) => m.planet_id === planet.id).sort((a, b) => a.moon_index - b.moon_index);
      expect(detail.planets[k].moons).toEqual(moons.map((m) => m.name));
    });
    const destinations = tables.stargates.filter((g) => g.solar_system_id === system?.id).map((g) => nameById.get(g.destination_system_id));
    expect(detail.gates.map((g) => universe.names[g.destination]).sort()).toEqual([...destinations].sort());
    const stations = tables.stations.filter((s) => s.solar_system_id === system?.id);
    expect(detail.stations.map((s) => [s.name, s.services.includes('market'), s.services.includes('manufacturing')])).toEqual(
      stations.map((s) => [s.name, s.has_market, s.has_manufacturing]),
    );
  });

  test('is compact: columns, not row objects (well under the JSON rows)', () => {
    const pageBytes = scriptSafeJson(data).length;
    const rowBytes = JSON.stringify(tables).length;
    expect(pageBytes).toBeLessThan(rowBytes / 8);
  });
});
