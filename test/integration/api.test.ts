// R7: the programmatic API as a test suite uses it — imported by the package name (the package's
// "exports" resolves to the built dist/index.js, so `npm run build` comes first): generate in
// memory deterministically, load into a caller-owned PGlite (and PostgreSQL when configured),
// refuse a second load without `replace`, replace, wipe.
// Expected rows come from generateUniverse itself and the database is read with plain SQL.
import { PGlite } from '@electric-sql/pglite';
import { generateUniverse, loadUniverse, RuntimeError, wipeUniverse, type GeneratedUniverse, type TargetOptions } from 'echoes-universe';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

/** The API's documented default epoch (README, "Programmatic API"). */
const DOCUMENTED_API_EPOCH = '2000-01-01T00:00:00.000Z';

const first = generateUniverse({ seed: 'ci', preset: 'tiny' });
const second = generateUniverse({ seed: 'ci-2', preset: 'tiny' });

describe('generateUniverse', () => {
  it('the same options give the same fingerprint and rows; the default epoch is fixed', () => {
    const again = generateUniverse({ seed: 'ci', preset: 'tiny' });
    expect(again.meta.fingerprint).toBe(first.meta.fingerprint);
    expect(again.tables).toEqual(first.tables);
    expect(first.meta.epoch).toBe(DOCUMENTED_API_EPOCH);
    expect(generateUniverse({ seed: 'ci', preset: 'tiny', epoch: DOCUMENTED_API_EPOCH }).meta.fingerprint).toBe(first.meta.fingerprint);
    expect(second.meta.fingerprint).not.toBe(first.meta.fingerprint);
  });

  it('meta.counts are the row counts; integer and string seeds are the same seed', () => {
    for (const [table, count] of Object.entries(first.meta.counts)) {
      expect(first.tables[table as keyof GeneratedUniverse['tables']], table).toHaveLength(count);
    }
    expect(first.meta.counts.solar_systems).toBeGreaterThan(0);
    expect(generateUniverse({ seed: 42, preset: 'tiny' }).meta.fingerprint).toBe(generateUniverse({ seed: '42', preset: 'tiny' }).meta.fingerprint);
  });

  it('gives the rows of the CLI dry run of the same seed, preset and epoch', async () => {
    const epoch = '2026-01-01T00:00:00Z';
    const dryRun = await runCli(['generate', '--seed', '42', '--preset', 'tiny', '--epoch', epoch, '--dry-run', '--quiet']);
    expect(dryRun.code, dryRun.stderr).toBe(0);
    const json = JSON.parse(dryRun.stdout) as { meta: { fingerprint: string } } & GeneratedUniverse['tables'];
    const api = generateUniverse({ seed: 42, preset: 'tiny', epoch: new Date(epoch) });
    expect(api.meta.fingerprint).toBe(json.meta.fingerprint);
    expect(api.tables.solar_systems).toEqual(json.solar_systems);
  });

  it('rejects bad options with a typed error', () => {
    // @ts-expect-error an unknown preset does not compile; a JavaScript caller gets the error
    expect(() => generateUniverse({ seed: 1, preset: 'huge' })).toThrow(/unknown preset "huge"/);
    expect(() => generateUniverse({ seed: 1, preset: 'tiny', epoch: 'yesterday' })).toThrow(/epoch/);
  });
});

/** Runs SQL on the database under test, whichever kind it is. */
type Sql = (text: string) => Promise<Record<string, unknown>[]>;

