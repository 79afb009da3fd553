// R12 (issue 11, findings 1–3): a replace on a live game database. Readers looping in REPEATABLE
// READ transactions over two universe tables, in several orders, never deadlock with a bulk-path
// replace (≥ 1,000 systems), and the replace never dies of a deadlock either; readers that never
// pause between transactions cannot starve it (after BULK_PATIENCE_SECONDS it takes the DML-only
// path, whose locks readers never conflict with, and says so); a long reader holding
// solar_systems makes the replace wait and say for whom (pid, application name, how long); and the
// game's own role — DML rights only, no ownership, no CREATE — can migrate an up-to-date database,
// replace (on the DML-only path, said once) and wipe. All against a real PostgreSQL, spawned CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

const EPOCH = '2026-01-01T00:00:00Z';
const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

/** About 1,000 systems (the bulk path) with few planets and moons, so each replace takes seconds. */
const BULK_CONFIG = {
  systems: { count: 1000 },
  regions: { count: 12 },
  planets: { count: { min: 1, max: 2, median: 1, spread: 0.1 } },
  moons: { max: 1 },
};

async function client(url: string, applicationName: string): Promise<pg.Client> {
  const connection = new pg.Client({ connectionString: url, application_name: applicationName });
  connection.on('error', () => undefined);
  await connection.connect();
  return connection;
}

async function systemCount(url: string): Promise<number> {
  const connection = await client(url, 'test-check');
  try {
    return Number((await connection.query<{ n: string }>('SELECT count(*) AS n FROM solar_systems')).rows[0].n);
  } finally {
    await connection.end();
  }
}

