// Issue 9: the CLI is a client of the same exported functions (src/app/), so what the CLI does
// the API can do: events during a load, a question before a replace, a stop request that rolls
// back, plans of a replace and a wipe that change nothing, reading a universe back. Errors name
// options as the API names them (`replace: true`) and carry the option's key, which the CLI
// turns into its flag. And the target order: an explicit --data-dir beats env DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  findRoute,
  generateUniverse,
  loadUniverse,
  planReplace,
  planWipe,
  readUniverse,
  renderMap,
  RuntimeError,
  universeStats,
  UsageError,
  verifyUniverse,
  type LoadProgressPhase,
} from 'echoes-universe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function regionNames(pglite: PGlite): Promise<string[]> {
  const result = await pglite.query<{ name: string }>('SELECT name FROM regions ORDER BY name');
  return result.rows.map((row) => row.name);
}

describe('the orchestration through the package API (caller-owned PGlite)', () => {
  let pglite: PGlite;
  const first = generateUniverse({ seed: 'app-1', preset: 'tiny' });
  const second = generateUniverse({ seed: 'app-2', preset: 'tiny' });

  beforeAll(async () => {
    pglite = await PGlite.create();
  });
  afterAll(async () => {
    await pglite.close();
  });

  it('reports the phases of a load in order, and every batch', async () => {
    const phases: LoadProgressPhase[] = [];
    let rows = 0;
    const result = await loadUniverse({ seed: 'app-1', preset: 'tiny', pglite, onPhaseStart: (phase) => phases.push(phase), onBatch: (_table, count) => (rows += count) });
    expect(result.fingerprint).toBe(first.meta.fingerprint);
    expect(result.target).toBe('embedded database (caller-owned)');
    expect(phases[0]).toBe('open the database');
    expect(phases.indexOf('generate and copy')).toBeGreaterThan(0);
    expect(phases.indexOf('commit')).toBeGreaterThan(phases.indexOf('generate and copy'));
    expect(rows).toBe(Object.values(first.meta.counts).reduce((sum, count) => sum + count, 0));
  });

  it('refuses a second load without replace, naming the option as the API names it', async () => {
    const refused = loadUniverse({ seed: 'app-2', preset: 'tiny', pglite });
    await expect(refused).rejects.toBeInstanceOf(RuntimeError);
    await expect(refused).rejects.toThrow(/pass replace: true to wipe it and load the new one/);
    await expect(refused).rejects.toMatchObject({ option: 'replace' });
  });

  it('asks before replacing; a "no" changes nothing', async () => {
    const before = await regionNames(pglite);
    const questions: unknown[] = [];
    const cancelled = loadUniverse({
      seed: 'app-2',
      preset: 'tiny',
      pglite,
      replace: true,
      confirmReplace: async (question) => {
        questions.push(question);
        return false;
      },
    });
    await expect(cancelled).rejects.toThrow('replacement cancelled; nothing was changed');
    expect(questions).toEqual([
      expect.objectContaining({ current: expect.objectContaining({ regions: first.meta.counts.regions }), next: { seed: 'app-2', preset: 'tiny', systems: second.meta.counts.solar_systems } }),
    ]);
    expect(await regionNames(pglite)).toEqual(before);
  });

  it('a stop request (AbortSignal) during the copy rolls the replace back', async () => {
    const before = await regionNames(pglite);
    const stop = new AbortController();
    const reason = new Error('stopped by the caller');
    const stopped = loadUniverse({
      seed: 'app-2',
      preset: 'tiny',
      pglite,
      replace: true,
      signal: stop.signal,
      onBatch: () => stop.abort(reason),
    });
    await expect(stopped).rejects.toBe(reason);
    expect(await regionNames(pglite)).toEqual(before);
  });

  it('plans a replace and a wipe from a snapshot, changing nothing', async () => {
    const before = await regionNames(pglite);
    const replace = await planReplace({ seed: 'app-2', preset: 'tiny', pglite });
    expect(replace).toMatchObject({ operation: 'replace', changed: false, next: { seed: 'app-2', preset: 'tiny', systems: second.meta.counts.solar_systems } });
    expect(replace.tables.solar_systems).toEqual({ delete: first.meta.counts.solar_systems, add: second.meta.counts.solar_systems });
    const wipe = await planWipe({ pglite });
    expect(wipe).toMatchObject({ operation: 'wipe', next: null });
    expect(wipe.tables.regions).toEqual({ delete: first.meta.counts.regions, add: 0 });
    expect(await regionNames(pglite)).toEqual(before);
  });

  it('reads the universe back from the database, a seed and a dry-run file alike', async () => {
    const fromDb = await readUniverse({ pglite });
    expect(fromDb.tables.solar_systems).toHaveLength(first.meta.counts.solar_systems);
    const fromSeed = await readUniverse({ seed: 'app-1', preset: 'tiny' });
    expect(fromSeed.tables.solar_systems.map((system) => system.name).sort()).toEqual(fromDb.tables.solar_systems.map((system) => system.name).sort());
    expect(fromSeed.description).toBe('seed app-1 (tiny)');
  });

  it('bad input is a UsageError naming the option by its API name, with the key attached', () => {
    const epochError = thrown(() => generateUniverse({ seed: 'x', preset: 'tiny', epoch: 'yesterday' }));
    expect(epochError).toBeInstanceOf(UsageError);
    expect(epochError).toMatchObject({ option: 'epoch', exitCode: 2, message: 'epoch "yesterday" is not an ISO 8601 time; use e.g. 2026-01-01T00:00:00Z' });
    expect(thrown(() => generateUniverse({ seed: 'x', preset: 'tiny', epoch: new Date(Number.NaN) }))).toMatchObject({ option: 'epoch', message: 'epoch is an invalid Date' });
    expect(thrown(() => generateUniverse({ seed: 'x', preset: 'tiny', epoch: new Date('1969-12-31T00:00:00Z') }))).toMatchObject({ option: 'epoch', message: expect.stringMatching(/out of range/) });
    expect(thrown(() => generateUniverse({ seed: 'x', preset: 'tiny', scale: 0 }))).toMatchObject({ option: 'scale', message: expect.stringMatching(/^scale "0" must be a number greater than 0/) });
  });
});

