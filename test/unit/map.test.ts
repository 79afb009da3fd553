// map: the SVG has one circle per system and one line per lane, marks region borders and
// Genesis Prime, escapes names, is byte-for-byte deterministic, and rasterises to a PNG.
import { describe, expect, test } from 'vitest';
import { renderMapPng, renderMapSvg } from '../../src/render/map-svg.js';
import { securityColour, SECURITY_COLOURS, xmlText } from '../../src/render/map-style.js';
import { emptyUniverseTables } from '../../src/db/schema/registry.js';
import { named, validUniverse } from '../fixtures/universe.js';

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
const group = (svg: string, className: string): string => {
  const start = svg.indexOf(`<g class="${className}"`);
  return svg.slice(start, svg.indexOf('</g>', start));
};

describe('renderMapSvg', () => {
  const tables = validUniverse();
  const svg = renderMapSvg(tables, { widthPx: 1200, title: 'Fixture & friends' });

  test('is an SVG document of the requested width', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('NaN');
  });

  test('one circle per system, coloured by security', () => {
    expect(count(svg, /<circle /g)).toBe(tables.solar_systems.length);
    expect(svg).toContain(`fill="${SECURITY_COLOURS[10]}"><title>Genesis Prime (1.0)</title>`);
    expect(svg).toContain(`fill="${SECURITY_COLOURS[0]}"><title>Gale (0.0)</title>`);
  });

  test('one line per lane: 9 inside regions, the 2 between regions highlighted', () => {
    expect(count(svg, /<line /g)).toBe(11);
    expect(count(group(svg, 'lanes'), /<line /g)).toBe(9);
    expect(count(group(svg, 'border-lanes'), /<line /g)).toBe(2);
  });

  test('each region gets a halo and a label; Genesis Prime is marked; there is a legend', () => {
    expect(count(group(svg, 'halos'), /<path /g)).toBe(2);
    expect(svg).toContain('>GENESIS</text>');
    expect(svg).toContain('>OUTER REACH</text>');
    expect(svg).toContain('class="genesis"');
    expect(svg).toContain('<g class="legend"');
    expect(svg).toContain('>Fixture &amp; friends</text>');
  });

  test('the same universe gives the same bytes', () => {
    expect(renderMapSvg(validUniverse(), { widthPx: 1200, title: 'Fixture & friends' })).toBe(svg);
  });

  test('names with markup characters and control characters are escaped', () => {
    const odd = validUniverse();
    named(odd.regions, 'Outer Reach').name = 'Rim <&> "Q\'s"\u0007';
    named(odd.solar_systems, 'Gale').name = 'Gale\t<b>';
    const text = renderMapSvg(odd);
    expect(text).toContain('>RIM &lt;&amp;&gt; &quot;Q&apos;S&quot;</text>');
    expect(text).toContain('<title>Gale\t&lt;b&gt; (0.0)</title>');
    expect(text).not.toContain('\u0007');
  });

  test('no Genesis Prime, no marker; an empty universe still draws', () => {
    const withoutGenesis = validUniverse();
    named(withoutGenesis.solar_systems, 'Genesis Prime').name = 'Primus';
    expect(renderMapSvg(withoutGenesis)).not.toContain('class="genesis"');
    expect(renderMapSvg(withoutGenesis, { starterSystem: 'Primus' })).toContain('>Primus</text>');
    const empty = renderMapSvg(emptyUniverseTables());
    expect(empty).not.toContain('NaN');
    expect(count(empty, /<circle /g)).toBe(0);
  });
});

describe('securityColour', () => {
  test('rounds like EVE, but low-sec below 0.05 never looks null-sec', () => {
    expect(securityColour(1)).toBe(SECURITY_COLOURS[10]);
    expect(securityColour(0.45)).toBe(SECURITY_COLOURS[5]);
    expect(securityColour(0.44)).toBe(SECURITY_COLOURS[4]);
    expect(securityColour(0.04)).toBe(SECURITY_COLOURS[1]);
    expect(securityColour(0)).toBe(SECURITY_COLOURS[0]);
  });
});

describe('xmlText', () => {
  test('escapes the five XML characters and drops illegal control characters', () => {
    expect(xmlText(`a&b<c>d"e'f\u0000\u001fg\th`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fg\th');
  });
});

describe('renderMapPng', () => {
  test('a PNG of the SVG’s size', async () => {
    const png = await renderMapPng(renderMapSvg(validUniverse(), { widthPx: 800 }));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBeGreaterThan(0);
  });
});
