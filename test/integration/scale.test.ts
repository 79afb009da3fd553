// Issue "Scale" and R6/R8: memory is bounded by a region plus the skeleton, not by the universe;
// the bulk-load path (indexes and constraints rebuilt around COPY) stores exactly the rows the
// row-by-row path stores, and still rejects a row that breaks a constraint, leaving nothing behind.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { migrate } from '../../src/db/migrate.js';
import { readUniverseFromDb } from '../../src/db/read.js';
import { loadPlan, wipeDatabase } from '../../src/db/replace.js';
import { planUniverse, type UniverseInput, type UniversePlan } from '../../src/universe/generate.js';
import type { RowBatch } from '../../src/universe/rows.js';
import { DATABASE_KINDS, createScratchPostgres, openTestDatabase, postgresServerUrl, type TestDatabase } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';
import { connect } from '../../src/db/connect.js';

const PROBE = fileURLToPath(new URL('../../dist/bench/heap-probe.js', import.meta.url));

interface Probe {
  systems: number;
  rows: number;
  baselineHeapMb: number;
  peakHeapMb: number;
}

function probe(preset: string, scale: number): Probe {
  const result = spawnSync(process.execPath, ['--expose-gc', PROBE, preset, String(scale)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Probe;
}

describe('memory is bounded by a region, not by the universe', () => {
  it('four times the regions and systems: rows grow 4×, peak heap much less than 2×', () => {
    const one = probe('standard', 1);
    const four = probe('standard', 4);
    expect(four.systems).toBe(4 * one.systems);
    expect(four.rows).toBeGreaterThan(3.5 * one.rows);
    const growthOne = one.peakHeapMb - one.baselineHeapMb;
    const growthFour = four.peakHeapMb - four.baselineHeapMb;
    // Holding the 4× universe would take well over 40 MB of heap (≥ 300 bytes a row).
    expect(growthFour).toBeLessThan(2 * growthOne + 2);
    expect(growthFour * 2 ** 20).toBeLessThan((four.rows * 300) / 4);
  });
});

const EPOCH = '2026-01-01T00:00:00.000Z';

/** The same plan with one moon pointing at a planet that does not exist. */
function withOrphanMoon(plan: UniversePlan): UniversePlan {
  return {
    ...plan,
    input: plan.input,
    systemCount: plan.systemCount,
    regionCount: plan.regionCount,
    *batches(): Generator<RowBatch> {
      let broken = false;
      for (const batch of plan.batches()) {
        if (!broken && batch.table === 'moons' && batch.rows.length > 0) {
          broken = true;
          yield { table: 'moons', rows: [{ ...batch.rows[0], planet_id: '00000000-0000-4000-8000-00000000dead' }, ...batch.rows.slice(1)] };
        } else {
          yield batch;
        }
      }
    },
  };
}

describe.each(DATABASE_KINDS)('bulk load path on %s', (kind) => {
  let handle: TestDatabase;
  const input: UniverseInput = { seed: 'bulk-vs-rows', params: resolveParams('tiny', {}), epoch: EPOCH };
  beforeAll(async () => {
    handle = await openTestDatabase(kind, 'eu_scale');
    await migrate(handle.db);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  it('stores exactly what the row-by-row path stores, with rows made here or by worker threads, sent as COPY text or binary, and leaves the schema as it was', async () => {
    const indexesBefore = await handle.db.query('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname', ['public']);
    const constraintsBefore = await handle.db.query(
      `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    );
    const rowByRowSummary = await loadPlan(handle.db, planUniverse(input), { bulkLoad: 'never' });
    const rowByRow = await readUniverseFromDb(handle.db);
    await wipeDatabase(handle.db);
    await loadPlan(handle.db, planUniverse(input), { bulkLoad: 'always' });
    expect(await readUniverseFromDb(handle.db)).toEqual(rowByRow);
    // Rows made by worker threads (format/parallel-copy-text.ts) are the same rows.
    await wipeDatabase(handle.db);
    const parallel = await loadPlan(handle.db, planUniverse(input), { bulkLoad: 'always', generationWorkers: 2 });
    expect(await readUniverseFromDb(handle.db)).toEqual(rowByRow);
    expect(parallel.fingerprint).toBe(rowByRowSummary.fingerprint);
    // Rows in binary COPY format (format/copy-binary.ts) and in text are the same rows.
    for (const copyFormat of ['binary', 'text'] as const) {
      await wipeDatabase(handle.db);
      const loaded = await loadPlan(handle.db, planUniverse(input), { bulkLoad: 'always', copyFormat });
      expect(await readUniverseFromDb(handle.db)).toEqual(rowByRow);
      expect(loaded.fingerprint).toBe(rowByRowSummary.fingerprint);
    }
    expect((await handle.db.query('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname', ['public'])).rows).toEqual(
      indexesBefore.rows,
    );
    expect(
      (
        await handle.db.query(
          `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
        )
      ).rows,
    ).toEqual(constraintsBefore.rows);
  });

  it.each(['always', 'never'] as const)('a row breaking a foreign key fails the whole load (%s) and the old universe stays', async (bulkLoad) => {
    const before = await readUniverseFromDb(handle.db);
    const broken = withOrphanMoon(planUniverse({ ...input, seed: 'broken' }));
    await expect(loadPlan(handle.db, broken, { replace: true, bulkLoad })).rejects.toThrow(/foreign key/);
    expect(await readUniverseFromDb(handle.db)).toEqual(before);
  });
});

describe.skipIf(!postgresServerUrl())('ten times EVE on PostgreSQL (R8, R9)', () => {
  it('loads 3.5 million rows within the 1 GB memory bound', async () => {
    const scratch = await createScratchPostgres('eu_scale10');
    try {
      const result = await runCli(
        ['generate', '--seed', 'ten-times', '--preset', 'eve', '--scale', '10', '--epoch', EPOCH, '--database-url', scratch.url, '--quiet', '--json'],
        { timeoutMs: 300_000 },
      );
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout) as { rows: number; peakRssMb: number; counts: Record<string, number> };
      expect(summary.counts.solar_systems).toBe(54_000);
      expect(summary.rows).toBeGreaterThan(3_000_000);
      expect(summary.peakRssMb).toBeLessThanOrEqual(1024);
      const db = await connect({ databaseUrl: scratch.url });
      try {
        const moons = await db.query<{ n: string }>('SELECT count(*) AS n FROM moons');
        expect(Number(moons.rows[0].n)).toBe(summary.counts.moons);
      } finally {
        await db.close();
      }
    } finally {
      await scratch.drop();
    }
  }, 360_000);
});
