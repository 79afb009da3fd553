// `generate`: build a universe from a seed and either print it as JSON (--dry-run) or load it
// into the target database (migrating first), refusing to overwrite a universe unless --replace.
// The command's modules are imported when it runs, not when the program is built: --help and the
// other commands never load the generator, and a dry run never loads a database driver.
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { REHOME_MODES, type RehomeMode } from '../../db/rehome.js';
import type { LoadResult, ReplaceQuestion } from '../../app/load.js';
import type { OpeningTarget, TargetOptions } from '../../app/target.js';
import { listenForInterrupts, type Interruption } from '../interrupt.js';
import type { UniversePlan } from '../../universe/generate.js';
import type { PendingPlan } from '../../universe/background-plan.js';
import type { TableCounts } from '../../format/fingerprint.js';
import type { UniverseTable } from '../../universe/rows.js';
import { createOutput, formatCount, formatInteger, type Output } from '../output.js';
import { createProgress } from '../progress.js';
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
    const output = await createOutput(options);
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
    if (options.dryRun) {
      const plan = await planOf(input);
      await dryRun(plan, input, options, output);
      return;
    }
    if (options.plan) {
      await planReplace(await planOf(input), input, options, output);
      return;
    }
    // A PostgreSQL target starts connecting now, with the input known to be good: the connection
    // is made while the generator's modules load and the plan is built (app/target.ts).
    const { openEarly, abandonEarly } = await import('../../app/target.js');
    const early = openEarly(databaseTarget(options));
    try {
      // Against an embedded database a large universe's skeleton is built on a worker thread while it opens (app/load.ts).
      const target = early ?? databaseTarget(options);
      const { startPlan } = await import('../../app/load.js');
      await load(startPlan(input, target), input, options, output, target);
    } finally {
      // The load closes what it opened; this closes a connection a failure before the load left open.
      if (early) await abandonEarly(early);
    }
  });
}

async function planOf(input: ResolvedUniverseInput): Promise<UniversePlan> {
  const { planUniverse } = await import('../../universe/generate.js');
  return planUniverse(input);
}

/** The universe tables in load order (the registry's), for the summary lines. */
async function universeTables(): Promise<readonly UniverseTable[]> {
  return (await import('../../db/schema/registry.js')).UNIVERSE_TABLES;
}

function formatCounts(tables: readonly UniverseTable[], counts: TableCounts): string {
  return tables.map((table) => `  ${table.padEnd(16)}${formatInteger(counts[table]).padStart(12)}`).join('\n');
}

/** Peak resident memory of this process so far, in MiB (the benchmark reads it from --json). */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Wall time to the millisecond: more digits would be noise (1.1320942899999997). */
function roundedSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function totalRows(tables: readonly UniverseTable[], counts: TableCounts): number {
  return tables.reduce((sum, table) => sum + counts[table], 0);
}

async function dryRun(plan: UniversePlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  const startedMs = performance.now();
  const [{ writeDryRun }, { openOutFile }, tables] = await Promise.all([import('../../app/generate.js'), import('../out-file.js'), universeTables()]);
  const progress = createProgress(output, 'generating', plan.regionCount);
  const file = options.out !== undefined ? openOutFile(options.out) : null;
  progress.phase('generating');
  try {
    const result = await writeDryRun(input, file ? file.stream : process.stdout, { onBatch: (table, count) => progress.batch(table, count) }, plan);
    progress.stop();
    await file?.commit();
    const seconds = (performance.now() - startedMs) / 1000;
    const rows = totalRows(tables, result.meta.counts);
    if (options.json) {
      output.data(JSON.stringify({ out: options.out, seed: input.seed, preset: input.preset, epoch: input.epoch, fingerprint: result.meta.fingerprint, counts: result.meta.counts, bytes: result.bytes, seconds: roundedSeconds(seconds), peakRssMb: peakRssMb() }) + '\n');
    } else if (file) {
      const { color } = output;
      output.info(
        `${color.green('✔')} wrote ${options.out}: ${formatInteger(rows)} rows in ${seconds.toFixed(1)} s\n${formatCounts(tables, result.meta.counts)}\n  fingerprint ${color.dim(result.meta.fingerprint)}`,
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
  const [{ planOnTarget }, { formatPlan }] = await Promise.all([import('../../app/plan.js'), import('../operation-report.js')]);
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

/** Loads into `target`: the flags' target, or the same target already being opened (openEarly). */
async function load(pending: PendingPlan, input: ResolvedUniverseInput, options: GenerateOptions, output: Output, target: TargetOptions | OpeningTarget): Promise<void> {
  const mode = rehomeModeOf(options);
  const [{ loadIntoTarget }, { lockMessages }, tables] = await Promise.all([import('../../app/load.js'), import('../lock-messages.js'), universeTables()]);
  const confirmReplace = async (question: ReplaceQuestion): Promise<boolean> => {
    const [{ confirm }, { replacePrompt }] = await Promise.all([import('../confirm.js'), import('../operation-report.js')]);
    return confirm(replacePrompt(question.target, question.current, question.next, mode));
  };
  const progress = createProgress(output, 'generate and copy', pending.plan.then((plan) => plan.regionCount));
  let interrupts: Interruption | null = null;
  const stop = new AbortController();
  try {
    const result = await loadIntoTarget(
      target,
      input,
      { replace: options.replace, detachServers: options.detachServers, rehome: mode, signal: stop.signal },
      {
        confirmReplace: options.replace && !options.yes ? confirmReplace : undefined,
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
    await reportLoad(result, tables, input, options, output);
  } catch (error) {
    progress.fail();
    throw error;
  } finally {
    (interrupts as Interruption | null)?.release();
  }
}

async function reportLoad(summary: LoadResult, tables: readonly UniverseTable[], input: ResolvedUniverseInput, options: GenerateOptions, output: Output): Promise<void> {
  const { seconds, target } = summary;
  const rows = totalRows(tables, summary.counts);
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
    formatCounts(tables, summary.counts),
    `  ${formatInteger(rows)} rows in ${seconds.toFixed(1)} s (${formatInteger(Math.round(rows / seconds))} rows/s)`,
    `  fingerprint ${color.dim(summary.fingerprint)}`,
  ];
  if (summary.wiped) {
    lines.push(`  replaced the previous universe (${formatCount(summary.wiped.regionsDeleted, 'region')})`);
    if (summary.wiped.serversDetached.length > 0) lines.push(`  detached game servers: ${summary.wiped.serversDetached.join(', ')}`);
  }
  const { rehomeLines } = await import('../operation-report.js');
  lines.push(...rehomeLines(summary.rehome, summary.starterStation?.name));
  if (options.config !== undefined || options.scale !== undefined) {
    // The database keeps no parameters: verify judges it by the defaults unless told again.
    const again = [`--preset ${input.preset}`, options.config !== undefined ? `--config ${options.config}` : '', options.scale !== undefined ? `--scale ${options.scale}` : ''];
    lines.push(`  verify it with the same parameters: echoes-universe verify ${again.filter(Boolean).join(' ')}`);
  }
  output.info(lines.join('\n'));
}
