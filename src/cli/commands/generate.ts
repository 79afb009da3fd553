// `generate`: build a universe from a seed and either print it as JSON (--dry-run) or load it
// into the target database (migrating first), refusing to overwrite a universe unless --replace.
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { REHOME_MODES, type RehomeMode } from '../../db/rehome.js';
import { planOnTarget } from '../../app/plan.js';
import { loadIntoTarget, type LoadResult } from '../../app/load.js';
import { writeDryRun } from '../../app/generate.js';
import { listenForInterrupts, type Interruption } from '../interrupt.js';
import { formatPlan, rehomeLines, replacePrompt } from '../operation-report.js';
import { planUniverse, type UniversePlan } from '../../universe/generate.js';
import { planInBackground, type PendingPlan } from '../../universe/background-plan.js';
import type { TableCounts } from '../../format/fingerprint.js';
import { UNIVERSE_TABLES } from '../../db/schema/registry.js';
import { createOutput, formatCount, type Output } from '../output.js';
import { createProgress } from '../progress.js';
import { openOutFile } from '../out-file.js';
import { confirm } from '../confirm.js';
import { lockMessages } from '../lock-messages.js';
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
  /** --rehome <mode>; false for --no-rehome. */
  rehome?: string | false;
  plan?: boolean;
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
    .option('--plan', 'with --replace: print what the replace would do (rows, pilots, items, servers) and change nothing')
    .addOption(
      new Option('--rehome <mode>', 'with --replace: where pilots of the old universe go: nearest station to where they were, starter station, or none (default: nearest)').choices([
        ...REHOME_MODES,
      ]),
    )
    .option('--no-rehome', 'the same as --rehome none')
    .option('--yes', 'do not ask for confirmation before replacing a universe (required with --replace when not on a terminal)');
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
  $ echoes-universe generate --seed 43 --replace --plan                what would a replace do?
  $ echoes-universe generate --seed 43 --replace --detach-servers --yes
  $ echoes-universe generate --seed 43 --replace --rehome starter --yes
  $ echoes-universe generate --seed 42 --preset eve --scale 10 --dry-run --out big.json`,
  );
  command.action(async (options: GenerateOptions) => {
    const output = createOutput(options);
    if (options.out !== undefined && !options.dryRun) throw new UsageError('--out writes the dry-run JSON; add --dry-run (loading goes to the database)');
    if (options.dryRun && options.replace) throw new UsageError('--replace loads into a database; it cannot be combined with --dry-run');
    if (options.plan && !options.replace) throw new UsageError('--plan says what a replace would do; add --replace');
    if (options.replace && !options.plan && !options.yes && !canAsk(output)) {
      throw new UsageError('--replace deletes the universe in the database; pass --yes to confirm when not on a terminal (or --plan to see what it would do)');
    }
    if (options.dryRun && options.json && options.out === undefined) {
      throw new UsageError('--json needs --out with --dry-run (the universe itself goes to stdout)');
    }
    const input = resolveUniverseInput(options, output);
    if (options.dryRun) await dryRun(planUniverse(input), input, options, output);
    // A large universe's skeleton is built on a worker thread while the database opens.
    else await load(planInBackground(input), input, options, output);
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
  progress.phase('generating');
  try {
    const result = await writeDryRun(input, file ? file.stream : process.stdout, { onBatch: (table, count) => progress.batch(table, count) }, plan);
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
    progress.fail();
    file?.abandon();
    throw error;
  }
}

/** A question can be asked: stderr and stdin are terminals (and --quiet is not set). */
function canAsk(output: Output): boolean {
  return output.interactive && !output.quiet && process.stdin.isTTY === true;
}

function rehomeModeOf(options: GenerateOptions): RehomeMode {
  return options.rehome === false ? 'none' : ((options.rehome as RehomeMode | undefined) ?? 'nearest');
}

/** `--replace --plan`: what the replace would do, from a read-only snapshot. */
async function planReplace(plan: UniversePlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  const mode = rehomeModeOf(options);
  const progress = createProgress(output, 'generating', plan.regionCount);
  try {
    progress.phase('generating');
    const report = await planOnTarget(databaseTarget(options), input, {
      detachServers: options.detachServers,
      rehome: mode,
      onBatch: (table, count) => progress.batch(table, count),
    }, plan);
    progress.stop();
    if (options.json) output.data(JSON.stringify({ ...report, rehome: mode }) + '\n');
    else output.info(formatPlan(report, mode));
  } catch (error) {
    progress.fail();
    throw error;
  }
}

async function load(pending: PendingPlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  if (options.plan) return planReplace(await pending.plan, input, options, output);
  const mode = rehomeModeOf(options);
  const progress = createProgress(output, 'generate and copy', pending.plan.then((plan) => plan.regionCount));
  let interrupts: Interruption | null = null;
  const stop = new AbortController();
  try {
    const result = await loadIntoTarget(
      databaseTarget(options),
      input,
      { replace: options.replace, detachServers: options.detachServers, rehome: mode, signal: stop.signal },
      {
        confirmReplace: options.replace && !options.yes ? (question) => confirm(replacePrompt(question.target, question.current, question.next, mode)) : undefined,
        onPhaseStart: (phase) => {
          // From the first phase after any question on, Ctrl-C and SIGTERM stop the load at its
          // next batch or phase, before COMMIT (interrupt.ts); from COMMIT on a signal no longer
          // rolls anything back.
          interrupts ??= listenForInterrupts(() => progress.fail(), (reason) => stop.abort(reason));
          if (phase === 'commit') interrupts.release();
          progress.phase(phase);
        },
        onMigrated: (applied, seconds, fromTemplate) => {
          if (fromTemplate) progress.note(`new database, created with migrations: ${fromTemplate.join(', ') || '(none)'} (pre-migrated template)`);
          const appliedNow = applied.slice(fromTemplate?.length ?? 0);
          if (appliedNow.length > 0) progress.note(`applied migrations: ${appliedNow.join(', ')}`);
          if (output.verbose) progress.note(`  connect and migrate: ${seconds.toFixed(2)} s`);
        },
        onBatch: (table, count) => progress.batch(table, count),
        onPhase: (phase, seconds) => {
          if (output.verbose) progress.note(`  ${phase}: ${seconds.toFixed(2)} s`);
        },
        ...lockMessages((line) => progress.note(line)),
      },
      pending,
    );
    progress.stop();
    reportLoad(result, input, options, output);
  } catch (error) {
    progress.fail();
    throw error;
  } finally {
    (interrupts as Interruption | null)?.release();
  }
}

function reportLoad(summary: LoadResult, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): void {
  const { seconds, target } = summary;
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
        rehome: summary.rehome,
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
  lines.push(...rehomeLines(summary.rehome, summary.starterStation?.name));
  if (options.config !== undefined || options.scale !== undefined) {
    // The database keeps no parameters: verify judges it by the defaults unless told again.
    const again = [`--preset ${input.preset}`, options.config !== undefined ? `--config ${options.config}` : '', options.scale !== undefined ? `--scale ${options.scale}` : ''];
    lines.push(`  verify it with the same parameters: echoes-universe verify ${again.filter(Boolean).join(' ')}`);
  }
  output.info(lines.join('\n'));
}
