// `npm run bench`: the PRODUCT.md R8 measurements in one run, as ratios against their baselines.
//
//   load     eve preset into PostgreSQL, end to end (spawned CLI, process start to exit) versus
//            `psql \copy` of the same rows into the same empty schema, versus drizzle-seed filling
//            the same row counts through the project's Drizzle schema (its own process, start to
//            exit), and versus the same rows through drizzle insert().values(); peak RSS.
//   tiny     the CI case: tiny preset into PostgreSQL versus drizzle-seed of the same row counts.
//   dry-run  generation throughput (rows/s) and peak RSS for standard and eve dry runs to a file.
//   embedded standard and eve into a new embedded PGlite data dir (time, peak RSS, eve's ratio
//            to the PostgreSQL load above), and standard --replace into the existing dir.
//   scale    (--scale) 1×, 2×, 4×, 10× eve: dry run and load, wall time, rows/s, peak RSS.
//
// Every figure is the median of --runs runs (default 3). Contenders run interleaved, so a change
// in the machine's load touches them alike; the load average is printed at the start and the end.
// PostgreSQL: BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test; each run gets a fresh scratch database with the schema
// migrated, so every contender starts from the same empty schema.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { getTableColumns } from 'drizzle-orm';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { copyTextOf } from '../format/copy-text.js';
import { resolveParams } from '../config/params.js';
import { planUniverse, type UniverseInput } from '../universe/generate.js';
import { UNIVERSE_COLUMNS, UNIVERSE_TABLES } from '../db/schema/registry.js';
import { DRIZZLE_TABLES } from '../db/schema/registry-derive.js';
import type { UniverseTable } from '../universe/rows.js';

const BIN = fileURLToPath(new URL('../../bin/echoes-universe.js', import.meta.url));
const DRIZZLE_SEED_RUN = fileURLToPath(new URL('./drizzle-seed-run.js', import.meta.url));
const SEED = 'bench-42';
const EPOCH = '2026-01-01T00:00:00Z';
const POSTGRES_PARAMETER_LIMIT = 65_535;

interface Args {
  runs: number;
  scale: boolean;
  scaleFactors: number[];
  skipDrizzle: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, scale: false, scaleFactors: [1, 2, 4, 10], skipDrizzle: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--runs') args.runs = Math.max(1, Number(argv[++index]));
    else if (arg === '--scale') args.scale = true;
    else if (arg === '--factors') args.scaleFactors = argv[++index].split(',').map(Number);
    else if (arg === '--skip-drizzle') args.skipDrizzle = true;
    else throw new Error(`unknown bench argument ${arg} (known: --runs N, --scale, --factors 1,2,4,10, --skip-drizzle)`);
  }
  return args;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
}

let scratchCounter = 0;

/** A fresh database with the schema migrated; returns its URL and a dropper. */
async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `eu_bench_${process.pid}_${scratchCounter++}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const db = await connect({ databaseUrl: url.toString() });
  await migrate(db);
  await db.close();
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

interface CliRun {
  seconds: number;
  summary: { peakRssMb: number; rows?: number; counts: Record<string, number> };
}

/** Spawns the CLI and times it from process start to exit. */
function timeCli(args: string[]): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.DATABASE_URL;
    const startedMs = performance.now();
    const child = spawn(process.execPath, [BIN, ...args, '--quiet', '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - startedMs) / 1000;
      if (code !== 0) reject(new Error(`echoes-universe ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      else resolveRun({ seconds, summary: JSON.parse(stdout) as CliRun['summary'] });
    });
  });
}

function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function universeInput(preset: string, scale = 1): UniverseInput {
  return { seed: SEED, params: resolveParams(preset, {}, scale), epoch: new Date(EPOCH).toISOString() };
}

/** Writes the eve rows as one COPY text file per table (psql's input). */
function writeCopyFiles(dir: string, input: UniverseInput): Record<UniverseTable, string> {
  const parts = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, [] as string[]])) as Record<UniverseTable, string[]>;
  for (const batch of planUniverse(input).batches()) parts[batch.table].push(copyTextOf(batch.table, batch.rows));
  const files = {} as Record<UniverseTable, string>;
  for (const table of UNIVERSE_TABLES) {
    files[table] = join(dir, `${table}.copy`);
    writeFileSync(files[table], parts[table].join(''));
  }
  return files;
}

