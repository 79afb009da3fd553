// `generate`: build a universe from a seed and either print it as JSON (--dry-run) or load it
// into the target database (migrating first), refusing to overwrite a universe unless --replace.
import type { Command } from 'commander';
import { RuntimeError, UsageError } from '../../errors.js';
import { connect } from '../../db/connect.js';
import { migrate } from '../../db/migrate.js';
import { loadPlan, type LoadSummary } from '../../db/replace.js';
import { planUniverse, type UniversePlan } from '../../universe/generate.js';
import { writeUniverseJson } from '../../format/json-write.js';
import type { TableCounts } from '../../format/fingerprint.js';
import { UNIVERSE_TABLES } from '../../universe/rows.js';
import { createOutput, formatCount, type Output } from '../output.js';
import { createProgress } from '../progress.js';
import { openOutFile } from '../out-file.js';
import { confirm } from '../confirm.js';
import {
  addCommonOptions,
  addDatabaseOptions,
  addUniverseOptions,
  databaseTarget,
  resolveUniverseInput,
  type CommonOptions,
  type DatabaseOptions,
  type ResolvedUniverseInput,
  type UniverseOptions,
} from '../options.js';

interface GenerateOptions extends UniverseOptions, DatabaseOptions, CommonOptions {
  dryRun?: boolean;
  out?: string;
  replace?: boolean;
  detachServers?: boolean;
  rehome: boolean;
  yes?: boolean;
}