describe.skipIf(!postgresServerUrl())('a replace on a live database (PostgreSQL)', () => {
  let scratch: ScratchDatabase;
  let work: string;
  let configPath: string;
  const replace = (seed: string, url = scratch.url, extra: string[] = []): string[] => [
    'generate', '--seed', seed, '--config', configPath, '--epoch', EPOCH, '--database-url', url, '--replace', '--yes', ...extra,
  ];

  beforeAll(async () => {
    scratch = await createScratchPostgres('eu_live');
    work = mkdtempSync(join(tmpdir(), 'eu-live-'));
    configPath = join(work, 'bulk.json');
    writeFileSync(configPath, JSON.stringify(BULK_CONFIG));
    const first = await runCli(replace('live-0', scratch.url, ['--quiet']));
    expect(first.code, first.stderr).toBe(0);
    expect(await systemCount(scratch.url)).toBe(1000);
  });
  afterAll(async () => {
    await scratch?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * Readers looping over two tables each, in several orders, until stopped, each holding its
   * first table `holdSeconds` before reading the second; every error is kept.
   */
  function loopReaders(gapMs: number, holdSeconds: number): { stop: () => Promise<void>; errors: string[]; transactions: () => number } {
    const orders = [
      ['solar_systems', 'planets'],
      ['planets', 'solar_systems'],
      ['stations', 'regions'],
      ['regions', 'stations'],
      ['character_locations', 'solar_systems'],
    ];
    let running = true;
    const errors: string[] = [];
    let transactions = 0;
    const readers = orders.map(async ([first, second], index) => {
      const reader = await client(scratch.url, `game-reader-${index}`);
      try {
        while (running) {
          try {
            await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
            await reader.query(`SELECT count(*) FROM ${first}`);
            await reader.query('SELECT pg_sleep($1)', [holdSeconds]);
            await reader.query(`SELECT count(*) FROM ${second}`);
            await reader.query('COMMIT');
            transactions++;
            if (gapMs > 0) await sleep(gapMs);
          } catch (error) {
            errors.push(`${first}→${second}: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`);
            await reader.query('ROLLBACK').catch(() => undefined);
          }
        }
      } finally {
        await reader.end();
      }
    });
    return {
      errors,
      transactions: () => transactions,
      stop: async () => {
        running = false;
        await Promise.all(readers);
      },
    };
  }

  it('readers that never pause: the replace stops waiting for exclusive locks, takes the DML-only path, says so and completes', async () => {
    // No pause between transactions, and each holds its first table longer (0.3 s) than one lock
    // attempt may wait (0.2 s): some reader always holds a table the attempt needs and soon asks
    // for one it has taken, so the all-at-once exclusive attempt never succeeds. Without the
    // fallback this replace waited until its 10-minute limit.
    const readers = loopReaders(0, 0.3);
    let run;
    try {
      run = await runCli(replace('live-nogap'), { timeoutMs: 90_000 });
    } finally {
      await readers.stop();
    }
    expect(run.code, run.stderr).toBe(0);
    expect(readers.errors).toEqual([]);
    expect(readers.transactions()).toBeGreaterThan(20);
    expect(await systemCount(scratch.url)).toBe(1000);
    const notes = run.stderr.split('\n').filter((line) => line.includes('kept the universe tables in use'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^the game's sessions kept the universe tables in use for 1\d s without a pause, so the load keeps their indexes and constraints in place/);
  }, 180_000);

  it('looping readers in several table orders and bulk-path replaces: zero deadlocks on either side', async () => {
    // A short gap between transactions, as a game's readers have.
    const readers = loopReaders(10, 0.02);
    const runs = [];
    try {
      for (const seed of ['live-1', 'live-2', 'live-3']) runs.push(await runCli(replace(seed, scratch.url, ['--quiet']), { timeoutMs: 180_000 }));
    } finally {
      await readers.stop();
    }
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(readers.errors).toEqual([]);
    expect(readers.transactions()).toBeGreaterThan(20);
    expect(await systemCount(scratch.url)).toBe(1000);
  }, 600_000);

  it('a long reader holding solar_systems: the replace waits, says for whom every few seconds, then completes', async () => {
    const reader = await client(scratch.url, 'long-reader');
    try {
      await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await reader.query('SELECT count(*) FROM solar_systems');
      const readerPid = (await reader.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const child = startCli(replace('live-waiting'));
      let text = '';
      child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
      const waitingLines = (): string[] => text.split('\n').filter((line) => line.startsWith('waiting '));
      // The reader keeps its transaction open until the replace has said twice whom it waits for.
      for (let waitedMs = 0; waitingLines().length < 2 && child.exitCode === null && waitedMs < 90_000; waitedMs += 100) await sleep(100);
      const finishedEarly = child.exitCode !== null;
      await reader.query('COMMIT');
      expect(finishedEarly, `the replace finished while the reader held solar_systems:\n${text}`).toBe(false);
      expect(await exited, text).toBe(0);
      const waiting = waitingLines();
      expect(waiting.length, text).toBeGreaterThanOrEqual(2);
      for (const line of waiting) {
        expect(line).toMatch(new RegExp(`^waiting \\d+ s for the universe tables, held by pid ${readerPid} \\(long-reader, transaction open \\d+ s\\) on solar_systems…$`));
      }
      // Said every few seconds, with the time waited growing.
      const seconds = waiting.map((line) => Number(/^waiting (\d+) s/.exec(line)?.[1]));
      expect(seconds[1]).toBeGreaterThan(seconds[0]);
      expect(text).toMatch(/loaded seed live-waiting/);
    } finally {
      await reader.end();
    }
  }, 180_000);

  it('the application role (DML rights, no ownership, no CREATE) migrates, replaces on the DML-only path, and wipes', async () => {
    const role = `eu_app_${process.pid}`;
    const admin = await client(scratch.url, 'test-admin');
    try {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await admin.query(`REVOKE CREATE, TEMPORARY ON DATABASE "${scratch.name}" FROM PUBLIC`);
      // Temporary tables only (the re-homing snapshot of a replace, db/rehome.ts): PostgreSQL grants
      // TEMPORARY to PUBLIC by default, so a game's role has it; CREATE stays revoked.
      await admin.query(`GRANT TEMPORARY ON DATABASE "${scratch.name}" TO ${role}`);
      await admin.query(`GRANT USAGE ON SCHEMA public, drizzle TO ${role}`);
      await admin.query(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${role}`);
      await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      const url = new URL(scratch.url);
      url.username = role;
      const appUrl = url.toString();

      const migrated = await runCli(['migrate', '--database-url', appUrl]);
      expect(migrated.code, migrated.stderr).toBe(0);

      const replaced = await runCli(replace('as-app', appUrl));
      expect(replaced.code, replaced.stderr).toBe(0);
      const notices = replaced.stderr.split('\n').filter((line) => line.includes('does not own the universe tables'));
      expect(notices).toEqual([
        `role "${role}" does not own the universe tables, so the load keeps their indexes and constraints in place instead of rebuilding them (no DDL needed; about 1.4× as long for an eve-sized universe)`,
      ]);
      expect(await systemCount(scratch.url)).toBe(1000);
      const stats = await runCli(['stats', '--database-url', appUrl, '--json']);
      expect(stats.code, stats.stderr).toBe(0);
      expect((JSON.parse(stats.stdout) as { counts: { solar_systems: number } }).counts.solar_systems).toBe(1000);

      const wiped = await runCli(['wipe', '--database-url', appUrl, '--yes', '--detach-servers', '--quiet']);
      expect(wiped.code, wiped.stderr).toBe(0);
      expect(await systemCount(scratch.url)).toBe(0);
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await admin.end();
      // The role is dropped after the scratch database (afterAll) would be too late: drop it from another database.
      const server = await client(postgresServerUrl() as string, 'test-admin');
      try {
        await server.query(`DROP ROLE IF EXISTS ${role}`);
      } catch {
        // still has privileges in the scratch database until it is dropped: afterAll drops the database
      } finally {
        await server.end();
      }
    }
  }, 300_000);
});