async function rowCounts(sql: Sql, universe: GeneratedUniverse): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(universe.meta.counts)) {
    counts[table] = Number((await sql(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  }
  return counts;
}

async function systemIds(sql: Sql): Promise<string[]> {
  return (await sql('SELECT id FROM solar_systems ORDER BY id')).map((row) => String(row.id));
}

function sortedIds(universe: GeneratedUniverse): string[] {
  return universe.tables.solar_systems.map((system) => system.id).sort();
}

/** Load, refuse, replace and wipe through `target`; `sql` reads the same database. */
function describeLoadCycle(kind: string, setup: () => Promise<{ target: TargetOptions; sql: Sql; stillOpen: () => Promise<void> }>): void {
  describe(`loadUniverse and wipeUniverse on ${kind}`, () => {
    let target: TargetOptions;
    let sql: Sql;
    let stillOpen: () => Promise<void>;
    beforeAll(async () => {
      ({ target, sql, stillOpen } = await setup());
    });

    it('migrates and loads: row counts equal meta.counts, same fingerprint and ids', async () => {
      const summary = await loadUniverse({ ...target, seed: 'ci', preset: 'tiny' });
      expect(summary.fingerprint).toBe(first.meta.fingerprint);
      expect(summary.counts).toEqual(first.meta.counts);
      expect(await rowCounts(sql, first)).toEqual(first.meta.counts);
      expect(await systemIds(sql)).toEqual(sortedIds(first));
      await stillOpen();
    });

    it('a second load without replace is refused and changes nothing', async () => {
      const refused = loadUniverse({ ...target, seed: 'ci-2', preset: 'tiny' });
      await expect(refused).rejects.toThrow(RuntimeError);
      await expect(refused).rejects.toThrow(/already holds a universe/);
      expect(await systemIds(sql)).toEqual(sortedIds(first));
      await stillOpen();
    });

    it('with replace loads the new universe in place of the old', async () => {
      const summary = await loadUniverse({ ...target, seed: 'ci-2', preset: 'tiny', replace: true });
      expect(summary.fingerprint).toBe(second.meta.fingerprint);
      expect(summary.wiped?.regionsDeleted).toBe(first.meta.counts.regions);
      expect(await rowCounts(sql, second)).toEqual(second.meta.counts);
      expect(await systemIds(sql)).toEqual(sortedIds(second));
      await stillOpen();
    });

    it('wipeUniverse empties every universe table', async () => {
      const summary = await wipeUniverse({ ...target, detachServers: true });
      expect(summary.regionsDeleted).toBe(second.meta.counts.regions);
      const counts = await rowCounts(sql, second);
      expect(Object.values(counts).every((n) => n === 0), JSON.stringify(counts)).toBe(true);
      await stillOpen();
    });
  });
}

describe('a caller-owned PGlite', () => {
  const db = new PGlite();
  afterAll(async () => {
    await db.close();
  });
  describeLoadCycle('PGlite (new PGlite(), in memory)', async () => ({
    target: { pglite: db },
    sql: async (text) => (await db.query<Record<string, unknown>>(text)).rows,
    stillOpen: async () => {
      expect(db.closed).toBe(false);
      expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
    },
  }));
});

describe.skipIf(!postgresServerUrl())('PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let reader: pg.Client;
  afterAll(async () => {
    await reader?.end();
    await scratch?.drop();
  });
  describeLoadCycle('PostgreSQL (databaseUrl of a scratch database)', async () => {
    scratch = await createScratchPostgres('eu_api');
    reader = new pg.Client({ connectionString: scratch.url });
    await reader.connect();
    return {
      target: { databaseUrl: scratch.url },
      sql: async (text) => (await reader.query<Record<string, unknown>>(text)).rows,
      // The API opened and closed its own pool; the server is still there for the caller.
      stillOpen: async () => {
        expect((await reader.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
      },
    };
  });
});

describe.skipIf(!postgresServerUrl())('a caller-owned pg.Client', () => {
  let scratch: ScratchDatabase;
  const clients: pg.Client[] = [];
  afterAll(async () => {
    for (const client of clients) await client.end();
    await scratch?.drop();
  });
  describeLoadCycle('PostgreSQL (client: a connected pg.Client)', async () => {
    scratch = await createScratchPostgres('eu_api_client');
    const client = new pg.Client({ connectionString: scratch.url });
    clients.push(client);
    await client.connect();
    return {
      target: { client },
      sql: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
      stillOpen: async () => {
        expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
      },
    };
  });
});