/** `psql \copy` of every table in one transaction, timed from psql's start to its exit. */
function timePsqlCopy(url: string, files: Record<UniverseTable, string>, dir: string): number {
  const script = join(dir, 'load.psql');
  const lines = ['\\set ON_ERROR_STOP on', 'BEGIN;'];
  for (const table of UNIVERSE_TABLES) lines.push(`\\copy ${table} (${UNIVERSE_COLUMNS[table].join(', ')}) FROM '${files[table]}'`);
  lines.push('COMMIT;');
  writeFileSync(script, lines.join('\n') + '\n');
  const startedMs = performance.now();
  const result = spawnSync('psql', [url, '-q', '-f', script], { encoding: 'utf8' });
  const seconds = (performance.now() - startedMs) / 1000;
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return seconds;
}

/** The same rows through drizzle insert().values(), chunked under PostgreSQL's 65,535-parameter limit. */
async function timeDrizzleInsert(url: string, input: UniverseInput): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = drizzle(client);
  const startedMs = performance.now();
  await client.query('BEGIN');
  for (const batch of planUniverse(input).batches()) {
    const table = DRIZZLE_TABLES[batch.table];
    // Drizzle wants its JS property names; the generator's rows are keyed by column name.
    const columnToKey = Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key] as const);
    const perRow = columnToKey.length;
    const chunkRows = Math.floor(POSTGRES_PARAMETER_LIMIT / perRow);
    const values = batch.rows.map((row) => {
      const source = row as unknown as Record<string, unknown>;
      const mapped: Record<string, unknown> = {};
      for (const [column, key] of columnToKey) if (column in source) mapped[key] = source[column];
      return mapped;
    });
    for (let start = 0; start < values.length; start += chunkRows) {
      await db.insert(table).values(values.slice(start, start + chunkRows) as never);
    }
  }
  await client.query('COMMIT');
  const seconds = (performance.now() - startedMs) / 1000;
  await client.end();
  return seconds;
}

function fmt(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}