export function registerGenerate(program: Command): void {
  const command = program
    .command('generate')
    .description('generate a universe from a seed and load it (or print it as JSON with --dry-run)')
    .option('--dry-run', 'print the universe as JSON instead of loading it')
    .option('--out <file>', 'with --dry-run: write the JSON to a file instead of stdout')
    .option('--replace', 'wipe the existing universe and load the new one in the same transaction')
    .option('--detach-servers', 'with --replace: set game servers\' system/region to NULL instead of refusing')
    .option('--no-rehome', 'with --replace: leave pilots of the old universe without a location')
    .option('--yes', 'do not ask for confirmation before replacing a universe');
  addUniverseOptions(command);
  addDatabaseOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe generate --seed 42                         into ./.echoes/pgdata
  $ echoes-universe generate --seed 42 --dry-run > universe.json
  $ echoes-universe generate --seed 42 --preset eve --database-url postgres://localhost/echoes
  $ echoes-universe generate --seed 43 --replace --detach-servers --yes
  $ echoes-universe generate --seed 42 --preset eve --scale 10 --dry-run --out big.json`,
  );
  command.action(async (options: GenerateOptions) => {
    const output = createOutput(options);
    if (options.out !== undefined && !options.dryRun) throw new UsageError('--out writes the dry-run JSON; add --dry-run (loading goes to the database)');
    if (options.dryRun && options.replace) throw new UsageError('--replace loads into a database; it cannot be combined with --dry-run');
    if (options.dryRun && options.json && options.out === undefined) {
      throw new UsageError('--json needs --out with --dry-run (the universe itself goes to stdout)');
    }
    const input = resolveUniverseInput(options, output);
    const plan = planUniverse(input);
    if (options.dryRun) await dryRun(plan, input, options, output);
    else await load(plan, input, options, output);
  });
}

function formatCounts(counts: TableCounts): string {
  return UNIVERSE_TABLES.map((table) => `  ${table.padEnd(16)}${counts[table].toLocaleString('en-US').padStart(12)}`).join('\n');
}

/** Peak resident memory of this process so far, in MiB (the benchmark reads it from --json). */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Wall time to the millisecond: more digits would be noise (1.1320942899999997). */
function roundedSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function totalRows(counts: TableCounts): number {
  return UNIVERSE_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

async function dryRun(plan: UniversePlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  const startedMs = performance.now();
  const progress = createProgress(output, 'generating', plan.regionCount);
  const file = options.out !== undefined ? openOutFile(options.out) : null;
  try {
    const result = await writeUniverseJson(plan, file ? file.stream : process.stdout, {
      preset: input.preset,
      onBatch: (table, count) => progress.batch(table, count),
    });
    progress.stop();
    await file?.commit();
    const seconds = (performance.now() - startedMs) / 1000;
    const rows = totalRows(result.meta.counts);
    if (options.json) {
      output.data(JSON.stringify({ out: options.out, seed: input.seed, preset: input.preset, epoch: input.epoch, fingerprint: result.meta.fingerprint, counts: result.meta.counts, bytes: result.bytes, seconds: roundedSeconds(seconds), peakRssMb: peakRssMb() }) + '\n');
    } else if (file) {
      const { color } = output;
      output.info(
        `${color.green('✔')} wrote ${options.out}: ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s\n${formatCounts(result.meta.counts)}\n  fingerprint ${color.dim(result.meta.fingerprint)}`,
      );
    }
  } catch (error) {
    progress.stop();
    file?.abandon();
    throw error;
  }
}

async function load(plan: UniversePlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  if (options.replace && !options.yes && output.interactive && process.stdin.isTTY) {
    const ok = await confirm('Replace the universe in the target database? Characters are kept and re-homed.');
    if (!ok) throw new RuntimeError('replacement cancelled; nothing was changed');
  }
  const db = await connect(databaseTarget(options));
  const startedMs = performance.now();
  try {
    const migrated = await migrate(db);
    if (migrated.applied.length > 0) output.info(`applied migrations: ${migrated.applied.join(', ')}`);
    if (output.verbose) output.info(`  connect and migrate: ${((performance.now() - startedMs) / 1000).toFixed(2)} s`);
    const progress = createProgress(output, 'loading', plan.regionCount);
    let summary: LoadSummary;
    try {
      summary = await loadPlan(db, plan, {
        replace: options.replace,
        detachServers: options.detachServers,
        rehome: options.rehome,
        onBatch: (table, count) => progress.batch(table, count),
        onPhase: (phase, seconds) => {
          if (output.verbose) output.info(`  ${phase}: ${seconds.toFixed(2)} s`);
        },
        onWaitingForLock: () => output.info('another echoes-universe is writing this database; waiting for it to finish…'),
      });
    } finally {
      progress.stop();
    }
    const seconds = (performance.now() - startedMs) / 1000;
    reportLoad(summary, input, seconds, db.description, options, output);
  } finally {
    await db.close();
  }
}

function reportLoad(summary: LoadSummary, input: ResolvedUniverseInput, seconds: number, target: string, options: GenerateOptions, output: Output): void {
  const rows = totalRows(summary.counts);
  if (options.json) {
    output.data(
      JSON.stringify({
        target,
        seed: input.seed,
        preset: input.preset,
        epoch: input.epoch,
        fingerprint: summary.fingerprint,
        counts: summary.counts,
        rows,
        seconds: roundedSeconds(seconds),
        rowsPerSecond: Math.round(rows / seconds),
        peakRssMb: peakRssMb(),
        replaced: summary.wiped,
        charactersRehomed: summary.charactersRehomed,
        assetsMoved: summary.assetsMoved,
        starterStation: summary.starterStation,
      }) + '\n',
    );
    return;
  }
  const { color } = output;
  const lines = [
    `${color.green('✔')} loaded seed ${color.bold(input.seed)} (${input.preset}) into ${target}`,
    formatCounts(summary.counts),
    `  ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en-US')} rows/s)`,
    `  fingerprint ${color.dim(summary.fingerprint)}`,
  ];
  if (summary.wiped) {
    lines.push(`  replaced the previous universe (${formatCount(summary.wiped.regionsDeleted, 'region')})`);
    if (summary.wiped.serversDetached.length > 0) lines.push(`  detached game servers: ${summary.wiped.serversDetached.join(', ')}`);
  }
  if (summary.charactersRehomed > 0 || summary.assetsMoved > 0) {
    lines.push(`  re-homed ${formatCount(summary.charactersRehomed, 'pilot')} and ${formatCount(summary.assetsMoved, 'asset')} at ${summary.starterStation?.name ?? 'the starter station'}`);
  }
  if (options.config !== undefined || options.scale !== undefined) {
    // The database keeps no parameters: verify judges it by the defaults unless told again.
    const again = [`--preset ${input.preset}`, options.config !== undefined ? `--config ${options.config}` : '', options.scale !== undefined ? `--scale ${options.scale}` : ''];
    lines.push(`  verify it with the same parameters: echoes-universe verify ${again.filter(Boolean).join(' ')}`);
  }
  output.info(lines.join('\n'));
}
