// R1: how the CLI answers an operator — with --json, errors are a JSON object on stderr and the
// exit code is unchanged; an empty (wiped) database gets one answer from stats, verify, map and
// route; counts read as English ("1 jump", "5,400 systems"); --json summaries carry rounded
// seconds; the help of the read-only tools says what omitting --seed does; a random seed's hint
// repeats the whole run. Spawned CLI, embedded PGlite (the PostgreSQL side is in cli-tools).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'eu-cli-answers-'));
const EPOCH = '2026-01-01T00:00:00Z';
const TINY = ['--preset', 'tiny', '--epoch', EPOCH];
const EMPTY = 'the database holds no universe; run `echoes-universe generate` first';

/** The single JSON error object a failed --json run leaves on stderr. */
function jsonError(result: CliResult): { code: string; message: string } {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  const parsed = JSON.parse(lines[0]) as { error: { code: string; message: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(typeof parsed.error.message).toBe('string');
  return parsed.error;
}

describe.concurrent('--json: an error is a JSON object on stderr, with the same exit code', () => {
  const badConfig = join(work, 'bad.json');
  beforeAll(() => writeFileSync(badConfig, JSON.stringify({ security: { mix: { high: 0.5, low: 0.5, null: 0.5 } } })));

  it.each<[string, string[], number, string, RegExp]>([
    ['an unknown option', ['stats', '--bogus', '--json'], 2, 'usage', /unknown option '--bogus'/],
    ['a mix that does not sum to 1', ['generate', '--seed', '1', ...TINY, '--dry-run', '--out', join(work, 'x.json'), '--config', badConfig, '--json'], 2, 'usage', /"security\.mix" sum to 1\.5/],
    ['an unknown system', ['route', 'Nowhere', 'Genesis Prime', '--seed', '1', ...TINY, '--json'], 1, 'runtime', /unknown system "Nowhere"/],
    ['a bad preset', ['verify', '--seed', '1', '--preset', 'huge', '--json'], 2, 'usage', /unknown preset "huge"/],
    ['wipe off a terminal without --yes', ['wipe', '--data-dir', join(work, 'none'), '--json'], 2, 'usage', /--yes/],
    ['map --json without --out', ['map', '--seed', '1', ...TINY, '--json'], 2, 'usage', /--json needs --out/],
  ])('%s', async (_, args, exitCode, code, message) => {
    const result = await runCli(args);
    expect(result.code, result.stderr).toBe(exitCode);
    const error = jsonError(result);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('without --json the same error stays one line of text', async () => {
    const result = await runCli(['route', 'Nowhere', 'Genesis Prime', '--seed', '1', ...TINY]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: unknown system "Nowhere"; no system has a similar name\n');
  });

  it('"--json" after "--" is an argument, not the option', async () => {
    const result = await runCli(['route', '--seed', '1', ...TINY, '--', '--json', 'Genesis Prime']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: unknown system "--json"/);
  });
});

describe('an empty (wiped) embedded database', () => {
  const dataDir = join(work, 'wiped');

  beforeAll(async () => {
    expect((await runCli(['generate', '--seed', 'gone', ...TINY, '--data-dir', dataDir, '--quiet'])).code).toBe(0);
    const wiped = await runCli(['wipe', '--yes', '--data-dir', dataDir]);
    expect(wiped.code, wiped.stderr).toBe(0);
    expect(wiped.stderr).toMatch(/^✔ wiped the universe in embedded database at .* \(2 regions\)$/m);
  });

  // One at a time: the embedded database takes one process at a time.
  it.each<[string, string[]]>([
    ['verify', ['verify']],
    ['map', ['map']],
    ['route', ['route', 'Genesis Prime', 'Genesis Prime']],
  ])('%s: exit 1, "%s"', async (_, args) => {
    const text = await runCli([...args, '--data-dir', dataDir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(`error: ${EMPTY}\n`);
  });

  it('stats (with --json): the same answer as a JSON object', async () => {
    const result = await runCli(['stats', '--json', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(jsonError(result)).toEqual({ code: 'runtime', message: EMPTY });
  });
});

describe.concurrent('wording', () => {
  it('route counts "1 jump" for neighbours and plural otherwise', async () => {
    const universe = await runCli(['generate', '--seed', 'words', ...TINY, '--dry-run']);
    const tables = JSON.parse(universe.stdout) as {
      solar_systems: { id: string; name: string }[];
      stargates: { solar_system_id: string; destination_system_id: string }[];
    };
    const nameOf = new Map(tables.solar_systems.map((system) => [system.id, system.name]));
    const gate = tables.stargates[0];
    const [from, to] = [nameOf.get(gate.solar_system_id) as string, nameOf.get(gate.destination_system_id) as string];
    const one = await runCli(['route', from, to, '--seed', 'words', ...TINY]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe('1 jump\n');
    const none = await runCli(['route', from, from, '--seed', 'words', ...TINY]);
    expect(none.stderr).toBe('0 jumps\n');
  });

  it('map names the systems with a thousands separator', async () => {
    const out = join(work, 'big.svg');
    const result = await runCli(['map', '--seed', '1', ...TINY, '--scale', '100', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^✔ wrote .*big\.svg \(1,200 systems\)$/m);
  });

  it('--json summaries give seconds to the millisecond', async () => {
    const result = await runCli(['generate', '--seed', '1', ...TINY, '--dry-run', '--out', join(work, 'ms.json'), '--json']);
    const { seconds } = JSON.parse(result.stdout) as { seconds: number };
    expect(seconds).toBeGreaterThan(0);
    expect(Math.round(seconds * 1000)).toBeCloseTo(seconds * 1000, 9);
  });

  it('a random seed is printed with --preset (and --config) so the hint repeats the run', async () => {
    const config = join(work, 'small.json');
    writeFileSync(config, JSON.stringify({ systems: { count: 14 } }));
    const result = await runCli(['generate', '--preset', 'tiny', '--config', config, '--dry-run']);
    const hint = /pass (--seed \d+ --preset tiny --config \S+ --epoch \S+) to repeat this run/.exec(result.stderr);
    expect(hint, result.stderr).not.toBeNull();
    const again = await runCli(['generate', ...(hint?.[1].split(' ') ?? []), '--dry-run']);
    expect(again.stdout).toBe(result.stdout);
  });

  it.each(['stats', 'verify', 'map', 'route'])('%s --help says that without --seed the database is read; no requirement ids', async (command) => {
    const help = (await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--seed <seed> generate this seed in memory instead of reading a universe (omitted: read the database, or --input)');
    expect(help).not.toMatch(/\(R\d+\)/);
  });
});
