// R1/R9: the designer and operator tools (stats, verify, map, route) as a user runs them — the
// built executable spawned on a dry-run file (--input), a seed generated in memory (--seed) and a
// database filled by `generate` (embedded PGlite always, PostgreSQL when TEST_DATABASE_URL is
// set) — and their answers to bad input: exit codes, one-line errors, nothing written.
// Expected values come from the dry-run JSON (counts, gates, names), never from the tools.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UniverseTables } from '../../src/universe/rows.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

const EPOCH = '2026-01-01T00:00:00Z';
const TINY = ['--seed', '7', '--preset', 'tiny', '--epoch', EPOCH];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface DryRun extends UniverseTables {
  meta: { counts: Record<string, number>; config: Record<string, unknown> };
}

const work = mkdtempSync(join(tmpdir(), 'eu-cli-tools-'));
const tinyFile = join(work, 'tiny.json');
const dataDir = join(work, 'pgdata');
let tiny: DryRun;

function expectOk(result: CliResult): void {
  expect(result.code, result.stderr).toBe(0);
}

function expectCleanError(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

function writeJson(name: string, value: unknown): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** Gate neighbours by system name, from the stargates of the dry-run JSON. */
function gateNeighbours(universe: UniverseTables): Map<string, Set<string>> {
  const nameById = new Map(universe.solar_systems.map((s) => [s.id, s.name]));
  const neighbours = new Map(universe.solar_systems.map((s) => [s.name, new Set<string>()]));
  for (const gate of universe.stargates) {
    neighbours.get(nameById.get(gate.solar_system_id) as string)?.add(nameById.get(gate.destination_system_id) as string);
  }
  return neighbours;
}

/** Jumps from `origin` to every reachable system (breadth-first search). */
function jumpsFrom(neighbours: Map<string, Set<string>>, origin: string): Map<string, number> {
  const distance = new Map([[origin, 0]]);
  const queue = [origin];
  for (let head = 0; head < queue.length; head++) {
    for (const next of neighbours.get(queue[head]) ?? []) {
      if (distance.has(next)) continue;
      distance.set(next, (distance.get(queue[head]) as number) + 1);
      queue.push(next);
    }
  }
  return distance;
}

beforeAll(async () => {
  const [dryRun, load] = await Promise.all([
    runCli(['generate', ...TINY, '--dry-run', '--out', tinyFile, '--quiet']),
    runCli(['generate', ...TINY, '--data-dir', dataDir, '--quiet']),
  ]);
  expectOk(dryRun);
  expectOk(load);
  tiny = JSON.parse(readFileSync(tinyFile, 'utf8')) as DryRun;
});

describe('stats', () => {
  it('prints tables for a dry-run file and for a seed', async () => {
    for (const source of [['--input', tinyFile], TINY]) {
      const result = await runCli(['stats', ...source]);
      expectOk(result);
      expect(result.stdout).toMatch(/Stargate network/);
      expect(result.stdout).toMatch(new RegExp(`solar_systems\\s+${tiny.meta.counts.solar_systems}\\b`));
    }
  });

  it('--json counts equal the dry run\'s meta.counts (file, seed and the embedded database generate filled)', async () => {
    const sources = [['--input', tinyFile], TINY, ['--data-dir', dataDir]];
    const results = await Promise.all(sources.map((source) => runCli(['stats', ...source, '--json'])));
    for (const result of results) {
      expectOk(result);
      expect((JSON.parse(result.stdout) as { counts: unknown }).counts).toEqual(tiny.meta.counts);
    }
  });
});

describe('stats --compare eve', () => {
  it("prints routes, hubs, pipes, triangles and security borders beside EVE's, naming the source; --json carries the rows", async () => {
    const [text, json] = await Promise.all([runCli(['stats', ...TINY, '--compare', 'eve']), runCli(['stats', ...TINY, '--compare', 'eve', '--json'])]);
    expectOk(text);
    expect(text.stdout).toMatch(/Against EVE's k-space/);
    expect(text.stdout).toMatch(/average route \(jumps\)\s+\S+\s+32\.3/);
    expect(text.stdout).toMatch(/pipes \(bridges, no dead end\)\s+\d+\s+529/);
    expect(text.stdout).toMatch(/CCP's map data/);
    expectOk(json);
    const parsed = JSON.parse(json.stdout) as { counts: unknown; compare: { against: string; source: string; rows: { key: string; eve: number }[] } };
    expect(parsed.counts).toEqual(tiny.meta.counts);
    expect(parsed.compare.against).toBe('eve');
    expect(parsed.compare.source).toMatch(/CCP/);
    expect(parsed.compare.rows.find((row) => row.key === 'averageClustering')?.eve).toBe(0.165);
  });

  it('an unknown target is a usage error (exit 2), nothing on stdout', async () => {
    expectCleanError(await runCli(['stats', ...TINY, '--compare', 'mars']), 2, /--compare "mars" is not known; compare with: eve/);
  });
});

describe('verify', () => {
  it('a generated dry-run file, a seed and the embedded database generate filled → exit 0', async () => {
    const results = await Promise.all([['--input', tinyFile], TINY, ['--data-dir', dataDir]].map((source) => runCli(['verify', ...source])));
    for (const result of results) {
      expectOk(result);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/every invariant holds/);
    }
  });

  it('a hand-corrupted copy → exit 1, each violation listed by the entity it concerns; --json gives them all', async () => {
    const corrupt = structuredClone(tiny);
    const byId = new Map(corrupt.solar_systems.map((s) => [s.id, s.name]));
    // A gate whose twin stays behind (the twin then points back along a one-way lane).
    const [removed] = corrupt.stargates.splice(0, 1);
    corrupt.meta.counts.stargates--;
    const from = byId.get(removed.solar_system_id) as string;
    const to = byId.get(removed.destination_system_id) as string;
    const moon = corrupt.moons[0];
    const rightMoonName = moon.name;
    moon.name = 'Nobody\'s Moon';
    const system = corrupt.solar_systems[corrupt.solar_systems.length - 1];
    system.security_status = 1.7;
    const path = writeJson('corrupt.json', corrupt);

    const [text, json] = await Promise.all([runCli(['verify', '--input', path]), runCli(['verify', '--input', path, '--json'])]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    const listed = text.stderr.split('\n').filter((line) => line.includes('✖'));
    expect(listed.find((line) => line.includes('[gates.twin]'))).toMatch(new RegExp(`${to}.*${from} → ${to}`));
    expect(listed.find((line) => line.includes('[moons.name]'))).toContain(`"Nobody's Moon"`);
    expect(listed.find((line) => line.includes('[moons.name]'))).toContain(rightMoonName);
    expect(listed.find((line) => line.includes('[schema.check]'))).toMatch(new RegExp(`"${system.name}" has security_status 1\\.7`));
    expect(text.stderr).toMatch(/^error: dry-run file .*corrupt\.json: \d+ invariant violations$/m);
    expect(text.stderr).not.toMatch(/\n\s+at /);

    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; violations: { rule: string; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.violations.map((v) => v.rule)).toEqual(expect.arrayContaining(['gates.twin', 'moons.name', 'schema.check']));
    expect(report.violations.length).toBe(listed.length);
  });

  it('judges a universe by its own parameters (file and seed), and by the defaults without them', async () => {
    const config = writeJson('haven.json', {
      security: { mix: { high: 0.4, low: 0.2, null: 0.4 } },
      names: { starterRegion: 'Haven', starterSystem: 'Haven Prime', starterPlanetPrefix: 'Haven' },
    });
    const seed = ['--seed', '42', '--preset', 'standard', '--config', config, '--epoch', EPOCH];
    const havenFile = join(work, 'haven-universe.json');
    expectOk(await runCli(['generate', ...seed, '--dry-run', '--out', havenFile, '--quiet']));
    const haven = JSON.parse(readFileSync(havenFile, 'utf8')) as DryRun;
    const unconfigured = writeJson('haven-no-config.json', { ...haven, meta: { ...haven.meta, config: {} } });

    const [byFile, bySeed, byDefaults, map] = await Promise.all([
      runCli(['verify', '--input', havenFile]),
      runCli(['verify', ...seed]),
      runCli(['verify', '--input', unconfigured, '--json']),
      runCli(['map', '--input', havenFile]),
    ]);
    expectOk(byFile);
    expectOk(bySeed);
    expect(byDefaults.code).toBe(1);
    const rules = (JSON.parse(byDefaults.stdout) as { violations: { rule: string }[] }).violations.map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['genesis', 'shape.security-mix']));
    expectOk(map);
    expect(map.stdout).toMatch(/<text class="genesis-label"[^>]*>Haven Prime<\/text>/);
  });
});

describe('map', () => {
  it('--out x.svg holds one circle per system; no --out prints the same SVG on stdout', async () => {
    const svgPath = join(work, 'tiny.svg');
    const [toFile, toStdout] = await Promise.all([runCli(['map', '--input', tinyFile, '--out', svgPath]), runCli(['map', '--input', tinyFile])]);
    expectOk(toFile);
    expect(toFile.stdout).toBe('');
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(tiny.solar_systems.length);
    for (const system of tiny.solar_systems) expect(svg).toContain(`<title>${system.name} (`);
    expectOk(toStdout);
    expect(toStdout.stdout).toBe(svg);
  });

  it('--out x.png is a PNG', async () => {
    const pngPath = join(work, 'tiny.png');
    expectOk(await runCli(['map', '--input', tinyFile, '--out', pngPath]));
    expect(readFileSync(pngPath).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('the same seed twice gives identical bytes', async () => {
    const [first, second] = await Promise.all([runCli(['map', ...TINY]), runCli(['map', ...TINY])]);
    expectOk(first);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(second.stdout).toBe(first.stdout);
  });

  it('an unwritable --out is exit 2 and leaves no file', async () => {
    const dir = join(work, 'no-such-dir');
    expectCleanError(await runCli(['map', '--input', tinyFile, '--out', join(dir, 'x.svg')]), 2, /cannot write --out/);
    expect(existsSync(dir)).toBe(false);
    const before = readdirSync(work).sort();
    expectCleanError(await runCli(['map', '--input', tinyFile, '--out', work]), 2, /cannot write --out.*directory/);
    expect(readdirSync(work).sort()).toEqual(before);
  });

  it('a --width that is not a whole number of pixels from 200 to 20000 is exit 2', async () => {
    const results = await Promise.all(['abc', '10', '1e9', '800.5'].map((width) => runCli(['map', '--input', tinyFile, '--width', width])));
    for (const result of results) expectCleanError(result, 2, /--width/);
  });
});

describe('route', () => {
  it('the farthest pair: origin to destination along gate neighbours, as many jumps as the BFS distance', async () => {
    const neighbours = gateNeighbours(tiny);
    const origin = 'Genesis Prime';
    const jumps = jumpsFrom(neighbours, origin);
    const [destination, distance] = [...jumps].reduce((far, entry) => (entry[1] > far[1] ? entry : far));
    expect(distance).toBeGreaterThanOrEqual(2);

    const [text, json] = await Promise.all([
      runCli(['route', origin, destination, '--input', tinyFile]),
      runCli(['route', origin, destination, '--input', tinyFile, '--json']),
    ]);
    expectOk(text);
    const route = text.stdout.trimEnd().split('\n');
    expect(route[0]).toBe(origin);
    expect(route[route.length - 1]).toBe(destination);
    expect(route).toHaveLength(distance + 1);
    for (let k = 1; k < route.length; k++) expect(neighbours.get(route[k - 1])?.has(route[k]), `${route[k - 1]} → ${route[k]}`).toBe(true);
    expectOk(json);
    expect(JSON.parse(json.stdout)).toEqual(route);
  });

  it('the same route from the embedded database and from the seed', async () => {
    const [a, b] = [tiny.solar_systems[1].name, tiny.solar_systems[tiny.solar_systems.length - 1].name];
    const results = await Promise.all([['--input', tinyFile], TINY, ['--data-dir', dataDir]].map((source) => runCli(['route', a, b, ...source, '--json'])));
    for (const result of results) expectOk(result);
    expect(results[1].stdout).toBe(results[0].stdout);
    expect(results[2].stdout).toBe(results[0].stdout);
  });

  it('a route to itself is the one name', async () => {
    const name = tiny.solar_systems[2].name;
    const result = await runCli(['route', name, name, '--input', tinyFile]);
    expectOk(result);
    expect(result.stdout).toBe(`${name}\n`);
  });

  it('the --seed example of route --help names real systems', async () => {
    const help = await runCli(['route', '--help']);
    const example = help.stdout.match(/\$ echoes-universe route "([^"]+)" (\S+) --seed (\S+)/);
    expect(example, help.stdout).not.toBeNull();
    const [, from, to, seed] = example as RegExpMatchArray;
    const result = await runCli(['route', from, to, '--seed', seed, '--json']);
    expectOk(result);
    expect(JSON.parse(result.stdout)).toEqual(expect.arrayContaining([from, to]));
  });

  it('an unknown name → exit 1 with a suggestion', async () => {
    const real = tiny.solar_systems.find((s) => s.name.length >= 5 && !s.name.includes(' '))?.name as string;
    const typo = real.slice(0, -1);
    const result = await runCli(['route', 'Genesis Prime', typo, '--input', tinyFile]);
    expectCleanError(result, 1, new RegExp(`unknown system "${typo}"; did you mean .*"${real}"`));
  });
});

describe('bad input → one-line error, right exit code, for every tool', () => {
  const TOOLS: [string, string[]][] = [
    ['stats', []],
    ['verify', []],
    ['map', []],
    ['route', ['Genesis Prime', 'Genesis Prime']],
  ];
  let corruptFile: string;
  let notUniverse: string;
  let scratch: ScratchDatabase | undefined;
  let noSchemaDir: string;

  beforeAll(async () => {
    corruptFile = join(work, 'truncated.json');
    writeFileSync(corruptFile, readFileSync(tinyFile, 'utf8').slice(0, 5000));
    notUniverse = writeJson('not-a-universe.json', { hello: 'world', regions: [] });
    noSchemaDir = join(work, 'no-schema');
    const pglite = new PGlite(noSchemaDir);
    await pglite.waitReady;
    await pglite.close();
    if (postgresServerUrl()) scratch = await createScratchPostgres('eu_cli_tools');
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it.each(TOOLS)('%s: a corrupt JSON file, a JSON file that is not a universe, a missing file → exit 2', async (tool, args) => {
    const [corrupt, foreign, missing] = await Promise.all([
      runCli([tool, ...args, '--input', corruptFile]),
      runCli([tool, ...args, '--input', notUniverse]),
      runCli([tool, ...args, '--input', join(work, 'missing.json')]),
    ]);
    expectCleanError(corrupt, 2, /truncated\.json" is not valid JSON/);
    expectCleanError(foreign, 2, /not-a-universe\.json" is not a dry-run universe: it has no "meta"/);
    expectCleanError(missing, 2, /cannot read ".*missing\.json": no such file/);
  });

  it('--input with --seed or --config (which it would ignore) → exit 2', async () => {
    const [withSeed, withConfig] = await Promise.all([
      runCli(['stats', '--input', tinyFile, '--seed', '7']),
      runCli(['verify', '--input', tinyFile, '--config', notUniverse]),
    ]);
    expectCleanError(withSeed, 2, /--input .* leave out --seed and --config/);
    expectCleanError(withConfig, 2, /--input .* leave out --seed and --config/);
  });

  it.each(TOOLS)('%s: a data dir that holds no embedded database → exit 1 naming migrate, nothing created', async (tool, args) => {
    const fresh = join(work, `fresh-${tool}`);
    expectCleanError(await runCli([tool, ...args, '--data-dir', fresh]), 1, /no embedded database at .*; run `echoes-universe migrate`/);
    expect(existsSync(fresh)).toBe(false);
  });

  it('an embedded database without the schema → exit 1 naming migrate', async () => {
    expectCleanError(await runCli(['stats', '--data-dir', noSchemaDir]), 1, /no Echoes schema; run `echoes-universe migrate`/);
  });

  it.each(TOOLS)('%s: an unreachable database → exit 1', async (tool, args) => {
    const result = await runCli([tool, ...args, '--database-url', 'postgres://pilot:Sup3rSecretPw@127.0.0.1:1/echoes']);
    expectCleanError(result, 1, /cannot reach PostgreSQL at 127\.0\.0\.1:1/);
    expect(result.stderr).not.toContain('Sup3rSecretPw');
  });

  it.skipIf(!postgresServerUrl()).each(TOOLS)('%s: a PostgreSQL database without the schema → exit 1 naming migrate', async (tool, args) => {
    expectCleanError(await runCli([tool, ...args, '--database-url', (scratch as ScratchDatabase).url]), 1, /no Echoes schema; run `echoes-universe migrate`/);
  });
});

describe.skipIf(!postgresServerUrl())('on PostgreSQL', () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createScratchPostgres('eu_cli_tools_pg');
    expectOk(await runCli(['generate', ...TINY, '--database-url', scratch.url, '--quiet']));
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it('verify passes, stats counts and a route match the dry run, for a database generate loaded', async () => {
    const [verify, stats, route, fromFile] = await Promise.all([
      runCli(['verify', '--database-url', scratch.url]),
      runCli(['stats', '--json'], { env: { DATABASE_URL: scratch.url } }),
      runCli(['route', 'Genesis Prime', tiny.solar_systems[tiny.solar_systems.length - 1].name, '--json', '--database-url', scratch.url]),
      runCli(['route', 'Genesis Prime', tiny.solar_systems[tiny.solar_systems.length - 1].name, '--json', '--input', tinyFile]),
    ]);
    expectOk(verify);
    expectOk(stats);
    expect((JSON.parse(stats.stdout) as { counts: unknown }).counts).toEqual(tiny.meta.counts);
    expectOk(route);
    expect(route.stdout).toBe(fromFile.stdout);
  });

  it('after wipe: stats, verify, map and route give one answer, exit 1 (in JSON with --json)', async () => {
    expectOk(await runCli(['wipe', '--yes', '--quiet', '--database-url', scratch.url]));
    const answers = await Promise.all([
      runCli(['stats', '--database-url', scratch.url]),
      runCli(['verify', '--database-url', scratch.url]),
      runCli(['map', '--database-url', scratch.url]),
      runCli(['route', 'Genesis Prime', 'Genesis Prime', '--database-url', scratch.url]),
    ]);
    for (const answer of answers) {
      expectCleanError(answer, 1, /^error: the database holds no universe; run `echoes-universe generate` first\n$/);
    }
    const json = await runCli(['stats', '--json', '--database-url', scratch.url]);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'runtime', message: 'the database holds no universe; run `echoes-universe generate` first' } });
  });

  it('a database loaded with a custom config is judged by the defaults, or by that --config when given', async () => {
    const config = writeJson('haven-tiny.json', { names: { starterRegion: 'Haven', starterSystem: 'Haven Prime', starterPlanetPrefix: 'Haven' } });
    expectOk(await runCli(['generate', ...TINY, '--config', config, '--database-url', scratch.url, '--replace', '--yes', '--quiet']));
    const [byDefaults, byConfig, map] = await Promise.all([
      runCli(['verify', '--json', '--database-url', scratch.url]),
      runCli(['verify', '--config', config, '--preset', 'tiny', '--epoch', EPOCH, '--database-url', scratch.url]),
      runCli(['map', '--config', config, '--database-url', scratch.url]),
    ]);
    expect(byDefaults.code).toBe(1);
    expect((JSON.parse(byDefaults.stdout) as { violations: { rule: string }[] }).violations.map((v) => v.rule)).toContain('genesis');
    expectOk(byConfig);
    expectOk(map);
    expect(map.stdout).toMatch(/<text class="genesis-label"[^>]*>Haven Prime<\/text>/);
  });
});