/** The error `action` throws (the test fails when it throws none). */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('the read-only commands as API functions give what the CLI prints', () => {
  const args = ['--seed', '42', '--preset', 'tiny', '--epoch', '2026-01-01T00:00:00Z'];
  const universe = () => readUniverse({ seed: 42, preset: 'tiny', epoch: '2026-01-01T00:00:00Z' });

  it('stats (with compare), verify and route', async () => {
    const source = await universe();
    const [stats, verified, cliStats, cliVerify] = await Promise.all([
      universeStats(source, { compare: 'eve' }),
      verifyUniverse(source),
      runCli(['stats', ...args, '--compare', 'eve', '--json']),
      runCli(['verify', ...args, '--json']),
    ]);
    expect(JSON.parse(cliStats.stdout)).toEqual(JSON.parse(JSON.stringify(stats)));
    expect(verified.ok).toBe(true);
    expect(JSON.parse(cliVerify.stdout)).toEqual(verified);
    const names = source.tables.solar_systems.map((system) => system.name).sort();
    const route = await findRoute(source, names[0], names[names.length - 1]);
    const cliRoute = await runCli(['route', names[0], names[names.length - 1], ...args, '--json']);
    expect(JSON.parse(cliRoute.stdout)).toEqual(route);
    expect(route[0]).toBe(names[0]);
  });

  it('renderMap draws the picture the map command writes', async () => {
    const map = await renderMap(await universe(), { format: 'svg', widthPx: 800 });
    const cli = await runCli(['map', ...args, '--width', '800']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(map.content).toBe(cli.stdout);
    expect(map.systems).toBe(generateUniverse({ seed: 42, preset: 'tiny' }).meta.counts.solar_systems);
  });
});

describe('the command line names the same errors by flag', () => {
  it('--json errors carry the option as its flag', async () => {
    const run = await runCli(['generate', '--seed', '1', '--preset', 'tiny', '--dry-run', '--epoch', 'yesterday', '--out', '/dev/null', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toEqual({ error: { code: 'usage', option: '--epoch', message: '--epoch "yesterday" is not an ISO 8601 time; use e.g. 2026-01-01T00:00:00Z' } });
  });

  it('an explicit --data-dir beats env DATABASE_URL (an explicit choice beats the environment)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'echoes-app-'));
    try {
      const dataDir = join(dir, 'pgdata');
      // A URL nothing listens on: were it used, migrate would fail to connect.
      const run = await runCli(['migrate', '--data-dir', dataDir, '--json'], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ target: `embedded database at ${dataDir}` });
      // And without --data-dir, DATABASE_URL is the target.
      const viaEnv = await runCli(['migrate', '--json'], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, cwd: dir });
      expect(viaEnv.code).toBe(1);
      expect(JSON.parse(viaEnv.stderr)).toMatchObject({ error: { option: '--database-url', message: expect.stringMatching(/^cannot reach PostgreSQL at 127\.0\.0\.1:1 \(connection refused\); start the server or fix --database-url$/) } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