function line(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(54)}${value}\n`);
}

/** drizzle-seed of the given row counts in its own process (drizzle-seed-run.ts), start to exit. */
function timeDrizzleSeed(url: string, counts: Record<string, number>): number {
  const startedMs = performance.now();
  const result = spawnSync(process.execPath, [DRIZZLE_SEED_RUN, url, JSON.stringify(counts)], { encoding: 'utf8' });
  const seconds = (performance.now() - startedMs) / 1000;
  if (result.status !== 0) throw new Error(`drizzle-seed failed: ${result.stderr}`);
  return seconds;
}

/** The figures of `benchLoad`, for the embedded section's ratio. */
interface LoadFigures {
  oursSeconds: number;
}

async function benchLoad(args: Args): Promise<LoadFigures> {
  process.stdout.write(`\nR8 load: eve preset into PostgreSQL (median of ${args.runs} runs)\n`);
  const dir = mkdtempSync(join(tmpdir(), 'eu-bench-'));
  try {
    const input = universeInput('eve');
    const files = writeCopyFiles(dir, input);
    const ours: number[] = [];
    const rss: number[] = [];
    const psql: number[] = [];
    const drizzleTimes: number[] = [];
    const seedTimes: number[] = [];
    let rows = 0;
    for (let run = 0; run < args.runs; run++) {
      const a = await scratchDatabase();
      const result = await timeCli(['generate', '--preset', 'eve', '--seed', SEED, '--epoch', EPOCH, '--database-url', a.url]);
      ours.push(result.seconds);
      rss.push(result.summary.peakRssMb);
      rows = totalRows(result.summary.counts);
      await a.drop();
      const b = await scratchDatabase();
      psql.push(timePsqlCopy(b.url, files, dir));
      await b.drop();
      if (!args.skipDrizzle) {
        const c = await scratchDatabase();
        drizzleTimes.push(await timeDrizzleInsert(c.url, input));
        await c.drop();
        const d = await scratchDatabase();
        seedTimes.push(timeDrizzleSeed(d.url, result.summary.counts));
        await d.drop();
      }
    }
    const oursMedian = median(ours);
    line('rows', rows.toLocaleString('en-US'));
    line('echoes-universe generate (process start to exit)', `${fmt(oursMedian)}  (${Math.round(rows / oursMedian).toLocaleString('en-US')} rows/s)`);
    line('psql \\copy of the same rows', fmt(median(psql)));
    line('ratio echoes-universe / psql \\copy (goal ≤ 0.7)', (oursMedian / median(psql)).toFixed(2));
    if (seedTimes.length > 0) {
      line('drizzle-seed of the same row counts', fmt(median(seedTimes)));
      line('ratio echoes-universe / drizzle-seed', (oursMedian / median(seedTimes)).toFixed(2));
    }
    if (drizzleTimes.length > 0) {
      line('drizzle insert().values(), chunked', fmt(median(drizzleTimes)));
      line('speed-up over drizzle inserts (goal ≥ 5×)', `${(median(drizzleTimes) / oursMedian).toFixed(1)}×`);
    }
    line('peak RSS of generate (goal ≤ 400 MB)', `${median(rss)} MB`);
    return { oursSeconds: oursMedian };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CI case: the tiny preset into PostgreSQL, mostly process start-up, against drizzle-seed. */
async function benchTiny(args: Args): Promise<void> {
  const runs = Math.max(args.runs, 5);
  process.stdout.write(`\nCI case: tiny preset into PostgreSQL (median of ${runs} runs)\n`);
  const ours: number[] = [];
  const seedTimes: number[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run++) {
    const a = await scratchDatabase();
    const result = await timeCli(['generate', '--preset', 'tiny', '--seed', SEED, '--epoch', EPOCH, '--database-url', a.url]);
    ours.push(result.seconds);
    rows = totalRows(result.summary.counts);
    await a.drop();
    const b = await scratchDatabase();
    seedTimes.push(timeDrizzleSeed(b.url, result.summary.counts));
    await b.drop();
  }
  line(`echoes-universe generate, ${rows.toLocaleString('en-US')} rows`, fmt(median(ours)));
  line('drizzle-seed of the same row counts', fmt(median(seedTimes)));
  line('ratio echoes-universe / drizzle-seed (goal ≤ 0.5)', (median(ours) / median(seedTimes)).toFixed(2));
}

async function benchDryRun(args: Args): Promise<void> {
  process.stdout.write(`\nDry run to a file (median of ${args.runs} runs)\n`);
  const dir = mkdtempSync(join(tmpdir(), 'eu-bench-'));
  try {
    for (const preset of ['standard', 'eve']) {
      const times: number[] = [];
      const rss: number[] = [];
      let rows = 0;
      for (let run = 0; run < args.runs; run++) {
        const result = await timeCli(['generate', '--dry-run', '--preset', preset, '--seed', SEED, '--epoch', EPOCH, '--out', join(dir, 'u.json')]);
        times.push(result.seconds);
        rss.push(result.summary.peakRssMb);
        rows = totalRows(result.summary.counts);
      }
      const seconds = median(times);
      line(`${preset}: ${rows.toLocaleString('en-US')} rows`, `${fmt(seconds)}  ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s  peak RSS ${median(rss)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchEmbedded(args: Args, load: LoadFigures | null): Promise<void> {
  process.stdout.write(`\nInto a new embedded PGlite data dir (median of ${args.runs} runs)\n`);
  for (const preset of ['standard', 'eve']) {
    const fresh: number[] = [];
    const rss: number[] = [];
    const replace: number[] = [];
    const replaceRss: number[] = [];
    let rows = 0;
    for (let run = 0; run < args.runs; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'eu-bench-pglite-'));
      try {
        const common = ['generate', '--preset', preset, '--seed', SEED, '--epoch', EPOCH, '--data-dir', join(dir, 'pgdata')];
        const first = await timeCli(common);
        fresh.push(first.seconds);
        rss.push(first.summary.peakRssMb);
        rows = totalRows(first.summary.counts);
        if (preset === 'standard') {
          const again = await timeCli([...common, '--replace', '--yes']);
          replace.push(again.seconds);
          replaceRss.push(again.summary.peakRssMb);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const goal = preset === 'standard' ? 400 : 500;
    line(`${preset}: new data dir, migrate + ${rows.toLocaleString('en-US')} rows`, `${fmt(median(fresh))}  peak RSS ${median(rss)} MB (goal ≤ ${goal} MB)`);
    if (preset === 'eve' && load) line('ratio eve embedded / eve into PostgreSQL (goal ≤ 2.0)', (median(fresh) / load.oursSeconds).toFixed(2));
    if (replace.length > 0) line(`${preset}: --replace into the existing data dir`, `${fmt(median(replace))}  peak RSS ${median(replaceRss)} MB`);
  }
}

async function benchScale(args: Args): Promise<void> {
  process.stdout.write(`\nScale: eve × factor (median of ${args.runs} runs each)\n`);
  process.stdout.write(`  ${'factor'.padEnd(8)}${'systems'.padStart(9)}${'rows'.padStart(12)}  ${'dry run'.padStart(9)} ${'µs/system'.padStart(10)} ${'RSS MB'.padStart(7)}  ${'load'.padStart(9)} ${'µs/system'.padStart(10)} ${'rows/s'.padStart(9)} ${'RSS MB'.padStart(7)}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'eu-bench-scale-'));
  try {
    for (const factor of args.scaleFactors) {
      const dry: number[] = [];
      const dryRss: number[] = [];
      const load: number[] = [];
      const loadRss: number[] = [];
      let rows = 0;
      let systems = 0;
      for (let run = 0; run < args.runs; run++) {
        const common = ['--preset', 'eve', '--scale', String(factor), '--seed', SEED, '--epoch', EPOCH];
        const dryRun = await timeCli(['generate', '--dry-run', ...common, '--out', join(dir, 'u.json')]);
        dry.push(dryRun.seconds);
        dryRss.push(dryRun.summary.peakRssMb);
        rows = totalRows(dryRun.summary.counts);
        systems = dryRun.summary.counts.solar_systems;
        rmSync(join(dir, 'u.json'), { force: true });
        const database = await scratchDatabase();
        const loaded = await timeCli(['generate', ...common, '--database-url', database.url]);
        load.push(loaded.seconds);
        loadRss.push(loaded.summary.peakRssMb);
        await database.drop();
      }
      const perSystem = (seconds: number): string => ((seconds * 1e6) / systems).toFixed(0).padStart(10);
      process.stdout.write(
        `  ${`${factor}×`.padEnd(8)}${systems.toLocaleString('en-US').padStart(9)}${rows.toLocaleString('en-US').padStart(12)}  ${fmt(median(dry)).padStart(9)} ${perSystem(median(dry))} ${String(median(dryRss)).padStart(7)}  ${fmt(median(load)).padStart(9)} ${perSystem(median(load))} ${Math.round(rows / median(load)).toLocaleString('en-US').padStart(9)} ${String(median(loadRss)).padStart(7)}\n`,
      );
    }
    process.stdout.write('  (time per system should stay flat within noise as the universe grows)\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machineLoad(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')} on ${cpus().length} cores`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  process.stdout.write(`echoes-universe benchmark — node ${process.version}, PostgreSQL at ${new URL(serverUrl()).host}\n`);
  process.stdout.write(`reproduce: npm run bench -- --runs ${args.runs}${args.scale ? ' --scale' : ''}${args.skipDrizzle ? ' --skip-drizzle' : ''}\n`);
  process.stdout.write(`start: ${new Date().toISOString()}, ${machineLoad()}\n`);
  if (args.scale) {
    await benchScale(args);
  } else {
    const load = await benchLoad(args);
    await benchTiny(args);
    await benchDryRun(args);
    await benchEmbedded(args, load);
  }
  process.stdout.write(`\nend: ${new Date().toISOString()}, ${machineLoad()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
