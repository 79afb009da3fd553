// stats, route, map and the dry-run format on generated universes: figures equal direct counts,
// routes are gate paths of BFS length, the map draws every system and lane, and the real JSON
// writer's output satisfies the JSON Schema and reads back to the same tables.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { breadthFirst, buildGateGraph } from '../../src/inspect/graph.js';
import { parseUniverseJson } from '../../src/format/json-read.js';
import { renderMapPng, renderMapSvg } from '../../src/render/map-svg.js';
import { findRoute } from '../../src/inspect/route.js';
import { computeStats } from '../../src/inspect/stats.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import { generated, generatedDryRunJson } from '../fixtures/generated.js';

const tables = generated('standard', '42');

describe('stats on a generated standard universe', () => {
  const stats = computeStats(tables);

  test('counts, security and types equal direct counts', () => {
    for (const table of UNIVERSE_TABLES) expect(stats.counts[table]).toBe(tables[table].length);
    const high = tables.solar_systems.filter((s) => s.security_status >= 0.45).length;
    const nul = tables.solar_systems.filter((s) => s.security_status === 0).length;
    expect(stats.security.counts).toEqual({ high, low: tables.solar_systems.length - high - nul, null: nul });
    expect(stats.planetTypes.Ice).toBe(tables.planets.filter((p) => p.planet_type === 'Ice').length);
    expect(stats.stations.byType.Station).toBe(tables.stations.filter((s) => s.station_type === 'Station').length);
  });

  test('gate figures equal direct counts over the gate rows', () => {
    // Every lane has two gate rows (verify checks the twins), so pairs = rows / 2.
    expect(stats.gates.pairs).toBe(tables.stargates.length / 2);
    const gatesPerSystem = new Map<string, number>();
    for (const gate of tables.stargates) gatesPerSystem.set(gate.solar_system_id, (gatesPerSystem.get(gate.solar_system_id) ?? 0) + 1);
    const degrees = tables.solar_systems.map((s) => gatesPerSystem.get(s.id) ?? 0);
    expect(stats.gates.perSystem.mean).toBeCloseTo(tables.stargates.length / tables.solar_systems.length, 12);
    expect(stats.gates.perSystem.max).toBe(Math.max(...degrees));
    expect(stats.gates.perSystem.deadEnds).toBe(degrees.filter((d) => d === 1).length);
    expect(stats.moonsPerPlanet.mean).toBeCloseTo(tables.moons.length / tables.planets.length, 12);
    const mix = stats.gates.edgeMix.counts;
    expect(mix.insideConstellation + mix.betweenConstellations + mix.betweenRegions).toBe(stats.gates.pairs);
  });

  test('the diameter is the longest BFS distance from any system', () => {
    const graph = buildGateGraph(tables);
    let longest = 0;
    for (let node = 0; node < graph.systems.length; node++) for (const d of breadthFirst(graph, node).distance) longest = Math.max(longest, d);
    expect(stats.gates.diameterExact).toBe(true);
    expect(stats.gates.diameterJumps).toBe(longest);
  });
});

describe('route on a generated standard universe', () => {
  const graph = buildGateGraph(tables);
  const neighbours = new Set(tables.stargates.map((g) => `${g.solar_system_id}|${g.destination_system_id}`));
  const idOf = new Map(tables.solar_systems.map((s) => [s.name, s.id]));

  test.each([
    [0, 599],
    [10, 300],
    [599, 1],
    [123, 456],
  ])('systems #%i → #%i: consecutive gate neighbours, as many jumps as BFS counts', (from, to) => {
    const origin = tables.solar_systems[from].name;
    const destination = tables.solar_systems[to].name;
    const route = findRoute(tables, origin, destination);
    expect(route[0]).toBe(origin);
    expect(route[route.length - 1]).toBe(destination);
    for (let k = 1; k < route.length; k++) expect(neighbours.has(`${idOf.get(route[k - 1])}|${idOf.get(route[k])}`)).toBe(true);
    expect(route.length - 1).toBe(breadthFirst(graph, from).distance[to]);
  });
});

describe('map of a generated standard universe', () => {
  test('one circle per system, one line per lane; PNG for the tiny preset', async () => {
    const svg = renderMapSvg(tables);
    expect(svg.match(/<circle /g)?.length).toBe(tables.solar_systems.length);
    expect(svg.match(/<line /g)?.length).toBe(tables.stargates.length / 2);
    const png = await renderMapPng(renderMapSvg(generated('tiny', '42'), { widthPx: 600 }));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('the dry-run writer’s output', () => {
  test('satisfies schema/universe.schema.json and reads back to the generated tables', async () => {
    const text = await generatedDryRunJson('tiny', '42');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat('date-time', { validate: (value: string) => !Number.isNaN(Date.parse(value)) });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/universe.schema.json', import.meta.url), 'utf8')));
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const { meta, tables: read } = parseUniverseJson('tiny.json', text);
    expect(meta.seed).toBe('42');
    expect(meta.preset).toBe('tiny');
    expect(Object.keys(JSON.parse(text))[0]).toBe('meta');
    expect(read).toEqual(generated('tiny', '42'));
  });
});
