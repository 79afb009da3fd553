// R1/R6 for an operator replacing the universe of a running game, through the spawned CLI on
// PostgreSQL and the embedded PGlite: `--plan` says what a replace or wipe would do and changes
// nothing (every table, players included, byte-identical); a same-seed replace keeps pilots where
// they were; a different-seed replace docks pilots at the station nearest to where they were
// (the ranking recomputed here from the rows); SIGINT mid-load rolls back with one line and
// exit 130. Expected values come from the database rows and the fixture, never from the tool.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { runCli, startCli, type CliResult } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';
import { insertPlayerFixture, type PlayerFixture } from '../helpers/fixture.js';

const EPOCH = '2026-01-01T00:00:00Z';
const HIGH_SEC_MIN = 0.45;
const work = mkdtempSync(join(tmpdir(), 'eu-replace-ops-'));
const KINDS: ReadonlyArray<'pglite' | 'postgres'> = postgresServerUrl() ? ['pglite', 'postgres'] : ['pglite'];

interface Target {
  args: string[];
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function makeTarget(kind: 'pglite' | 'postgres', name: string): Promise<Target> {
  if (kind === 'pglite') {
    const dataDir = join(work, name);
    return { args: ['--data-dir', dataDir], open: () => connect({ dataDir }), dispose: async () => undefined };
  }
  const scratch: ScratchDatabase = await createScratchPostgres(`eu_ops_${name.replace(/\W/g, '_')}`);
  return { args: ['--database-url', scratch.url], open: () => connect({ databaseUrl: scratch.url }), dispose: () => scratch.drop() };
}

/** Runs `work` on a connection that is closed again before the CLI needs the database. */
async function withDb<T>(target: Target, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await target.open();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** A digest of every row of every table in the public schema (players, servers, universe alike). */
async function databaseDigest(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const result = await db.query<{ digest: string | null; n: string | number }>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest, count(*) AS n FROM "${name}" t`,
    );
    digest[name] = `${result.rows[0].n}:${result.rows[0].digest ?? ''}`;
  }
  return digest;
}

interface Location {
  character_id: string;
  solar_system_id: string | null;
  station_id: string | null;
  is_docked: boolean;
  position_x: number;
}

async function locations(db: Database): Promise<Map<string, Location>> {
  const result = await db.query<Location>('SELECT character_id, solar_system_id, station_id, is_docked, position_x FROM character_locations');
  return new Map(result.rows.map((row) => [row.character_id, row]));
}

interface SystemPlace {
  id: string;
  x: number;
  y: number;
  z: number;
  band: 'high' | 'low' | 'null';
}

const bandOf = (security: number): SystemPlace['band'] => (security >= HIGH_SEC_MIN ? 'high' : security > 0 ? 'low' : 'null');

/** Systems that have at least one station, with their galactic position and band. */
async function systemsWithStations(db: Database): Promise<SystemPlace[]> {
  const result = await db.query<{ id: string; x: number; y: number; z: number; security_status: number }>(
    `SELECT id, position_x AS x, position_y AS y, position_z AS z, security_status FROM solar_systems
      WHERE id IN (SELECT solar_system_id FROM stations) ORDER BY id`,
  );
  return result.rows.map((row) => ({ id: row.id, x: row.x, y: row.y, z: row.z, band: bandOf(row.security_status) }));
}

const distance = (a: SystemPlace, b: SystemPlace): number => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

function expectOk(result: CliResult): void {
  expect(result.code, result.stderr).toBe(0);
}

const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

describe.each(KINDS)('re-homing and --plan on %s', (kind) => {
  let target: Target;
  let fixture: PlayerFixture;
  /** Bigger than tiny (so pilots can be far apart), small enough to load in seconds. */
  const SMALL = ['--preset', 'tiny', '--scale', '5', '--epoch', EPOCH];

  beforeAll(async () => {
    target = await makeTarget(kind, `rehome-${kind}`);
    expectOk(await runCli(['generate', '--seed', 'home', ...SMALL, ...target.args, '--quiet']));
    fixture = await withDb(target, (db) => insertPlayerFixture(db));
  });
  afterAll(async () => {
    await target?.dispose();
  });

  it('--plan (replace and wipe) changes nothing and reports the fixture\'s pilots, items and server', async () => {
    const before = await withDb(target, databaseDigest);
    const plan = await runCli(['generate', '--seed', 'elsewhere', ...SMALL, ...target.args, '--replace', '--plan', '--json']);
    expectOk(plan);
    const report = JSON.parse(plan.stdout) as {
      changed: boolean;
      tables: Record<string, { delete: number; add: number }>;
      pilots: { total: number; stay: number; nearest: number; starter: number; none: number; topStations: { pilots: number }[] };
      assets: { moved: number };
      gameServers: { names: string[]; action: string };
    };
    expect(report.changed).toBe(false);
    expect(report.pilots.total).toBe(fixture.characterIds.length);
    // Another seed: no system id survives, so every pilot moves to the station nearest to them.
    expect(report.pilots).toMatchObject({ stay: 0, nearest: 3, starter: 0, none: 0 });
    expect(report.pilots.topStations.reduce((sum, s) => sum + s.pilots, 0)).toBe(3);
    expect(report.assets.moved).toBe(fixture.stationAssetIds.length);
    expect(report.gameServers).toEqual({ names: [fixture.serverName], action: 'block' });
    const counts = await withDb(target, async (db) => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM solar_systems')).rows[0].n));
    expect(report.tables.solar_systems.delete).toBe(counts);

    const wipePlan = await runCli(['wipe', '--plan', ...target.args]);
    expectOk(wipePlan);
    expect(wipePlan.stdout).toBe('');
    expect(wipePlan.stderr).toMatch(/3 pilots: 3 would be left without a location/);
    expect(wipePlan.stderr).toMatch(/game servers "node-genesis" point into the universe: the wipe would refuse/);
    expect(wipePlan.stderr).toMatch(/nothing was changed/);
    expect(await withDb(target, databaseDigest)).toEqual(before);
  });

  it('a same-seed replace keeps every pilot\'s system and station, and the pilot in space in space', async () => {
    const before = await withDb(target, locations);
    const replaced = await runCli(['generate', '--seed', 'home', ...SMALL, ...target.args, '--replace', '--yes', '--detach-servers', '--json']);
    expectOk(replaced);
    const summary = JSON.parse(replaced.stdout) as { rehome: { stayed: number; movedNearest: number; movedToStarter: number } };
    expect(summary.rehome).toMatchObject({ stayed: 3, movedNearest: 0, movedToStarter: 0 });
    const after = await withDb(target, locations);
    expect(after).toEqual(before);
    const inSpace = after.get(fixture.characterIds[2]) as Location;
    expect(inSpace).toMatchObject({ station_id: null, is_docked: false, position_x: 12345 });
  });

  it('a different-seed replace docks two far-apart pilots at the stations nearest to where they were; items follow', async () => {
    // Put pilots 1 and 2 at the two stations of the universe that lie farthest apart.
    const old = await withDb(target, async (db) => {
      const systems = await systemsWithStations(db);
      let pair: [SystemPlace, SystemPlace] = [systems[0], systems[1]];
      for (const a of systems) for (const b of systems) if (distance(a, b) > distance(...pair)) pair = [a, b];
      for (const [index, system] of pair.entries()) {
        const station = await db.query<{ id: string }>('SELECT id FROM stations WHERE solar_system_id = $1 ORDER BY id LIMIT 1', [system.id]);
        await db.query('UPDATE character_locations SET solar_system_id = $1, station_id = $2, is_docked = TRUE WHERE character_id = $3', [
          system.id,
          station.rows[0].id,
          fixture.characterIds[index],
        ]);
        await db.query("UPDATE assets SET location_id = $1 WHERE character_id = $2 AND lower(location_type) = 'station'", [station.rows[0].id, fixture.characterIds[index]]);
      }
      return pair;
    });
    const replaced = await runCli(['generate', '--seed', 'far-away', ...SMALL, ...target.args, '--replace', '--yes', '--detach-servers']);
    expectOk(replaced);
    expect(replaced.stderr).toMatch(/re-homed 3 pilots \(0 stayed where they were, 3 docked at the station nearest to where they were, 0 at the starter station/);
    await withDb(target, async (db) => {
      const candidates = await systemsWithStations(db);
      const after = await locations(db);
      for (const [index, was] of old.entries()) {
        const pilot = after.get(fixture.characterIds[index]) as Location;
        // The ranking, recomputed: same band first, then galactic distance to the old system.
        const ranked = [...candidates].sort((a, b) => Number(a.band !== was.band) - Number(b.band !== was.band) || distance(a, was) - distance(b, was));
        expect(pilot.solar_system_id).toBe(ranked[0].id);
        expect(pilot.is_docked).toBe(true);
        const station = await db.query<{ solar_system_id: string }>('SELECT solar_system_id FROM stations WHERE id = $1', [pilot.station_id]);
        expect(station.rows[0].solar_system_id).toBe(pilot.solar_system_id);
        // Items in the old station followed their owner.
        const items = await db.query<{ location_id: string }>("SELECT location_id FROM assets WHERE character_id = $1 AND lower(location_type) = 'station'", [
          fixture.characterIds[index],
        ]);
        expect(items.rows.map((row) => row.location_id)).toEqual([pilot.station_id]);
      }
      // Far apart before, far apart after: each landed nearer its own old place than the other's.
      const landed = old.map((_, index) => candidates.find((c) => c.id === after.get(fixture.characterIds[index])?.solar_system_id) as SystemPlace);
      expect(distance(landed[0], old[0])).toBeLessThan(distance(landed[0], old[1]));
      expect(distance(landed[1], old[1])).toBeLessThan(distance(landed[1], old[0]));
    });
  });

  it('SIGINT mid-load: one line, exit 130, the database unchanged', async () => {
    const before = await withDb(target, databaseDigest);
    const child = startCli(['generate', '--seed', 'interrupted', '--preset', 'standard', '--epoch', EPOCH, ...target.args, '--replace', '--yes', '--detach-servers']);
    let stderr = '';
    const copying = new Promise<void>((resolveCopying) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (stderr.includes('generate and copy')) resolveCopying();
      });
    });
    const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
    await Promise.race([copying, sleep(60_000)]);
    expect(stderr).toContain('generate and copy');
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr.trim().split('\n').at(-1)).toBe('interrupted: the transaction was rolled back; the database is unchanged');
    expect(await withDb(target, databaseDigest)).toEqual(before);
  });
});
