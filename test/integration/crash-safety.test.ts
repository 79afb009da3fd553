// R6/R9 against a real PostgreSQL server: a generate --replace killed with SIGKILL at several
// moments leaves the previous universe whole (the load is one transaction), and the next
// --replace works; two concurrent --replace runs end with exactly one complete universe.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { readUniverseFromDb } from '../../src/db/read.js';
import { generateTables } from '../../src/universe/generate.js';
import { UNIVERSE_TABLES } from '../../src/db/schema/registry.js';
import { sortedById } from '../helpers/tables.js';
import { runCli, startCli } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

const EPOCH = '2026-01-01T00:00:00Z';

/** A digest per universe table of every row's text, computed by the server. */
async function universeDigest(db: Database): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of UNIVERSE_TABLES) {
    const result = await db.query<{ digest: string | null; n: string }>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) AS digest, count(*) AS n FROM ${table} t`,
    );
    digest[table] = `${result.rows[0].n}:${result.rows[0].digest ?? ''}`;
  }
  return digest;
}


const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

describe.skipIf(!postgresServerUrl())('crash safety and concurrency on PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchPostgres('eu_crash');
    db = await connect({ databaseUrl: scratch.url });
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('kill -9 during an eve --replace leaves the previous universe whole; the next --replace works', async () => {
    const first = await runCli(['generate', '--seed', 'before-crash', '--preset', 'eve', '--epoch', EPOCH, '--database-url', scratch.url, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    const before = await universeDigest(db);
    expect(before.moons.startsWith('0:')).toBe(false);

    for (const delayMs of [300, 1200, 2500]) {
      const child = startCli(['generate', '--seed', `crash-${delayMs}`, '--preset', 'eve', '--epoch', EPOCH, '--database-url', scratch.url, '--replace', '--yes', '--quiet']);
      const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
      await sleep(delayMs);
      const stillRunning = child.exitCode === null;
      child.kill('SIGKILL');
      await exited;
      // The kill must have landed mid-run for this moment to count.
      expect(stillRunning, `the load finished before ${delayMs} ms`).toBe(true);
      // The server notices the dead client and rolls back; wait for its backend to go.
      await sleep(200);
      expect(await universeDigest(db)).toEqual(before);
    }

    const after = await runCli(['generate', '--seed', 'after-crash', '--preset', 'eve', '--epoch', EPOCH, '--database-url', scratch.url, '--replace', '--yes', '--quiet', '--json']);
    expect(after.code, after.stderr).toBe(0);
    expect(await universeDigest(db)).not.toEqual(before);
  });

  it('two concurrent --replace runs end with exactly one complete universe', async () => {
    const seeds = ['racer-a', 'racer-b'];
    const runs = await Promise.all(
      seeds.map((seed) => runCli(['generate', '--seed', seed, '--preset', 'standard', '--epoch', EPOCH, '--database-url', scratch.url, '--replace', '--yes', '--json'])),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const actual = await readUniverseFromDb(db);
    const candidates = seeds.map((seed) =>
      sortedById(generateTables({ seed, params: resolveParams('standard', {}), epoch: new Date(EPOCH).toISOString() })),
    );
    const matches = candidates.filter((candidate) => JSON.stringify(candidate) === JSON.stringify(actual));
    expect(matches).toHaveLength(1);
  });
});

describe('crash safety on the embedded database', () => {
  it('kill -9 during an eve --replace into a PGlite data dir leaves the previous universe whole', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'eu-crash-pglite-')), 'pgdata');
    const first = await runCli(['generate', '--seed', 'embedded-before', '--preset', 'tiny', '--epoch', EPOCH, '--data-dir', dataDir, '--quiet']);
    expect(first.code, first.stderr).toBe(0);

    const child = startCli(['generate', '--seed', 'embedded-crash', '--preset', 'eve', '--epoch', EPOCH, '--data-dir', dataDir, '--replace', '--yes']);
    const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
    // Kill once rows are streaming in (the phase line), i.e. mid-transaction.
    await new Promise<void>((resolveProgress) => child.stderr?.on('data', (chunk: Buffer) => chunk.toString().includes('generate and copy') && resolveProgress()));
    child.kill('SIGKILL');
    await exited;

    const db = await connect({ dataDir });
    try {
      const expected = sortedById(generateTables({ seed: 'embedded-before', params: resolveParams('tiny', {}), epoch: new Date(EPOCH).toISOString() }));
      expect(await readUniverseFromDb(db)).toEqual(expected);
    } finally {
      await db.close();
    }
  });
});
