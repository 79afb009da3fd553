// R11 fixes of the static map: wormholes drawn, a route drawn, the title and legend in their own
// bands so they cover no system, region names that never overlap at EVE scale, a crop to one
// region — and, through the built CLI, --region, --route and an unknown --out extension (exit 2).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findRoute } from '../../src/inspect/route.js';
import { cropToRegion } from '../../src/render/crop.js';
import { renderMapSvg } from '../../src/render/map-svg.js';
import { runCli } from '../helpers/cli.js';
import { generated } from '../fixtures/generated.js';
import { validUniverse } from '../fixtures/universe.js';

const numbers = (tag: string, attribute: string): number => Number((tag.match(new RegExp(` ${attribute}="([-\\d.]+)"`)) as RegExpMatchArray)[1]);
const group = (svg: string, className: string): string => {
  const start = svg.indexOf(`<g class="${className}"`);
  return start < 0 ? '' : svg.slice(start, svg.indexOf('</g>', start));
};

describe('the SVG picture', () => {
  test('draws one dashed arc per wormhole', () => {
    const tables = validUniverse();
    expect(tables.wormholes.length).toBeGreaterThan(0);
    const svg = renderMapSvg(tables);
    expect(group(svg, 'wormholes')).toContain('stroke-dasharray');
    expect(group(svg, 'wormholes').match(/<path /g)).toHaveLength(tables.wormholes.length);
  });

  test('draws a route through its systems, origin to destination', () => {
    const tables = generated('standard', '42');
    const to = tables.solar_systems[tables.solar_systems.length - 1].name;
    const route = findRoute(tables, 'Genesis Prime', to);
    const svg = renderMapSvg(tables, { route });
    const paths = group(svg, 'route').match(/ d="M([^"]+)"/g) ?? [];
    expect(paths).toHaveLength(2); // casing and line
    expect((String(paths[0]).match(/L/g) ?? []).length).toBe(route.length - 1);
    expect(svg).toContain(`>${to}</text>`);
  });

  describe('at EVE scale (seed 42)', () => {
    const tables = generated('eve', '42');
    const svg = renderMapSvg(tables, { title: 'seed 42 (eve)' });

    test('the title and the legend cover no system', () => {
      const circles = svg.match(/<circle [^>]*>/g) ?? [];
      expect(circles).toHaveLength(tables.solar_systems.length);
      const legendBox = (svg.match(/<g class="legend"[^>]*>\s*<rect [^>]*>/) as RegExpMatchArray)[0].match(/<rect [^>]*>/)?.[0] as string;
      const legendTop = numbers(legendBox, 'y');
      const summary = svg.match(/<text [^>]*>[^<]* regions · [^<]*<\/text>/)?.[0] as string;
      const summaryBaseline = numbers(summary, 'y');
      for (const circle of circles) {
        const [cy, r] = [numbers(circle, 'cy'), numbers(circle, 'r')];
        expect(cy - r).toBeGreaterThan(summaryBaseline + 4);
        expect(cy + r).toBeLessThan(legendTop);
      }
    });

    test('region names never overlap (boxes from a generous width per character)', () => {
      const labels = (group(svg, 'region-labels').match(/<text [^>]*>[^<]*<\/text>/g) ?? []).map((tag) => {
        const text = (tag.match(/>([^<]*)</) as RegExpMatchArray)[1];
        const [x, y, size] = [numbers(tag, 'x'), numbers(tag, 'y'), numbers(tag, 'font-size')];
        const width = text.length * size * 0.72; // DejaVu Sans Bold capitals with 2 px letter spacing
        return { x: x - width / 2, y: y - size, width, height: size * 1.2 };
      });
      expect(labels.length).toBeGreaterThan(tables.regions.length / 2);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i], labels[j]];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${i} and ${j}`).toBe(false);
        }
      }
    });
  });

  test('a crop to one region keeps its systems and what lies inside them, nothing else', () => {
    const tables = generated('standard', '42');
    const region = tables.regions.find((r) => r.name === 'Genesis');
    const constellations = new Set(tables.constellations.filter((c) => c.region_id === region?.id).map((c) => c.id));
    const inRegion = tables.solar_systems.filter((s) => constellations.has(s.constellation_id));
    const crop = cropToRegion(tables, 'genesis');
    expect(crop.regions.map((r) => r.name)).toEqual(['Genesis']);
    expect(crop.solar_systems.map((s) => s.name)).toEqual(inRegion.map((s) => s.name));
    const ids = new Set(inRegion.map((s) => s.id));
    expect(crop.planets.length).toBe(tables.planets.filter((p) => ids.has(p.solar_system_id)).length);
    expect(crop.stargates.every((g) => ids.has(g.solar_system_id) && ids.has(g.destination_system_id))).toBe(true);
    expect(() => cropToRegion(tables, 'Genesys')).toThrow(/no region has that name; did you mean "Genesis"/);
  });
});

describe('map through the CLI', () => {
  const work = mkdtempSync(join(tmpdir(), 'echoes-map-picture-'));

  test('--region draws one region, --route draws the `route` command\'s route; an unknown extension is exit 2', async () => {
    const tables = generated('standard', '42');
    const region = tables.regions.find((r) => r.name === 'Genesis');
    const constellations = new Set(tables.constellations.filter((c) => c.region_id === region?.id).map((c) => c.id));
    const inRegion = tables.solar_systems.filter((s) => constellations.has(s.constellation_id));
    const far = inRegion[inRegion.length - 1].name;
    const out = join(work, 'genesis.svg');
    const [cropped, routed, jpg, badRegion, oneName] = await Promise.all([
      runCli(['map', '--seed', '42', '--region', 'Genesis', '--out', out]),
      runCli(['map', '--seed', '42', '--route', 'Genesis Prime', far]),
      runCli(['map', '--seed', '42', '--out', join(work, 'x.jpg')]),
      runCli(['map', '--seed', '42', '--region', 'Nowhere At All']),
      runCli(['map', '--seed', '42', '--route', 'Genesis Prime']),
    ]);
    expect(cropped.code, cropped.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/<circle /g)).toHaveLength(inRegion.length);
    expect(svg).toContain('region Genesis');
    expect(routed.code, routed.stderr).toBe(0);
    const expected = findRoute(tables, 'Genesis Prime', far);
    const line = group(routed.stdout, 'route').match(/ d="M([^"]+)"/)?.[1] ?? '';
    expect(line.split('L')).toHaveLength(expected.length);
    for (const [result, pattern] of [
      [jpg, /unknown extension "\.jpg"; use \.svg, \.png or \.html/],
      [badRegion, /--region "Nowhere At All": no region has that name/],
      [oneName, /--route takes two system names/],
    ] as const) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
    }
  });
});
